// Against the old-Slurm sandbox (Slurm 22.05, no Pyxis: scripts/dev oldslurm start), what
// differs from the Slurm the app was first built on: the version is read once per connection
// and not on every poll; `logs` of a job whose output file is not there says so and fails; a
// cluster without Pyxis gets no container helper jobs (probe, list); `cancel` of a job that
// does not exist fails; scontrol's TRES= gives the GPUs.
// The sandbox's details come from PATAGON_OLDSLURM_ENV (default
// /var/lib/patagon-oldslurm/sandbox.env); the test fails when it is not running.
#include "../sandbox/clirun.h"
#include "../sandbox/sandboxenv.h"
#include "../sandbox/sshpair.h"
#include "../sandbox/waitfor.h"
#include "core/container/clusterprobe.h"
#include "core/container/containerservice.h"
#include "core/jobs/jobmonitor.h"
#include "core/profiles/profilestore.h"
#include "core/remote/hostquerycache.h"
#include "core/slurm/slurmclient.h"
#include "core/slurm/slurmversion.h"

#include <QScopeGuard>
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

    // Probing and listing containers (what connecting does on the Containers page) on a
    // cluster whose srun has no Pyxis: said in words, and no job submitted for it.
    void noContainerJobsWithoutPyxis()
    {
        const QDateTime since = QDateTime::currentDateTime().addSecs(-2);
        SshHost *host = m_connection->host();
        QSignalSpy asked(HostQueryCache::of(host), &HostQueryCache::asked);
        Container::ClusterProbe prober(host);
        std::optional<Expected<Container::ClusterProbeResult>> probed;
        prober.probe(this, [&](const Expected<Container::ClusterProbeResult> &r) { probed = r; });
        QVERIFY(waitFor([&] { return probed.has_value(); }));
        QVERIFY2(*probed, qPrintable(probed->errorMessage()));
        QVERIFY(!(*probed)->pyxisPresent);
        QVERIFY((*probed)->hasErrors());

        Container::ContainerService service(host);
        std::optional<Expected<Container::ContainerList>> listed;
        service.list({}, this, [&](const Expected<Container::ContainerList> &r) { listed = r; });
        QVERIFY(waitFor([&] { return listed.has_value(); }));
        QVERIFY(!*listed);
        QCOMPARE(listed->errorCode(), ErrorCode::Unsupported);
        QVERIFY2(listed->errorMessage().contains(QLatin1String("Pyxis")),
                 qPrintable(listed->errorMessage()));
        int srunHelps = 0;
        for (const QList<QVariant> &args : std::as_const(asked))
            srunHelps += args.value(0).toStringList().value(0) == QLatin1String("srun");
        QCOMPARE(srunHelps, 1); // asked once for both

        // No job of the app's own since: accounting lists every job that was submitted.
        SlurmClient client(host);
        std::optional<Expected<JobList>> history;
        client.history(since, {}, this, [&](const Expected<JobList> &r) { history = r; });
        QVERIFY(waitFor([&] { return history.has_value(); }));
        QVERIFY2(*history, qPrintable(history->errorMessage()));
        for (const JobInfo &j : std::as_const(**history))
            QVERIFY2(!j.name.startsWith(QLatin1String("patagon-")), qPrintable(j.name));
    }

    void cancelOfAJobNobodyKnows()
    {
        const Testing::CliRun cancelled = cli({QStringLiteral("cancel"), QStringLiteral("999999")});
        QCOMPARE(cancelled.exitCode, 1);
        QVERIFY2(cancelled.err.contains(QLatin1String("Slurm knows no job 999999.")),
                 qPrintable(cancelled.err));
        QVERIFY(!cancelled.out.contains(QLatin1String("Cancelled")));
    }

    // 22.05's scontrol show job has TRES=...,gres/gpu=1 where newer ones have AllocTRES.
    void showJobGpusFromTres()
    {
        SlurmClient client(m_connection->host());
        const Expected<CommandOutput> submitted = m_connection->runAndWait(
            {QStringLiteral("sbatch"), QStringLiteral("--parsable"), QStringLiteral("-p"),
             QStringLiteral("gpu"), QStringLiteral("--gres=gpu:A100:1"), QStringLiteral("-J"),
             QStringLiteral("pt-tres"), QStringLiteral("-o"), QStringLiteral("/dev/null"),
             QStringLiteral("--wrap"), QStringLiteral("sleep 30")});
        QVERIFY(submitted && submitted->succeeded());
        const QString id = QString::fromUtf8(submitted->standardOutput).trimmed();
        const auto cancel
            = qScopeGuard([&] { (void)m_connection->runAndWait({QStringLiteral("scancel"), id}); });
        std::optional<Expected<JobList>> shown;
        client.showJob(id, this, [&](const Expected<JobList> &r) { shown = r; });
        QVERIFY(waitFor([&] { return shown.has_value(); }));
        QVERIFY2(*shown && (*shown)->size() == 1, qPrintable(shown->errorMessage()));
        QCOMPARE((*shown)->first().gpus, 1);
    }

    // Polls and a second client ask squeue and sacct again and again; sinfo --version is
    // asked once for the connection, and once more after a new connection.
    void versionReadOncePerConnection()
    {
        SshHost *host = m_connection->host();
        QSignalSpy asked(HostQueryCache::of(host), &HostQueryCache::asked);
        // A new connection, where nothing was asked yet.
        const auto reconnect = [&] {
            m_connection->disconnectFromHost();
            return waitFor([&] { return host->state() == RemoteHost::State::Disconnected; })
                && m_connection->connectAndWait(
                    m_env.profile(QStringLiteral("oldslurm"), m_tmp.path()));
        };
        QVERIFY(reconnect());
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
        QVERIFY(reconnect());
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
