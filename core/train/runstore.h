// The runs database: an SQLite file (Qt SQL's QSQLITE driver) in the app's data folder, written
// by the GUI and the CLI, possibly at the same moment (WAL journal, busy timeout, short
// transactions). Each RunStore has its own database connection, usable from the thread that
// opened it.
#pragma once

#include "core/result.h"
#include "core/train/runrecord.h"

#include <QString>

namespace Patagon::Train {

class RunStore
{
public:
    // `path` empty: defaultPath().
    explicit RunStore(const QString &path = {});
    ~RunStore();
    RunStore(const RunStore &) = delete;
    RunStore &operator=(const RunStore &) = delete;

    // QStandardPaths::AppDataLocation/runs.sqlite
    static QString defaultPath();
    QString path() const { return m_path; }

    // Opens (creating the file, its folder and the schema when missing). A file that is not a
    // runs database, or one of a newer schema, is refused with a message naming it.
    Result open();
    bool isOpen() const;

    // Stores a new run; sets record.id.
    Result insert(RunRecord &record);
    // Replaces the stored fields of record.id (not its epochs).
    Result update(const RunRecord &record);
    // Records an epoch; the same epoch again (a requeued job repeating it) replaces it.
    Result addEpoch(qint64 runId, const EpochRecord &epoch);
    Expected<QList<EpochRecord>> epochs(qint64 runId) const;

    Expected<RunRecord> find(qint64 id) const; // ErrorCode::NotFound when absent

    struct Filter
    {
        QString profile; // empty: every profile
        std::optional<RunState> state;
        bool unfinishedOnly = false; // Preparing, Submitted, Running
    };
    // Newest first. (Two overloads, not a `= {}` default: GCC cannot use Filter's member
    // initializers in a default argument before RunStore is complete.)
    Expected<QList<RunRecord>> list(const Filter &filter) const;
    Expected<QList<RunRecord>> list() const { return list(Filter()); }

    // Removes the run and its epochs (the run folder on the cluster is not touched here).
    Result remove(qint64 id);

private:
    QString m_path;
    QString m_connectionName;
};

} // namespace Patagon::Train
