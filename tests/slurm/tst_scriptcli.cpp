// `patagon-studio script check|set`: directives and problems as text and JSON, exit status,
// edits written through the model.
#include "../sandbox/clirun.h"
#include "slurmtestutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestScriptCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    using Run = Patagon::Testing::CliRun;
    Run run(const QStringList &args) { return Patagon::Testing::runCli(m_home, args); }

    QString write(const QByteArray &text)
    {
        const QString path = m_home.filePath(QStringLiteral("job.slurm"));
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(text);
        return path;
    }

private slots:
    void jsonOfTheTutorialScript()
    {
        const Run r = run({QStringLiteral("script"), QStringLiteral("check"),
                           SlurmTest::corpusDir() + QStringLiteral("/tutorial-mitareaml.slurm"),
                           QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonArray d = o.value(QStringLiteral("directives")).toArray();
        QCOMPARE(d.size(), 5);
        QCOMPARE(d.at(1).toObject(),
                 (QJsonObject {{QStringLiteral("line"), 3},
                               {QStringLiteral("option"), QStringLiteral("partition")},
                               {QStringLiteral("value"), QStringLiteral("gpu")},
                               {QStringLiteral("active"), true}}));
        QCOMPARE(d.at(0).toObject().value(QStringLiteral("option")).toString(),
                 QStringLiteral("job-name"));
        QVERIFY(o.value(QStringLiteral("problems")).toArray().isEmpty());
    }

    void jsonTextInTheDocumentedOrder()
    {
        const QString path = write("#!/bin/sh\n#SBATCH -p gpu --hold\n#SBATCH -J \"a \\\"b\\\"\"\n"
                                   "#SBATCH --mem=16GB\n");
        const Run r = run(
            {QStringLiteral("script"), QStringLiteral("check"), path, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        // Keys in the documented order, the value unquoted (null for a flag), compact.
        const QByteArray expected(
            "{\"directives\":["
            "{\"line\":2,\"option\":\"partition\",\"value\":\"gpu\",\"active\":true},"
            "{\"line\":2,\"option\":\"hold\",\"value\":null,\"active\":true},"
            "{\"line\":3,\"option\":\"job-name\",\"value\":\"a \\\"b\\\"\",\"active\":true},"
            "{\"line\":4,\"option\":\"mem\",\"value\":\"16GB\",\"active\":true}],"
            "\"problems\":[{\"severity\":\"error\",\"line\":4,\"message\":\"");
        QVERIFY2(r.out.toUtf8().startsWith(expected), qPrintable(r.out));
        // Its fix last: the label and the script it makes.
        QVERIFY2(r.out.endsWith(QLatin1String(
                     "\"fix\":{\"label\":\"Write 16G\",\"script\":\"#!/bin/sh\\n#SBATCH -p "
                     "gpu --hold\\n#SBATCH -J \\\"a \\\\\\\"b\\\\\\\"\\\"\\n#SBATCH "
                     "--mem=16G\\n\"}}]}\n")),
                 qPrintable(r.out));
        QVERIFY(!QJsonDocument::fromJson(r.out.toUtf8()).isNull());
    }

    void jsonFlagsInactiveAndErrors()
    {
        const QString path
            = write("#!/bin/sh\n#SBATCH --hold -p gpu\n#SBATCH --mem=16GB\necho\n#SBATCH -t 5\n");
        const Run r = run(
            {QStringLiteral("script"), QStringLiteral("check"), path, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonArray d = o.value(QStringLiteral("directives")).toArray();
        QCOMPARE(d.size(), 4);
        QVERIFY(d.at(0).toObject().value(QStringLiteral("value")).isNull());
        QCOMPARE(d.at(3).toObject().value(QStringLiteral("active")).toBool(true), false);
        const QJsonArray p = o.value(QStringLiteral("problems")).toArray();
        QCOMPARE(p.size(), 2);
        QCOMPARE(p.at(0).toObject().value(QStringLiteral("severity")).toString(),
                 QStringLiteral("error"));
        QCOMPARE(p.at(0).toObject().value(QStringLiteral("line")).toInt(), 3);
        QCOMPARE(p.at(1).toObject().value(QStringLiteral("severity")).toString(),
                 QStringLiteral("warning"));
    }

    void textOutput()
    {
        const QString path = write("#SBATCH -p gpu\n");
        const Run r = run({QStringLiteral("script"), QStringLiteral("check"), path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QLatin1String("1: --partition=gpu")), qPrintable(r.out));
        QVERIFY2(
            r.out.contains(QLatin1String(":1:1: error: sbatch refuses a script whose first line")),
            qPrintable(r.out));
    }

    void missingFile()
    {
        const Run r = run({QStringLiteral("script"), QStringLiteral("check"),
                           m_home.filePath(QStringLiteral("nope.slurm"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("Could not read")));
    }

    // Each problem's fix in the JSON (the script it makes), and `script fix` applying them in
    // turn: a misspelt option and the container trap, fixed; what has no fix is listed.
    void fixesInJsonAndApplied()
    {
        const QByteArray trap
            = "#!/bin/bash\n#SBATCH --partion=cpu\n#SBATCH --container-name=mienv\n"
              "#SBATCH -t forever\nsrun python train.py\n";
        const QString path = write(trap);
        const Run check = run(
            {QStringLiteral("script"), QStringLiteral("check"), path, QStringLiteral("--json")});
        QCOMPARE(check.exitCode, 1);
        const QJsonArray problems
            = QJsonDocument::fromJson(check.out.toUtf8()).object()[u"problems"].toArray();
        bool moved = false;
        for (const QJsonValue &p : problems) {
            const QJsonObject fix = p[u"fix"].toObject();
            if (fix[u"label"].toString().contains(QLatin1String("srun")))
                moved = fix[u"script"].toString().contains(
                    QLatin1String("srun --container-name=mienv python train.py"));
        }
        QVERIFY2(moved, qPrintable(check.out));

        const Run fix = run({QStringLiteral("script"), QStringLiteral("fix"), path});
        QCOMPARE(fix.exitCode, 1); // the time limit has no fix
        QVERIFY2(fix.out.contains(QLatin1String("not fixed")), qPrintable(fix.out));
        QCOMPARE(SlurmTest::readFile(path),
                 QByteArray("#!/bin/bash\n#SBATCH --partition=cpu\n#SBATCH -t forever\n"
                            "srun --container-name=mienv python train.py\n"));
        const Run usage = run({QStringLiteral("script"), QStringLiteral("fix")});
        QCOMPARE(usage.exitCode, 2);
    }

    void setEditsThroughTheModel()
    {
        const QString path = write("#!/bin/bash\n#SBATCH -p cpu # main\n#SBATCH --hold\n\necho hi");
        const Run r = run({QStringLiteral("script"), QStringLiteral("set"), path,
                           QStringLiteral("partition=gpu"), QStringLiteral("time=01:00:00"),
                           QStringLiteral("hold="), QStringLiteral("--job-name=my job")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(SlurmTest::readFile(path),
                 QByteArray("#!/bin/bash\n#SBATCH -p gpu # main\n#SBATCH --time=01:00:00\n"
                            "#SBATCH --job-name=\"my job\"\n\necho hi"));
    }

    void setRefusesUnknownOptions()
    {
        const QByteArray before("#!/bin/bash\n#SBATCH -p cpu\n");
        const QString path = write(before);
        const Run r = run(
            {QStringLiteral("script"), QStringLiteral("set"), path, QStringLiteral("partion=gpu")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("did you mean --partition?")), qPrintable(r.err));
        QCOMPARE(SlurmTest::readFile(path), before);
    }
};

QTEST_GUILESS_MAIN(TestScriptCli)
#include "tst_scriptcli.moc"
