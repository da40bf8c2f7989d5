// The Jobs page's table: one row per job, live and past, updated in place as the monitor
// reports (rows are inserted, changed and removed, never reset while shown).
#pragma once

#include "core/slurm/jobinfo.h"

#include <QAbstractTableModel>

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
    Slurm::JobList m_jobs;
};

} // namespace Patagon
