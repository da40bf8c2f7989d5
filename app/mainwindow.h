// The main window: a navigation list of the workflow's pages, the pages, menus and status bar.
#pragma once

#include "app/cli/cli.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace Patagon {

class Connection;
class RemoteHost;
class SshHost;
class ConnectionPage;
class JobCenter;
class JobsPage;
class LogsPage;
class LanguageManager;
class SettingsPage;
class TrainPage;

namespace Container {
class ContainerService;
}
namespace Train {
class RunStore;
}

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The workflow's order: connect, prepare the container, write the script, run, train.
    enum Page
    {
        Connection,
        Containers,
        Packages,
        Script,
        Jobs,
        Logs,
        Train,
        Terminal,
        Settings,
        PageCount
    };
    Q_ENUM(Page)

    explicit MainWindow(LanguageManager *languages, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    Page currentPage() const;
    // "connection", "jobs", ...: names for --page and for settings.
    static QString pageKey(Page page);
    static Page pageFromKey(const QString &key, Page fallback);

    void applyOptions(const Cli::GuiOptions &options);
    // Lets the window lay itself out, saves a PNG of it and returns the exit status.
    int saveScreenshotAndQuit(const QString &path);
    // The window's size on a first start: 1100×700, or less on a smaller screen.
    QSize defaultSize() const;

    QString pageTitle(Page page) const;
    Patagon::Connection *connection() const { return m_connection; }
    Patagon::RemoteHost *host() const;
    JobCenter *jobCenter() const { return m_jobCenter; }
    // The one container service the Containers, Packages and Train pages share.
    Container::ContainerService *containerService() const { return m_containerService; }
    JobsPage *jobsPage() const { return m_jobsPage; }
    LogsPage *logsPage() const { return m_logsPage; }
    TrainPage *trainPage() const { return m_trainPage; }

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void retranslate();
    void showAbout();
    void updateConnectionStatus();

    LanguageManager *m_languages;
    Patagon::Connection *m_connection; // (Connection alone names the page)
    Patagon::SshHost *m_host; // what everything but the Connection page uses
    JobCenter *m_jobCenter;
    Container::ContainerService *m_containerService;
    int m_latencyMs = -1;
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    QLabel *m_connectionStatus;
    std::unique_ptr<Train::RunStore> m_runStore; // null when it could not be opened
    SettingsPage *m_settingsPage;
    ConnectionPage *m_connectionPage;
    JobsPage *m_jobsPage;
    LogsPage *m_logsPage;
    TrainPage *m_trainPage = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QList<QAction *> m_pageActions;
};

} // namespace Patagon
