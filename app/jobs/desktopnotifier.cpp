// Desktop notifications through the freedesktop service, else the tray.
#include "app/jobs/desktopnotifier.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QLoggingCategory>
#include <QStyle>
#include <QSystemTrayIcon>

Q_LOGGING_CATEGORY(lcNotify, "patagon.app.notify", QtInfoMsg)

namespace Patagon {

namespace {
const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");
} // namespace

DesktopNotifier::DesktopNotifier(QObject *parent)
    : QObject(parent)
{}

DesktopNotifier::~DesktopNotifier() = default;

void DesktopNotifier::notify(const QString &title, const QString &text, Urgency urgency)
{
    if (!m_enabled)
        return;
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        showInTray(title, text, urgency);
        return;
    }
    // Notify(app_name, replaces_id, app_icon, summary, body, actions, hints, expire_timeout)
    QDBusMessage call
        = QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Notify"));
    QString appName = QGuiApplication::applicationDisplayName();
    if (appName.isEmpty())
        appName = QCoreApplication::applicationName();
    QVariantMap hints;
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(uchar(urgency)));
    // The application id (main.cpp): names the desktop file and the installed icon.
    const QString appId = QGuiApplication::desktopFileName();
    if (!appId.isEmpty())
        hints.insert(QStringLiteral("desktop-entry"), appId);
    call << appName << uint(0) << appId << title << text << QStringList() << hints << int(-1);
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, watcher, title, text, urgency] {
                watcher->deleteLater();
                const QDBusPendingReply<uint> reply = *watcher;
                if (reply.isError()) {
                    // No notification service (a bare window manager): the tray, if any.
                    qCDebug(lcNotify) << "no notification service:" << reply.error().message();
                    showInTray(title, text, urgency);
                    return;
                }
                m_lastChannel = Channel::NotificationService;
                emit delivered(m_lastChannel);
            });
}

void DesktopNotifier::showInTray(const QString &title, const QString &text, Urgency urgency)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable() || !QSystemTrayIcon::supportsMessages()) {
        emit notDelivered();
        return;
    }
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QApplication::style()->standardIcon(QStyle::SP_ComputerIcon),
                                     this);
        m_tray->show();
    }
    m_tray->showMessage(title, text,
                        urgency == Urgency::Critical ? QSystemTrayIcon::Warning
                                                     : QSystemTrayIcon::Information,
                        8000);
    m_lastChannel = Channel::TrayIcon;
    emit delivered(m_lastChannel);
}

} // namespace Patagon
