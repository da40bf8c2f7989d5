// ClusterFactsFetcher against the sandbox's real Slurm over the shared Connection: the
// partitions and their limits, the GRES per partition, the Pyxis flags of its srun, the
// per-profile cache, and the cluster problems the checker finds with the fetched facts.
#include "../sandbox/sandboxenv.h"
#include "../sandbox/sshpair.h"
#include "core/slurm/batchscript.h"
#include "core/slurm/clusterfactsfetcher.h"
#include "core/slurm/scriptchecker.h"
#include "core/ssh/connection.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Patagon;
using namespace Patagon::Slurm;
using Patagon::Testing::SandboxEnv;

class TestClusterFactsFetcher : public QObject
{
    Q_OBJECT

    SandboxEnv m_env;
    QTemporaryDir m_tmp;
    Testing::SshPair *m_connection = nullptr;
    std::optional<ClusterFacts> m_facts;

    ConnectionProfile profile() const
    {
        return m_env.profile(QStringLiteral("factstest"), m_tmp.path());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_env.load(), "the sandbox is not running: scripts/dev sandbox start");
        m_connection = new Testing::SshPair(this);
        QSignalSpy connected(m_connection, &Connection::connected);
        m_connection->connectToHost(profile());
        QVERIFY(connected.wait(60000));
    }

    void notConnectedSaysSo()
    {
        Testing::SshPair idle;
        ClusterFactsFetcher fetcher(idle.host());
        QSignalSpy failed(&fetcher, &ClusterFactsFetcher::failed);
        fetcher.fetch();
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().toString().contains(QLatin1String("Connect")));
        QVERIFY(!fetcher.isRunning());
    }

    void fetchesTheSandbox()
    {
        ClusterFactsFetcher fetcher(m_connection->host());
        QSignalSpy fetched(&fetcher, &ClusterFactsFetcher::fetched);
        QSignalSpy failed(&fetcher, &ClusterFactsFetcher::failed);
        fetcher.fetch();
        QVERIFY(fetcher.isRunning());
        QVERIFY(fetched.wait(60000));
        QVERIFY(failed.isEmpty());
        QVERIFY(!fetcher.isRunning());
        m_facts = fetched.first().first().value<ClusterFacts>();
        const ClusterFacts &facts = *m_facts;
        QVERIFY(facts.fetchedAt.isValid());

        const PartitionFacts *cpu = facts.partition(QStringLiteral("cpu"));
        const PartitionFacts *gpu = facts.partition(QStringLiteral("gpu"));
        QVERIFY(cpu && gpu);
        QCOMPARE(facts.defaultPartition(), cpu);
        QVERIFY(!cpu->maxTimeMinutes.has_value());
        QCOMPARE(gpu->maxTimeMinutes, std::optional<qint64>(2 * 24 * 60));
        QVERIFY2(gpu->gres.contains(QLatin1String("gpu:A100:1")), qPrintable(gpu->gres.join(u' ')));
        QCOMPARE(gpu->gresTypes(QStringLiteral("gpu")), QStringList {QStringLiteral("A100")});

        QVERIFY(facts.pyxisKnown);
        if (m_env.hasPyxis()) {
            for (const char *flag : {"container-image", "container-name", "container-mounts"})
                QVERIFY2(facts.pyxisFlags.contains(QLatin1String(flag)), flag);
        } else { // the Slurm 22.05 sandbox: srun without Pyxis
            QCOMPARE(facts.pyxisFlags, QStringList());
        }
    }

    void cachedUnderTheProfile()
    {
        QVERIFY(m_facts);
        const std::optional<ClusterFacts> cached
            = ClusterFacts::loadFromCache(QStringLiteral("factstest"));
        QVERIFY(cached);
        QCOMPARE(QJsonValue(cached->toJson()), QJsonValue(m_facts->toJson()));
    }

    void checksAgainstTheFacts_data()
    {
        QTest::addColumn<QByteArray>("script");
        QTest::addColumn<QString>("expected");
        QTest::newRow("time over the partition's limit")
            << QByteArray("#!/bin/bash\n#SBATCH -p gpu\n#SBATCH -t 3-00:00:00\necho\n")
            << QStringLiteral("Partition gpu allows at most 2-00:00:00");
        QTest::newRow("GRES type the cluster lacks")
            << QByteArray("#!/bin/bash\n#SBATCH -p gpu\n#SBATCH --gres=gpu:V100:1\necho\n")
            << QStringLiteral("this cluster has gpu:A100");
        QTest::newRow("unknown partition")
            << QByteArray("#!/bin/bash\n#SBATCH -p gpus\necho\n")
            << QStringLiteral("This cluster has no partition \"gpus\"");
        if (!m_env.hasPyxis())
            QTest::newRow("container flag without Pyxis")
                << QByteArray("#!/bin/bash\n#SBATCH -p cpu\n#SBATCH --container-image=ubuntu\n"
                              "echo\n")
                << QStringLiteral("This cluster's srun has no --container-image: Pyxis is "
                                  "missing or older.");
    }

    void checksAgainstTheFacts()
    {
        QFETCH(QByteArray, script);
        QFETCH(QString, expected);
        QVERIFY(m_facts);
        const QList<ScriptProblem> problems
            = ScriptChecker::check(BatchScript::parse(script), &*m_facts);
        QStringList messages;
        for (const ScriptProblem &p : problems)
            messages.append(p.message);
        QVERIFY2(messages.join(u'\n').contains(expected), qPrintable(messages.join(u'\n')));
        QVERIFY(ScriptChecker::check(BatchScript::parse(script)).isEmpty());
    }

    void cancelledFetchSaysNothing()
    {
        ClusterFactsFetcher fetcher(m_connection->host());
        QSignalSpy fetched(&fetcher, &ClusterFactsFetcher::fetched);
        QSignalSpy failed(&fetcher, &ClusterFactsFetcher::failed);
        fetcher.fetch();
        fetcher.cancel();
        QVERIFY(!fetcher.isRunning());
        // A new fetch after the cancelled one answers once.
        fetcher.fetch();
        QVERIFY(fetched.wait(60000));
        QTest::qWait(500);
        QCOMPARE(fetched.size(), 1);
        QVERIFY(failed.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestClusterFactsFetcher)
#include "tst_clusterfactsfetcher.moc"
