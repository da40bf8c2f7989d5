// Against the old-Slurm sandbox (Slurm 22.05, no Pyxis: scripts/dev oldslurm start), what
// differs from the Slurm the app was first built on: the version is read once per connection
// and not on every poll; `logs` of a job whose output file is not there says so and fails.
// The sandbox's details come from PATAGON_OLDSLURM_ENV (default
// /var/lib/patagon-oldslurm/sandbox.env); the test fails when it is not running.
#include "../sandbox/clirun.h"
#include "../sandbox/sandboxenv.h"
#include "../sandbox/sshpair.h"
#include "../sandbox/waitfor.h"
#include "core/jobs/jobmonitor.h"
#include "core/profiles/profilestore.h"
#include "core/remote/hostquerycache.h"
#include "core/slurm/slurmclient.h"
#include "core/slurm/slurmversion.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Patagon;
using namespace Patagon::Slurm;
using Patagon::Testing::waitFor;

class TestOldSlurm : public QObject
{
    Q_OBJECT

    Testing::SandboxEnv m_env;
    QTemporaryDir m_tmp;
    Testing::SshPair *m_connection = nullptr;
    QTemporaryDir m_home; // the CLI's home, with the profile "old"

    Testing::CliRun cli(QStringList arguments)
    {
        arguments << QStringLiteral("--profile") << QStringLiteral("old");
        return Testing::runCli(m_home, arguments);
    }
    // Waits until Slurm says job `id` has ended.
    bool waitUntilFinished(const QString &id)
    {
        SlurmClient client(m_connection->host());
        return waitFor([&] {
            std::optional<Expected<JobList>> shown;
            client.showJob(id, this, [&](const Expected<JobList> &j) { shown = j; });
            return waitFor([&] { return shown.has_value(); }) && *shown && !(*shown)->isEmpty()
                && (*shown)->first().isFinished();
        });
    }

    // How often `spy` saw the version command sent to the host.
    static int versionReads(const QSignalSpy &spy)
    {
        int n = 0;
        for (const QList<QVariant> &args : spy)
            n += args.value(0).toStringList() == versionCommand();
        return n;
    }

private slots:
    void initTestCase()
    {
        const QByteArray envFile = qEnvironmentVariableIsSet("PATAGON_OLDSLURM_ENV")
            ? qgetenv("PATAGON_OLDSLURM_ENV")
            : QByteArray("/var/lib/patagon-oldslurm/sandbox.env");
        qputenv("PATAGON_SANDBOX_ENV", envFile);
        m_connection = new Testing::SshPair(this);
        QString why;
        QVERIFY2(
            m_connection->loginToSandbox(m_env, QStringLiteral("oldslurm"), m_tmp.path(), &why),
            qPrintable(why + QStringLiteral(" (scripts/dev oldslurm start)")));
        QVERIFY2(m_env.value("SANDBOX_SLURM_VERSION").startsWith(QLatin1String("22.05")),
                 qPrintable(m_env.value("SANDBOX_SLURM_VERSION")));
        ConnectionProfile p = m_env.profile(QStringLiteral("old"), m_home.path());
        p.sshConfigFile.clear();
        QVERIFY(ProfileStore::writeDropIn(
            m_home.filePath(QStringLiteral(".config/patagon-studio/profiles/old.ini")), p));
    }

    // A job whose output file is gone when it ended: not an empty success.
    void logsOfAJobWithoutOutputSaysSo()
    {
        QFile script(m_home.filePath(QStringLiteral("gone.sbatch")));
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\n#SBATCH -p cpu\n#SBATCH -J pt-gone\n#SBATCH -o gone-%j.out\n"
                     "rm -f \"gone-$SLURM_JOB_ID.out\"\n");
        script.close();
        const Testing::CliRun submitted = cli({QStringLiteral("submit"), script.fileName()});
        QVERIFY2(submitted.exitCode == 0, qPrintable(submitted.err));
        const QString id = submitted.out.trimmed();
        QVERIFY(waitUntilFinished(id));
        const Testing::CliRun logs = cli({QStringLiteral("logs"), id});
        QCOMPARE(logs.exitCode, 1);
        QVERIFY2(logs.err.contains(QStringLiteral("Job %1 left no output to show: %2/gone-%1.out "
                                                  "does not exist.")
                                       .arg(id, m_env.home())),
                 qPrintable(logs.err));
        QCOMPARE(logs.out, QString());
    }

    void logsOfAJobNobodyKnows()
    {
        const Testing::CliRun logs = cli({QStringLiteral("logs"), QStringLiteral("999999")});
        QCOMPARE(logs.exitCode, 1);
        QVERIFY2(logs.err.contains(QLatin1String("Slurm knows no job 999999.")),
                 qPrintable(logs.err));
    }

    // Polls and a second client ask squeue and sacct again and again; sinfo --version is
    // asked once for the connection, and once more after a new connection.
    void versionReadOncePerConnection()
    {
        SshHost *host = m_connection->host();
        QSignalSpy asked(HostQueryCache::of(host), &HostQueryCache::asked);
        SlurmClient client(host);
        Jobs::JobMonitor monitor(&client);
        monitor.setIntervals(100, 200);
        QSignalSpy polls(&monitor, &Jobs::JobMonitor::pollFinished);
        QSignalSpy failures(&monitor, &Jobs::JobMonitor::pollFailed);
        monitor.start();
        QVERIFY(waitFor([&] { return polls.size() >= 4 || !failures.isEmpty(); }));
        QVERIFY2(failures.isEmpty(),
                 qPrintable(failures.value(0).value(0).value<Result>().message()));
        QCOMPARE(client.version().toString(), m_env.value("SANDBOX_SLURM_VERSION"));

        SlurmClient second(host);
        bool answered = false;
        second.queue(this, [&](const Expected<JobList> &jobs) {
            QVERIFY2(jobs, qPrintable(jobs.errorMessage()));
            answered = true;
        });
        QVERIFY(waitFor([&] { return answered; }));
        QCOMPARE(second.version(), client.version());
        monitor.stop();
        QCOMPARE(versionReads(asked), 1);

        // A new connection may be to another cluster: read again, once.
        m_connection->disconnectFromHost();
        QVERIFY(waitFor([&] { return host->state() == RemoteHost::State::Disconnected; }));
        QVERIFY(
            m_connection->connectAndWait(m_env.profile(QStringLiteral("oldslurm"), m_tmp.path())));
        SlurmClient third(host);
        answered = false;
        for (int i = 0; i < 2; ++i) {
            third.queue(this, [&](const Expected<JobList> &jobs) {
                QVERIFY2(jobs, qPrintable(jobs.errorMessage()));
                answered = true;
            });
            QVERIFY(waitFor([&] { return answered; }));
        }
        QCOMPARE(versionReads(asked), 2);
        QCOMPARE(third.version(), client.version());
    }
};

QTEST_GUILESS_MAIN(TestOldSlurm)
#include "tst_oldslurm.moc"
