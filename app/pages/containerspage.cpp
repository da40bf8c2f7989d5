// The Containers page.
#include "app/pages/containerspage.h"

#include "app/containers/containerlistmodel.h"
#include "app/containers/containerwizard.h"
#include "core/remote/remotehost.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Patagon {

using namespace Patagon::Container;
using namespace Patagon::Packages;

ContainersPage::ContainersPage(ContainerService *service, QWidget *parent)
    : QWidget(parent)
    , m_host(service->host())
    , m_service(service)
    , m_model(new ContainerListModel(this))
    , m_stack(new QStackedWidget(this))
    , m_view(new QTableView(this))
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_emptyTitle(new QLabel(this))
    , m_emptyText(new QLabel(this))
    , m_emptyAction(new QPushButton(this))
    , m_new(new QPushButton(this))
    , m_refresh(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_packages(new QPushButton(this))
    , m_shell(new QPushButton(this))
{
    setObjectName(QStringLiteral("containersPage"));
    m_view->setObjectName(QStringLiteral("containerTable"));
    m_status->setObjectName(QStringLiteral("containersStatus"));
    m_emptyText->setObjectName(QStringLiteral("emptyText"));
    m_emptyAction->setObjectName(QStringLiteral("emptyAction"));
    m_new->setObjectName(QStringLiteral("newContainer"));
    m_refresh->setObjectName(QStringLiteral("refreshContainers"));
    m_remove->setObjectName(QStringLiteral("removeContainer"));
    m_packages->setObjectName(QStringLiteral("openInPackages"));
    m_shell->setObjectName(QStringLiteral("openShell"));

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_emptyTitle->setFont(titleFont);
    m_emptyTitle->setAlignment(Qt::AlignCenter);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    m_status->setWordWrap(true);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);

    // Shortcuts work while the page is shown (the actions live on the page).
    auto addShortcut = [this](const QKeySequence &keys, const std::function<void()> &slot) {
        auto *action = new QAction(this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    addShortcut(QKeySequence::New, [this] { newContainer(); });
    addShortcut(QKeySequence(Qt::Key_F5), [this] { refresh(); });
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_R), [this] { refresh(); });
    addShortcut(QKeySequence::Delete, [this] { removeSelected(); });

    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addStretch();
    top->addWidget(m_new);
    top->addWidget(m_refresh);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_shell);
    actions->addWidget(m_packages);
    actions->addWidget(m_remove);
    actions->addStretch();

    auto *empty = new QWidget(this);
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch();
    emptyLayout->addWidget(m_emptyTitle);
    emptyLayout->addWidget(m_emptyText);
    auto *emptyRow = new QHBoxLayout;
    emptyRow->addStretch();
    emptyRow->addWidget(m_emptyAction);
    emptyRow->addStretch();
    emptyLayout->addLayout(emptyRow);
    emptyLayout->addStretch();
    auto *tablePage = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tablePage);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_view, 1);
    tableLayout->addLayout(actions);
    m_stack->addWidget(empty);
    m_stack->addWidget(tablePage);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(m_stack, 1);

    connect(m_new, &QPushButton::clicked, this, &ContainersPage::newContainer);
    connect(m_emptyAction, &QPushButton::clicked, this, &ContainersPage::newContainer);
    connect(m_refresh, &QPushButton::clicked, this, &ContainersPage::refresh);
    connect(m_remove, &QPushButton::clicked, this, [this] { removeSelected(); });
    connect(m_packages, &QPushButton::clicked, this, &ContainersPage::openSelectedInPackages);
    connect(m_shell, &QPushButton::clicked, this, [this] {
        const NamedContainer c = selectedContainer();
        if (c.isValid())
            emit openShellRequested(c, false);
    });
    connect(m_view, &QTableView::doubleClicked, this, &ContainersPage::openSelectedInPackages);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ContainersPage::updateActions);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (!selectedContainer().isValid())
            return;
        QMenu menu(this);
        menu.addAction(m_packages->text(), this, &ContainersPage::openSelectedInPackages);
        menu.addAction(m_shell->text(), m_shell, &QPushButton::click)
            ->setEnabled(m_shell->isEnabled());
        menu.addAction(tr("Open shell as &root (for apt)"), this,
                       [this] { emit openShellRequested(selectedContainer(), true); })
            ->setEnabled(m_shell->isEnabled());
        menu.addAction(m_remove->text(), this, [this] { removeSelected(); })
            ->setEnabled(m_remove->isEnabled());
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_host, &RemoteHost::stateChanged, this, &ContainersPage::onConnectionState);
    retranslate();
    onConnectionState();
}

ContainerWizard *ContainersPage::wizard() const
{
    return m_wizard;
}

bool ContainersPage::isConnected() const
{
    return m_host->state() == RemoteHost::State::Connected
        || m_host->state() == RemoteHost::State::Reconnecting;
}

void ContainersPage::onConnectionState()
{
    if (m_host->state() == RemoteHost::State::Connected && !m_listed && !m_refreshing)
        refresh();
    if (m_host->state() == RemoteHost::State::Disconnected) {
        m_listed = false;
        m_service->setProbeResult({}); // another cluster may come next
    }
    updateState();
    updateActions();
}

void ContainersPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ContainersPage::retranslate()
{
    m_title->setText(tr("Containers"));
    m_new->setText(tr("&New container…"));
    m_new->setToolTip(tr("Import an image as a named container (%1)")
                          .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    m_refresh->setText(tr("&Refresh"));
    m_refresh->setToolTip(tr("Ask every node for its named containers (F5)"));
    m_remove->setText(tr("Re&move"));
    m_packages->setText(tr("Open in &Packages"));
    m_shell->setText(tr("Open &shell"));
    m_shell->setToolTip(tr("A terminal inside the container, on the node that holds it"));
    m_emptyAction->setText(tr("&New container…"));
    updateState();
}

bool ContainersPage::isShowingEmptyState() const
{
    return m_stack->currentIndex() == 0;
}

QString ContainersPage::emptyStateText() const
{
    return m_emptyText->text();
}

QString ContainersPage::statusText() const
{
    return m_status->text();
}

void ContainersPage::updateState()
{
    const bool connected = isConnected();
    const bool hasRows = m_model->rowCount() > 0;
    m_stack->setCurrentIndex(hasRows ? 1 : 0);
    if (!connected) {
        m_emptyTitle->setText(tr("Not connected"));
        m_emptyText->setText(
            tr("Connect to the cluster on the Connection page to see and create containers."));
        m_emptyAction->hide();
        m_status->setText(hasRows ? tr("Offline: the list may be out of date.") : QString());
        return;
    }
    if (m_refreshing && !m_listed) {
        m_emptyTitle->setText(tr("Looking for containers…"));
        m_emptyText->setText(tr("Asking each compute node for its named containers."));
        m_emptyAction->hide();
    } else if (!m_lastError.isEmpty() && !m_listed) {
        m_emptyTitle->setText(tr("The containers could not be listed"));
        m_emptyText->setText(m_lastError);
        m_emptyAction->hide();
    } else {
        m_emptyTitle->setText(tr("No containers yet"));
        m_emptyText->setText(tr("A named container keeps an image ready on a compute node, with "
                                "the packages you install in it. Create one from an image such "
                                "as python or nvcr.io#nvidia/pytorch:24.05-py3."));
        m_emptyAction->show();
    }
    if (m_refreshing)
        m_status->setText(tr("Refreshing…"));
    else if (!m_lastError.isEmpty())
        m_status->setText(m_lastError);
    else if (m_listed)
        m_status->setText(tr("%n container(s)", nullptr, m_model->rowCount()));
}

void ContainersPage::updateActions()
{
    const bool connected = isConnected();
    const bool selected = selectedContainer().isValid();
    m_new->setEnabled(connected);
    m_refresh->setEnabled(connected && !m_refreshing);
    m_remove->setEnabled(connected && selected && !m_removing);
    m_packages->setEnabled(selected);
    m_shell->setEnabled(selected && isConnected());
}

NamedContainer ContainersPage::selectedContainer() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? NamedContainer() : m_model->row(rows.first().row()).container;
}

void ContainersPage::selectContainer(const QString &name, const QString &node)
{
    const int row = m_model->rowOf(name, node);
    if (row < 0)
        return;
    m_view->selectionModel()->select(
        m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(m_model->index(row, 0));
}

void ContainersPage::refresh()
{
    if (!isConnected() || m_refreshing)
        return;
    m_refreshing = true;
    m_lastError.clear();
    updateState();
    updateActions();
    m_service->list({}, this, [this](const Expected<ContainerList> &list) {
        m_refreshing = false;
        if (!list) {
            m_lastError = list.errorMessage();
            updateState();
            updateActions();
            emit refreshed(list.result());
            return;
        }
        const NamedContainer keep = selectedContainer();
        QList<ContainerListModel::Row> rows;
        const ManifestStore &store = m_service->manifestStore();
        for (const NamedContainer &c : list->containers) {
            ContainerListModel::Row row;
            row.container = c;
            if (const Expected<PackageManifest> m = store.load(m_service->profileName(), c.name))
                row.image = m->image;
            rows.append(row);
        }
        m_model->setRows(rows);
        m_listed = true;
        QStringList problems;
        for (const ProbeFinding &p : list->problems)
            problems << p.message;
        m_lastError = problems.join(u'\n');
        if (keep.isValid())
            selectContainer(keep.name, keep.node);
        updateState();
        updateActions();
        emit refreshed(Result::ok());
    });
}

void ContainersPage::newContainer()
{
    if (!isConnected())
        return;
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return;
    }
    m_wizard = new ContainerWizard(m_service, this);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &ContainerWizard::containerCreated, this,
            [this](const NamedContainer &created) {
                // Show it at once; the refresh confirms it (and finds the image in the manifest).
                QList<ContainerListModel::Row> rows = m_model->rows();
                if (m_model->rowOf(created.name, created.node) < 0) {
                    ContainerListModel::Row row;
                    row.container = created;
                    rows.append(row);
                    m_model->setRows(rows);
                }
                m_listed = true;
                selectContainer(created.name, created.node);
                updateState();
                updateActions();
            });
    connect(m_wizard, &QWizard::finished, this, [this] {
        const NamedContainer created = m_wizard ? m_wizard->created() : NamedContainer();
        refresh();
        if (created.isValid())
            selectContainer(created.name, created.node);
    });
    m_wizard->open();
}

void ContainersPage::removeSelected(bool confirmed)
{
    const NamedContainer c = selectedContainer();
    if (!c.isValid() || !isConnected() || m_removing)
        return;
    if (!confirmed) {
        const auto answer = QMessageBox::question(
            this, tr("Remove container"),
            tr("Remove the container %1 from %2? Everything installed in it is lost; its "
               "package record on this computer goes too.")
                .arg(c.name, c.node));
        if (answer != QMessageBox::Yes)
            return;
    }
    m_removing = true;
    m_status->setText(tr("Removing %1 from %2…").arg(c.name, c.node));
    updateActions();
    m_service->remove(c.name, c.node, {}, this, [this, c](const Result &result) {
        m_removing = false;
        if (!result) {
            m_lastError = result.message();
            QMessageBox::warning(this, tr("Remove container"), result.message());
        } else {
            QList<ContainerListModel::Row> rows = m_model->rows();
            const int row = m_model->rowOf(c.name, c.node);
            if (row >= 0) {
                rows.removeAt(row);
                m_model->setRows(rows);
            }
            m_lastError.clear();
        }
        updateState();
        updateActions();
        emit removed(result);
    });
}

void ContainersPage::openSelectedInPackages()
{
    const NamedContainer c = selectedContainer();
    if (c.isValid())
        emit openInPackagesRequested(c);
}

} // namespace Patagon
