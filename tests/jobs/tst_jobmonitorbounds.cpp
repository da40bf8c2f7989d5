// The job monitor stays bounded over days of polling: a job that left the queue but that
// accounting never reports is given up (sacct's --jobs list does not grow for ever), and
// finished jobs the history window no longer covers are forgotten. Runs on LocalHost with a
// fake squeue, sacct and sinfo (tests/core/fakecommands.h) whose answers the test changes.
#include "../core/fakecommands.h"
#include "core/jobs/jobmonitor.h"
#include "core/remote/localhost.h"
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
                                          "case \"$*\" in *--start*) exit 0;; esac\ncat '" + dir
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
};

QTEST_GUILESS_MAIN(TestJobMonitorBounds)
#include "tst_jobmonitorbounds.moc"
