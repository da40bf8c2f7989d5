// The Train page's "Runs" tab.
#include "app/train/runsview.h"

#include "app/train/runlistmodel.h"
#include "core/remote/remotehost.h"
#include "core/train/runresults.h"
#include "core/train/runstore.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Patagon {

using namespace Patagon::Train;

namespace {

// The filter text matches the name, the state (in words) and the container.
class RunFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    QString text;

    void refilter() { invalidateFilter(); }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (text.isEmpty())
            return true;
        for (int column : {RunListModel::Name, RunListModel::State, RunListModel::Container}) {
            if (sourceModel()
                    ->index(row, column, parent)
                    .data()
                    .toString()
                    .contains(text, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }
};

} // namespace

RunsView::RunsView(RunStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new RunListModel(this))
    , m_proxy(new RunFilter(this))
    , m_view(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_show(new QPushButton(this))
    , m_compare(new QPushButton(this))
    , m_rerun(new QPushButton(this))
    , m_delete(new QPushButton(this))
{
    setObjectName(QStringLiteral("runsView"));
    m_view->setObjectName(QStringLiteral("runTable"));
    m_filter->setObjectName(QStringLiteral("runFilter"));
    m_status->setObjectName(QStringLiteral("runsStatus"));
    m_show->setObjectName(QStringLiteral("showRun"));
    m_compare->setObjectName(QStringLiteral("compareRuns"));
    m_rerun->setObjectName(QStringLiteral("rerun"));
    m_delete->setObjectName(QStringLiteral("deleteRuns"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RunListModel::SortRole);
    m_proxy->setDynamicSortFilter(true);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(RunListModel::Id, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->verticalHeader()->hide();
    // Few rows: every column fits its content (a stretched name column was narrower than its
    // title in a narrow window), the last one takes the rest.
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_filter->setClearButtonEnabled(true);
    m_status->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_status);
    auto *actions = new QHBoxLayout;
    for (QPushButton *b : {m_show, m_compare, m_rerun, m_delete})
        actions->addWidget(b);
    actions->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addLayout(actions);

    connect(m_filter, &QLineEdit::textChanged, this, &RunsView::setFilterText);
    connect(m_show, &QPushButton::clicked, this, &RunsView::showSelected);
    connect(m_compare, &QPushButton::clicked, this, &RunsView::compareSelected);
    connect(m_rerun, &QPushButton::clicked, this, &RunsView::rerunSelected);
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteSelected(); });
    connect(m_view, &QTableView::doubleClicked, this, &RunsView::showSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RunsView::updateActions);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &RunsView::updateStatus);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &RunsView::updateStatus);
    retranslate();
    reload();
}

void RunsView::reload()
{
    if (!m_store)
        return;
    const auto runs = m_store->list();
    if (!runs) {
        m_lastError = runs.errorMessage();
    } else {
        m_lastError.clear();
        m_model->setRuns(*runs);
    }
    updateStatus();
    updateActions();
}

void RunsView::setUnavailable(const QString &message)
{
    m_unavailable = message;
    updateStatus();
}

void RunsView::setActiveRunId(qint64 id)
{
    m_activeRunId = id;
    updateActions();
}

void RunsView::setFilterText(const QString &text)
{
    auto *filter = static_cast<RunFilter *>(m_proxy);
    filter->text = text.trimmed();
    filter->refilter();
    if (m_filter->text() != text)
        m_filter->setText(text);
}

QList<RunRecord> RunsView::selectedRuns() const
{
    QList<RunRecord> out;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        out.append(m_model->run(m_proxy->mapToSource(index).row()));
    return out;
}

void RunsView::selectRuns(const QList<qint64> &ids)
{
    QItemSelection selection;
    for (qint64 id : ids) {
        const int row = m_model->rowOf(id);
        if (row < 0)
            continue;
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        if (index.isValid())
            selection.select(index, index);
    }
    m_view->selectionModel()->select(
        selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void RunsView::showSelected()
{
    const QList<RunRecord> runs = selectedRuns();
    if (runs.size() == 1)
        emit showRequested(runs.first());
}

void RunsView::compareSelected()
{
    const QList<RunRecord> runs = selectedRuns();
    if (runs.size() >= 2)
        emit compareRequested(runs);
}

void RunsView::rerunSelected()
{
    const QList<RunRecord> runs = selectedRuns();
    if (runs.size() == 1)
        emit rerunRequested(runs.first());
}

void RunsView::deleteSelected(bool confirmed, bool withFolders)
{
    QList<RunRecord> runs;
    for (const RunRecord &r : selectedRuns()) {
        if (r.id != m_activeRunId)
            runs.append(r);
    }
    if (runs.isEmpty() || !m_store || m_deleting)
        return;
    if (!confirmed) {
        QStringList names;
        for (const RunRecord &r : std::as_const(runs))
            names << tr("%1: %2").arg(r.id).arg(r.name);
        QMessageBox box(QMessageBox::Question, tr("Delete runs"),
                        tr("Delete the record of %n run(s) from this computer? Their curves and "
                           "settings are lost here; their jobs on the cluster are not touched."
                           "\n\n%1",
                           nullptr, int(runs.size()))
                            .arg(names.join(u'\n')),
                        QMessageBox::Yes | QMessageBox::No, this);
        box.setDefaultButton(QMessageBox::No);
        auto *folders = new QCheckBox(tr("Also delete their run folders on the cluster "
                                         "(checkpoints, metrics and logs)"));
        folders->setObjectName(QStringLiteral("deleteFolders"));
        const bool connected = m_host && m_host->isConnected();
        folders->setEnabled(connected);
        if (!connected)
            folders->setToolTip(tr("Connect to the cluster to delete run folders there."));
        box.setCheckBox(folders);
        if (box.exec() != QMessageBox::Yes)
            return;
        withFolders = folders->isChecked();
    }
    m_lastError.clear();
    if (withFolders)
        return removeFoldersThenRecords(runs);
    for (const RunRecord &r : std::as_const(runs)) {
        if (const Result result = m_store->remove(r.id); !result) {
            m_lastError = result.message();
            break;
        }
        m_model->removeRun(r.id);
    }
    updateStatus();
    updateActions();
}

void RunsView::removeFoldersThenRecords(QList<RunRecord> runs)
{
    m_deleting = !runs.isEmpty();
    updateActions();
    if (runs.isEmpty())
        return updateStatus();
    const RunRecord run = runs.takeFirst();
    m_status->setText(tr("Deleting the run folder of %1 on the cluster…").arg(run.name));
    auto *results = new RunResults(m_host, run, this);
    results->removeFolder([this, results, run, runs](const Result &result) {
        results->deleteLater();
        if (!result) {
            // The record stays: it still says where the folder is.
            m_deleting = false;
            m_lastError = tr("%1: %2").arg(run.name, result.message());
            updateStatus();
            updateActions();
            return;
        }
        if (const Result removed = m_store->remove(run.id); !removed) {
            m_deleting = false;
            m_lastError = removed.message();
            updateStatus();
            updateActions();
            return;
        }
        m_model->removeRun(run.id);
        removeFoldersThenRecords(runs);
    });
}

void RunsView::updateActions()
{
    const QList<RunRecord> runs = selectedRuns();
    bool deletable = false;
    for (const RunRecord &r : runs)
        deletable |= r.id != m_activeRunId;
    m_show->setEnabled(runs.size() == 1);
    m_compare->setEnabled(runs.size() >= 2);
    m_rerun->setEnabled(runs.size() == 1 && !runs.first().config.isEmpty());
    m_delete->setEnabled(m_store && deletable && !m_deleting);
    m_delete->setToolTip(runs.size() == 1 && !deletable
                             ? tr("This run is in progress: cancel it or wait for it to end.")
                             : tr("Delete the selected records from this computer"));
}

void RunsView::updateStatus()
{
    if (!m_unavailable.isEmpty())
        m_status->setText(m_unavailable);
    else if (!m_lastError.isEmpty())
        m_status->setText(m_lastError);
    else
        m_status->setText(tr("%n run(s)", nullptr, m_model->rowCount()));
}

void RunsView::retranslate()
{
    m_filter->setPlaceholderText(tr("Filter by name, state or container"));
    m_show->setText(tr("&Show"));
    m_show->setToolTip(tr("Show this run's curves and details on the New run tab"));
    m_compare->setText(tr("Co&mpare"));
    m_compare->setToolTip(tr("Draw the validation curves of the selected runs together"));
    m_rerun->setText(tr("R&e-run"));
    m_rerun->setToolTip(tr("Fill the form with this run's settings"));
    m_delete->setText(tr("&Delete…"));
    m_model->retranslate();
    updateStatus();
    updateActions();
}

void RunsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Patagon
