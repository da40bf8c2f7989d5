// `patagon-studio train` and `runs` from a clean local account against the sandbox cluster:
// the final JSON object, the second run reusing bundle and build, the runs database, and a
// wrong dataset folder.
#include "../sandbox/clirun.h"
#include "../sandbox/sandboxenv.h"
#include "core/profiles/profilestore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Patagon;

class TestTrainCli : public QObject
{
    Q_OBJECT

    Testing::SandboxEnv m_env;
    QTemporaryDir m_home;

    using Run = Testing::CliRun;

    Run run(const QStringList &args, int timeoutMs = 600000)
    {
        return Testing::runCli(m_home, args, timeoutMs);
    }

    QStringList trainArgs() const
    {
        return {QStringLiteral("train"),
                QStringLiteral("--profile"),
                QStringLiteral("traincli"),
                QStringLiteral("--data"),
                QStringLiteral("/usr/share/datasets/fashion-mnist"),
                QStringLiteral("--container"),
                QStringLiteral("traincli"),
                QStringLiteral("--epochs"),
                QStringLiteral("1"),
                QStringLiteral("--limit-train"),
                QStringLiteral("1000"),
                QStringLiteral("--limit-test"),
                QStringLiteral("200"),
                QStringLiteral("--batch-size"),
                QStringLiteral("64"),
                QStringLiteral("--cpus"),
                QStringLiteral("2"),
                QStringLiteral("--time"),
                QStringLiteral("10"),
                QStringLiteral("--follow"),
                QStringLiteral("--json")};
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_env.load(), "the sandbox is not running: scripts/dev sandbox start");
        QVERIFY(ProfileStore::writeDropIn(
            m_home.filePath(QStringLiteral(".config/patagon-studio/profiles/traincli.ini")),
            m_env.profile(QStringLiteral("traincli"), m_home.path())));
        const Run created = run(
            {QStringLiteral("containers"), QStringLiteral("create"), QStringLiteral("traincli"),
             QStringLiteral("nvcr.io#nvidia/pytorch:24.05-py3"), QStringLiteral("--partition"),
             QStringLiteral("cpu"), QStringLiteral("--profile"), QStringLiteral("traincli")});
        QVERIFY2(created.exitCode == 0 || created.err.contains(QStringLiteral("exists")),
                 qPrintable(created.err));
    }

    void cleanupTestCase()
    {
        (void)run({QStringLiteral("containers"), QStringLiteral("remove"),
                   QStringLiteral("traincli"), QStringLiteral("--profile"),
                   QStringLiteral("traincli")});
    }

    void trainTwiceThenListAndShow()
    {
        const Run first = run(trainArgs());
        QVERIFY2(first.exitCode == 0, qPrintable(first.err + first.out));
        const QJsonObject a = QJsonDocument::fromJson(first.out.toUtf8()).object();
        QCOMPARE(a[u"state"].toString(), QStringLiteral("completed"));
        QVERIFY(a[u"run_id"].isDouble());
        QVERIFY(!a[u"job_id"].toString().isEmpty());
        QVERIFY(a[u"uploaded"].isBool());
        QVERIFY(a[u"built"].isBool());
        QVERIFY(a[u"test_accuracy"].toDouble() > 0.3);
        QVERIFY(a[u"run_dir"].toString().contains(QStringLiteral("/patagon-runs/")));

        const Run second = run(trainArgs());
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        const QJsonObject b = QJsonDocument::fromJson(second.out.toUtf8()).object();
        QCOMPARE(b[u"uploaded"].toBool(true), false);
        QCOMPARE(b[u"built"].toBool(true), false);
        QVERIFY(b[u"run_id"].toInt() > a[u"run_id"].toInt());

        const Run listed
            = run({QStringLiteral("runs"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray runs = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs.at(0)[u"run_id"].toInt(), b[u"run_id"].toInt()); // newest first

        const Run shown = run({QStringLiteral("runs"), QStringLiteral("show"),
                               QString::number(a[u"run_id"].toInt()), QStringLiteral("--json")});
        QCOMPARE(shown.exitCode, 0);
        const QJsonObject record = QJsonDocument::fromJson(shown.out.toUtf8()).object();
        QCOMPARE(record[u"epochs"].toArray().size(), 1);
        QCOMPARE(record[u"test_accuracy"].toDouble(), a[u"test_accuracy"].toDouble());
        QVERIFY(record[u"script"].toString().contains(QStringLiteral("--container-name=traincli")));
        QCOMPARE(record[u"config"][u"data_kind"].toString(), QStringLiteral("fashion-mnist"));
    }

    void wrongFolderIsExplained()
    {
        QStringList args = trainArgs();
        args[args.indexOf(QStringLiteral("/usr/share/datasets/fashion-mnist"))]
            = QStringLiteral("/usr/share/doc/bash");
        const Run r = run(args, 120000);
        QCOMPARE(r.exitCode, 1);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY2(o[u"error"].toString().contains(QStringLiteral("none of the dataset formats")),
                 qPrintable(r.out));
        QVERIFY(o[u"run_id"].isNull());
        const Run listed
            = run({QStringLiteral("runs"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(listed.out.toUtf8()).array().size(), 2);
    }

    void usageErrors()
    {
        const Run bare = run({QStringLiteral("train")});
        QCOMPARE(bare.exitCode, 2); // --data or --upload is required
        QVERIFY2(bare.err.contains(QStringLiteral("--upload")), qPrintable(bare.err));
        // A folder to upload that this computer does not have: said before connecting.
        const Run missing = run({QStringLiteral("train"), QStringLiteral("--upload"),
                                 m_home.filePath(QStringLiteral("no-such-folder"))});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(QStringLiteral("does not exist on this computer")),
                 qPrintable(missing.err));
        QCOMPARE(run({QStringLiteral("train"), QStringLiteral("--data"), QStringLiteral("/d"),
                      QStringLiteral("--epochs"), QStringLiteral("many")})
                     .exitCode,
                 2);
        const Run help = run({QStringLiteral("train"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("--follow")));
        QVERIFY(help.out.contains(QStringLiteral("--upload")));
    }
};

QTEST_GUILESS_MAIN(TestTrainCli)
#include "tst_traincli.moc"
