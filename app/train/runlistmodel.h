// The recorded training runs as a table: id, name, state in words, test accuracy, container, job
// id and when it was made (local time). Rows are updated in place as runs change.
#pragma once

#include "core/train/runrecord.h"

#include <QAbstractTableModel>

namespace Patagon {

class RunListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Id,
        Name,
        State,
        TestAccuracy,
        Container,
        JobId,
        Created,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        SortRole = Qt::UserRole + 1, // numbers and times for sorting
        RunIdRole,
        StateRole, // int(Train::RunState)
    };

    explicit RunListModel(QObject *parent = nullptr);

    // Replaces the content: rows that stay (by id) keep their place, new ones go on top.
    void setRuns(const QList<Train::RunRecord> &runs);
    // The run with record.id changes in place, or comes in on top when it is new.
    void updateRun(const Train::RunRecord &record);
    void removeRun(qint64 id);
    Train::RunRecord run(int row) const { return m_runs.value(row); }
    const QList<Train::RunRecord> &runs() const { return m_runs; }
    int rowOf(qint64 id) const;
    // The language changed: headers and states are shown in words again.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "Completed", "Waiting", ... for people.
    static QString stateText(Train::RunState state);
    // "91.20%", or empty when there is none.
    static QString percentText(const std::optional<double> &fraction);

private:
    QList<Train::RunRecord> m_runs;
};

} // namespace Patagon
