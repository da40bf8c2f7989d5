// The recorded training runs as a table model.
#include "app/train/runlistmodel.h"

#include <QBrush>
#include <QColor>
#include <QHash>
#include <QLocale>

namespace Patagon {

using namespace Patagon::Train;

RunListModel::RunListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int RunListModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_runs.size(); ++i) {
        if (m_runs.at(i).id == id)
            return i;
    }
    return -1;
}

void RunListModel::setRuns(const QList<RunRecord> &runs)
{
    QHash<qint64, int> wanted;
    for (int i = 0; i < runs.size(); ++i)
        wanted.insert(runs.at(i).id, i);
    for (int row = int(m_runs.size()) - 1; row >= 0; --row) {
        if (!wanted.contains(m_runs.at(row).id)) {
            beginRemoveRows({}, row, row);
            m_runs.removeAt(row);
            endRemoveRows();
        }
    }
    QHash<qint64, int> have;
    for (int row = 0; row < m_runs.size(); ++row) {
        have.insert(m_runs.at(row).id, row);
        m_runs[row] = runs.at(wanted.value(m_runs.at(row).id));
    }
    if (!m_runs.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_runs.size()) - 1, ColumnCount - 1));
    QList<RunRecord> added;
    for (const RunRecord &r : runs) {
        if (!have.contains(r.id))
            added.append(r);
    }
    if (!added.isEmpty()) {
        beginInsertRows({}, 0, int(added.size()) - 1);
        m_runs = added + m_runs;
        endInsertRows();
    }
}

void RunListModel::updateRun(const RunRecord &record)
{
    if (!record.isValid())
        return;
    const int row = rowOf(record.id);
    if (row >= 0) {
        m_runs[row] = record;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    beginInsertRows({}, 0, 0);
    m_runs.prepend(record);
    endInsertRows();
}

void RunListModel::removeRun(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_runs.removeAt(row);
    endRemoveRows();
}

void RunListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_runs.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_runs.size()) - 1, ColumnCount - 1));
}

int RunListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int RunListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RunListModel::stateText(RunState state)
{
    switch (state) {
    case RunState::Preparing:
        return tr("Preparing");
    case RunState::Submitted:
        return tr("Waiting");
    case RunState::Running:
        return tr("Running");
    case RunState::Completed:
        return tr("Completed");
    case RunState::Failed:
        return tr("Failed");
    case RunState::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString RunListModel::percentText(const std::optional<double> &fraction)
{
    if (!fraction)
        return QString();
    return tr("%1%").arg(QLocale().toString(*fraction * 100, 'f', 2));
}

QVariant RunListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RunRecord &r = m_runs.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Id:
            return QString::number(r.id);
        case Name:
            return r.name;
        case State:
            return stateText(r.state);
        case TestAccuracy:
            return percentText(r.testAccuracy);
        case Container:
            return r.container;
        case JobId:
            return r.lastJobId();
        case Created:
            return QLocale().toString(r.created.toLocalTime(), QLocale::ShortFormat);
        case ColumnCount:
            break;
        }
        return {};
    case SortRole:
        switch (Column(index.column())) {
        case Id:
            return r.id;
        case State:
            return int(r.state);
        case TestAccuracy:
            return r.testAccuracy ? *r.testAccuracy : -1.0;
        case JobId:
            return r.lastJobId().toLongLong();
        case Created:
            return r.created.toMSecsSinceEpoch();
        default:
            return data(index, Qt::DisplayRole);
        }
    case RunIdRole:
        return r.id;
    case StateRole:
        return int(r.state);
    case Qt::ToolTipRole:
        if (!r.error.isEmpty() && (index.column() == State || index.column() == Name))
            return r.error;
        if (index.column() == Name && !r.runDir.isEmpty())
            return tr("Run folder on the cluster: %1").arg(r.runDir);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == State && r.state == RunState::Failed)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Id || index.column() == TestAccuracy || index.column() == JobId)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant RunListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Id:
        return tr("Run");
    case Name:
        return tr("Name");
    case State:
        return tr("State");
    case TestAccuracy:
        return tr("Test accuracy");
    case Container:
        return tr("Container");
    case JobId:
        return tr("Job");
    case Created:
        return tr("Created");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Patagon
