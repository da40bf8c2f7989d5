// The Terminal page.
#include "app/pages/terminalpage.h"

#include "app/terminal/installofferbar.h"
#include "app/terminal/terminalview.h"

#include "core/container/containerservice.h"
#include "core/container/containershell.h"
#include "core/container/shellmarks.h"
#include "core/packages/typedinstall.h"
#include "core/remote/remotehost.h"
#include <qtermwidget6/qtermwidget.h>

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTime>
#include <QVBoxLayout>

namespace Patagon {

TerminalPage::TerminalPage(RemoteHost *host, Container::ContainerService *containers,
                           QWidget *parent)
    : QWidget(parent)
    , m_host(host)
    , m_containers(containers)
    , m_title(new QLabel(this))
    , m_new(new QPushButton(this))
    , m_stack(new QStackedWidget(this))
    , m_emptyText(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_status(new QLabel(this))
{
    m_status->setObjectName(QStringLiteral("terminalStatus"));
    m_status->setWordWrap(true);
    m_status->hide();
    setObjectName(QStringLiteral("terminalPage"));
    m_new->setObjectName(QStringLiteral("newTerminal"));
    m_tabs->setObjectName(QStringLiteral("terminalTabs"));
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    m_emptyText->setObjectName(QStringLiteral("terminalEmptyText"));
    m_emptyText->setWordWrap(true);
    m_emptyText->setAlignment(Qt::AlignCenter);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addStretch(1);
    top->addWidget(m_new);
    m_stack->addWidget(m_emptyText);
    m_stack->addWidget(m_tabs);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_status);

    connect(m_new, &QPushButton::clicked, this, [this] { openLoginShell(); });
    auto *newShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T), this);
    newShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(newShortcut, &QShortcut::activated, m_new, &QPushButton::click);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &TerminalPage::closeTab);
    connect(m_host, &RemoteHost::stateChanged, this, &TerminalPage::updateState);
    retranslate();
}

TerminalView *TerminalPage::openLoginShell()
{
    auto *view = new TerminalView(m_host, {}, QString(), m_tabs);
    connect(view, &TerminalView::reopenRequested, this, [this, view] {
        closeTab(m_tabs->indexOf(view));
        openLoginShell();
    });
    return addView(view, tr("Login node"));
}

TerminalView *TerminalPage::openContainerShell(const Container::NamedContainer &container,
                                               bool remapRoot)
{
    Container::ShellRequest request;
    request.container = container.name;
    request.node = container.node;
    request.remapRoot = remapRoot;
    // A node outside the default partition needs its own (else: "invalid node name").
    if (m_containers)
        request.partition = m_containers->probeResult().partitionOfNode(container.node);
    request.jobName = Container::uniqueShellJobName();
    auto *marks = m_containers ? new Container::ShellMarks : nullptr;
    if (marks)
        request.program = marks->program();
    const Expected<QStringList> argv = Container::shellArguments(request);
    if (!argv) {
        delete marks;
        m_emptyText->setText(argv.errorMessage());
        return nullptr;
    }
    const QString since = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
    QString banner
        = tr("This shell runs in the container «%1» on %2 and holds a place on that node since "
             "%3. Type exit or close the tab to free it.")
              .arg(container.name, container.node, since);
    if (remapRoot)
        banner += u' '
            + tr("You are root inside the container (--container-remap-root): apt works, and "
                 "what you change stays in the container.");
    auto *view = new TerminalView(m_host, *argv, banner, m_tabs, marks);
    m_shellJobs.insert(view, request.jobName);
    if (marks)
        offerTypedInstalls(view, container);
    connect(view, &TerminalView::reopenRequested, this, [this, container, remapRoot, view] {
        closeTab(m_tabs->indexOf(view));
        openContainerShell(container, remapRoot);
    });
    return addView(view,
                   remapRoot ? tr("%1 on %2 (root)").arg(container.name, container.node)
                             : tr("%1 on %2").arg(container.name, container.node));
}

TerminalView *TerminalPage::addView(TerminalView *view, const QString &title)
{
    const int index = m_tabs->addTab(view, title);
    m_tabs->setCurrentIndex(index);
    connect(view, &TerminalView::ended, this, [this, view] {
        const int i = m_tabs->indexOf(view);
        if (i >= 0)
            m_tabs->setTabText(i, tr("%1 (ended)").arg(m_tabs->tabText(i)));
    });
    updateState();
    view->widget()->setFocus();
    return view;
}

void TerminalPage::offerTypedInstalls(TerminalView *view,
                                      const Container::NamedContainer &container)
{
    auto *bar = new InstallOfferBar(container.name, view);
    view->addBar(bar);
    connect(view->marks(), &Container::ShellMarks::commandFinished, bar,
            [bar](const QString &commandLine, int exitStatus) {
                for (const Packages::TypedInstall &install :
                     Packages::typedInstalls(commandLine, exitStatus))
                    bar->offer(install);
            });
    connect(bar, &InstallOfferBar::accepted, this,
            [this, bar, container](const Packages::TypedInstall &install) {
                const Result recorded
                    = m_containers->recordTypedInstall(container.name, container.node, install);
                bar->showOutcome(recorded
                                     ? tr("Recorded: a replay of «%1» installs %2 too.")
                                           .arg(container.name, install.step.packages.join(u", "))
                                     : tr("Could not record it: %1").arg(recorded.message()));
            });
}

QString TerminalPage::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

int TerminalPage::tabCount() const
{
    return m_tabs->count();
}

TerminalView *TerminalPage::view(int index) const
{
    return qobject_cast<TerminalView *>(m_tabs->widget(index));
}

void TerminalPage::closeTab(int index)
{
    QWidget *w = m_tabs->widget(index);
    if (!w)
        return;
    m_tabs->removeTab(index);
    delete w; // hangs its session up
    const QString jobName = m_shellJobs.take(w);
    if (!jobName.isEmpty()) {
        // The hang-up should end the step on the compute node; make sure it did.
        Container::endShellStep(m_host, jobName, this, [this](const Expected<int> &cancelled) {
            if (!cancelled)
                m_status->setText(tr("Could not check that the closed shell's step ended: %1")
                                      .arg(cancelled.errorMessage()));
            else if (*cancelled > 0)
                m_status->setText(tr("The closed shell's step was still running; it was "
                                     "cancelled, so the node is free."));
            m_status->setVisible(!cancelled || *cancelled > 0);
            emit shellStepChecked();
        });
    }
    updateState();
}

void TerminalPage::updateState()
{
    m_new->setEnabled(m_host->isConnected());
    m_stack->setCurrentIndex(m_tabs->count() > 0 ? 1 : 0);
}

void TerminalPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TerminalPage::retranslate()
{
    m_title->setText(tr("Terminal"));
    m_new->setText(tr("&New terminal"));
    m_new->setToolTip(tr("A shell on the cluster's login node (Ctrl+Shift+T)"));
    m_emptyText->setText(
        tr("A terminal on the login node, for a quick command or a look at a file. For a shell "
           "inside a container on its compute node, use \"Open shell\" on the Containers page."));
    updateState();
}

} // namespace Patagon
