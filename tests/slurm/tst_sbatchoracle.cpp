// Real sbatch is the oracle: `sbatch -vvv --test-only FILE` logs every argument it takes from
// the script ("debug2: Found in script, argument ...") and needs no controller for that. The
// model must find the same arguments, in the same order, and refuse what sbatch refuses.
#include "core/slurm/batchscript.h"
#include "core/slurm/scriptchecker.h"
#include "slurmtestutil.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Patagon::Slurm;

class TestSbatchOracle : public QObject
{
    Q_OBJECT

    QString m_sbatch;
    QString m_conf;

    struct Oracle
    {
        QList<QByteArray> arguments;
        QByteArray log;
        bool refusedDos = false;
        bool refusedShebang = false;
        bool fatal = false;
    };

    Oracle runSbatch(const QString &file)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SLURM_CONF"), m_conf);
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(QFileInfo(file).absolutePath());
        p.start(m_sbatch, {QStringLiteral("-vvv"), QStringLiteral("--test-only"), file});
        p.waitForFinished(30000);
        Oracle o;
        o.log = p.readAllStandardError() + p.readAllStandardOutput();
        static const QRegularExpression found(
            QStringLiteral("debug2: Found in script, argument \"(.*)\"$"));
        for (const QByteArray &line : o.log.split('\n')) {
            const QRegularExpressionMatch m = found.match(QString::fromUtf8(line));
            if (m.hasMatch())
                o.arguments.append(m.captured(1).toUtf8());
        }
        o.refusedDos = o.log.contains("DOS line breaks");
        o.refusedShebang = o.log.contains("The first\nsbatch: error: line must start with #!")
            || o.log.contains("line must start with #!");
        o.fatal = o.log.contains("fatal:");
        return o;
    }

    void compare(const QString &file)
    {
        const QByteArray text = SlurmTest::readFile(file);
        const BatchScript script = BatchScript::parse(text);
        const Oracle o = runSbatch(file);
        const QList<ScriptProblem> problems = ScriptChecker::check(script);
        if (o.refusedDos || o.refusedShebang) {
            QVERIFY(o.arguments.isEmpty());
            bool said = false;
            for (const ScriptProblem &p : problems)
                said |= p.severity == ScriptProblem::Severity::Error && p.line == 1;
            QVERIFY2(said, "sbatch refused the script, the model did not say so");
            QCOMPARE(script.hasDosLineBreaks(), o.refusedDos);
            QCOMPARE(!script.hasShebang(), o.refusedShebang);
            return;
        }
        QVERIFY2(script.hasShebang() && !script.hasDosLineBreaks(), o.log.constData());
        const QList<QByteArray> ours = SlurmTest::activeArguments(script);
        if (o.fatal) {
            // sbatch stopped at a fatal error (unmatched quote, leading ':'): what it took
            // before must match, and the model must report an error.
            QVERIFY2(ours.mid(0, o.arguments.size()) == o.arguments, o.log.constData());
            QVERIFY(hasError(problems));
            return;
        }
        if (ours != o.arguments) {
            qWarning() << "sbatch:" << o.arguments;
            qWarning() << "model: " << ours;
        }
        QCOMPARE(ours, o.arguments);
    }

private slots:
    void initTestCase()
    {
        m_sbatch = QStandardPaths::findExecutable(QStringLiteral("sbatch"));
        m_conf = qEnvironmentVariable("PATAGON_SLURM_CONF",
                                      QStringLiteral("/var/lib/patagon-sandbox/etc/slurm.conf"));
        if (m_sbatch.isEmpty())
            QSKIP("sbatch is not installed (it is in the build root: scripts/dev test)");
        if (!QFileInfo::exists(m_conf))
            QSKIP("no sandbox slurm.conf: start the sandbox (scripts/dev sandbox start)");
    }

    void corpus_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &f : SlurmTest::corpusFiles())
            QTest::newRow(qPrintable(f)) << SlurmTest::corpusDir() + u'/' + f;
    }

    void corpus()
    {
        QFETCH(QString, file);
        compare(file);
    }

    // Generated scripts made of the pieces that matter: quotes, escapes, '#', options, values,
    // comments, lookalikes and commands.
    void generated_data()
    {
        QTest::addColumn<QByteArray>("text");
        QRandomGenerator rng(1124);
        const QList<QByteArray> pieces = {
            "-p",
            "gpu",
            "--time=5",
            "-t",
            "10",
            "\"a b\"",
            "'c d'",
            "x\\\"y",
            "#",
            "# c",
            "-J",
            "name#1",
            "\"n#2\"",
            "--comment=\"q # r\"",
            "-Hpcpu",
            "--hold",
            "-n1",
            "\\",
            "--export=ALL",
            "\t",
            "  ",
            "-o",
            "out-%j.log",
            "\"\"",
            "--mem",
            "1G",
        };
        const QList<QByteArray> prefixes
            = {"#SBATCH ", "#SBATCH", "#SBATCH\t", "# SBATCH ", "##SBATCH ", " #SBATCH ",
               "#SLURM ",  "",        "echo x",    "#",         "  ",        "#SBATCH hetjob"};
        for (int i = 0; i < 60; ++i) {
            QByteArray text("#!/bin/bash\n");
            const int lines = 1 + int(rng.bounded(8));
            for (int l = 0; l < lines; ++l) {
                const QByteArray prefix = prefixes.at(int(rng.bounded(prefixes.size())));
                text += prefix;
                if (prefix.startsWith("#SBATCH") && !prefix.contains("hetjob")) {
                    const int n = int(rng.bounded(5));
                    for (int k = 0; k < n; ++k)
                        text += ' ' + pieces.at(int(rng.bounded(pieces.size())));
                }
                text += '\n';
            }
            QTest::newRow(qPrintable(QStringLiteral("generated %1").arg(i))) << text;
        }
    }

    void generated()
    {
        QFETCH(QByteArray, text);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("job.slurm"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
        f.close();
        compare(path);
    }
};

QTEST_GUILESS_MAIN(TestSbatchOracle)
#include "tst_sbatchoracle.moc"
