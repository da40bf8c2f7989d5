// The log view keeps a bounded part of a log followed for hours: the oldest lines go in whole
// batches and are read again from the file by offset when the user scrolls back; earlier
// parts loaded past the bound push out the newest, and "Follow" reads the end again. The view
// alone, then the Logs page following a file on this machine (LocalHost).
#include "app/jobs/jobcenter.h"
#include "app/jobs/logview.h"
#include "app/pages/logspage.h"
#include "core/jobs/logfollower.h"
#include "core/remote/localhost.h"

#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Patagon;
using namespace Patagon::Jobs;

namespace {

constexpr int kWait = 60000;

QStringList numbered(int from, int count)
{
    QStringList lines;
    for (int i = from; i < from + count; ++i)
        lines << QStringLiteral("line %1").arg(i);
    return lines;
}

// This machine as the "cluster" for a page that only reads files: it says it is offline, so
// the job monitor does not run squeue here.
class OfflineLocalHost : public LocalHost
{
public:
    using LocalHost::LocalHost;
    State state() const override { return State::Disconnected; }
};

} // namespace

class TestLogViewBounds : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void theOldestBatchesGoWhileFollowing()
    {
        LogView view;
        view.setLimits(100, 1 << 20);
        QSignalSpy dropped(&view, &LogView::earlierDropped);
        qint64 offset = 0;
        for (int batch = 0; batch < 10; ++batch) {
            QStringList lines = numbered(batch * 30, 30);
            if (batch == 0)
                lines[0] = QStringLiteral("Segmentation fault (core dumped)");
            view.appendLines(lines, offset);
            offset += 1000;
        }
        // 300 lines arrived; whole batches of 30 go, down to the bound.
        QCOMPARE(view.lineCount(), 90);
        QCOMPARE(view.line(0), QStringLiteral("line 210"));
        QCOMPARE(view.line(89), QStringLiteral("line 299"));
        QCOMPARE(view.errorCount(), 0); // the error line went with its batch
        QVERIFY(!dropped.isEmpty());
        QCOMPARE(dropped.last().first().toLongLong(), 7000); // where "line 210" starts
    }

    void aBatchWithoutAnOffsetIsNotLeftFirst()
    {
        LogView view;
        view.setLimits(50, 1 << 20);
        QSignalSpy dropped(&view, &LogView::earlierDropped);
        view.appendLines(numbered(0, 30), 0);
        view.appendLines(numbered(30, 10), -1); // e.g. a cut line: where it starts is unknown
        view.appendLines(numbered(40, 30), 4000);
        QCOMPARE(view.line(0), QStringLiteral("line 40"));
        QCOMPARE(dropped.last().first().toLongLong(), 4000);
    }

    void linesInViewStayUntilTwiceTheBound()
    {
        LogView view;
        view.resize(400, 300);
        view.setLimits(100, 1 << 20);
        view.appendLines(numbered(0, 50), 0);
        view.appendLines(numbered(50, 50), 500);
        view.setFollowing(false);
        view.verticalScrollBar()->setValue(10); // the user reads line 10
        QSignalSpy dropped(&view, &LogView::earlierDropped);
        view.appendLines(numbered(100, 50), 1000);
        QCOMPARE(view.lineCount(), 150); // over the bound, but line 10 is being read
        QVERIFY(dropped.isEmpty());
        view.appendLines(numbered(150, 60), 1500);
        // Past twice the bound memory wins: the oldest go, the scroll position moves with them.
        QVERIFY(view.lineCount() <= 110);
        QVERIFY(!dropped.isEmpty());
        QCOMPARE(view.line(view.firstVisibleLine()).left(5), QStringLiteral("line "));
    }

    void prependingPastTheBoundLetsTheNewestGo()
    {
        LogView view;
        view.setLimits(100, 1 << 20);
        view.appendLines(numbered(100, 40), 1000);
        view.appendLines(numbered(140, 40), 1400);
        view.setPartialLine(QStringLiteral("epoch 3: 45%"));
        QSignalSpy later(&view, &LogView::laterDropped);
        QSignalSpy following(&view, &LogView::followingChanged);
        view.prependLines(numbered(0, 100), 0);
        QCOMPARE(later.size(), 1);
        QCOMPARE(view.lineCount(), 100);
        QCOMPARE(view.line(0), QStringLiteral("line 0"));
        QCOMPARE(view.line(99), QStringLiteral("line 99"));
        QVERIFY(view.partialLine().isEmpty());
        QVERIFY(!view.isFollowing()); // the end shown is not the log's end any more
        QCOMPARE(following.last().first().toBool(), false);
    }

    void thePageReadsDroppedLinesBackByOffset()
    {
        // 3000 numbered lines; the page keeps at most 500 of them.
        const QString path = m_dir.filePath(QStringLiteral("train.out"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            for (int i = 1; i <= 3000; ++i)
                f.write(QStringLiteral("line %1\n").arg(i).toUtf8());
        }
        QWidget window;
        OfflineLocalHost host;
        auto *center = new JobCenter(&host, &window);
        center->setDesktopNotifications(false);
        auto *logs = new LogsPage(center, &window);
        window.resize(800, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        LogView *view = logs->outputView();
        view->setLimits(500, 1 << 20);
        logs->followFiles(path);
        logs->follower()->setChunkBytes(2000); // batches of about 200 lines
        QTRY_VERIFY_WITH_TIMEOUT(view->lineCount() > 0
                                     && view->line(view->lineCount() - 1)
                                         == QLatin1String("line 3000"),
                                 kWait);
        QVERIFY(view->lineCount() <= 500 + 250);
        const int kept = view->lineCount();
        QCOMPARE(view->line(0), QStringLiteral("line %1").arg(3001 - kept));
        // The follower counts what was let go as earlier: the page offers it again.
        QVERIFY(logs->follower()->hasEarlier(LogFollower::Output));
        auto *earlier = logs->findChild<QPushButton *>(QStringLiteral("loadEarlier"));
        QVERIFY(earlier && earlier->isEnabled());

        // Scrolled back to the top, the lines before come back from the file, whole and in
        // order, a part at a time; past the bound, the newest go instead.
        for (int i = 0; i < 50 && view->line(0) != QLatin1String("line 1"); ++i) {
            const QString top = view->line(0);
            view->verticalScrollBar()->setValue(0);
            QTRY_VERIFY_WITH_TIMEOUT(view->line(0) != top, kWait);
        }
        QCOMPARE(view->line(0), QStringLiteral("line 1"));
        for (int i = 0; i < view->lineCount(); ++i)
            QCOMPARE(view->line(i), QStringLiteral("line %1").arg(i + 1));
        QVERIFY(view->lineCount() <= 500 + 250);
        QVERIFY(!view->isFollowing());
        auto *status = logs->findChild<QLabel *>(QStringLiteral("logStatus"));
        QVERIFY(status && status->text().contains(QLatin1String("Newer lines were let go")));

        // "Follow" reads the end again.
        auto *follow = logs->findChild<QPushButton *>(QStringLiteral("followEnd"));
        QVERIFY(follow);
        follow->click();
        QTRY_VERIFY_WITH_TIMEOUT(view->lineCount() > 0
                                     && view->line(view->lineCount() - 1)
                                         == QLatin1String("line 3000"),
                                 kWait);
        QVERIFY(view->isFollowing());
        const int first = view->line(0).mid(5).toInt();
        for (int i = 0; i < view->lineCount(); ++i)
            QCOMPARE(view->line(i), QStringLiteral("line %1").arg(first + i));
    }
};

QTEST_MAIN(TestLogViewBounds)
#include "tst_logviewbounds.moc"
