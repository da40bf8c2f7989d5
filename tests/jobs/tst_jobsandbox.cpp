// core/jobs and core/slurm against the sandbox's real Slurm over SSH: submit, watch the states
// (pending, running, completed, failed with its exit code, timed out, cancelled, array tasks),
// explain a pending reason, follow logs while the job writes them (%x-%j paths, files that do not
// exist yet, truncation) and across a dropped connection without losing or doubling a line.
#include "../sandbox/sandboxenv.h"
#include "../sandbox/sshpair.h"
#include "../sandbox/waitfor.h"
#include "core/jobs/jobmonitor.h"
#include "core/jobs/jobsubmitter.h"
#include "core/jobs/logfollower.h"
#include "core/slurm/pendingreason.h"
#include "core/slurm/slurmclient.h"
#include "core/ssh/connection.h"
#include "core/ssh/sshsession.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Patagon;
using namespace Patagon::Jobs;
using namespace Patagon::Slurm;
using Patagon::Testing::SandboxEnv;

namespace {
const QString kWorkDir = QStringLiteral("patagon-jobtest");

// Collects a follower's lines per stream, with the partial line.
struct LogCollector
{
    explicit LogCollector(LogFollower *f)
    {
        QObject::connect(f, &LogFollower::linesAppended, f,
                         [this](LogFollower::Stream s, const QStringList &l) { lines[s] += l; });
        QObject::connect(f, &LogFollower::truncated, f,
                         [this](LogFollower::Stream) { ++truncations; });
        QObject::connect(f, &LogFollower::waitingForFile, f,
                         [this](LogFollower::Stream, const QString &) { ++waits; });
        QObject::connect(f, &LogFollower::finished, f, [this] { finished = true; });
    }
    QStringList lines[2];
    int truncations = 0;
    int waits = 0;
    bool finished = false;
};
} // namespace

using Patagon::Testing::waitFor;

class TestJobSandbox : public QObject
{
    Q_OBJECT

    SandboxEnv m_env;
    QTemporaryDir m_tmp;
    Testing::SshPair *m_connection = nullptr;
    SlurmClient *m_client = nullptr;
    JobMonitor *m_monitor = nullptr;
    std::optional<JobSubmitter> m_submitter; // keeps the scripts in m_tmp
    QString m_timeoutJob;
    QList<std::pair<QString, JobState>> m_transitions; // every change the monitor reported
    QStringList m_finished;
    QStringList m_started;

    Expected<CommandOutput> runRemote(const QStringList &argv)
    {
        return m_connection->runAndWait(argv, {}, Testing::kSandboxTimeoutMs);
    }

    QString submit(const QByteArray &script)
    {
        std::optional<Expected<Submission>> result;
        m_submitter->submit(script, kWorkDir, this,
                            [&](const Expected<Submission> &r) { result = r; });
        if (!waitFor([&] { return result.has_value(); }))
            return {};
        if (!*result) {
            qWarning("%s", qPrintable(result->errorMessage()));
            return {};
        }
        m_monitor->watch(result->value().jobId);
        return result->value().jobId;
    }

    bool waitForState(const QString &id, const std::function<bool(const JobInfo &)> &test,
                      int ms = Testing::kSandboxTimeoutMs)
    {
        return waitFor([&] { return test(m_monitor->job(id)); }, ms);
    }

    QList<JobState> statesOf(const QString &id) const
    {
        QList<JobState> out;
        for (const auto &t : m_transitions) {
            if (t.first == id)
                out << t.second;
        }
        return out;
    }

    ConnectionProfile profile() const
    {
        return m_env.profile(QStringLiteral("jobtest"), m_tmp.path());
    }

private slots:
    void initTestCase()
    {
        m_connection = new Testing::SshPair(this);
        QString why;
        QVERIFY2(m_connection->loginToSandbox(m_env, QStringLiteral("jobtest"), m_tmp.path(), &why),
                 qPrintable(why));
        QVERIFY(runRemote({QStringLiteral("rm"), QStringLiteral("-rf"), kWorkDir}));
        QVERIFY(runRemote({QStringLiteral("mkdir"), QStringLiteral("-p"), kWorkDir}));

        m_client = new SlurmClient(m_connection->host(), this);
        m_submitter.emplace(m_client, ScriptStore(m_tmp.filePath(QStringLiteral("scripts"))));
        m_monitor = new JobMonitor(m_client, this);
        m_monitor->setIntervals(300, 2000);
        connect(m_monitor, &JobMonitor::jobStateChanged, this,
                [this](const JobInfo &j, JobState) { m_transitions.append({j.id, j.state}); });
        connect(m_monitor, &JobMonitor::jobFinished, this,
                [this](const JobInfo &j) { m_finished << j.id; });
        connect(m_monitor, &JobMonitor::jobStarted, this,
                [this](const JobInfo &j) { m_started << j.id; });
        m_monitor->start();
        QVERIFY(waitFor([&] { return m_monitor->hasPolled(); }));
        QCOMPARE(m_client->queueFormat(), SlurmClient::QueueFormat::Json);

        // TIMEOUT arrives 67-83 s after the start of a one-minute job: it runs beside the
        // other tests and is checked last.
        m_timeoutJob
            = submit("#!/bin/bash\n#SBATCH -p cpu\n#SBATCH -J pt-timeout\n#SBATCH --time=1\n"
                     "echo sleeping\nsleep 300\n");
        QVERIFY(!m_timeoutJob.isEmpty());
    }

    // A connection lost while sbatch runs: the job is found by its token once the connection
    // is back (never submitted twice), or it is said plainly that it was not submitted. Over
    // several attempts with the drop at different moments, the count of jobs always matches
    // what the client reported; the script's own --comment is kept beside the token.
    void aLostSubmissionIsNeverRepeated()
    {
        Testing::SshPair c;
        QVERIFY(c.connectAndWait(profile()));
        SlurmClient client(c.host());
        const auto jobsNamed = [&c](const QString &name) {
            const Expected<CommandOutput> out
                = c.runAndWait({QStringLiteral("squeue"), QStringLiteral("--me"),
                                QStringLiteral("--noheader"), QStringLiteral("--states=all"),
                                QStringLiteral("--name=") + name, QStringLiteral("--format=%i")});
            return out ? QString::fromUtf8(out->standardOutput).split(u'\n', Qt::SkipEmptyParts)
                       : QStringList {QStringLiteral("<squeue failed>")};
        };
        // Big enough (1 MB of comment lines) that sbatch is still busy when the drop comes.
        QByteArray padding;
        for (int i = 0; i < 16000; ++i)
            padding += "# padding line that makes the script take a moment to travel\n";
        int interrupted = 0;
        for (int attempt = 0; attempt < 8; ++attempt) {
            const QString name = QStringLiteral("pt-lost-%1-%2")
                                     .arg(QCoreApplication::applicationPid())
                                     .arg(attempt);
            const QByteArray script = "#!/bin/bash\n#SBATCH -p cpu\n#SBATCH -J " + name.toUtf8()
                + "\n#SBATCH --comment=mine\n#SBATCH -t 1\n#SBATCH -o /dev/null\n" + padding
                + "true\n";
            std::optional<Expected<SubmitResult>> result;
            client.submit(script, kWorkDir, this,
                          [&](const Expected<SubmitResult> &r) { result = r; });
            QTest::qWait(attempt * 25);
            RemoteProcess *killer = c.run(
                {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("kill -9 $PPID")});
            QVERIFY(waitFor([&] { return result.has_value(); }));
            // The kill may land after sbatch answered: wait until the drop it causes has been
            // seen (the killer only ends with its connection), then for the reconnection.
            QVERIFY(waitFor([&] { return killer->isFinished(); }));
            delete killer;
            QVERIFY(waitFor([&] { return c.state() == Connection::State::Connected; }));
            const QStringList ids = jobsNamed(name);
            if (*result) {
                QCOMPARE(ids, QStringList {result->value().jobId});
                interrupted += result->value().recovered;
                const Expected<CommandOutput> comment = c.runAndWait(
                    {QStringLiteral("squeue"), QStringLiteral("--noheader"),
                     QStringLiteral("--states=all"), QStringLiteral("--jobs=") + ids.first(),
                     QStringLiteral("--format=%k")});
                QVERIFY(comment);
                QVERIFY2(comment->standardOutput.startsWith("mine patagon-submit:"),
                         comment->standardOutput.constData());
            } else {
                QVERIFY2(result->errorCode() == ErrorCode::Network,
                         qPrintable(result->errorMessage()));
                QVERIFY2(result->errorMessage().contains(QLatin1String("not submitted")),
                         qPrintable(result->errorMessage()));
                QCOMPARE(ids, QStringList());
                ++interrupted;
            }
            qInfo("attempt %d: %s", attempt,
                  *result ? (result->value().recovered ? "recovered after the drop" : "answered")
                          : "not submitted");
        }
        QVERIFY(interrupted > 0); // the drop came while sbatch ran at least once
    }

    void submitFollowAndComplete()
    {
        // Output as %x-%j, followed while the job writes it, from before the file exists.
        const QString id = submit("#!/bin/bash\n#SBATCH -p cpu\n#SBATCH -J pt-ok\n"
                                  "#SBATCH -o pt-%x-%j.out\n#SBATCH -t 5\n"
                                  "echo start\nfor i in 1 2 3 4 5; do echo line $i; sleep 1; done\n"
                                  "printf 'progress 50%%\\rprogress 100%%\\n'\necho end\n");
        QVERIFY(!id.isEmpty());
        LogFollower follower(m_connection->host());
        follower.setPollInterval(200, 1000);
        LogCollector logs(&follower);
        QSignalSpy resolved(&follower, &LogFollower::pathsResolved);
        follower.followJob(m_client, m_monitor->job(id));
        QVERIFY(waitFor([&] { return !resolved.isEmpty(); }));
        const QString expected
            = QStringLiteral("%1/%2/pt-pt-ok-%3.out").arg(m_env.home(), kWorkDir, id);
        QCOMPARE(resolved.first().at(0).toString(), expected);
        QVERIFY(follower.isMerged()); // no -e: errors go to the same file

        // Lines arrive while the job runs.
        QVERIFY(waitFor([&] { return logs.lines[0].contains(QStringLiteral("line 2")); }));
        QVERIFY(waitForState(id, [](const JobInfo &j) { return j.isFinished(); }));
        const JobInfo job = m_monitor->job(id);
        QCOMPARE(job.state, JobState::Completed);
        QCOMPARE(job.exitCode, 0);
        follower.setJobFinished();
        QVERIFY(waitFor([&] { return logs.finished; }));
        QCOMPARE(logs.lines[0],
                 QStringList({QStringLiteral("start"), QStringLiteral("line 1"),
                              QStringLiteral("line 2"), QStringLiteral("line 3"),
                              QStringLiteral("line 4"), QStringLiteral("line 5"),
                              QStringLiteral("progress 100%"), QStringLiteral("end")}));
        QCOMPARE(follower.offset(LogFollower::Output), qint64(72)); // every byte, once
        const QList<JobState> states = statesOf(id);
        QVERIFY(states.contains(JobState::Running));
        QCOMPARE(states.last(), JobState::Completed);
        QVERIFY(m_started.contains(id));
        QCOMPARE(m_finished.count(id), 1);
        QVERIFY(job.elapsedSeconds >= 5);
    }

    void failingJobKeepsItsExitCode()
    {
        const QString id = submit("#!/bin/bash\n#SBATCH -p cpu\n#SBATCH -J pt-fail\n"
                                  "#SBATCH -o out-%j.txt\n#SBATCH -e err-%j.txt\n"
                                  "echo to-out\necho to-err >&2\nexit 3\n");
        QVERIFY(!id.isEmpty());
        QVERIFY(waitForState(id, [](const JobInfo &j) { return j.isFinished(); }));
        const JobInfo job = m_monitor->job(id);
        QCOMPARE(job.state, JobState::Failed);
        QCOMPARE(job.exitCode, 3);
        QCOMPARE(m_finished.count(id), 1);

        // Accounting knows where it wrote: sacct's StdOut/StdErr with their patterns resolved
        // from Slurm 23.02; before, sacct has no such fields, nothing is made up, and the kept
        // script tells them. (22.05's sacct lists a job that just ended without its WorkDir for
        // a moment.)
        JobInfo recorded;
        QVERIFY(waitFor([&] {
            std::optional<Expected<JobList>> past;
            m_client->history({}, {id}, this, [&](const Expected<JobList> &r) { past = r; });
            if (!waitFor([&] { return past.has_value(); }) || !*past || past->value().size() != 1)
                return false;
            recorded = past->value().first();
            return !recorded.workDir.isEmpty();
        }));
        QCOMPARE(recorded.id, id);
        const QString dir = QStringLiteral("%1/%2/").arg(m_env.home(), kWorkDir);
        const QString out = dir + QStringLiteral("out-%1.txt").arg(id);
        const QString err = dir + QStringLiteral("err-%1.txt").arg(id);
        if (m_client->version().hasHistoryOutputPaths()) {
            QCOMPARE(recorded.standardOutput, out);
            QCOMPARE(recorded.standardError, err);
        } else {
            QCOMPARE(recorded.standardOutput, QString());
            QCOMPARE(recorded.standardError, QString());
        }
        QCOMPARE(m_submitter->withKeptOutputPaths(recorded).standardOutput, out);
        QCOMPARE(m_submitter->withKeptOutputPaths(recorded).standardError, err);

        // A finished job's files, .out and .err followed together.
        LogFollower follower(m_connection->host());
        LogCollector logs(&follower);
        follower.followJob(m_client, job);
        follower.setJobFinished();
        QVERIFY(waitFor([&] { return logs.finished; }));
        QVERIFY(!follower.isMerged());
        QVERIFY(follower.path(LogFollower::Error).endsWith(QStringLiteral("/err-%1.txt").arg(id)));
        QCOMPARE(logs.lines[0], QStringList {QStringLiteral("to-out")});
        QCOMPARE(logs.lines[1], QStringList {QStringLiteral("to-err")});
    }

    void pendingReasonIsExplainedThenCancelled()
    {
        const QString id
            = submit("#!/bin/bash\n#SBATCH -p cpu\n#SBATCH -J pt-held\n#SBATCH --hold\n"
                     "echo never\n");
        QVERIFY(!id.isEmpty());
        QVERIFY(waitForState(
            id, [](const JobInfo &j) { return j.reason == QLatin1String("JobHeldUser"); }));
        QCOMPARE(m_monitor->job(id).state, JobState::Pending);
        QVERIFY(PendingReason::describe(m_monitor->job(id).reason)
                    .contains(QLatin1String("(JobHeldUser)")));

        // The follower waits for a file that does not exist yet.
        LogFollower follower(m_connection->host());
        follower.setPollInterval(100, 300);
        LogCollector logs(&follower);
        follower.followJob(m_client, m_monitor->job(id));
        QVERIFY(waitFor([&] { return logs.waits > 0; }));

        std::optional<Result> cancelled;
        m_client->cancel({id}, this, [&](const Result &r) { cancelled = r; });
        QVERIFY(waitFor([&] { return cancelled.has_value(); }));
        QVERIFY2(*cancelled, qPrintable(cancelled->message()));
        QVERIFY(waitForState(id, [](const JobInfo &j) { return j.isFinished(); }));
        QCOMPARE(m_monitor->job(id).state, JobState::Cancelled);
        follower.setJobFinished();
        QVERIFY(waitFor([&] { return logs.finished; }));
        QVERIFY(logs.lines[0].isEmpty());
    }

    void cancelRunningJob()
    {
        const QString id = submit("#!/bin/bash\n#SBATCH -p cpu\n#SBATCH -J pt-cancel\nsleep 300\n");
        QVERIFY(!id.isEmpty());
        QVERIFY(waitForState(id, [](const JobInfo &j) { return j.state == JobState::Running; }));
        std::optional<Result> cancelled;
        m_client->cancel({id}, this, [&](const Result &r) { cancelled = r; });
        QVERIFY(waitFor([&] { return cancelled.has_value(); }));
        QVERIFY(*cancelled);
        QVERIFY(waitForState(id, [](const JobInfo &j) { return j.isFinished(); }));
        QCOMPARE(m_monitor->job(id).state, JobState::Cancelled);
        QVERIFY(m_started.contains(id));
    }

    void arrayJob()
    {
        const QString id
            = submit("#!/bin/bash\n#SBATCH -p cpu\n#SBATCH -J pt-array\n#SBATCH --array=1-3\n"
                     "#SBATCH -o arr-%A_%a.out\necho task $SLURM_ARRAY_TASK_ID\nsleep 2\n");
        QVERIFY(!id.isEmpty());
        for (const char *task : {"_1", "_2", "_3"}) {
            const QString taskId = id + QLatin1String(task);
            QVERIFY2(waitForState(taskId,
                                  [](const JobInfo &j) { return j.state == JobState::Completed; }),
                     qPrintable(taskId));
            QCOMPARE(m_monitor->job(taskId).arrayJobId, id.toLongLong());
        }
        LogFollower follower(m_connection->host());
        LogCollector logs(&follower);
        follower.followJob(m_client, m_monitor->job(id + QStringLiteral("_2")));
        follower.setJobFinished();
        QVERIFY(waitFor([&] { return logs.finished; }));
        QVERIFY(
            follower.path(LogFollower::Output).endsWith(QStringLiteral("/arr-%1_2.out").arg(id)));
        QCOMPARE(logs.lines[0], QStringList {QStringLiteral("task 2")});
    }

    void followAcrossReconnect()
    {
        // 80 numbered lines over about 8 s; the connection drops in the middle.
        const QString id = submit("#!/bin/bash\n#SBATCH -p cpu\n#SBATCH -J pt-reconnect\n"
                                  "#SBATCH -o rc-%j.out\n"
                                  "for i in $(seq 1 80); do echo \"n=$i\"; sleep 0.1; done\n");
        QVERIFY(!id.isEmpty());
        LogFollower follower(m_connection->host());
        follower.setPollInterval(100, 300);
        LogCollector logs(&follower);
        follower.followJob(m_client, m_monitor->job(id));
        QVERIFY(waitFor([&] { return logs.lines[0].size() >= 10; }));
        QSignalSpy states(m_connection, &Connection::stateChanged);
        // The sandbox's sshd restarts, ending every session, as when an admin restarts it.
        QProcess restart;
        restart.setProcessChannelMode(QProcess::ForwardedChannels);
        restart.start(QStringLiteral("bash"), {m_env.script(), QStringLiteral("restart-sshd")});
        QVERIFY(waitFor([&] { return restart.state() == QProcess::NotRunning; }));
        QCOMPARE(restart.exitStatus(), QProcess::NormalExit);
        QCOMPARE(restart.exitCode(), 0);
        QVERIFY(waitFor([&] {
            for (const auto &s : states) {
                if (s.first().value<Connection::State>() == Connection::State::Reconnecting)
                    return true;
            }
            return false;
        }));
        QVERIFY(waitForState(id, [](const JobInfo &j) { return j.isFinished(); }));
        follower.setJobFinished();
        QVERIFY(waitFor([&] { return logs.finished; }));
        QStringList expected;
        for (int i = 1; i <= 80; ++i)
            expected << QStringLiteral("n=%1").arg(i);
        QCOMPARE(logs.lines[0], expected);
        QCOMPARE(m_connection->state(), Connection::State::Connected);
    }

    void truncatedAndLateFiles()
    {
        const QString path = QStringLiteral("%1/%2/trunc.log").arg(m_env.home(), kWorkDir);
        LogFollower follower(m_connection->host());
        follower.setPollInterval(100, 200);
        LogCollector logs(&follower);
        follower.followFiles(path);
        QVERIFY(waitFor([&] { return logs.waits > 0; })); // not there yet
        auto write = [&](const QByteArray &bytes) {
            RemoteOperation *op = m_connection->writeFile(path, bytes, 0644, this);
            QSignalSpy done(op, &RemoteOperation::finished);
            QVERIFY(done.wait(Testing::kSandboxTimeoutMs));
            QVERIFY(op->result());
            delete op;
        };
        write("first line\nsecond line\n");
        QVERIFY(waitFor([&] { return logs.lines[0].size() == 2; }));
        write("new\n"); // shorter than what was read
        QVERIFY(waitFor([&] { return logs.truncations > 0 && logs.lines[0].size() == 3; }));
        QCOMPARE(logs.lines[0].last(), QStringLiteral("new"));
        QCOMPARE(follower.offset(LogFollower::Output), qint64(4));
    }

    void largeLogOpensAtItsTail()
    {
        const QString path = QStringLiteral("%1/%2/big.log").arg(m_env.home(), kWorkDir);
        QVERIFY(runRemote({QStringLiteral("sh"), QStringLiteral("-c"),
                           QStringLiteral("seq 1 200000 > \"$1\""), QStringLiteral("sh"), path}));
        LogFollower follower(m_connection->host());
        follower.setTailBytes(10000);
        LogCollector logs(&follower);
        follower.followFiles(path);
        follower.setJobFinished();
        QVERIFY(waitFor([&] { return logs.finished; }));
        QVERIFY(follower.hasEarlier(LogFollower::Output));
        QCOMPARE(logs.lines[0].last(), QStringLiteral("200000"));
        QVERIFY(logs.lines[0].size() < 2000);
        const qint64 first = logs.lines[0].first().toLongLong();
        QVERIFY(first > 190000);
        // Earlier lines on demand, aligned on whole lines, right before the first one.
        QSignalSpy earlier(&follower, &LogFollower::earlierLoaded);
        follower.loadEarlier(LogFollower::Output, 5000);
        QVERIFY(earlier.wait(Testing::kSandboxTimeoutMs));
        const QStringList before = earlier.first().at(1).toStringList();
        QVERIFY(!before.isEmpty());
        QCOMPARE(before.last().toLongLong(), first - 1);
        QCOMPARE(earlier.first().at(2).toBool(), true);
    }

    void textFormatFallback()
    {
        SlurmClient client(m_connection->host());
        client.setQueueFormat(SlurmClient::QueueFormat::Text);
        const QString id
            = submit("#!/bin/bash\n#SBATCH -p cpu\n#SBATCH -J pt-text\n#SBATCH --hold\ntrue\n");
        QVERIFY(!id.isEmpty());
        std::optional<Expected<JobList>> jobs;
        client.queue(this, [&](const Expected<JobList> &r) { jobs = r; });
        QVERIFY(waitFor([&] { return jobs.has_value(); }));
        QVERIFY2(*jobs, qPrintable(jobs->errorMessage()));
        bool found = false;
        for (const JobInfo &j : jobs->value())
            found |= j.id == id && j.reason == QLatin1String("JobHeldUser")
                && j.name == QLatin1String("pt-text");
        QVERIFY(found);
        std::optional<Expected<QHash<QString, QDateTime>>> estimates;
        client.startEstimates(this,
                              [&](const Expected<QHash<QString, QDateTime>> &r) { estimates = r; });
        QVERIFY(waitFor([&] { return estimates.has_value(); }));
        QVERIFY(*estimates);
        QVERIFY(estimates->value().contains(id));
        std::optional<Result> cancelled;
        client.cancel({id}, this, [&](const Result &r) { cancelled = r; });
        QVERIFY(waitFor([&] { return cancelled.has_value(); }));
        QVERIFY(*cancelled);
    }

    void refusedSubmissionIsExplained()
    {
        std::optional<Expected<SubmitResult>> result;
        m_client->submit("#!/bin/bash\n#SBATCH -p nosuch\ntrue\n", kWorkDir, this,
                         [&](const Expected<SubmitResult> &r) { result = r; });
        QVERIFY(waitFor([&] { return result.has_value(); }));
        QVERIFY(!*result);
        const QString message = result->errorMessage();
        QVERIFY2(
            message.contains(QLatin1String(
                "sbatch: error: Batch job submission failed: Invalid partition name specified")),
            qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("partition does not exist")), qPrintable(message));
    }

    void batchScriptOfAKnownJob()
    {
        const QByteArray script
            = "#!/bin/bash\n#SBATCH -p cpu\n#SBATCH -J pt-script\n#SBATCH --hold\necho 'kept'\n";
        const QString id = submit(script);
        QVERIFY(!id.isEmpty());
        std::optional<Expected<QByteArray>> stored;
        m_client->batchScript(id, this, [&](const Expected<QByteArray> &r) { stored = r; });
        QVERIFY(waitFor([&] { return stored.has_value(); }));
        QVERIFY2(*stored, qPrintable(stored->errorMessage()));
        QCOMPARE(stored->value(), script);
        std::optional<Result> cancelled;
        m_client->cancel({id}, this, [&](const Result &r) { cancelled = r; });
        QVERIFY(waitFor([&] { return cancelled.has_value(); }));
    }

    void timeoutJob()
    {
        // Submitted first; Slurm ends it 67-83 s after it started.
        QVERIFY(
            waitForState(m_timeoutJob, [](const JobInfo &j) { return j.isFinished(); }, 300000));
        QCOMPARE(m_monitor->job(m_timeoutJob).state, JobState::Timeout);
        QCOMPARE(m_monitor->job(m_timeoutJob).timeLimitMinutes, 1);
        QCOMPARE(m_finished.count(m_timeoutJob), 1);
    }

    void monitorBacksOffWhenNothingChanges()
    {
        QVERIFY(waitFor([&] { return m_monitor->currentInterval() == 2000; }));
        m_monitor->watch(QStringLiteral("999999999")); // a submit makes it fast again
        QCOMPARE(m_monitor->currentInterval(), 300);
    }

    void cleanupTestCase()
    {
        if (m_connection && m_connection->state() == Connection::State::Connected)
            (void)runRemote({QStringLiteral("rm"), QStringLiteral("-rf"), kWorkDir});
    }
};

QTEST_GUILESS_MAIN(TestJobSandbox)
#include "tst_jobsandbox.moc"
