// The main window: a navigation list of the workflow's pages, the pages, menus and status bar.
#include "app/mainwindow.h"

#include "app/aboutdialog.h"
#include "app/connection/connectionprompter.h"
#include "app/jobs/jobcenter.h"
#include "app/navigationicons.h"
#include "app/pages/connectionpage.h"
#include "app/pages/containerspage.h"
#include "app/pages/jobspage.h"
#include "app/pages/logspage.h"
#include "app/pages/packagespage.h"
#include "app/pages/scriptpage.h"
#include "app/pages/settingspage.h"
#include "app/pages/terminalpage.h"
#include "app/pages/trainpage.h"
#include "core/container/containerservice.h"
#include "core/i18n/languagemanager.h"
#include "core/remote/sshhost.h"
#include "core/settingskeys.h"
#include "core/ssh/connection.h"
#include "core/train/runstore.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMetaEnum>
#include <QPixmap>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>

namespace Patagon {

MainWindow::MainWindow(LanguageManager *languages, QWidget *parent)
    : QMainWindow(parent)
    , m_languages(languages)
    , m_connection(new Patagon::Connection(this))
    , m_host(new SshHost(m_connection, this))
    , m_jobCenter(new JobCenter(m_host, this))
    , m_containerService(new Container::ContainerService(m_host, this))
    , m_navigation(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_connectionStatus(new QLabel(this))
    , m_settingsPage(new SettingsPage(languages, this))
    , m_connectionPage(new ConnectionPage(m_connection, this))
    , m_jobsPage(new JobsPage(m_jobCenter, this))
    , m_logsPage(new LogsPage(m_jobCenter, this))
{
    new ConnectionPrompter(m_connection, this);
    setObjectName(QStringLiteral("MainWindow"));
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setUniformItemSizes(true);
    m_navigation->setFrameShape(QFrame::NoFrame);

    auto *containersPage = new ContainersPage(m_containerService, m_stack);
    auto *packagesPage = new PackagesPage(m_containerService, containersPage->model(), m_stack);
    auto *scriptPage = new ScriptPage(m_stack);
    scriptPage->setContainerModel(containersPage->model());
    // The runs database is on this computer: without it training works, unrecorded.
    m_runStore = std::make_unique<Train::RunStore>();
    const Result storeOpened = m_runStore->open();
    if (!storeOpened)
        m_runStore.reset();
    m_trainPage = new TrainPage(m_host, m_jobCenter->client(), m_containerService,
                                containersPage->model(), m_runStore.get(), m_stack);
    if (!storeOpened)
        m_trainPage->showStoreError(storeOpened.message());
    auto *terminalPage = new TerminalPage(m_host, m_containerService, m_stack);
    QWidget *const pages[PageCount]
        = {m_connectionPage, containersPage, packagesPage, scriptPage,    m_jobsPage,
           m_logsPage,       m_trainPage,    terminalPage, m_settingsPage};
    for (int i = 0; i < PageCount; ++i) {
        auto *item = new QListWidgetItem(navigationIcon(Page(i), style()), QString(), m_navigation);
        item->setData(Qt::UserRole, pageKey(Page(i)));
        m_stack->addWidget(pages[i]);
    }
    m_navigation->setMaximumWidth(220);
    connect(m_navigation, &QListWidget::currentRowChanged, m_stack,
            &QStackedWidget::setCurrentIndex);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    // the navigation at its widest: otherwise the splitter gives it more than its maximum and
    // the handle floats in the gap
    splitter->setSizes({m_navigation->maximumWidth(), 1000});
    setCentralWidget(splitter);

    m_connectionStatus->setObjectName(QStringLiteral("connectionStatus"));
    statusBar()->addPermanentWidget(m_connectionStatus);
    connect(m_connection, &Patagon::Connection::stateChanged, this,
            &MainWindow::updateConnectionStatus);
    connect(m_connection, &Patagon::Connection::latencyMeasured, this, [this](int ms) {
        m_latencyMs = ms;
        updateConnectionStatus();
    });

    connect(m_jobsPage, &JobsPage::openLogsRequested, this,
            [this](const Patagon::Slurm::JobInfo &job) {
                m_logsPage->followJob(job);
                showPage(Logs);
            });
    connect(containersPage, &ContainersPage::openInPackagesRequested, this,
            [this, packagesPage](const Patagon::Container::NamedContainer &container) {
                packagesPage->selectContainer(container);
                showPage(Packages);
            });
    connect(containersPage, &ContainersPage::openShellRequested, this,
            [this, terminalPage](const Patagon::Container::NamedContainer &container, bool asRoot) {
                terminalPage->openContainerShell(container, asRoot);
                showPage(Terminal);
            });
    connect(m_jobsPage, &JobsPage::submitScriptRequested, this, [this] { showPage(Script); });
    connect(m_trainPage, &TrainPage::openLogsRequested, this,
            [this](const Patagon::Slurm::JobInfo &job) {
                m_logsPage->followJob(job);
                showPage(Logs);
            });
    connect(m_trainPage, &TrainPage::openScriptRequested, this,
            [this, scriptPage](const QByteArray &script) {
                scriptPage->loadText(script);
                showPage(Script);
            });
    connect(m_jobCenter, &JobCenter::submitted, this, [this](const QString &id) {
        showPage(Jobs);
        m_jobsPage->selectJob(id);
    });
    connect(m_jobCenter, &JobCenter::notification, this,
            [this](const QString &title, const QString &text) {
                statusBar()->showMessage(tr("%1: %2").arg(title, text), 15000);
            });

    createMenus();
    retranslate();

    const QSettings settings;
    const bool restored = restoreGeometry(
        settings.value(QLatin1String(SettingsKeys::kMainWindowGeometry)).toByteArray());
    const int page
        = settings
              .value(QLatin1String(SettingsKeys::kCurrentPage), SettingsKeys::kCurrentPageDefault)
              .toInt();
    showPage(page >= 0 && page < PageCount ? Page(page) : Connection);
    // The first start: the size every page is laid out for (Qt would take two thirds of the
    // screen), within the screen when it is smaller.
    if (!restored || geometry().width() < 600)
        resize(defaultSize());
}

MainWindow::~MainWindow()
{
    // Its runs use the store, which goes with the members, before the child widgets.
    delete m_trainPage;
}

QString MainWindow::pageKey(Page page)
{
    return QString::fromLatin1(QMetaEnum::fromType<Page>().valueToKey(page)).toLower();
}

MainWindow::Page MainWindow::pageFromKey(const QString &key, Page fallback)
{
    for (int i = 0; i < PageCount; ++i) {
        if (pageKey(Page(i)) == key.toLower())
            return Page(i);
    }
    return fallback;
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(page);
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_stack->currentIndex());
}

void MainWindow::applyOptions(const Cli::GuiOptions &options)
{
    if (!options.page.isEmpty())
        showPage(pageFromKey(options.page, currentPage()));
    if (!options.profile.isEmpty()) {
        m_connectionPage->selectProfile(options.profile);
        m_trainPage->showLatestRun(options.profile);
    }
}

QSize MainWindow::defaultSize() const
{
    QSize size(1100, 700);
    if (const QScreen *s = screen())
        size = size.boundedTo(s->availableGeometry().size() * 0.95);
    return size;
}

int MainWindow::saveScreenshotAndQuit(const QString &path)
{
    resize(1100, 700);
    for (int i = 0; i < 10; ++i)
        QApplication::processEvents();
    const bool saved = grab().save(path, "PNG");
    return saved ? 0 : 1;
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_goMenu = menuBar()->addMenu(QString());
    for (int i = 0; i < PageCount; ++i) {
        QAction *action = m_goMenu->addAction(QString(), this, [this, i] { showPage(Page(i)); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        m_pageActions.append(action);
    }

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
}

QString MainWindow::pageTitle(Page page) const
{
    switch (page) {
    case Connection:
        return tr("Connection");
    case Containers:
        return tr("Containers");
    case Packages:
        return tr("Packages");
    case Script:
        return tr("Script");
    case Jobs:
        return tr("Jobs");
    case Logs:
        return tr("Logs");
    case Train:
        return tr("Train");
    case Terminal:
        return tr("Terminal");
    case Settings:
        return tr("Settings");
    case PageCount:
        break;
    }
    return {};
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Patagon Studio"));
    for (int i = 0; i < PageCount; ++i) {
        m_navigation->item(i)->setText(pageTitle(Page(i)));
        m_pageActions.at(i)->setText(pageTitle(Page(i)));
    }
    // Never narrower than its longest title: the splitter squeezed it to its icons when a
    // page needed the room.
    m_navigation->setMinimumWidth(m_navigation->sizeHintForColumn(0)
                                  + 2 * m_navigation->frameWidth());
    m_fileMenu->setTitle(tr("&File"));
    m_quitAction->setText(tr("&Quit"));
    m_goMenu->setTitle(tr("&Go"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Patagon Studio"));
    updateConnectionStatus();
}

void MainWindow::updateConnectionStatus()
{
    switch (m_connection->state()) {
    case Patagon::Connection::State::Disconnected:
        m_latencyMs = -1;
        m_connectionStatus->setText(tr("Offline"));
        break;
    case Patagon::Connection::State::Connecting:
        m_connectionStatus->setText(tr("Connecting…"));
        break;
    case Patagon::Connection::State::Reconnecting:
        m_connectionStatus->setText(tr("Reconnecting…"));
        break;
    case Patagon::Connection::State::Connected: {
        const QString name = m_connection->profile().name;
        // The round trip is measured in whole milliseconds: 0 is a local or nearby host.
        if (m_latencyMs < 0)
            m_connectionStatus->setText(tr("Connected to %1").arg(name));
        else if (m_latencyMs == 0)
            m_connectionStatus->setText(tr("Connected to %1 (< 1 ms)").arg(name));
        else
            m_connectionStatus->setText(tr("Connected to %1 (%2 ms)").arg(name).arg(m_latencyMs));
        break;
    }
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        statusBar()->clearMessage(); // a passing message in the language just left
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // An edited script is not lost without asking.
    if (auto *script = findChild<ScriptPage *>(); script && !script->maybeDiscardChanges()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QLatin1String(SettingsKeys::kMainWindowGeometry), saveGeometry());
    settings.setValue(QLatin1String(SettingsKeys::kCurrentPage), int(currentPage()));
    event->accept();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

Patagon::RemoteHost *MainWindow::host() const
{
    return m_host;
}

} // namespace Patagon
