// The job subcommands against the sandbox: submit FILE prints the id, jobs --json lists it
// with its fields, logs ID prints its output, logs -f follows it to the end, cancel ends one.
#include "../sandbox/clirun.h"
#include "../sandbox/sandboxenv.h"
#include "../sandbox/sshpair.h"
#include "core/profiles/profilestore.h"
#include "remotecleanup.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Patagon;

class TestJobCli : public QObject
{
    Q_OBJECT

    Testing::SandboxEnv m_env;
    QTemporaryDir m_home;
    ConnectionProfile m_profile;
    QStringList m_created; // output files the jobs wrote in the researcher's home

    using Run = Testing::CliRun;

    Run run(const QStringList &args) { return Testing::runCli(m_home, args); }

    QString writeScript(const QString &name, const QByteArray &text)
    {
        const QString path = m_home.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(text);
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_env.load());
        ConnectionProfile p;
        p.name = QStringLiteral("clitest");
        p.host = m_env.host();
        p.port = m_env.port().toInt();
        p.user = m_env.user();
        p.identityFile = m_env.key();
        p.knownHostsFile = m_env.knownHosts();
        m_profile = p;
        m_profile.sshConfigFile = m_home.filePath(QStringLiteral("no-ssh-config"));
        QVERIFY(ProfileStore::writeDropIn(
            m_home.filePath(QStringLiteral(".config/patagon-studio/profiles/clitest.ini")), p));
    }

    void submitListFollowCancel()
    {
        const QString file
            = writeScript(QStringLiteral("job.sbatch"),
                          "#!/bin/bash\n#SBATCH -p cpu\n#SBATCH -J pt-cli\n#SBATCH -o cli-%j.out\n"
                          "for i in 1 2 3; do echo cli $i; sleep 1; done\necho oops >&2\n");
        const Run submitted = run({QStringLiteral("submit"), file, QStringLiteral("--profile"),
                                   QStringLiteral("clitest")});
        QVERIFY2(submitted.exitCode == 0, qPrintable(submitted.err));
        const QString id = submitted.out.trimmed();
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d+$")).match(id).hasMatch(), qPrintable(id));
        m_created << QStringLiteral("%1/cli-%2.out").arg(m_env.home(), id);

        // The profile used last is the default from now on.
        const Run listed = run({QStringLiteral("jobs"), QStringLiteral("--json")});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        QVERIFY2(!listed.err.contains(QLatin1String("connected to")), qPrintable(listed.err));
        const QJsonArray jobs = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QJsonObject mine;
        for (const QJsonValue &v : jobs) {
            if (v.toObject().value(QLatin1String("id")).toString() == id)
                mine = v.toObject();
        }
        QVERIFY2(!mine.isEmpty(), qPrintable(listed.out));
        QCOMPARE(mine.value(QLatin1String("name")).toString(), QStringLiteral("pt-cli"));
        QCOMPARE(mine.value(QLatin1String("partition")).toString(), QStringLiteral("cpu"));
        for (const char *key : {"state", "reason", "stdout", "stderr"})
            QVERIFY2(mine.contains(QLatin1String(key)), key);
        const QString stdOut = QStringLiteral("%1/cli-%2.out").arg(m_env.home(), id);
        QCOMPARE(mine.value(QLatin1String("stdout")).toString(), stdOut);
        QCOMPARE(mine.value(QLatin1String("stderr")).toString(), stdOut); // no -e

        const Run followed = run({QStringLiteral("logs"), id, QStringLiteral("-f")});
        QVERIFY2(followed.exitCode == 0, qPrintable(followed.err));
        QCOMPARE(followed.out, QStringLiteral("cli 1\ncli 2\ncli 3\noops\n"));

        const Run printed = run({QStringLiteral("logs"), id});
        QCOMPARE(printed.exitCode, 0);
        QCOMPARE(printed.out, followed.out);

        // Finished, it is listed from accounting (sacct), still with its real output paths. Between
        // slurmctld forgetting a job and slurmdbd recording its end a moment passes (seen on
        // Slurm 22.05 under the sanitizers): asked again until it shows.
        QJsonObject done;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const Run past = run({QStringLiteral("jobs"), QStringLiteral("--json")});
                if (past.exitCode != 0)
                    return false;
                for (const QJsonValue &v : QJsonDocument::fromJson(past.out.toUtf8()).array()) {
                    if (v.toObject().value(QLatin1String("id")).toString() == id)
                        done = v.toObject();
                }
                return done.value(QLatin1String("state")).toString() == QLatin1String("COMPLETED");
            }(),
            30000);
        QCOMPARE(done.value(QLatin1String("state")).toString(), QStringLiteral("COMPLETED"));
        QCOMPARE(done.value(QLatin1String("stdout")).toString(), stdOut);
        QCOMPARE(done.value(QLatin1String("stderr")).toString(), stdOut);

        const QString held = writeScript(
            QStringLiteral("held.sbatch"),
            "#!/bin/bash\n#SBATCH -p cpu\n#SBATCH -J pt-cli-held\n#SBATCH --hold\ntrue\n");
        const Run second = run({QStringLiteral("submit"), held});
        QCOMPARE(second.exitCode, 0);
        m_created << QStringLiteral("%1/slurm-%2.out").arg(m_env.home(), second.out.trimmed());
        const Run cancelled = run({QStringLiteral("cancel"), second.out.trimmed()});
        QVERIFY2(cancelled.exitCode == 0, qPrintable(cancelled.err));
        QVERIFY(cancelled.out.contains(second.out.trimmed()));
    }

    // The app's own helper jobs are listed only with --all; -v shows the core's log lines.
    void helperJobsOnlyWithAll()
    {
        const QString file
            = writeScript(QStringLiteral("helper.sbatch"),
                          "#!/bin/bash\n#SBATCH -p cpu\n#SBATCH -J patagon-list\n#SBATCH --hold\n"
                          "#SBATCH -o /dev/null\ntrue\n");
        const Run submitted = run({QStringLiteral("submit"), file, QStringLiteral("--profile"),
                                   QStringLiteral("clitest")});
        QVERIFY2(submitted.exitCode == 0, qPrintable(submitted.err));
        const QString id = submitted.out.trimmed();
        const auto cancel = qScopeGuard([&] { run({QStringLiteral("cancel"), id}); });
        const auto lists = [&](const Run &r) {
            return r.out.contains(QRegularExpression(QStringLiteral("^%1\\t").arg(id),
                                                     QRegularExpression::MultilineOption));
        };

        const Run plain = run({QStringLiteral("jobs")});
        QVERIFY2(plain.exitCode == 0, qPrintable(plain.err));
        QVERIFY2(!lists(plain), qPrintable(plain.out));
        // How many depends on what else is queued (22.05 has no container helpers): the
        // count and the words agree.
        const QRegularExpressionMatch hidden
            = QRegularExpression(QStringLiteral("^(\\d+) helper (job|jobs) of the app not shown; "
                                                "--all shows (it|them)\\.$"),
                                 QRegularExpression::MultilineOption)
                  .match(plain.err);
        QVERIFY2(hidden.hasMatch(), qPrintable(plain.err));
        const bool one = hidden.captured(1).toInt() == 1;
        QVERIFY2(hidden.captured(1).toInt() >= 1, qPrintable(plain.err));
        QCOMPARE(hidden.captured(2), one ? QStringLiteral("job") : QStringLiteral("jobs"));
        QCOMPARE(hidden.captured(3), one ? QStringLiteral("it") : QStringLiteral("them"));
        QVERIFY2(!plain.err.contains(QLatin1String("connected to")), qPrintable(plain.err));

        const Run all
            = run({QStringLiteral("jobs"), QStringLiteral("--all"), QStringLiteral("-v")});
        QVERIFY2(all.exitCode == 0, qPrintable(all.err));
        QVERIFY2(lists(all), qPrintable(all.out));
        QVERIFY2(all.err.contains(QLatin1String("patagon.core.ssh: connected to")),
                 qPrintable(all.err));

        const Run json = run({QStringLiteral("jobs"), QStringLiteral("--json")});
        QVERIFY2(json.exitCode == 0, qPrintable(json.err));
        for (const QJsonValue &v : QJsonDocument::fromJson(json.out.toUtf8()).array())
            QVERIFY(v.toObject().value(QLatin1String("id")).toString() != id);
    }

    void refusedSubmissionExplains()
    {
        const QString file
            = writeScript(QStringLiteral("bad.sbatch"), "#!/bin/bash\n#SBATCH -p nosuch\ntrue\n");
        const Run r = run({QStringLiteral("submit"), file, QStringLiteral("--profile"),
                           QStringLiteral("clitest")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("Invalid partition name specified")),
                 qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("partition does not exist")));
    }

    void cleanupTestCase()
    {
        Testing::SshPair connection;
        QSignalSpy connected(&connection, &Connection::connected);
        connection.connectToHost(m_profile);
        QVERIFY(connected.wait(60000));
        QVERIFY(Testing::removeRemoteFiles(connection.host(), m_created));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("submit without a file") << QStringList {QStringLiteral("submit")};
        QTest::newRow("logs without an id") << QStringList {QStringLiteral("logs")};
        QTest::newRow("unknown option")
            << QStringList {QStringLiteral("jobs"), QStringLiteral("--yaml")};
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        const Run r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("Usage:")));
    }
};

QTEST_GUILESS_MAIN(TestJobCli)
#include "tst_jobcli.moc"
