// The Jobs page.
#include "app/pages/jobspage.h"

#include "app/jobs/jobcenter.h"
#include "app/jobs/jobtablemodel.h"
#include "core/jobs/jobmonitor.h"
#include "core/remote/remotehost.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Patagon {

using namespace Patagon::Jobs;
using namespace Patagon::Slurm;

namespace {

// Text, state and helper-job filters over the job table.
class JobFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    int stateFilter = 0;
    QString text;
    bool showHelpers = false;

    void refilter() { invalidateFilter(); }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex first = sourceModel()->index(row, 0, parent);
        if (!showHelpers && first.data(JobTableModel::HelperRole).toBool())
            return false;
        const auto state = JobState(first.data(JobTableModel::StateRole).toInt());
        switch (stateFilter) {
        case 1:
            if (isFinalState(state))
                return false;
            break;
        case 2:
            if (!isFinalState(state))
                return false;
            break;
        case 3:
            if (!isFailureState(state))
                return false;
            break;
        default:
            break;
        }
        return text.isEmpty() || model()->matches(row, text);
    }
    // Typed and cached in the model: sorting thousands of rows through QVariant display text
    // stalled the window for about 100 ms.
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        return model()->lessThan(left.row(), right.row(), left.column());
    }

private:
    const JobTableModel *model() const { return static_cast<const JobTableModel *>(sourceModel()); }
};

} // namespace

JobsPage::JobsPage(JobCenter *center, QWidget *parent)
    : QWidget(parent)
    , m_center(center)
    , m_model(new JobTableModel(this))
    , m_proxy(new JobFilter(this))
    , m_stack(new QStackedWidget(this))
    , m_view(new QTableView(this))
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_emptyTitle(new QLabel(this))
    , m_emptyText(new QLabel(this))
    , m_emptyAction(new QPushButton(this))
    , m_filter(new QLineEdit(this))
    , m_stateFilter(new QComboBox(this))
    , m_showHelpers(new QCheckBox(this))
    , m_refresh(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_logs(new QPushButton(this))
    , m_resubmit(new QPushButton(this))
    , m_copy(new QPushButton(this))
{
    setObjectName(QStringLiteral("jobsPage"));
    m_view->setObjectName(QStringLiteral("jobTable"));
    m_filter->setObjectName(QStringLiteral("jobFilter"));
    m_stateFilter->setObjectName(QStringLiteral("stateFilter"));
    m_showHelpers->setObjectName(QStringLiteral("showHelperJobs"));
    m_cancel->setObjectName(QStringLiteral("cancelJob"));
    m_logs->setObjectName(QStringLiteral("openLogs"));
    m_resubmit->setObjectName(QStringLiteral("resubmitJob"));
    m_copy->setObjectName(QStringLiteral("copyJobId"));
    m_refresh->setObjectName(QStringLiteral("refreshJobs"));
    m_emptyAction->setObjectName(QStringLiteral("emptyAction"));
    m_emptyText->setObjectName(QStringLiteral("emptyText"));
    m_status->setObjectName(QStringLiteral("jobCount"));
    m_status->setWordWrap(true); // beside the title: "3 shown, 5 helper jobs of the app hidden"
    m_status->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_emptyTitle->setFont(titleFont);
    m_emptyTitle->setAlignment(Qt::AlignCenter);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(JobTableModel::SortRole);
    m_proxy->setDynamicSortFilter(true);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(JobTableModel::Id, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    // Columns as wide as their content (the table scrolls sideways when they are together
    // wider), but the name: long ones are elided, whole in the tooltip. A stretched Reason
    // column left Reason and Submitted a few pixels wide in a narrow window.
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Measured over the visible rows and a few around them, not 1,000 (Qt's default): with
    // thousands of jobs each sort, filter and poll re-measured 8,000 cells (about 40 ms).
    header->setResizeContentsPrecision(100);
    header->setSectionResizeMode(JobTableModel::Name, QHeaderView::Interactive);
    header->resizeSection(JobTableModel::Name, fontMetrics().averageCharWidth() * 20);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addStretch();
    top->addWidget(m_status);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_stateFilter);
    filters->addWidget(m_refresh);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_logs);
    actions->addWidget(m_cancel);
    actions->addWidget(m_resubmit);
    actions->addWidget(m_copy);
    actions->addStretch();

    auto *empty = new QWidget(this);
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch();
    emptyLayout->addWidget(m_emptyTitle);
    emptyLayout->addWidget(m_emptyText);
    auto *emptyButtonRow = new QHBoxLayout;
    emptyButtonRow->addStretch();
    emptyButtonRow->addWidget(m_emptyAction);
    emptyButtonRow->addStretch();
    emptyLayout->addLayout(emptyButtonRow);
    emptyLayout->addStretch();
    auto *tablePage = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tablePage);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addLayout(filters);
    // On a line of its own: in the filters' row, with its count of hidden jobs, it made the
    // page wider than the window at its first-start size (in Spanish).
    tableLayout->addWidget(m_showHelpers);
    tableLayout->addWidget(m_view, 1);
    tableLayout->addLayout(actions);
    m_stack->addWidget(empty);
    m_stack->addWidget(tablePage);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);

    connect(m_filter, &QLineEdit::textChanged, this, &JobsPage::setFilterText);
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, &JobsPage::setStateFilter);
    connect(m_showHelpers, &QCheckBox::toggled, this, &JobsPage::setShowHelperJobs);
    connect(m_refresh, &QPushButton::clicked, this, [this] { m_center->monitor()->refresh(); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { cancelSelected(); });
    connect(m_logs, &QPushButton::clicked, this, &JobsPage::openLogsOfSelected);
    connect(m_resubmit, &QPushButton::clicked, this, &JobsPage::resubmitSelected);
    connect(m_copy, &QPushButton::clicked, this, &JobsPage::copySelectedIds);
    connect(m_view, &QTableView::doubleClicked, this, &JobsPage::openLogsOfSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &JobsPage::updateActions);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        menu.addAction(m_logs->text(), this, &JobsPage::openLogsOfSelected)
            ->setEnabled(m_logs->isEnabled());
        menu.addAction(m_cancel->text(), this, [this] { cancelSelected(); })
            ->setEnabled(m_cancel->isEnabled());
        menu.addAction(m_resubmit->text(), this, &JobsPage::resubmitSelected)
            ->setEnabled(m_resubmit->isEnabled());
        menu.addAction(m_copy->text(), this, &JobsPage::copySelectedIds)
            ->setEnabled(m_copy->isEnabled());
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_emptyAction, &QPushButton::clicked, this, &JobsPage::submitScriptRequested);
    // The counts follow the table, whoever fills it.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &JobsPage::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &JobsPage::updateEmptyState);
    connect(m_center->monitor(), &JobMonitor::jobsChanged, this, &JobsPage::refresh);
    connect(m_center->monitor(), &JobMonitor::pollFinished, this, &JobsPage::updateEmptyState);
    connect(m_center->monitor(), &JobMonitor::pollFailed, this, [this](const Result &r) {
        m_status->setText(tr("Could not read the queue: %1").arg(r.message()));
    });
    connect(m_center, &JobCenter::connectedChanged, this, &JobsPage::updateEmptyState);
    connect(m_center, &JobCenter::submitFailed, this,
            [this](const QString &message) { QMessageBox::warning(this, tr("Submit"), message); });
    connect(m_center, &JobCenter::cancelFailed, this,
            [this](const QString &message) { QMessageBox::warning(this, tr("Cancel"), message); });
    retranslate();
    refresh();
}

void JobsPage::refresh()
{
    m_model->setJobs(m_center->monitor()->jobs());
    updateEmptyState();
    updateActions();
}

bool JobsPage::isShowingEmptyState() const
{
    return m_stack->currentIndex() == 0;
}

QString JobsPage::emptyStateText() const
{
    return m_emptyText->text();
}

void JobsPage::updateEmptyState()
{
    const bool connected = m_center->isConnected();
    const bool hasJobs = m_model->rowCount() > 0;
    m_stack->setCurrentIndex(hasJobs ? 1 : 0);
    if (!connected) {
        m_emptyTitle->setText(tr("Not connected"));
        m_emptyText->setText(tr("Connect to the cluster on the Connection page to see your jobs."));
        m_emptyAction->hide();
        m_status->setText(hasJobs ? tr("Offline: the list may be out of date.") : QString());
    } else if (!m_center->monitor()->hasPolled()) {
        m_emptyTitle->setText(tr("Reading the queue…"));
        m_emptyText->setText(tr("Asking Slurm for your jobs."));
        m_emptyAction->hide();
    } else {
        m_emptyTitle->setText(tr("No jobs yet"));
        m_emptyText->setText(tr("You have no jobs in the queue and none in the last week. Write a "
                                "batch script on the Script page and submit it."));
        m_emptyAction->setVisible(true);
        if (m_center->monitor()->lastError().isOk())
            m_status->setText(countText());
    }
    const int helpers = JobTableModel::helperJobCount(m_model->jobs());
    m_showHelpers->setText(isShowingHelperJobs() || helpers == 0
                               ? tr("Show the app's helper jobs")
                               : tr("Show the app's helper jobs (%n hidden)", nullptr, helpers));
}

QString JobsPage::countText() const
{
    const int all = m_model->rowCount();
    const int hidden = isShowingHelperJobs() ? 0 : JobTableModel::helperJobCount(m_model->jobs());
    if (hidden == 0)
        return tr("%n job(s)", nullptr, all);
    return tr("%1 shown, %n helper job(s) of the app hidden", nullptr, hidden).arg(all - hidden);
}

QString JobsPage::statusText() const
{
    return m_status->text();
}

Slurm::JobList JobsPage::selectedJobs() const
{
    JobList out;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        out.append(m_model->job(m_proxy->mapToSource(index).row()));
    return out;
}

void JobsPage::selectJob(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->selectionModel()->select(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void JobsPage::updateActions()
{
    const JobList jobs = selectedJobs();
    bool anyLive = false;
    for (const JobInfo &j : jobs)
        anyLive |= !j.isFinished();
    const bool connected = m_center->isConnected();
    m_cancel->setEnabled(connected && anyLive);
    m_logs->setEnabled(jobs.size() == 1);
    m_resubmit->setEnabled(connected && jobs.size() == 1);
    m_copy->setEnabled(!jobs.isEmpty());
}

void JobsPage::cancelSelected(bool confirmed)
{
    QStringList ids;
    QStringList names;
    for (const JobInfo &j : selectedJobs()) {
        if (!j.isFinished()) {
            ids << j.id;
            names << QStringLiteral("%1 (%2)").arg(j.id, j.name);
        }
    }
    if (ids.isEmpty())
        return;
    if (!confirmed) {
        const auto answer = QMessageBox::question(
            this, tr("Cancel jobs"),
            tr("Cancel %n job(s)? Slurm stops them at once; their output so far stays.\n\n%1",
               nullptr, int(ids.size()))
                .arg(names.join(u'\n')),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
    }
    m_center->cancel(ids);
}

void JobsPage::openLogsOfSelected()
{
    const JobList jobs = selectedJobs();
    if (jobs.size() == 1)
        emit openLogsRequested(jobs.first());
}

void JobsPage::resubmitSelected()
{
    const JobList jobs = selectedJobs();
    if (jobs.size() == 1)
        m_center->resubmit(jobs.first());
}

void JobsPage::copySelectedIds()
{
    QStringList ids;
    for (const JobInfo &j : selectedJobs())
        ids << j.id;
    if (!ids.isEmpty())
        QApplication::clipboard()->setText(ids.join(u' '));
}

void JobsPage::setFilterText(const QString &text)
{
    auto *filter = static_cast<JobFilter *>(m_proxy);
    filter->text = text.trimmed();
    filter->refilter();
    if (m_filter->text() != text)
        m_filter->setText(text);
}

void JobsPage::setStateFilter(int state)
{
    auto *filter = static_cast<JobFilter *>(m_proxy);
    filter->stateFilter = state;
    filter->refilter();
    if (m_stateFilter->currentIndex() != state)
        m_stateFilter->setCurrentIndex(state);
}

void JobsPage::setShowHelperJobs(bool show)
{
    auto *filter = static_cast<JobFilter *>(m_proxy);
    filter->showHelpers = show;
    filter->refilter();
    if (m_showHelpers->isChecked() != show)
        m_showHelpers->setChecked(show);
    updateEmptyState();
}

bool JobsPage::isShowingHelperJobs() const
{
    return static_cast<const JobFilter *>(m_proxy)->showHelpers;
}

void JobsPage::retranslate()
{
    m_title->setText(tr("Jobs"));
    m_filter->setPlaceholderText(tr("Filter by id, name, partition, node or reason"));
    const int state = qMax(0, m_stateFilter->currentIndex());
    m_stateFilter->blockSignals(true);
    m_stateFilter->clear();
    m_stateFilter->addItems(
        {tr("All jobs"), tr("Waiting and running"), tr("Finished"), tr("Failed")});
    m_stateFilter->setCurrentIndex(state);
    m_stateFilter->blockSignals(false);
    m_showHelpers->setToolTip(tr("Jobs the app starts for itself: listing and importing "
                                 "containers, installing packages, building the trainer."));
    m_refresh->setText(tr("Refresh"));
    m_cancel->setText(tr("Cancel…"));
    m_logs->setText(tr("Open logs"));
    m_resubmit->setText(tr("Resubmit"));
    m_copy->setText(tr("Copy job id"));
    m_emptyAction->setText(tr("Go to the Script page"));
    m_model->retranslate();
    updateEmptyState();
}

void JobsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Patagon
