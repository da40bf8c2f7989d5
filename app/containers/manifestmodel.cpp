// A package manifest as a table model.
#include "app/containers/manifestmodel.h"

#include <QBrush>
#include <QLocale>
#include <QPalette>

namespace Patagon {

using namespace Patagon::Packages;

ManifestModel::ManifestModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ManifestModel::setManifest(const PackageManifest &manifest)
{
    // Entries are only ever appended or changed in place while a task runs; anything else
    // (another container) replaces the whole table.
    const bool sameContainer = manifest.container == m_manifest.container
        && manifest.entries.size() >= m_manifest.entries.size();
    if (!sameContainer) {
        beginResetModel();
        m_manifest = manifest;
        endResetModel();
        return;
    }
    const qsizetype old = m_manifest.entries.size();
    const QList<ManifestEntry> entries = manifest.entries;
    m_manifest = manifest;
    m_manifest.entries = entries.mid(0, old);
    if (old > 0)
        emit dataChanged(index(0, 0), index(int(old) - 1, ColumnCount - 1));
    if (entries.size() > old) {
        beginInsertRows({}, int(old), int(entries.size()) - 1);
        m_manifest.entries = entries;
        endInsertRows();
    }
}

int ManifestModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_manifest.entries.size());
}

int ManifestModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ManifestModel::outcomeText(const ManifestEntry &entry)
{
    if (entry.cancelled)
        return tr("Cancelled");
    if (!entry.finished.isValid())
        return tr("Running…");
    if (entry.exitStatus == 0)
        return tr("Installed");
    if (entry.exitStatus < 0)
        return tr("Interrupted");
    return tr("Failed (exit status %1)").arg(entry.exitStatus);
}

QVariant ManifestModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ManifestEntry &e = m_manifest.entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case When:
            return QLocale().toString(e.started.toLocalTime(), QLocale::ShortFormat);
        case Kind:
            return packageKindName(e.kind);
        case Packages:
            return e.packages.join(QLatin1Char(' '));
        case Outcome:
            return outcomeText(e);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Outcome && !e.typedCommand.isEmpty())
            return tr("Typed in a container shell: %1").arg(e.typedCommand);
        if (index.column() == Outcome && !e.outputTail.isEmpty())
            return e.outputTail.right(2000);
        if (index.column() == Packages)
            return e.packages.join(QLatin1Char('\n'));
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Outcome && e.finished.isValid() && !e.succeeded())
            return QBrush(Qt::red);
        return {};
    default:
        return {};
    }
}

QVariant ManifestModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("When");
    case Kind:
        return tr("Kind");
    case Packages:
        return tr("Packages");
    case Outcome:
        return tr("Result");
    default:
        return {};
    }
}

} // namespace Patagon
