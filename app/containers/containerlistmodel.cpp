// The named containers as a table model.
#include "app/containers/containerlistmodel.h"

namespace Patagon {

ContainerListModel::ContainerListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ContainerListModel::setRows(const QList<Row> &rows)
{
    // Rows that stay keep their place so a selection survives a refresh.
    int i = 0;
    for (; i < rows.size() && i < m_rows.size(); ++i) {
        const Row &now = rows.at(i);
        Row &old = m_rows[i];
        if (old.container == now.container && old.image == now.image)
            continue;
        old = now;
        emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
    }
    if (rows.size() > m_rows.size()) {
        beginInsertRows({}, int(m_rows.size()), int(rows.size()) - 1);
        m_rows.append(rows.mid(m_rows.size()));
        endInsertRows();
    } else if (rows.size() < m_rows.size()) {
        beginRemoveRows({}, int(rows.size()), int(m_rows.size()) - 1);
        m_rows.resize(rows.size());
        endRemoveRows();
    }
    m_listed = true;
    emit listed();
}

int ContainerListModel::rowOf(const QString &name, const QString &node) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        const Container::NamedContainer &c = m_rows.at(i).container;
        if (c.name == name && (node.isEmpty() || c.node == node))
            return i;
    }
    return -1;
}

int ContainerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ContainerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContainerListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return r.container.name;
        case Node:
            return r.container.node;
        case Image:
            return r.image.isEmpty() ? tr("unknown") : r.image;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Name)
        return tr("Kept by Enroot on %1 as %2.").arg(r.container.node, r.container.enrootName);
    return {};
}

QVariant ContainerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Node:
        return tr("Node");
    case Image:
        return tr("Image");
    default:
        return {};
    }
}

QString ContainerListModel::label(const Container::NamedContainer &container)
{
    return tr("%1 (on %2)").arg(container.name, container.node);
}

} // namespace Patagon
