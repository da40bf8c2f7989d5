// The Jobs and Logs pages: the job table model under QAbstractItemModelTester, the log view
// (error highlighting, search, wrap, autoscroll, earlier lines), and both pages driven against
// the sandbox cluster: submit, the row appears, copy its id, open its logs, cancel, resubmit.
#include "../sandbox/sandboxenv.h"
#include "../sandbox/sshpair.h"
#include "app/jobs/jobcenter.h"
#include "app/jobs/jobtablemodel.h"
#include "app/jobs/logview.h"
#include "app/pages/jobspage.h"
#include "app/pages/logspage.h"
#include "core/i18n/languagemanager.h"
#include "core/jobs/jobmonitor.h"
#include "core/jobs/logfollower.h"
#include "core/remote/localhost.h"
#include "core/ssh/connection.h"
#include "remotecleanup.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Patagon;
using namespace Patagon::Jobs;
using namespace Patagon::Slurm;
using Patagon::Testing::SandboxEnv;

namespace {
constexpr int kLong = 180000;

bool waitFor(const std::function<bool()> &done, int ms = kLong)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < ms)
        QTest::qWait(50);
    return done();
}

QStringList strings(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *i : items)
        out << QString::fromUtf8(i);
    return out;
}

JobInfo job(const char *id, JobState state, const char *reason = "None")
{
    JobInfo j;
    j.id = QLatin1String(id);
    j.jobId = j.id.section(u'_', 0, 0).toLongLong();
    j.name = QStringLiteral("name-") + j.id;
    j.state = state;
    j.reason = QLatin1String(reason);
    j.partition = QStringLiteral("gpu");
    j.timeLimitMinutes = 60;
    j.elapsedSeconds = 61;
    return j;
}

JobInfo named(const char *id, const char *name, JobState state = JobState::Completed)
{
    JobInfo j = job(id, state);
    j.name = QString::fromUtf8(name);
    return j;
}

// This machine as the "cluster" for pages that only read files: it says it is offline, so the
// job monitor does not run squeue here.
class OfflineLocalHost : public LocalHost
{
public:
    using LocalHost::LocalHost;
    State state() const override { return State::Disconnected; }
};
} // namespace

class TestJobsPages : public QObject
{
    Q_OBJECT

    SandboxEnv m_env;
    QTemporaryDir m_tmp;

    ConnectionProfile profile() const
    {
        return m_env.profile(QStringLiteral("pagetest"), m_tmp.path());
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void modelUpdates_data()
    {
        QTest::addColumn<QList<JobList>>("steps");
        QTest::addColumn<QStringList>("finalIds");
        const JobInfo a = job("10", JobState::Pending, "Priority");
        const JobInfo b = job("11", JobState::Running);
        const JobInfo c = job("12_1", JobState::Completed);
        JobInfo bDone = b;
        bDone.state = JobState::Failed;
        bDone.exitCode = 2;
        QTest::newRow("fill an empty model") << QList<JobList> {{b, a}} << strings({"11", "10"});
        QTest::newRow("a state changes in place")
            << QList<JobList> {{b, a}, {bDone, a}} << strings({"11", "10"});
        QTest::newRow("new jobs come on top")
            << QList<JobList> {{a}, {c, b, a}} << strings({"12_1", "11", "10"});
        QTest::newRow("jobs go away") << QList<JobList> {{c, b, a}, {a}} << strings({"10"});
        QTest::newRow("everything replaced")
            << QList<JobList> {{a, b}, {c}, {}, {a}} << strings({"10"});
    }
    void modelUpdates()
    {
        QFETCH(QList<JobList>, steps);
        QFETCH(QStringList, finalIds);
        JobTableModel model;
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(JobTableModel::SortRole);
        proxy.sort(JobTableModel::Elapsed);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (const JobList &step : steps)
            model.setJobs(step);
        QStringList ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids << model.index(row, JobTableModel::Id).data().toString();
        QCOMPARE(ids, finalIds);
    }

    void modelShowsWhatMatters()
    {
        JobTableModel model;
        JobInfo failed = job("7", JobState::Failed);
        failed.exitCode = 3;
        failed.gpus = 2;
        failed.nodes = QStringLiteral("gpu01");
        model.setJobs({failed, job("8", JobState::Pending, "QOSMaxJobsPerUserLimit")});
        const int f = model.rowOf(QStringLiteral("7"));
        const int p = model.rowOf(QStringLiteral("8"));
        QCOMPARE(model.index(f, JobTableModel::State).data().toString(),
                 QStringLiteral("Failed (exit 3)"));
        QCOMPARE(model.index(f, JobTableModel::Elapsed).data().toString(),
                 QStringLiteral("00:01:01 / 01:00:00"));
        QCOMPARE(model.index(f, JobTableModel::Gpus).data().toString(), QStringLiteral("2"));
        QCOMPARE(model.index(f, JobTableModel::Nodes).data().toString(), QStringLiteral("gpu01"));
        QCOMPARE(model.index(f, JobTableModel::State).data(Qt::ForegroundRole).value<QColor>(),
                 JobTableModel::stateColor(JobState::Failed));
        const QString reason = model.index(p, JobTableModel::Reason).data().toString();
        QVERIFY2(reason.contains(QLatin1String("(QOSMaxJobsPerUserLimit)")), qPrintable(reason));
        QVERIFY(reason.contains(QLatin1String("QOS")));
        QCOMPARE(model.index(f, JobTableModel::Reason).data().toString(), QString());
        QVERIFY(JobTableModel::stateColor(JobState::Running)
                != JobTableModel::stateColor(JobState::Failed));
    }

    void modelSortsByNumberAndShowsEstimates()
    {
        JobTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        JobInfo waiting = job("100", JobState::Pending, "Resources");
        waiting.estimatedStart = QDateTime(QDate(2026, 12, 1), QTime(9, 30));
        model.setJobs({job("9", JobState::Running), waiting, job("10_2", JobState::Completed),
                       job("10_11", JobState::Completed)});
        QSortFilterProxyModel proxy;
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setSortRole(JobTableModel::SortRole);
        proxy.sort(JobTableModel::Id, Qt::AscendingOrder);
        QStringList ids;
        for (int row = 0; row < proxy.rowCount(); ++row)
            ids << proxy.index(row, JobTableModel::Id).data().toString();
        QCOMPARE(ids, strings({"9", "10_2", "10_11", "100"})); // numbers, not text
        // squeue --start's estimate where the node will be, with the time in the tooltip.
        const QModelIndex nodes
            = model.index(model.rowOf(QStringLiteral("100")), JobTableModel::Nodes);
        const QString when = QLocale().toString(waiting.estimatedStart, QLocale::ShortFormat);
        QCOMPARE(nodes.data().toString(), QStringLiteral("from %1").arg(when));
        QVERIFY(nodes.data(Qt::ToolTipRole).toString().contains(when));
    }

    void helperJobs_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("helper");
        // The names core/ gives its own srun/sbatch jobs.
        for (const char *n : {"patagon-list", "patagon-pip", "patagon-apt", "patagon-run",
                              "patagon-import", "patagon-node", "patagon-remove", "patagon-probe",
                              "patagon-build", "patagon-eval", "patagon-demo"})
            QTest::newRow(n) << QString::fromUtf8(n) << true;
        QTest::newRow("a training run is the user's") << QStringLiteral("patagon-train") << false;
        QTest::newRow("a user's job") << QStringLiteral("pt-page") << false;
        QTest::newRow("the prefix elsewhere") << QStringLiteral("my-patagon-list") << false;
        QTest::newRow("the app's name alone") << QStringLiteral("patagon") << false;
        QTest::newRow("no name") << QString() << false;
    }
    void helperJobs()
    {
        QFETCH(QString, name);
        QFETCH(bool, helper);
        JobInfo j = job("5", JobState::Failed);
        j.name = name;
        QCOMPARE(JobTableModel::isHelperJob(j), helper);
        JobTableModel model;
        model.setJobs({j});
        QCOMPARE(model.index(0, JobTableModel::Name).data(JobTableModel::HelperRole).toBool(),
                 helper);
    }

    void jobsPageHidesHelperJobs()
    {
        QWidget window;
        Testing::SshPair connection; // never connected
        auto *center = new JobCenter(connection.host(), &window);
        center->setDesktopNotifications(false);
        auto *page = new JobsPage(center, &window);
        QAbstractItemModelTester proxyTester(
            page->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *show = page->findChild<QCheckBox *>(QStringLiteral("showHelperJobs"));
        QVERIFY(show);
        QVERIFY(!show->isChecked());
        QVERIFY(!page->isShowingHelperJobs());

        page->model()->setJobs({named("20", "patagon-list", JobState::Failed),
                                named("19", "patagon-train", JobState::Running),
                                named("18", "patagon-pip"), named("17", "my-job")});
        const auto shownNames = [page] {
            QStringList names;
            for (int row = 0; row < page->proxy()->rowCount(); ++row)
                names << page->proxy()->index(row, JobTableModel::Name).data().toString();
            names.sort();
            return names;
        };
        QCOMPARE(shownNames(), strings({"my-job", "patagon-train"}));
        QCOMPARE(show->text(), QStringLiteral("Show the app's helper jobs (2 hidden)"));

        QTest::mouseClick(show, Qt::LeftButton);
        QVERIFY(page->isShowingHelperJobs());
        QCOMPARE(shownNames(), strings({"my-job", "patagon-list", "patagon-pip", "patagon-train"}));
        QCOMPARE(show->text(), QStringLiteral("Show the app's helper jobs"));

        // The other filters still apply on top; hiding again counts what is there now.
        page->setStateFilter(3); // failed only
        QCOMPARE(shownNames(), strings({"patagon-list"}));
        page->setStateFilter(0);
        page->setShowHelperJobs(false);
        QVERIFY(!show->isChecked());
        page->model()->setJobs(
            {named("21", "patagon-apt"), named("20", "patagon-list"), named("17", "my-job")});
        QCOMPARE(shownNames(), strings({"my-job"}));
        QCOMPARE(show->text(), QStringLiteral("Show the app's helper jobs (2 hidden)"));
    }

    void logsPageButtonsAndTabs()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("failed-7.out"));
        const QString err = dir.filePath(QStringLiteral("failed-7.err"));
        const auto write = [](const QString &path, const QByteArray &text) {
            QFile f(path);
            return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
        };
        QVERIFY(write(out, {}));
        QVERIFY(write(err, "slurm_script: line 10: srun: command not found\n"));
        QWidget window;
        OfflineLocalHost host;
        auto *center = new JobCenter(&host, &window);
        center->setDesktopNotifications(false);
        auto *logs = new LogsPage(center, &window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *follow = logs->findChild<QPushButton *>(QStringLiteral("followEnd"));
        auto *save = logs->findChild<QPushButton *>(QStringLiteral("saveCopy"));
        QVERIFY(follow && save);
        // No job yet: nothing to follow or save.
        QVERIFY(!follow->isEnabled());
        QVERIFY(!save->isEnabled());
        QVERIFY(follow->isCheckable());

        // The job failed at once: its output is empty, its errors hold why. The page opens on
        // the errors.
        logs->followFiles(out, err);
        QVERIFY(follow->isEnabled());
        QVERIFY(save->isEnabled());
        QVERIFY(follow->isChecked());
        QCOMPARE(logs->tabs()->currentIndex(), 0);
        logs->follower()->setJobFinished();
        QVERIFY(waitFor([&] { return logs->follower()->isFinished(); }, 30000));
        QCOMPARE(logs->errorView()->lineCount(), 1);
        QCOMPARE(logs->tabs()->currentIndex(), 1);
        QCOMPARE(logs->currentView(), logs->errorView());

        // Follow shows whether the view follows the end, and switches it.
        logs->currentView()->setFollowing(false);
        QVERIFY(!follow->isChecked());
        QTest::mouseClick(follow, Qt::LeftButton);
        QVERIFY(follow->isChecked());
        QVERIFY(logs->currentView()->isFollowing());
        QTest::mouseClick(follow, Qt::LeftButton);
        QVERIFY(!follow->isChecked());
        QVERIFY(!logs->currentView()->isFollowing());

        // The next job opens on its output again; a tab the user chose stays chosen.
        logs->followFiles(out, err);
        QCOMPARE(logs->tabs()->currentIndex(), 0);
        QTabBar *bar = logs->tabs()->tabBar();
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(0).center());
        logs->follower()->setJobFinished();
        QVERIFY(waitFor([&] { return logs->follower()->isFinished(); }, 30000));
        QCOMPARE(logs->tabs()->currentIndex(), 0);
    }

    void logViewHighlightsErrors_data()
    {
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<QList<int>>("kinds");
        using K = QList<int>;
        QTest::newRow("python traceback") << strings(
            {"epoch 1", "Traceback (most recent call last):",
             "  File \"t.py\", line 3, in <module>", "    main()", "ValueError: bad", "next"})
                                          << K {0, 2, 2, 2, 1, 0};
        QTest::newRow("CUDA out of memory")
            << strings({"torch.OutOfMemoryError: CUDA out of memory. Tried"}) << K {1};
        QTest::newRow("NCCL failure, not NCCL info")
            << strings({"node1:12:12 [0] NCCL INFO Bootstrap",
                        "node1:12:40 [0] NCCL WARN Net : Connection closed"})
            << K {0, 1};
        QTest::newRow("C++ abort")
            << strings({"terminate called after throwing an instance of 'c10::Error'"}) << K {1};
        QTest::newRow("slurmstepd") << strings(
            {"slurmstepd: error: *** JOB 5 ON vm CANCELLED AT 2026 DUE TO TIME LIMIT ***"})
                                    << K {1};
        QTest::newRow("ordinary lines") << strings({"loss 0.3", "Error rate 2%"}) << K {0, 0};
    }
    void logViewHighlightsErrors()
    {
        QFETCH(QStringList, lines);
        QFETCH(QList<int>, kinds);
        LogView view;
        view.appendLines(lines);
        QList<int> got;
        for (int i = 0; i < view.lineCount(); ++i)
            got << int(view.lineKind(i));
        QCOMPARE(got, kinds);
    }

    void logViewFollowsSearchesAndWraps()
    {
        LogView view;
        view.resize(400, 200);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QStringList lines;
        for (int i = 0; i < 5000; ++i)
            lines
                << QStringLiteral("line %1 %2").arg(i).arg(QString(i % 100 == 0 ? 300 : 10, u'x'));
        view.appendLines(lines);
        QVERIFY(view.isFollowing());
        QCOMPARE(view.verticalScrollBar()->value(), view.verticalScrollBar()->maximum());
        view.setPartialLine(QStringLiteral("progress 40%"));
        QCOMPARE(view.text().section(u'\n', -1), QStringLiteral("progress 40%"));

        // Scrolling up pauses autoscroll; new lines do not move the view.
        QSignalSpy following(&view, &LogView::followingChanged);
        view.verticalScrollBar()->setValue(100);
        QVERIFY(!view.isFollowing());
        QCOMPARE(following.size(), 1);
        view.appendLines({QStringLiteral("more")});
        QCOMPARE(view.firstVisibleLine(), 100);
        view.setFollowing(true);
        QCOMPARE(view.verticalScrollBar()->value(), view.verticalScrollBar()->maximum());

        // Search: count, then jump between matches.
        QCOMPARE(view.setSearchText(QStringLiteral("LINE 42 ")), 1);
        QCOMPARE(view.findNext(), 42);
        QVERIFY(!view.isFollowing());
        QVERIFY(view.firstVisibleLine() <= 42);
        QCOMPARE(view.setSearchText(QStringLiteral("line 499")), 11);
        const int first = view.findNext();
        const int second = view.findNext();
        QVERIFY(second != first);
        QCOMPARE(view.findNext(true), first);

        // Wrapping: long lines take several rows, so the range shrinks in lines.
        view.setFollowing(true);
        view.appendLines({QString(3000, u'w')});
        QCOMPARE(view.verticalScrollBar()->maximum(),
                 view.lineCount() + 1 - view.verticalScrollBar()->pageStep());
        view.setWrap(true);
        QVERIFY(view.wrap());
        // The long last line takes more rows than the view has: at the end, only the partial
        // line after it is on screen.
        QCOMPARE(view.verticalScrollBar()->maximum(), view.lineCount());
        QCOMPARE(view.horizontalScrollBar()->maximum(), 0);

        // Earlier lines keep the view on the same line.
        view.setWrap(false);
        view.verticalScrollBar()->setValue(10);
        const QString shown = view.line(view.firstVisibleLine());
        view.prependLines({QStringLiteral("a"), QStringLiteral("b")});
        QCOMPARE(view.line(view.firstVisibleLine()), shown);
        QCOMPARE(view.line(0), QStringLiteral("a"));
    }

    void bigLogOpensAtItsTail()
    {
        // About 200 MB: the Logs page shows its end at once and earlier parts when the user
        // scrolls to the top, never the whole file.
        QVERIFY2(m_env.load(), "the sandbox is not running: scripts/dev sandbox start");
        QWidget window;
        Testing::SshPair connection;
        auto *center = new JobCenter(connection.host(), &window);
        center->setDesktopNotifications(false);
        auto *logs = new LogsPage(center, &window);
        logs->resize(800, 600);
        QSignalSpy connected(&connection, &Connection::connected);
        connection.connectToHost(profile());
        QVERIFY(waitFor([&] { return !connected.isEmpty(); }, 60000));
        const QString path = QStringLiteral("%1/pt-big-%2.log")
                                 .arg(m_env.home())
                                 .arg(QCoreApplication::applicationPid());
        const auto removeIt
            = qScopeGuard([&] { QVERIFY(Testing::removeRemoteFiles(connection.host(), {path})); });
        constexpr int kLines = 25000000; // 1..25000000: 213 MB
        RemoteProcess *writer = connection.run(
            {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("seq 1 \"$1\" > \"$2\""),
             QStringLiteral("sh"), QString::number(kLines), path});
        std::optional<bool> written;
        connect(writer, &RemoteProcess::finished, writer,
                [&](const ProcessResult &r) { written = r.succeeded(); });
        QVERIFY(waitFor([&] { return written.has_value(); }));
        delete writer;
        QVERIFY(*written);

        logs->show();
        logs->followFiles(path);
        LogView *view = logs->outputView();
        QVERIFY(waitFor([&] {
            return view->lineCount() > 0
                && view->line(view->lineCount() - 1) == QLatin1String("25000000");
        }));
        QVERIFY(logs->follower()->hasEarlier(LogFollower::Output));
        const int shown = view->lineCount();
        QVERIFY2(shown < 1000000, qPrintable(QString::number(shown))); // the tail, not 25 M lines
        const qint64 first = view->line(0).toLongLong();
        QVERIFY(first > kLines - shown - 1);
        QVERIFY(logs->follower()->firstOffset(LogFollower::Output) > 200000000);

        // Scrolling to the top brings the lines right before, whole.
        view->verticalScrollBar()->setValue(0);
        QVERIFY(waitFor([&] { return view->lineCount() > shown; }));
        const int added = view->lineCount() - shown;
        QCOMPARE(view->line(added).toLongLong(), first);
        QCOMPARE(view->line(added - 1).toLongLong(), first - 1);
        QCOMPARE(view->line(0).toLongLong(), first - added);
    }

    void pagesAgainstTheSandbox()
    {
        QVERIFY2(m_env.load(), "the sandbox is not running: scripts/dev sandbox start");
        QWidget window;
        Testing::SshPair connection;
        auto *center = new JobCenter(connection.host(), &window);
        center->setDesktopNotifications(false);
        center->monitor()->setIntervals(300, 1500);
        auto *jobs = new JobsPage(center, &window);
        auto *logs = new LogsPage(center, &window);
        QCOMPARE(JobCenter::of(jobs), center);
        QVERIFY(jobs->isShowingEmptyState());
        QVERIFY(jobs->emptyStateText().contains(QLatin1String("Connect")));

        QSignalSpy connected(&connection, &Connection::connected);
        connection.connectToHost(profile());
        QVERIFY(waitFor([&] { return !connected.isEmpty(); }, 60000));
        QVERIFY(waitFor([&] { return center->monitor()->hasPolled(); }));

        // The jobs' output files go when the test ends, however it ends.
        QStringList created;
        const auto removeCreated
            = qScopeGuard([&] { QVERIFY(Testing::removeRemoteFiles(connection.host(), created)); });
        QSignalSpy submitted(center, &JobCenter::submitted);
        center->submit("#!/bin/bash\n#SBATCH -p cpu\n#SBATCH -J pt-page\n#SBATCH -o page-%j.out\n"
                       "for i in 1 2 3; do echo page line $i; sleep 1; done\necho 'CUDA out of "
                       "memory (test)'\n");
        QVERIFY(waitFor([&] { return !submitted.isEmpty(); }));
        const QString id = submitted.first().first().toString();
        created << QStringLiteral("%1/page-%2.out").arg(m_env.home(), id);
        QVERIFY(waitFor([&] {
            const int row = jobs->model()->rowOf(id);
            return row >= 0 && jobs->model()->job(row).name == QLatin1String("pt-page");
        }));
        QVERIFY(!jobs->isShowingEmptyState());

        jobs->selectJob(id);
        QCOMPARE(jobs->selectedJobs().size(), 1);
        jobs->copySelectedIds();
        QCOMPARE(QApplication::clipboard()->text(), id);

        // Filters.
        jobs->setFilterText(QStringLiteral("pt-page"));
        QVERIFY(jobs->proxy()->rowCount() >= 1);
        jobs->setFilterText(QStringLiteral("no such job name"));
        QCOMPARE(jobs->proxy()->rowCount(), 0);
        jobs->setFilterText(QString());
        jobs->setStateFilter(3); // failed only
        QVERIFY(jobs->model()->rowOf(id) >= 0);
        jobs->setStateFilter(0);

        // A helper job of the app is in the model, not in the table, and counted as hidden.
        submitted.clear();
        center->submit("#!/bin/bash\n#SBATCH -p cpu\n#SBATCH -J patagon-list\n#SBATCH --hold\n"
                       "#SBATCH -o /dev/null\ntrue\n");
        QVERIFY(waitFor([&] { return !submitted.isEmpty(); }));
        const QString helper = submitted.first().first().toString();
        auto cancelHelper = qScopeGuard([&] { center->cancel({helper}); });
        QVERIFY(waitFor([&] {
            const int row = jobs->model()->rowOf(helper);
            return row >= 0 && jobs->model()->job(row).name == QLatin1String("patagon-list");
        }));
        const auto inTable = [&](const QString &jobId) {
            for (int row = 0; row < jobs->proxy()->rowCount(); ++row) {
                if (jobs->proxy()->index(row, JobTableModel::Id).data().toString() == jobId)
                    return true;
            }
            return false;
        };
        QVERIFY(!inTable(helper));
        QVERIFY(inTable(id));
        QVERIFY(waitFor([&] { return jobs->statusText().contains(QLatin1String("hidden")); }));
        QVERIFY2(jobs->statusText().contains(QLatin1String("helper job")),
                 qPrintable(jobs->statusText()));
        jobs->setShowHelperJobs(true);
        QVERIFY(inTable(helper));
        QVERIFY(!jobs->statusText().contains(QLatin1String("hidden")));
        jobs->setShowHelperJobs(false);
        cancelHelper.dismiss();
        center->cancel({helper});
        QVERIFY(waitFor([&] { return center->monitor()->job(helper).isFinished(); }));

        // Open logs: the Logs page follows the job until it ends.
        QSignalSpy open(jobs, &JobsPage::openLogsRequested);
        jobs->selectJob(id);
        jobs->openLogsOfSelected();
        QCOMPARE(open.size(), 1);
        logs->followJob(open.first().first().value<JobInfo>());
        QVERIFY(waitFor([&] { return logs->follower()->isFinished(); }));
        // What the page says is said again in the new language after a live switch.
        auto *logStatus = logs->findChild<QLabel *>(QStringLiteral("logStatus"));
        QVERIFY(logStatus);
        QVERIFY2(logStatus->text().contains(QLatin1String("The job has ended")),
                 qPrintable(logStatus->text()));
        {
            LanguageManager languages;
            languages.useLanguage(QStringLiteral("es"));
            QTRY_VERIFY2(logStatus->text().contains(QStringLiteral("El trabajo terminó")),
                         qPrintable(logStatus->text()));
            languages.useLanguage(QStringLiteral("en"));
        }
        QCOMPARE(logs->outputView()->line(0), QStringLiteral("page line 1"));
        QCOMPARE(logs->outputView()->lineCount(), 4);
        QCOMPARE(logs->outputView()->errorCount(), 1);
        QVERIFY(!logs->tabs()->isTabVisible(1)); // one file for both
        logs->setSearchText(QStringLiteral("line 2"));
        logs->findNext();
        QCOMPARE(logs->outputView()->currentMatch(), 1);
        const QString copy = m_tmp.filePath(QStringLiteral("copy.log"));
        QVERIFY(logs->saveCopy(copy));
        QFile saved(copy);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(saved.readAll().startsWith("page line 1\npage line 2\n"));

        // Resubmit from the kept script: a new job with the same name.
        submitted.clear();
        jobs->selectJob(id);
        jobs->resubmitSelected();
        QVERIFY(waitFor([&] { return !submitted.isEmpty(); }));
        const QString again = submitted.first().first().toString();
        created << QStringLiteral("%1/page-%2.out").arg(m_env.home(), again);
        QVERIFY(again != id);
        QVERIFY(waitFor([&] { return jobs->model()->rowOf(again) >= 0; }));
        QCOMPARE(center->monitor()->job(again).name.isEmpty() ? QStringLiteral("pt-page")
                                                              : center->monitor()->job(again).name,
                 QStringLiteral("pt-page"));

        // Cancel (confirmed) while it runs or waits.
        jobs->selectJob(again);
        jobs->cancelSelected(true);
        QVERIFY(waitFor([&] { return center->monitor()->job(again).isFinished(); }));
        QVERIFY(center->monitor()->job(again).state == JobState::Cancelled
                || center->monitor()->job(again).state == JobState::Completed);
    }
};

QTEST_MAIN(TestJobsPages)
#include "tst_jobspages.moc"
