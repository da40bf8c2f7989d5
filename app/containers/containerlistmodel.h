// The named containers of the cluster as a table: name, the node that holds it, and the image it
// was imported from (when this machine's manifest knows it).
#pragma once

#include "core/container/containerservice.h"
#include "core/remote/remotehost.h"

#include <QAbstractTableModel>
#include <QList>

namespace Patagon {

class ContainerListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Node,
        Image,
        ColumnCount
    };

    struct Row
    {
        Container::NamedContainer container;
        QString image; // empty: unknown
    };

    explicit ContainerListModel(QObject *parent = nullptr);

    void setRows(const QList<Row> &rows);
    // setRows() was called at least once: the rows are the cluster's (none means none).
    bool isListed() const { return m_listed; }
    const QList<Row> &rows() const { return m_rows; }
    Row row(int index) const { return m_rows.value(index); }
    // The first row for `name` (and `node` when given), or -1.
    int rowOf(const QString &name, const QString &node = {}) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The text a container goes by in lists: "NAME (on NODE)".
    static QString label(const Container::NamedContainer &container);

signals:
    void listed();

private:
    QList<Row> m_rows;
    bool m_listed = false;
};

} // namespace Patagon
