// Desktop notifications of job starts and ends, for real: the test runs in a private D-Bus
// session (with-session-bus.sh) and registers its own org.freedesktop.Notifications service,
// on a connection of its own, that records every Notify call. A short job submitted to the
// sandbox through the main window must produce a "started" and an "ended" notification with
// the job's id and state, and the same words in the window's status bar. Without the service,
// nothing reaches the desktop and nothing fails.
#include "../sandbox/sandboxenv.h"
#include "../sandbox/waitfor.h"
#include "app/jobs/desktopnotifier.h"
#include "app/jobs/jobcenter.h"
#include "app/mainwindow.h"
#include "core/i18n/languagemanager.h"
#include "core/jobs/jobmonitor.h"
#include "core/ssh/connection.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Patagon;
using Patagon::Testing::SandboxEnv;

namespace {
const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");

struct Received
{
    QString appName;
    QString summary;
    QString body;
    QVariantMap hints;
    int timeout = 0;
};
} // namespace

using Patagon::Testing::waitFor;

// The freedesktop notification service as far as the app uses it: records what it gets.
class NotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    QList<Received> received;

    QString bodies() const
    {
        QStringList all;
        for (const Received &r : received)
            all << r.summary + QStringLiteral(": ") + r.body;
        return all.join(u'\n');
    }

    bool anyMatches(const QString &a, const QString &b) const
    {
        for (const Received &r : received) {
            if (r.body.contains(a) && r.body.contains(b))
                return true;
        }
        return false;
    }

public slots:
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon,
                const QString &summary, const QString &body, const QStringList &actions,
                const QVariantMap &hints, int expireTimeout)
    {
        Q_UNUSED(replacesId)
        Q_UNUSED(appIcon)
        Q_UNUSED(actions)
        received.append({appName, summary, body, hints, expireTimeout});
        return uint(received.size());
    }
    QStringList GetCapabilities() { return {QStringLiteral("body")}; }
    void CloseNotification(uint id) { Q_UNUSED(id) }
};

class TestJobNotify : public QObject
{
    Q_OBJECT

    SandboxEnv m_env;
    QTemporaryDir m_tmp;

    ConnectionProfile profile() const
    {
        return m_env.profile(QStringLiteral("notifytest"), m_tmp.path());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("patagon-studio-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_jobnotify"));
        QVERIFY2(QDBusConnection::sessionBus().isConnected(),
                 "no session bus: run the test through tests/jobs/with-session-bus.sh");
        QVERIFY2(m_env.load(), "the sandbox is not running: scripts/dev sandbox start");
    }

    void withoutAServiceNothingIsDelivered()
    {
        // Nobody owns the name yet: the call is refused, the text still reaches the window.
        QVERIFY(!QDBusConnection::sessionBus().interface()->isServiceRegistered(kService));
        DesktopNotifier notifier;
        QSignalSpy refused(&notifier, &DesktopNotifier::notDelivered);
        notifier.notify(QStringLiteral("title"), QStringLiteral("text"));
        QVERIFY(refused.wait(30000)); // the bus refuses; the offscreen platform has no tray
        QCOMPARE(notifier.lastChannel(), DesktopNotifier::Channel::None);
    }

    void jobStartAndEndReachTheDesktop()
    {
        // The service on a bus connection of its own, so every call crosses the bus daemon.
        QDBusConnection serverBus
            = QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("server"));
        QVERIFY(serverBus.isConnected());
        NotificationServer server;
        QVERIFY(serverBus.registerObject(kPath, &server, QDBusConnection::ExportAllSlots));
        QVERIFY(serverBus.registerService(kService));

        LanguageManager languages;
        languages.setLanguage(QStringLiteral("en"));
        MainWindow window(&languages);
        window.show();
        JobCenter *center = window.jobCenter();
        center->monitor()->setIntervals(300, 1500);
        QStringList statusMessages;
        connect(window.statusBar(), &QStatusBar::messageChanged, this,
                [&](const QString &m) { statusMessages << m; });
        QSignalSpy delivered(center->notifier(), &DesktopNotifier::delivered);

        QSignalSpy connected(window.connection(), &Connection::connected);
        window.connection()->connectToHost(profile());
        QVERIFY(waitFor([&] { return !connected.isEmpty(); }, 60000));
        QVERIFY(waitFor([&] { return center->monitor()->hasPolled(); }));

        QSignalSpy submitted(center, &JobCenter::submitted);
        center->submit("#!/bin/bash\n#SBATCH -p cpu\n#SBATCH -J pt-notify\n#SBATCH -o /dev/null\n"
                       "sleep 3\nexit 4\n");
        QVERIFY(waitFor([&] { return !submitted.isEmpty(); }));
        const QString id = submitted.first().first().toString();
        // One of the app's own helper jobs (named "patagon-…") beside it: no news of it.
        center->submit("#!/bin/bash\n#SBATCH -p cpu\n#SBATCH -J patagon-helper-test\n"
                       "#SBATCH -o /dev/null\nsleep 2\nexit 3\n");
        QVERIFY(waitFor([&] { return submitted.size() == 2; }));
        const QString helperId = submitted.at(1).first().toString();

        // Started: the id and the node; ended: the id, the state and the exit code.
        QVERIFY2(waitFor([&] {
                     return server.anyMatches(QStringLiteral("Job %1 ").arg(id),
                                              QStringLiteral("is running on"));
                 }),
                 qPrintable(QString::number(server.received.size())));
        QVERIFY(waitFor([&] {
            return server.anyMatches(QStringLiteral("Job %1 ").arg(id),
                                     QStringLiteral("ended: Failed, exit code 4"));
        }));
        QVERIFY(center->monitor()->job(id).isFinished());
        QVERIFY(waitFor([&] { return center->monitor()->job(helperId).isFinished(); }));
        // Named from its script from the submission on: Slurm 22.05's accounting calls a job
        // that just ended "allocation" for a moment, which once let its end through as news.
        QCOMPARE(center->monitor()->job(helperId).name, QStringLiteral("patagon-helper-test"));
        QVERIFY2(!server.anyMatches(QStringLiteral("Job %1 ").arg(helperId), QString()),
                 qPrintable(QStringLiteral("a notification about one of the app's helper jobs (")
                            + helperId + QStringLiteral("):\n") + server.bodies()));
        QVERIFY(waitFor([&] { return delivered.size() >= 3; }, 30000)); // submitted, started, ended
        QCOMPARE(center->notifier()->lastChannel(), DesktopNotifier::Channel::NotificationService);

        QStringList summaries;
        for (const Received &r : std::as_const(server.received)) {
            summaries << r.summary;
            QVERIFY(!r.appName.isEmpty());
            QVERIFY(r.hints.contains(QStringLiteral("urgency")));
        }
        QVERIFY2(summaries.contains(QStringLiteral("Job started")),
                 qPrintable(summaries.join(u',')));
        QVERIFY(summaries.contains(QStringLiteral("Job ended")));
        for (const Received &r : std::as_const(server.received)) {
            if (r.summary == QLatin1String("Job ended"))
                QCOMPARE(r.hints.value(QStringLiteral("urgency")).toInt(), 2);
        }

        // The status bar said the same.
        const auto shown = [&](const QString &a, const QString &b) {
            for (const QString &m : std::as_const(statusMessages)) {
                if (m.contains(a) && m.contains(b))
                    return true;
            }
            return false;
        };
        QVERIFY2(
            shown(QStringLiteral("Job started: Job %1 ").arg(id), QStringLiteral("is running on")),
            qPrintable(statusMessages.join(u'\n')));
        QVERIFY2(shown(QStringLiteral("Job ended: Job %1 ").arg(id),
                       QStringLiteral("ended: Failed, exit code 4")),
                 qPrintable(statusMessages.join(u'\n')));

        serverBus.unregisterService(kService);
        serverBus.unregisterObject(kPath);
        QDBusConnection::disconnectFromBus(QStringLiteral("server"));
    }
};

QTEST_MAIN(TestJobNotify)
#include "tst_jobnotify.moc"
