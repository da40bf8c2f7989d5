// Against the old-Slurm sandbox (Slurm 22.05, no Pyxis: scripts/dev oldslurm start), what
// differs from the Slurm the app was first built on: the version is read once per connection
// and not on every poll.
// The sandbox's details come from PATAGON_OLDSLURM_ENV (default
// /var/lib/patagon-oldslurm/sandbox.env); the test fails when it is not running.
#include "../sandbox/sandboxenv.h"
#include "../sandbox/sshpair.h"
#include "../sandbox/waitfor.h"
#include "core/jobs/jobmonitor.h"
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
