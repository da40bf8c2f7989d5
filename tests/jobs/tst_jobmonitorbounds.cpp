// The job monitor stays bounded over days of polling: a job that left the queue but that
// accounting never reports is given up (sacct's --jobs list does not grow for ever), and
// finished jobs the history window no longer covers are forgotten. Runs on LocalHost with a
// fake squeue, sacct and sinfo (tests/core/fakecommands.h) whose answers the test changes.
// Churn: 10,000 job records of pending-reason changes and requeues, in squeue's JSON and text
// formats, go through the real parsers and the monitor, whose state stays at the number of jobs.
#include "../core/fakecommands.h"
#include "core/jobs/jobmonitor.h"
#include "core/remote/localhost.h"
#include "core/slurm/pendingreason.h"
#include "core/slurm/slurmclient.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Patagon;
using namespace Patagon::Slurm;

namespace {

constexpr int kWait = 60000;
constexpr char kSep = '\x1f';

QByteArray joined(const QList<QByteArray> &fields)
{
    QByteArray out;
    for (const QByteArray &f : fields)
        out += (out.isEmpty() ? QByteArray() : QByteArray(1, kSep)) + f;
    return out;
}

QByteArray stamp(const QDateTime &t)
{
    return t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")).toLatin1();
}

// One line of `squeue --format=%i|%A|%F|%K|%j|%T|%r|%P|%u|%M|%l|%D|%N|%b|%S|%V|%e|%Z|%a`.
QByteArray runningLine(const QByteArray &id)
{
    const QDateTime now = QDateTime::currentDateTime();
    return joined({id, id, id, "N/A", "train", "RUNNING", "None", "cpu", "researcher", "0:07",
                   "2:00", "1", "vm", "N/A", stamp(now.addSecs(-60)), stamp(now.addSecs(-60)),
                   stamp(now.addSecs(60)), "/home/researcher", "research"});
}

// The same for a pending job submitted at `submitted`, with Slurm's `reason`.
QByteArray pendingLine(const QByteArray &id, const QByteArray &reason, const QDateTime &submitted)
{
    return joined({id, id, id, "N/A", "train", "PENDING", reason, "cpu", "researcher", "0:00",
                   "2:00", "1", "", "N/A", "N/A", stamp(submitted), "N/A", "/home/researcher",
                   "research"});
}

// One line of sacct --parsable2 in the monitor's format (without StdOut/StdErr).
QByteArray finishedLine(const QByteArray &id, const QDateTime &end)
{
    return joined({id,
                   id,
                   "old",
                   "cpu",
                   "research",
                   "COMPLETED",
                   "0:0",
                   "00:01:00",
                   "",
                   "vm",
                   stamp(end.addSecs(-120)),
                   stamp(end.addSecs(-60)),
                   stamp(end),
                   "01:00:00",
                   "cpu=1,node=1",
                   "cpu=1,node=1",
                   "None",
                   "/home/researcher",
                   "researcher",
                   "sandbox"});
}

// A monitor over this machine's fake commands, polling as fast as it can.
struct Watcher
{
    LocalHost host;
    SlurmClient client {&host};
    Jobs::JobMonitor monitor {&client};

    Watcher()
    {
        client.setQueueFormat(SlurmClient::QueueFormat::Text);
        monitor.setIntervals(1, 1);
    }
};

// The churn: every poll, job `job` is in phase (poll + job) % 4 of a cycle pending (a reason
// that changes each poll) -> running -> requeued (Slurm counts a restart) -> pending again.
constexpr int kChurnJobs = 50;
constexpr int kChurnPolls = 200; // 10,000 job records

enum class Phase
{
    Pending,
    Running,
    Requeued,
    PendingAgain
};

Phase phaseOf(int poll, int job)
{
    return Phase((poll + job) % 4);
}

// Real reasons (Slurm 24.11's names, one with the node list Slurm appends) and, every few
// polls, one never seen before: nothing may be kept per distinct reason.
QString churnReason(int poll, int job)
{
    static const QStringList kReasons = {
        QStringLiteral("Resources"),
        QStringLiteral("Priority"),
        QStringLiteral("Dependency"),
        QStringLiteral("JobHeldUser"),
        QStringLiteral("QOSMaxJobsPerUserLimit"),
        QStringLiteral("ReqNodeNotAvail, UnavailableNodes:vm[01-04]"),
        QStringLiteral("AssocGrpGRES"),
        QStringLiteral("BeginTime"),
        QStringLiteral("launch failed requeued held"),
    };
    switch (phaseOf(poll, job)) {
    case Phase::Running:
        return QStringLiteral("None");
    case Phase::Requeued:
        return QStringLiteral("BeginTime");
    default:
        break;
    }
    if ((poll + job) % 5 == 0)
        return QStringLiteral("FutureReason%1").arg(poll * kChurnJobs + job);
    return kReasons.at((poll * 7 + job) % kReasons.size());
}

// How often Slurm has requeued `job` by `poll`.
int churnRestarts(int poll, int job)
{
    int restarts = 0;
    for (int p = 0; p <= poll; ++p)
        restarts += phaseOf(p, job) == Phase::Requeued ? 1 : 0;
    return restarts;
}

JobState churnState(int poll, int job)
{
    switch (phaseOf(poll, job)) {
    case Phase::Running:
        return JobState::Running;
    case Phase::Requeued:
        return JobState::Requeued;
    default:
        return JobState::Pending;
    }
}

QByteArray churnId(int job)
{
    return QByteArray::number(7000 + job);
}

// `squeue --json` (data_parser v0.0.42, Slurm 24.11) for every churning job at `poll`, with
// the fields the parser reads (the reasons need no JSON escapes).
QByteArray churnJson(int poll)
{
    const auto number = [](qint64 n, bool set = true) {
        return QByteArray(R"({"set":)") + (set ? "true" : "false")
            + R"(,"infinite":false,"number":)" + QByteArray::number(n) + '}';
    };
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QByteArrayList jobs;
    for (int job = 0; job < kChurnJobs; ++job) {
        const Phase phase = phaseOf(poll, job);
        const bool running = phase == Phase::Running;
        const QByteArray state = running ? R"(["RUNNING"])"
            : phase == Phase::Requeued   ? R"(["PENDING","REQUEUED"])"
                                         : R"(["PENDING"])";
        jobs << R"({"job_id":)" + churnId(job) + R"(,"array_job_id":)" + number(0)
                + R"(,"array_task_id":)" + number(0, false)
                + R"(,"name":"churn","user_name":"researcher","partition":"cpu",)"
                + R"("account":"research","job_state":)" + state + R"(,"state_reason":")"
                + churnReason(poll, job).toUtf8() + R"(","submit_time":)" + number(now - 3600)
                + R"(,"start_time":)" + number(running ? now - 60 : 0) + R"(,"end_time":)"
                + number(0) + R"(,"time_limit":)" + number(60) + R"(,"nodes":")"
                + (running ? "vm" : "") + R"(","restart_cnt":)"
                + QByteArray::number(churnRestarts(poll, job))
                + R"(,"batch_flag":true,"current_working_directory":"/home/researcher",)"
                + R"("standard_output":"/home/researcher/churn.out",)"
                + R"("standard_error":"/home/researcher/churn.out"})";
    }
    return R"({"jobs":[)" + jobs.join(',') + R"(],"errors":[]})";
}

// The same in SlurmCommands::queueText()'s format: a line a job.
QByteArray churnText(int poll)
{
    const QDateTime now = QDateTime::currentDateTime();
    QByteArray out;
    for (int job = 0; job < kChurnJobs; ++job) {
        const Phase phase = phaseOf(poll, job);
        const QByteArray state = phase == Phase::Running ? "RUNNING"
            : phase == Phase::Requeued                   ? "REQUEUED"
                                                         : "PENDING";
        const QByteArray id = churnId(job);
        out += joined({id, id, id, "N/A", "churn", state, churnReason(poll, job).toUtf8(), "cpu",
                       "researcher", phase == Phase::Running ? "1:00" : "0:00", "1:00:00", "1",
                       phase == Phase::Running ? "vm" : "", "N/A",
                       phase == Phase::Running ? stamp(now.addSecs(-60)) : "N/A",
                       stamp(now.addSecs(-3600)), "N/A", "/home/researcher", "research"})
            + '\n';
    }
    return out;
}

} // namespace

class TestJobMonitorBounds : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Testing::FakePath> m_path;

    bool write(const QString &name, const QByteArray &contents)
    {
        QFile f(m_dir.filePath(name));
        return f.open(QIODevice::WriteOnly | QIODevice::Truncate)
            && f.write(contents) == contents.size();
    }

    QList<QByteArray> sacctCalls() const
    {
        QFile f(m_dir.filePath(QStringLiteral("sacct.log")));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QList<QByteArray> lines = f.readAll().split('\n');
        lines.removeAll(QByteArray());
        return lines;
    }

    // Polls until `monitor` finished `count` more polls.
    static bool pollTimes(Jobs::JobMonitor &monitor, int count)
    {
        const int target = monitor.pollCount() + count;
        QSignalSpy finished(&monitor, &Jobs::JobMonitor::pollFinished);
        while (monitor.pollCount() < target) {
            if (!finished.wait(kWait))
                return false;
        }
        return true;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("USER", "researcher");
        // Written once before any command runs (a script written while another thread forks
        // can be held open in the child: "Text file busy").
        const QByteArray dir = QFile::encodeName(m_dir.path());
        QVERIFY(Testing::writeFakeOutput(m_dir.path(), QStringLiteral("sinfo"), "slurm 24.11.1"));
        QVERIFY(Testing::writeFakeCommand(m_dir.path(), QStringLiteral("squeue"),
                                          "case \"$*\" in *--start*) exit 0;; *--json*) cat '" + dir
                                              + "/queue.json'; exit 0;; esac\ncat '" + dir
                                              + "/queue.txt'"));
        QVERIFY(Testing::writeFakeCommand(m_dir.path(), QStringLiteral("sacct"),
                                          "printf '%s\\n' \"$*\" >>'" + dir + "/sacct.log'\ncat '"
                                              + dir + "/history.txt'"));
        m_path = std::make_unique<Testing::FakePath>(m_dir.path());
    }

    void init()
    {
        QVERIFY(write(QStringLiteral("queue.txt"), {}));
        QVERIFY(write(QStringLiteral("history.txt"), {}));
        QVERIFY(write(QStringLiteral("sacct.log"), {}));
    }

    void aJobAccountingNeverReportsIsGivenUp()
    {
        Watcher w;
        Jobs::JobMonitor &monitor = w.monitor;
        monitor.setUnresolvedLimit(3);
        QVERIFY(write(QStringLiteral("queue.txt"), runningLine("542") + '\n'));
        monitor.start();
        QVERIFY(pollTimes(monitor, 1));
        QCOMPARE(monitor.job(QStringLiteral("542")).state, JobState::Running);

        // The job leaves the queue; accounting (down, or lagging for ever) never has it.
        QSignalSpy changes(&monitor, &Jobs::JobMonitor::jobStateChanged);
        QVERIFY(write(QStringLiteral("queue.txt"), {}));
        QVERIFY(pollTimes(monitor, 12));
        monitor.stop();

        int askedFor542 = 0;
        for (const QByteArray &call : sacctCalls())
            askedFor542 += call.contains("--jobs=542") ? 1 : 0;
        QCOMPARE(askedFor542, 3);
        const JobInfo job = monitor.job(QStringLiteral("542"));
        QCOMPARE(job.state, JobState::Unknown);
        QVERIFY2(job.stateText.contains(QLatin1String("stopped asking")),
                 qPrintable(job.stateText));
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().at(0).value<JobInfo>().state, JobState::Unknown);
    }

    void aLateAnswerStillResolvesAGivenUpJob()
    {
        Watcher w;
        Jobs::JobMonitor &monitor = w.monitor;
        monitor.setUnresolvedLimit(2);
        QVERIFY(write(QStringLiteral("queue.txt"), runningLine("542") + '\n'));
        monitor.start();
        QVERIFY(pollTimes(monitor, 1));
        QVERIFY(write(QStringLiteral("queue.txt"), {}));
        QVERIFY(pollTimes(monitor, 3));
        QCOMPARE(monitor.job(QStringLiteral("542")).state, JobState::Unknown);
        // The full history, read every tenth poll, has it at last.
        QVERIFY(write(QStringLiteral("history.txt"),
                      finishedLine("542", QDateTime::currentDateTime()) + '\n'));
        QSignalSpy finished(&monitor, &Jobs::JobMonitor::jobFinished);
        QVERIFY(pollTimes(monitor, 10));
        monitor.stop();
        QCOMPARE(monitor.job(QStringLiteral("542")).state, JobState::Completed);
        QCOMPARE(finished.size(), 1);
    }

    void finishedJobsOutsideTheHistoryAreForgotten()
    {
        Watcher w;
        Jobs::JobMonitor &monitor = w.monitor;
        monitor.setHistoryDays(1);
        const QDateTime now = QDateTime::currentDateTime();
        QVERIFY(write(QStringLiteral("history.txt"),
                      finishedLine("700", now.addSecs(-3600)) + '\n'
                          + finishedLine("600", now.addDays(-2)) + '\n'));
        monitor.start();
        QVERIFY(pollTimes(monitor, 1));
        QVERIFY(monitor.job(QStringLiteral("700")).isValid());
        QVERIFY(!monitor.job(QStringLiteral("600")).isValid());
        QCOMPARE(monitor.jobs().size(), 1);

        // A watched job that finished is forgotten too once it is older than the window.
        monitor.watch(QStringLiteral("650"));
        QVERIFY(write(QStringLiteral("history.txt"),
                      finishedLine("700", now.addSecs(-3600)) + '\n'
                          + finishedLine("650", now.addDays(-3)) + '\n'));
        QVERIFY(pollTimes(monitor, 12));
        monitor.stop();
        QVERIFY(!monitor.job(QStringLiteral("650")).isValid());
        QCOMPARE(monitor.jobs().size(), 1);
    }

    // A new job shows no reason until the scheduler's first look, seconds later: the monitor
    // keeps polling at its fastest until then, and backs off once a reason came (or for a job
    // that has waited without one for minutes).
    void aNewJobIsWatchedUntilItHasAReason()
    {
        Watcher w;
        Jobs::JobMonitor &monitor = w.monitor;
        monitor.setIntervals(1, 1000);
        const QDateTime now = QDateTime::currentDateTime();
        QVERIFY(write(QStringLiteral("queue.txt"), pendingLine("600", "None", now) + '\n'));
        monitor.start();
        QVERIFY(pollTimes(monitor, 8));
        QCOMPARE(monitor.job(QStringLiteral("600")).reason, QStringLiteral("None"));
        QCOMPARE(monitor.interval(), 1);

        QVERIFY(write(QStringLiteral("queue.txt"), pendingLine("600", "Resources", now) + '\n'));
        QVERIFY(pollTimes(monitor, 8));
        QCOMPARE(monitor.job(QStringLiteral("600")).reason, QStringLiteral("Resources"));
        QVERIFY2(monitor.interval() > 1, qPrintable(QString::number(monitor.interval())));
        monitor.stop();

        QVERIFY(write(QStringLiteral("queue.txt"),
                      pendingLine("601", "None", now.addSecs(-600)) + '\n'));
        Watcher old;
        old.monitor.setIntervals(1, 1000);
        old.monitor.start();
        QVERIFY(pollTimes(old.monitor, 8));
        QVERIFY2(old.monitor.interval() > 1, qPrintable(QString::number(old.monitor.interval())));
        old.monitor.stop();
    }

    void churnOfReasonsAndRequeuesStaysBounded_data()
    {
        QTest::addColumn<bool>("json");
        QTest::newRow("squeue --json (Slurm 24.11)") << true;
        QTest::newRow("squeue text (before 21.08)") << false;
    }

    void churnOfReasonsAndRequeuesStaysBounded()
    {
        QFETCH(bool, json);
        Watcher w;
        Jobs::JobMonitor &monitor = w.monitor;
        w.client.setQueueFormat(json ? SlurmClient::QueueFormat::Unknown
                                     : SlurmClient::QueueFormat::Text);
        monitor.setIntervals(3600000, 3600000); // one poll per snapshot, when the test asks
        QSignalSpy requeued(&monitor, &Jobs::JobMonitor::jobRequeued);
        QSignalSpy started(&monitor, &Jobs::JobMonitor::jobStarted);
        QSignalSpy changed(&monitor, &Jobs::JobMonitor::jobStateChanged);
        QSignalSpy finished(&monitor, &Jobs::JobMonitor::jobFinished);
        int expectRequeued = 0;
        int expectStarted = 0;
        int expectChanged = 0;
        for (int poll = 0; poll < kChurnPolls; ++poll) {
            QVERIFY(write(json ? QStringLiteral("queue.json") : QStringLiteral("queue.txt"),
                          json ? churnJson(poll) : churnText(poll)));
            if (poll == 0) {
                monitor.start();
                QVERIFY(pollTimes(monitor, 1));
                // Watched jobs are remembered until they are reported finished.
                for (int job = 0; job < 5; ++job)
                    monitor.watch(QString::fromLatin1(churnId(job)));
            } else {
                monitor.refresh();
                QVERIFY(pollTimes(monitor, 1));
            }
            QVERIFY2(monitor.lastError().isOk(), qPrintable(monitor.lastError().message()));
            // Bounded: one entry a job, however often reasons and states changed.
            QCOMPARE(monitor.jobs().size(), kChurnJobs);
            QCOMPARE(monitor.unresolvedCount(), 0);
            QVERIFY(monitor.watchedCount() <= 5);
            for (int job = 0; job < kChurnJobs && poll > 0; ++job) {
                const Phase now = phaseOf(poll, job);
                expectRequeued += now == Phase::Requeued ? 1 : 0;
                expectStarted += now == Phase::Running ? 1 : 0;
                expectChanged += churnState(poll - 1, job) != churnState(poll, job) ? 1 : 0;
            }
            // What the Jobs page shows for each reason.
            for (const JobInfo &job : monitor.jobs()) {
                if (isWaitingState(job.state) && job.reason != QLatin1String("None"))
                    QVERIFY2(!PendingReason::describe(job.reason).isEmpty(),
                             qPrintable(job.reason));
            }
        }
        QCOMPARE(requeued.size(), expectRequeued);
        QCOMPARE(started.size(), expectStarted);
        QCOMPARE(changed.size(), expectChanged);
        QCOMPARE(finished.size(), 0);
        const int last = kChurnPolls - 1;
        for (int job = 0; job < kChurnJobs; ++job) {
            const JobInfo info = monitor.job(QString::fromLatin1(churnId(job)));
            QCOMPARE(info.state, churnState(last, job));
            QCOMPARE(info.reason, churnReason(last, job));
            if (json)
                QCOMPARE(info.restarts, churnRestarts(last, job));
        }

        // Every job ends: it leaves the queue and accounting has it completed.
        QByteArray history;
        for (int job = 0; job < kChurnJobs; ++job)
            history += finishedLine(churnId(job), QDateTime::currentDateTime()) + '\n';
        QVERIFY(write(QStringLiteral("history.txt"), history));
        QVERIFY(write(json ? QStringLiteral("queue.json") : QStringLiteral("queue.txt"),
                      json ? QByteArray(R"({"jobs":[],"errors":[]})") : QByteArray()));
        for (int i = 0; i < 3 && finished.size() < kChurnJobs; ++i) {
            monitor.refresh();
            QVERIFY(pollTimes(monitor, 1));
        }
        monitor.stop();
        QCOMPARE(finished.size(), kChurnJobs);
        QCOMPARE(monitor.jobs().size(), kChurnJobs);
        for (const JobInfo &job : monitor.jobs())
            QCOMPARE(job.state, JobState::Completed);
        QCOMPARE(monitor.unresolvedCount(), 0);
        QCOMPARE(monitor.watchedCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestJobMonitorBounds)
#include "tst_jobmonitorbounds.moc"
