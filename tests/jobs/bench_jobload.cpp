// Benchmark (not a ctest test): a 2,000-task job array in the sandbox, listed by the Jobs page.
// The array is submitted held; its tasks are split into records of their own in steps
// (`scontrol update` of a range), so the queue holds about 200, 1,000 and 2,000 of them. Prints,
// at each step, the monitor's poll (wall time, per job, the GUI thread's busy time and longest
// stall), with squeue --json over the same connection and its parse as the baseline; then
// sorting by each column and filtering by text (longest stall, goal < 50 ms); the poll that sees
// the whole array cancelled; `patagon-studio jobs --json --all --profile sandbox` (time, and how
// many of the tasks it returned). The array is named like the app's helper jobs, which the Jobs
// page and the CLI hide by default, so that other tests' job lists look as before; it is
// cancelled at the end, also when the benchmark fails.
//   build/tests/jobs/bench_jobload [TASKS]
#include "../sandbox/clirun.h"
#include "../sandbox/sandboxenv.h"
#include "../sandbox/sshpair.h"
#include "../sandbox/waitfor.h"
#include "app/jobs/jobcenter.h"
#include "app/jobs/jobtablemodel.h"
#include "app/pages/jobspage.h"
#include "core/jobs/jobmonitor.h"
#include "core/profiles/profilestore.h"
#include "core/slurm/slurmclient.h"
#include "core/slurm/slurmcommands.h"
#include "core/slurm/slurmoutput.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Patagon;
using namespace Patagon::Jobs;
using namespace Patagon::Slurm;

namespace {

// The GUI thread's stalls: gaps between ticks of a 1 ms timer. `busy` adds up what each gap
// took beyond the tick.
struct StallProbe
{
    QTimer timer;
    QElapsedTimer tick;
    qint64 longest = 0;
    qint64 busy = 0;

    StallProbe()
    {
        timer.setInterval(1);
        QObject::connect(&timer, &QTimer::timeout, [this] {
            const qint64 gap = tick.restart();
            longest = qMax(longest, gap);
            if (gap > 2)
                busy += gap - 1;
        });
        tick.start();
        timer.start();
    }
    void reset()
    {
        tick.restart();
        longest = 0;
        busy = 0;
    }
};

// Runs `action` from the event loop and lets the views repaint: the stall it causes (and, in
// `actionMs`, how much of it was the action itself, the rest being layout and paint).
qint64 stallOf(StallProbe &probe, const std::function<void()> &action, qint64 *actionMs = nullptr)
{
    QTest::qWait(20);
    probe.reset();
    bool ran = false;
    QTimer::singleShot(0, [&] {
        QElapsedTimer clock;
        clock.start();
        action();
        if (actionMs)
            *actionMs = clock.elapsed();
        ran = true;
    });
    Testing::waitFor([&] { return ran; }, 60000);
    QTest::qWait(60);
    return probe.longest;
}

struct Poll
{
    qint64 wallMs = 0;
    qint64 busyMs = 0;
    qint64 stallMs = 0;
    qint64 pageMs = 0; // the Jobs page's update (model and proxy) on jobsChanged
};

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int tasks = argc > 1 ? qMax(10, QString::fromLocal8Bit(argv[1]).toInt()) : 2000;
    Testing::SandboxEnv env;
    QTemporaryDir tmp;
    QWidget window;
    Testing::SshPair connection;
    auto *center = new JobCenter(connection.host(), &window);
    center->setDesktopNotifications(false);
    JobMonitor *monitor = center->monitor();
    monitor->setIntervals(3600000, 3600000); // polls only when the benchmark asks
    // The page's share of a poll: from the first to the last slot on jobsChanged.
    QElapsedTimer pageClock;
    qint64 pageMs = 0;
    QObject::connect(monitor, &JobMonitor::jobsChanged, [&] { pageClock.start(); });
    auto *page = new JobsPage(center, &window);
    QObject::connect(monitor, &JobMonitor::jobsChanged, [&] { pageMs += pageClock.elapsed(); });
    page->setShowHelperJobs(true);
    window.resize(1000, 700);
    page->resize(1000, 700);
    window.show();
    QString why;
    if (!connection.loginToSandbox(env, QStringLiteral("bench"), tmp.path(), &why)) {
        std::fprintf(stderr, "%s\n", qPrintable(why));
        return 1;
    }
    StallProbe probe;
    auto pollOnce = [&](Poll *out) {
        QEventLoop loop;
        QObject::connect(monitor, &JobMonitor::pollFinished, &loop, &QEventLoop::quit);
        QTimer::singleShot(300000, &loop, &QEventLoop::quit);
        probe.reset();
        pageMs = 0;
        QElapsedTimer clock;
        clock.start();
        monitor->refresh();
        loop.exec();
        out->wallMs = clock.elapsed();
        QTest::qWait(100); // the views repaint
        out->busyMs = probe.busy;
        out->stallMs = probe.longest;
        out->pageMs = pageMs;
    };
    if (!Testing::waitFor([&] { return monitor->hasPolled(); }, 300000)) {
        std::fprintf(stderr, "the monitor's first poll did not finish\n");
        return 1;
    }
    const qint64 rowsBefore = page->model()->rowCount();

    // Held: nothing runs on the sandbox's few CPUs; every task waits with a reason.
    const QByteArray script
        = QStringLiteral("#!/bin/sh\n#SBATCH -p cpu\n#SBATCH -J "
                         "patagon-bench-array\n#SBATCH --array=0-%1\n#SBATCH "
                         "-t 1\n#SBATCH -o /dev/null\n#SBATCH --hold\nsleep 60\n")
              .arg(tasks - 1)
              .toUtf8();
    QString arrayId;
    QString error;
    center->client()->submit(script, QString(), nullptr, [&](const Expected<SubmitResult> &r) {
        if (r)
            arrayId = r->jobId;
        else
            error = r.errorMessage();
    });
    if (!Testing::waitFor([&] { return !arrayId.isEmpty() || !error.isEmpty(); }, 60000)
        || arrayId.isEmpty()) {
        std::fprintf(stderr, "submit failed: %s\n", qPrintable(error));
        return 1;
    }
    bool cancelled = false;
    const auto cancelArray = [&] {
        if (cancelled)
            return;
        cancelled = true;
        const Expected<CommandOutput> out
            = connection.runAndWait({QStringLiteral("scancel"), arrayId});
        if (!out || !out->succeeded())
            std::fprintf(stderr, "warning: scancel %s failed\n", qPrintable(arrayId));
    };
    const auto cancelOnExit = qScopeGuard(cancelArray);
    const qint64 arrayJob = arrayId.toLongLong();
    auto arrayRows = [&] {
        int n = 0;
        for (const JobInfo &j : page->model()->jobs())
            n += j.arrayJobId == arrayJob ? 1 : 0;
        return n;
    };

    std::printf("jobs page: %lld rows before the array (the sandbox's history of the last "
                "week)\n",
                static_cast<long long>(rowsBefore));
    std::printf("polls: the first after the tasks arrived (new rows), then the median of two "
                "more (nothing changed); gui busy = GUI thread time during the poll\n");
    std::printf("%-7s %-6s | %-7s %-8s %-7s %-6s | %-7s %-7s %-8s | %-9s %-7s %-8s\n", "queued",
                "rows", "poll ms", "gui busy", "stall", "page", "poll ms", "us/job", "gui busy",
                "squeue ms", "json MB", "parse ms");
    // Split the held array's tasks into records of their own, step by step.
    const QList<QPair<int, int>> steps
        = {{0, qMin(199, tasks - 2)}, {200, qMin(999, tasks - 2)}, {1000, tasks - 2}};
    qint64 worstStall = 0;
    for (const auto &[first, last] : steps) {
        if (first > last)
            continue;
        const Expected<CommandOutput> split = connection.runAndWait(
            {QStringLiteral("scontrol"), QStringLiteral("update"),
             QStringLiteral("JobId=%1_[%2-%3]").arg(arrayId).arg(first).arg(last),
             QStringLiteral("Comment=patagon-bench")});
        if (!split || !split->succeeded()) {
            std::fprintf(stderr, "scontrol update failed: %s\n",
                         split ? split->standardError.constData()
                               : qPrintable(split.errorMessage()));
            return 1;
        }
        Poll arrived;
        pollOnce(&arrived);
        QList<qint64> wall, busy;
        qint64 stall = arrived.stallMs;
        for (int i = 0; i < 2; ++i) {
            Poll p;
            pollOnce(&p);
            wall << p.wallMs;
            busy << p.busyMs;
            stall = qMax(stall, p.stallMs);
        }
        // Baseline: the same squeue over the same connection, and its parse (a worker's).
        QElapsedTimer clock;
        clock.start();
        const Expected<CommandOutput> json = connection.runAndWait(SlurmCommands::queueJson());
        const qint64 squeueMs = clock.elapsed();
        clock.restart();
        qsizetype parsed = 0;
        if (json) {
            const Expected<JobList> rows
                = SlurmOutput::parseQueueJson(json->standardOutput, QDateTime::currentDateTime());
            parsed = rows ? rows->size() : 0;
        }
        const qint64 parseMs = clock.elapsed();
        const int queued = arrayRows();
        worstStall = qMax(worstStall, stall);
        std::printf("%-7d %-6lld | %-7lld %-8lld %-7lld %-6lld | %-7lld %-7.0f %-8lld | %-9lld "
                    "%-7.1f %-8lld (%lld rows)\n",
                    queued, static_cast<long long>(page->model()->rowCount()),
                    static_cast<long long>(arrived.wallMs), static_cast<long long>(arrived.busyMs),
                    static_cast<long long>(arrived.stallMs), static_cast<long long>(arrived.pageMs),
                    static_cast<long long>(median(wall)), 1000.0 * median(wall) / qMax(1, queued),
                    static_cast<long long>(median(busy)), static_cast<long long>(squeueMs),
                    json ? json->standardOutput.size() / 1048576.0 : 0.0,
                    static_cast<long long>(parseMs), static_cast<long long>(parsed));
        std::fflush(stdout);
    }

    // Sorting by each column, both ways, and filtering as one types.
    QTableView *view = page->view();
    qint64 worstSort = 0;
    qint64 worstSortAction = 0;
    QString worstSortColumn;
    for (int c = 0; c < JobTableModel::ColumnCount; ++c) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            qint64 actionMs = 0;
            const qint64 s = stallOf(probe, [&] { view->sortByColumn(c, order); }, &actionMs);
            if (s > worstSort) {
                worstSort = s;
                worstSortAction = actionMs;
                worstSortColumn = page->model()->headerData(c, Qt::Horizontal).toString();
            }
        }
    }
    view->sortByColumn(JobTableModel::Id, Qt::DescendingOrder);
    qint64 worstFilter = 0;
    QString typed;
    const QString filterText = arrayId + QStringLiteral("_1999");
    for (const QChar ch : filterText) {
        typed += ch;
        worstFilter = qMax(worstFilter, stallOf(probe, [&] { page->setFilterText(typed); }));
    }
    const int filtered = page->proxy()->rowCount();
    worstFilter = qMax(worstFilter, stallOf(probe, [&] { page->setFilterText(QString()); }));
    const qint64 worstHeld
        = stallOf(probe, [&] { page->setFilterText(QStringLiteral("patagon-bench")); });
    const int heldShown = page->proxy()->rowCount();
    page->setFilterText(QString());
    std::printf("sort: longest stall %lld ms (column %s; the sort itself %lld ms), %lld rows\n",
                static_cast<long long>(worstSort), qPrintable(worstSortColumn),
                static_cast<long long>(worstSortAction),
                static_cast<long long>(page->proxy()->rowCount()));
    std::printf("filter: typing \"%s\" longest stall %lld ms (%d rows match at the end); "
                "\"patagon-bench\" %lld ms (%d rows)\n",
                qPrintable(filterText), static_cast<long long>(worstFilter), filtered,
                static_cast<long long>(worstHeld), heldShown);

    // The CLI, as a user would run it with the sandbox's profile.
    QTemporaryDir home;
    if (const Result r = ProfileStore::writeDropIn(
            home.filePath(QStringLiteral(".config/patagon-studio/profiles/sandbox.ini")),
            env.profile(QStringLiteral("sandbox"), home.path()));
        !r) {
        std::fprintf(stderr, "%s\n", qPrintable(r.message()));
        return 1;
    }
    QElapsedTimer cliClock;
    cliClock.start();
    const Testing::CliRun cli = Testing::runCli(
        home,
        {QStringLiteral("jobs"), QStringLiteral("--json"), QStringLiteral("--all"),
         QStringLiteral("--profile"), QStringLiteral("sandbox")});
    const qint64 cliMs = cliClock.elapsed();
    int cliTasks = 0;
    const QJsonArray listed = QJsonDocument::fromJson(cli.out.toUtf8()).array();
    for (const QJsonValue &v : listed)
        cliTasks += v.toObject().value(QLatin1String("array_job_id")).toInteger() == arrayJob;
    std::printf("cli: jobs --json --all returned %lld jobs, %d of the %d tasks, in %.2f s (exit "
                "%d)\n",
                static_cast<long long>(listed.size()), cliTasks, tasks, cliMs / 1000.0,
                cli.exitCode);

    // The whole array cancelled: the polls that see it leave the queue and end in accounting.
    const int shownBefore = arrayRows();
    cancelArray();
    QElapsedTimer endClock;
    endClock.start();
    qint64 endStall = 0;
    int endPolls = 0;
    auto allEnded = [&] {
        int ended = 0;
        for (const JobInfo &j : page->model()->jobs())
            ended += j.arrayJobId == arrayJob && j.isFinished() ? 1 : 0;
        return ended;
    };
    // Tasks split from a held array that never ran are not in accounting (slurmdbd never heard
    // of them): they wait for the monitor to give up on them, after its unresolved limit.
    while (allEnded() < shownBefore && endPolls < 5) {
        Poll p;
        pollOnce(&p);
        endStall = qMax(endStall, p.stallMs);
        ++endPolls;
    }
    std::printf("cancel: %d of %d tasks shown as ended after %d polls (%.1f s; sacct --jobs "
                "asked for %d ids a poll), longest stall %lld ms\n",
                allEnded(), shownBefore, endPolls, endClock.elapsed() / 1000.0,
                monitor->unresolvedCount(), static_cast<long long>(endStall));
    worstStall = std::max({worstStall, worstSort, worstFilter, worstHeld, endStall});
    std::printf("gui: longest stall overall %lld ms (goal < 50 ms)\n",
                static_cast<long long>(worstStall));
    const bool complete = cliTasks == tasks && cli.exitCode == 0;
    return !complete ? 2 : (worstStall < 50 ? 0 : 3);
}
