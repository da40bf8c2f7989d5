// The Jobs page's table: one row per job, live and past, updated in place as the monitor
// reports (rows are inserted, changed and removed, never reset while shown).
#pragma once

#include "core/slurm/jobinfo.h"

#include <QAbstractTableModel>
#include <QHash>

#include <limits>

namespace Patagon {

class JobTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Id,
        Name,
        State,
        Partition,
        Elapsed,
        Gpus,
        Nodes,
        Reason,
        Submitted,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        SortRole = Qt::UserRole + 1, // numbers and times for sorting
        JobIdRole, // the id scancel takes
        StateRole, // int(JobState)
        FinishedRole, // bool
        HelperRole, // bool: one of the app's own helper jobs (see isHelperJob)
    };

    explicit JobTableModel(QObject *parent = nullptr);

    // Replaces the content, keeping rows that stay (by id) in place.
    void setJobs(const Slurm::JobList &jobs);
    Slurm::JobInfo job(int row) const { return m_jobs.value(row); }
    const Slurm::JobList &jobs() const { return m_jobs; }
    int rowOf(const QString &id) const;
    // For the page's proxy, typed and cached so that sorting and filtering thousands of rows
    // stays quick: whether `left` sorts before `right` by `column` (the order SortRole gives),
    // and whether the row's id, name, partition, node or reason contains `text` (any case).
    bool lessThan(int left, int right, int column) const;
    bool matches(int row, const QString &text) const;
    // The language changed: headers, states and reasons are shown in words again.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The app's own short srun/sbatch jobs (listing and importing containers, pip and apt,
    // probes, the trainer's build and evaluation): named "patagon-…" by core/. The training runs
    // themselves ("patagon-train") are the user's work and no helpers.
    static bool isHelperJob(const Slurm::JobInfo &job);
    // How many of `jobs` are helper jobs.
    static int helperJobCount(const Slurm::JobList &jobs);

    // "01:02:03 / 2-00:00:00"
    static QString elapsedText(const Slurm::JobInfo &job);
    static QString durationText(qint64 seconds);
    // The colour a state is shown in.
    static QColor stateColor(Slurm::JobState state);

private:
    void indexRows();
    QString reasonText(const Slurm::JobInfo &job) const;
    QString nodesText(const Slurm::JobInfo &job) const;
    const QString &stateLabel(Slurm::JobState state) const;

    Slurm::JobList m_jobs;
    QHash<QString, int> m_rows; // id to row
    // Derived per row when first asked for (QDateTime comparisons convert local times each
    // time: a sort by date made thousands of conversions).
    struct RowCache
    {
        QString search; // empty: not made yet
        qint64 submitted = kUnset;
        qint64 estimated = kUnset;
    };
    static constexpr qint64 kUnset = std::numeric_limits<qint64>::min();
    const RowCache &cache(int row) const;

    // Derived text, made when first asked for: per row, per raw pending reason, per state.
    // Dropped when rows change and when the language does.
    mutable QList<RowCache> m_cache;
    mutable QHash<QString, QString> m_reasonText;
    mutable QHash<int, QString> m_stateLabels;
};

} // namespace Patagon
