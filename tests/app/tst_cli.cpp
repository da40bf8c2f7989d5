// The command line works without a display: --version, --help, profiles, bad commands.
#include "../sandbox/clirun.h"
#include "core/profiles/profilestore.h"
#include "core/version.h"

#include <QTemporaryDir>
#include <QTest>

class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    using Run = Patagon::Testing::CliRun;
    Run run(const QStringList &args) { return Patagon::Testing::runCli(m_home, args); }

private slots:
    void version_data()
    {
        QTest::addColumn<QString>("flag");
        QTest::newRow("long") << QStringLiteral("--version");
        QTest::newRow("short") << QStringLiteral("-v");
        QTest::newRow("subcommand") << QStringLiteral("version");
    }

    void version()
    {
        QFETCH(QString, flag);
        const Run r = run({flag});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("Patagon Studio ") + Patagon::appVersion()),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("libssh 0.")));
        QVERIFY(r.out.contains(QLatin1String("Qt 6.")));
    }

    // "-v" alone is --version; with a command it is --verbose, as is --verbose anywhere.
    void verboseWithACommand_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("-v first") << QStringList {QStringLiteral("-v"), QStringLiteral("profiles"),
                                                  QStringLiteral("list")};
        QTest::newRow("-v last") << QStringList {QStringLiteral("profiles"), QStringLiteral("list"),
                                                 QStringLiteral("-v")};
        QTest::newRow("--verbose first") << QStringList {
            QStringLiteral("--verbose"), QStringLiteral("profiles"), QStringLiteral("list")};
    }
    void verboseWithACommand()
    {
        QFETCH(QStringList, args);
        const Run r = run(args);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("patagon\tpatagon.uach.cl")), qPrintable(r.out));
        QVERIFY(!r.out.contains(QLatin1String("Patagon Studio ")));
    }

    // The core's info lines (here "connect to … failed") reach stderr only with -v; the error
    // itself always does.
    void coreLoggingOnlyWhenVerbose_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("logged");
        const QStringList connect {QStringLiteral("connect"), QStringLiteral("--profile"),
                                   QStringLiteral("refused")};
        QTest::newRow("quiet by default") << connect << false;
        QTest::newRow("-v") << (connect + QStringList {QStringLiteral("-v")}) << true;
        QTest::newRow("--verbose") << (QStringList {QStringLiteral("--verbose")} + connect) << true;
    }
    void coreLoggingOnlyWhenVerbose()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, logged);
        Patagon::ConnectionProfile refused;
        refused.name = QStringLiteral("refused");
        refused.host = QStringLiteral("127.0.0.1");
        refused.port = 1; // nothing listens there
        refused.user = QStringLiteral("nobody");
        QVERIFY(Patagon::ProfileStore::writeDropIn(
            m_home.filePath(QStringLiteral(".config/patagon-studio/profiles/refused.ini")),
            refused));
        const Run r = run(args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(!r.err.trimmed().isEmpty(), "the error is said without -v too");
        QVERIFY2(r.err.contains(QLatin1String("patagon.core.ssh: ")) == logged, qPrintable(r.err));
    }

    void help()
    {
        const Run r = run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("Usage: patagon-studio")));
        QVERIFY(r.out.contains(QLatin1String("profiles list")));
    }

    void listsProfiles()
    {
        const Run r = run({QStringLiteral("profiles"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("patagon\tpatagon.uach.cl")), qPrintable(r.out));
    }

    void unknownCommandFails()
    {
        const Run r = run({QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("frobnicate")));
        QVERIFY(r.err.contains(QLatin1String("--help")));
    }

    void unknownProfileFailsClearly()
    {
        const Run r
            = run({QStringLiteral("demo"), QStringLiteral("--profile"), QStringLiteral("nope")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("no connection profile named \"nope\"")),
                 qPrintable(r.err));
    }

    // One --profile parser for every command that uses the cluster: both spellings, and a
    // missing name said before anything connects.
    void everyCommandReadsTheProfileTheSameWay_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        const QString unknown = QStringLiteral("no connection profile named \"nope\"");
        for (const char *cmd : {"connect", "demo", "jobs", "submit", "containers"}) {
            QStringList base {QLatin1String(cmd)};
            if (base.first() == QLatin1String("submit"))
                base << QStringLiteral("/dev/null");
            if (base.first() == QLatin1String("containers"))
                base << QStringLiteral("list");
            QTest::newRow(QByteArray(cmd + QByteArray(" --profile=nope")).constData())
                << (base + QStringList {QStringLiteral("--profile=nope")}) << 1 << unknown;
            QTest::newRow(QByteArray(cmd + QByteArray(" --profile nope")).constData())
                << (base + QStringList {QStringLiteral("--profile"), QStringLiteral("nope")}) << 1
                << unknown;
        }
        QTest::newRow("jobs --profile (no name)")
            << QStringList {QStringLiteral("jobs"), QStringLiteral("--profile")} << 2 << QString();
        QTest::newRow("connect --profile (no name)")
            << QStringList {QStringLiteral("connect"), QStringLiteral("--profile")} << 2
            << QStringLiteral("Usage: patagon-studio connect [--profile NAME]");
    }
    void everyCommandReadsTheProfileTheSameWay()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        const Run r = run(args);
        QVERIFY2(r.exitCode == exitCode, qPrintable(r.out + r.err));
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
    }

    // The Packages page's rule for --save, said before anything connects (no profile needed).
    void saveMustBeASquashfsFile_data()
    {
        QTest::addColumn<QStringList>("args");
        const auto args = [](const char *line) { return QString::fromUtf8(line).split(u' '); };
        QTest::newRow("packages install")
            << args("packages install pytorch --pip numpy --save containers/pytorch.tar");
        QTest::newRow("packages replay")
            << args("packages replay pytorch --onto copy --save containers/");
        QTest::newRow("containers create") << args("containers create pytorch python --save x");
    }
    void saveMustBeASquashfsFile()
    {
        QFETCH(QStringList, args);
        const Run r = run(args);
        QVERIFY2(r.exitCode == 1, qPrintable(r.out + r.err));
        QVERIFY2(r.err.contains(QStringLiteral("must end in .sqsh")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("profile")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
