// Desktop notifications: through the freedesktop notification service
// (org.freedesktop.Notifications on the session bus) where there is one, else as a balloon of
// a tray icon where the desktop has a tray. Never blocks: the D-Bus call is asynchronous and a
// refusal (no such service) falls back to the tray.
#pragma once

#include <QObject>

class QSystemTrayIcon;

namespace Patagon {

class DesktopNotifier : public QObject
{
    Q_OBJECT

public:
    enum class Urgency
    {
        Low = 0,
        Normal = 1,
        Critical = 2
    };
    Q_ENUM(Urgency)

    // How the last notification went out.
    enum class Channel
    {
        None,
        NotificationService,
        TrayIcon
    };
    Q_ENUM(Channel)

    explicit DesktopNotifier(QObject *parent = nullptr);
    ~DesktopNotifier() override;

    // Off: nothing reaches the desktop (the caller still shows the text in its window).
    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }

    void notify(const QString &title, const QString &text, Urgency urgency = Urgency::Normal);
    Channel lastChannel() const { return m_lastChannel; }

signals:
    // The notification reached the desktop by `channel`.
    void delivered(Patagon::DesktopNotifier::Channel channel);
    // Neither a notification service nor a tray took it (the window still shows the text).
    void notDelivered();

private:
    void showInTray(const QString &title, const QString &text, Urgency urgency);

    QSystemTrayIcon *m_tray = nullptr;
    Channel m_lastChannel = Channel::None;
    bool m_enabled = true;
};

} // namespace Patagon
