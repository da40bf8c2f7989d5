// The runs database (see runstore.h): the schema, the pragmas that let the GUI and the CLI write
// at the same moment, and the mapping between RunRecord and its row.
#include "core/train/runstore.h"

#include "core/softassert.h"
#include "core/tr.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QtNumeric>

#include <atomic>

Q_LOGGING_CATEGORY(lcRunStore, "patagon.core.train.runstore", QtInfoMsg)

namespace Patagon::Train {

namespace {

constexpr int kSchemaVersion = 1; // PRAGMA user_version
constexpr int kBusyTimeoutMs = 5000;

// SQLite's primary result codes (extended codes keep them in the low byte).
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteConstraint = 19;
constexpr int kSqliteNotADatabase = 26;

const char *const kSchema[] = {
    "CREATE TABLE runs (id INTEGER PRIMARY KEY AUTOINCREMENT, profile TEXT, name TEXT,"
    " state TEXT NOT NULL, created TEXT, started TEXT, finished TEXT, config TEXT, script BLOB,"
    " container TEXT, node TEXT, manifest TEXT, bundle_hash TEXT, job_ids TEXT, run_dir TEXT,"
    " error TEXT, test_accuracy REAL, best_val_accuracy REAL, summary TEXT, accounting TEXT)",
    "CREATE TABLE epochs (run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
    " epoch INTEGER NOT NULL, epochs INTEGER, global_step INTEGER, train_loss REAL,"
    " train_accuracy REAL, val_loss REAL, val_accuracy REAL, images_per_second REAL, lr REAL,"
    " epoch_seconds REAL, elapsed_seconds REAL, PRIMARY KEY (run_id, epoch))",
    "CREATE INDEX runs_by_profile ON runs(profile)",
};

// The stored fields of a run, in the order of runValues() and readRun().
const char *const kRunColumns[] = {
    "profile",    "name",    "state",     "created",       "started",           "finished",
    "config",     "script",  "container", "node",          "manifest",          "bundle_hash",
    "job_ids",    "run_dir", "error",     "test_accuracy", "best_val_accuracy", "summary",
    "accounting",
};

const QString kEpochColumns = QStringLiteral(
    "epoch, epochs, global_step, train_loss, train_accuracy, val_loss, val_accuracy,"
    " images_per_second, lr, epoch_seconds, elapsed_seconds");

QString runColumns(const char *suffix)
{
    QStringList names;
    for (const char *name : kRunColumns)
        names << QLatin1String(name) + QLatin1String(suffix);
    return names.join(QStringLiteral(", "));
}

const QString kSelectRuns = QStringLiteral("SELECT id, %1 FROM runs").arg(runColumns(""));
const QString kInsertRun
    = QStringLiteral("INSERT INTO runs (%1) VALUES (%2)")
          .arg(runColumns(""),
               QStringList(qsizetype(std::size(kRunColumns)), QStringLiteral("?"))
                   .join(QStringLiteral(", ")));
const QString kUpdateRun
    = QStringLiteral("UPDATE runs SET %1 WHERE id = ?").arg(runColumns(" = ?"));

QString newConnectionName(const QString &path)
{
    static std::atomic<quint64> s_counter {0};
    return QStringLiteral("patagon-runs-%1-%2").arg(++s_counter).arg(path);
}

QVariant timeValue(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

QDateTime timeFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

template<typename Json> QString jsonText(const Json &json) // an object or an array
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

QJsonDocument jsonFrom(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8());
}

QVariant optionalValue(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariantList runValues(const RunRecord &r)
{
    QVariantList v;
    v << r.profile << r.name << runStateName(r.state) << timeValue(r.created)
      << timeValue(r.started) << timeValue(r.finished) << jsonText(r.config) << r.script
      << r.container << r.node << jsonText(r.manifest) << r.bundleHash
      << jsonText(QJsonArray::fromStringList(r.jobIds)) << r.runDir << r.error
      << optionalValue(r.testAccuracy) << optionalValue(r.bestValAccuracy) << jsonText(r.summary)
      << jsonText(r.accounting);
    return v;
}

// A row of "SELECT id, <runColumns> ...".
RunRecord readRun(const QSqlQuery &q)
{
    const auto optional = [&q](int i) {
        return q.isNull(i) ? std::nullopt : std::optional<double>(q.value(i).toDouble());
    };
    RunRecord r;
    r.id = q.value(0).toLongLong();
    r.profile = q.value(1).toString();
    r.name = q.value(2).toString();
    r.state = runStateFromName(q.value(3).toString());
    r.created = timeFrom(q.value(4));
    r.started = timeFrom(q.value(5));
    r.finished = timeFrom(q.value(6));
    r.config = jsonFrom(q.value(7)).object();
    r.script = q.value(8).toByteArray();
    r.container = q.value(9).toString();
    r.node = q.value(10).toString();
    r.manifest = jsonFrom(q.value(11)).object();
    r.bundleHash = q.value(12).toString();
    for (const QJsonValue &id : jsonFrom(q.value(13)).array())
        r.jobIds << id.toString();
    r.runDir = q.value(14).toString();
    r.error = q.value(15).toString();
    r.testAccuracy = optional(16);
    r.bestValAccuracy = optional(17);
    r.summary = jsonFrom(q.value(18)).object();
    r.accounting = jsonFrom(q.value(19)).object();
    return r;
}

// Prepares, binds and runs one statement.
bool run(QSqlQuery &q, const QString &sql, const QVariantList &values = {})
{
    if (!q.prepare(sql))
        return false;
    for (const QVariant &value : values)
        q.addBindValue(value);
    return q.exec();
}

// `sentence` has %1 (the file) and %2 (SQLite's own words).
Result sqlFailure(const QString &sentence, const QString &path, const QSqlError &error)
{
    const QString file = QDir::toNativeSeparators(path);
    switch (error.nativeErrorCode().toInt() & 0xff) {
    case kSqliteBusy:
    case kSqliteLocked: // still busy when the busy timeout ran out
        return Result::error(ErrorCode::Timeout, sentence.arg(file, error.text()));
    case kSqliteCorrupt:
    case kSqliteNotADatabase:
        return Result::error(ErrorCode::InvalidInput,
                             Tr::tr("The file %1 is not a runs database, or it is damaged: %2")
                                 .arg(file, error.text()));
    default:
        return Result::error(ErrorCode::Io, sentence.arg(file, error.text()));
    }
}

// Runs a SELECT and hands each row to `row`.
template<typename Row>
Result select(const QSqlDatabase &db, const QString &path, const QString &sql,
              const QVariantList &values, Row row)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (run(q, sql, values)) {
        while (q.next())
            row(q);
    }
    if (!q.lastError().isValid())
        return Result::ok();
    return sqlFailure(Tr::tr("Could not read the runs database %1: %2"), path, q.lastError());
}

Result notFound(qint64 id, const QString &path)
{
    return Result::error(ErrorCode::NotFound,
                         Tr::tr("There is no run %1 in the runs database %2.")
                             .arg(QString::number(id), QDir::toNativeSeparators(path)));
}

Result notOpen(const QString &path)
{
    return Result::error(
        ErrorCode::Internal,
        Tr::tr("The runs database %1 is not open.").arg(QDir::toNativeSeparators(path)));
}

QSqlDatabase connection(const QString &name)
{
    return QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false) : QSqlDatabase();
}

// The file's schema version, or why the file is not a runs database this app can use.
Expected<int> checkedVersion(QSqlDatabase &db, const QString &path)
{
    const QString sentence = Tr::tr("Could not open the runs database %1: %2");
    QSqlQuery q(db);
    if (!run(q, QStringLiteral("PRAGMA user_version")) || !q.next())
        return sqlFailure(sentence, path, q.lastError());
    const int version = q.value(0).toInt();
    if (version > kSchemaVersion)
        return Result::error(
            ErrorCode::Unsupported,
            Tr::tr("The runs database %1 was made by a newer Patagon Studio (format %2; this one "
                   "reads format %3). Update Patagon Studio to open it.")
                .arg(QDir::toNativeSeparators(path), QString::number(version),
                     QString::number(kSchemaVersion)));
    if (version > 0)
        return version;
    if (!run(q, QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next())
        return sqlFailure(sentence, path, q.lastError());
    if (q.value(0).toInt() > 0)
        return Result::error(ErrorCode::InvalidInput,
                             Tr::tr("The file %1 is an SQLite database of another program, not a "
                                    "runs database.")
                                 .arg(QDir::toNativeSeparators(path)));
    return version;
}

// Runs `work` between BEGIN IMMEDIATE and COMMIT, or rolls back. IMMEDIATE takes the write lock
// first, waiting up to the busy timeout; a deferred BEGIN that reads and then writes would get
// SQLITE_BUSY at once, without waiting, when another program wrote in between.
template<typename Work>
Result inWriteTransaction(QSqlDatabase &db, const QString &path, const QString &sentence, Work work)
{
    QSqlQuery q(db);
    if (!run(q, QStringLiteral("BEGIN IMMEDIATE")))
        return sqlFailure(sentence, path, q.lastError());
    Result r = work(q);
    if (r && !run(q, QStringLiteral("COMMIT")))
        r = sqlFailure(sentence, path, q.lastError());
    if (!r)
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
    return r;
}

// Creates the schema in an empty file, once even when two programs open a new file at once.
Result createSchema(QSqlDatabase &db, const QString &path)
{
    const QString sentence = Tr::tr("Could not create the runs database %1: %2");
    return inWriteTransaction(db, path, sentence, [&](QSqlQuery &q) {
        const Expected<int> version = checkedVersion(db, path); // again, now under the lock
        if (!version || *version == kSchemaVersion) // created meanwhile
            return version.result();
        for (const char *statement : kSchema) {
            if (!run(q, QLatin1String(statement)))
                return sqlFailure(sentence, path, q.lastError());
        }
        if (!run(q, QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion)))
            return sqlFailure(sentence, path, q.lastError());
        return Result::ok();
    });
}

Result prepareConnection(QSqlDatabase &db, const QString &path)
{
    const QString sentence = Tr::tr("Could not open the runs database %1: %2");
    QSqlQuery q(db);
    for (const QString &pragma : {QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyTimeoutMs),
                                  QStringLiteral("PRAGMA foreign_keys = ON")}) {
        if (!run(q, pragma))
            return sqlFailure(sentence, path, q.lastError());
    }
    // Reads the file first (a file that is not SQLite fails here) and writes nothing to a file
    // that is not ours: the journal mode below is kept in the file.
    const Expected<int> version = checkedVersion(db, path);
    if (!version)
        return version.result();
    if (!run(q, QStringLiteral("PRAGMA journal_mode = WAL")) || !q.next())
        return sqlFailure(sentence, path, q.lastError());
    if (q.value(0).toString() != QLatin1String("wal")) // e.g. on a network file system
        qCInfo(lcRunStore, "%s: journal mode %s, not WAL", qPrintable(path),
               qPrintable(q.value(0).toString()));
    q.finish();
    return *version == kSchemaVersion ? Result::ok() : createSchema(db, path);
}

} // namespace

RunStore::RunStore(const QString &path)
    : m_path(path.isEmpty() ? defaultPath() : path)
    , m_connectionName(newConnectionName(m_path))
{}

RunStore::~RunStore()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    } // removeDatabase wants no QSqlDatabase of the connection left alive
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString RunStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/runs.sqlite");
}

Result RunStore::open()
{
    if (isOpen())
        return Result::ok();
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(folder))
        return Result::error(
            ErrorCode::Io,
            Tr::tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(folder)));
    QSqlDatabase db = QSqlDatabase::contains(m_connectionName)
        ? QSqlDatabase::database(m_connectionName, false)
        : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!db.isValid())
        return Result::error(ErrorCode::Unsupported,
                             Tr::tr("Could not open the runs database %1: Qt's SQLite driver "
                                    "(QSQLITE) is not installed.")
                                 .arg(QDir::toNativeSeparators(m_path)));
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
    if (!db.open())
        return sqlFailure(Tr::tr("Could not open the runs database %1: %2"), m_path,
                          db.lastError());
    Result r = prepareConnection(db, m_path);
    if (!r)
        db.close();
    return r;
}

bool RunStore::isOpen() const
{
    return connection(m_connectionName).isOpen();
}

Result RunStore::insert(RunRecord &record)
{
    QSqlDatabase db = connection(m_connectionName);
    PATAGON_ASSERT(db.isOpen(), return notOpen(m_path));
    QSqlQuery q(db);
    if (!run(q, kInsertRun, runValues(record)))
        return sqlFailure(Tr::tr("Could not store the run in the runs database %1: %2"), m_path,
                          q.lastError());
    record.id = q.lastInsertId().toLongLong();
    return Result::ok();
}

Result RunStore::update(const RunRecord &record)
{
    QSqlDatabase db = connection(m_connectionName);
    PATAGON_ASSERT(db.isOpen(), return notOpen(m_path));
    QSqlQuery q(db);
    if (!run(q, kUpdateRun, runValues(record) << record.id))
        return sqlFailure(Tr::tr("Could not update the run in the runs database %1: %2"), m_path,
                          q.lastError());
    return q.numRowsAffected() > 0 ? Result::ok() : notFound(record.id, m_path);
}

Result RunStore::addEpoch(qint64 runId, const EpochRecord &e)
{
    QSqlDatabase db = connection(m_connectionName);
    PATAGON_ASSERT(db.isOpen(), return notOpen(m_path));
    QSqlQuery q(db);
    if (run(q,
            QStringLiteral("INSERT OR REPLACE INTO epochs (run_id, %1) VALUES (?%2)")
                .arg(kEpochColumns, QString(QStringLiteral(", ?")).repeated(11)),
            {runId, e.epoch, e.epochs, e.globalStep, e.trainLoss, e.trainAccuracy, e.valLoss,
             e.valAccuracy, e.imagesPerSecond, e.learningRate, e.epochSeconds, e.elapsedSeconds}))
        return Result::ok();
    if ((q.lastError().nativeErrorCode().toInt() & 0xff) == kSqliteConstraint)
        return notFound(runId, m_path); // the foreign key: no such run
    return sqlFailure(Tr::tr("Could not store the epoch in the runs database %1: %2"), m_path,
                      q.lastError());
}

Expected<QList<EpochRecord>> RunStore::epochs(qint64 runId) const
{
    const QSqlDatabase db = connection(m_connectionName);
    PATAGON_ASSERT(db.isOpen(), return notOpen(m_path));
    QList<EpochRecord> out;
    const auto read = [&out](const QSqlQuery &q) {
        // SQLite stores NaN (a diverged loss) as NULL: read it back as NaN.
        const auto real = [&q](int i) { return q.isNull(i) ? qQNaN() : q.value(i).toDouble(); };
        out.append({q.value(0).toInt(), q.value(1).toInt(), q.value(2).toLongLong(), real(3),
                    real(4), real(5), real(6), real(7), real(8), real(9), real(10)});
    };
    const QString sql = QStringLiteral("SELECT %1 FROM epochs WHERE run_id = ? ORDER BY epoch");
    if (auto r = select(db, m_path, sql.arg(kEpochColumns), {runId}, read); !r)
        return r;
    return out;
}

Expected<RunRecord> RunStore::find(qint64 id) const
{
    const QSqlDatabase db = connection(m_connectionName);
    PATAGON_ASSERT(db.isOpen(), return notOpen(m_path));
    std::optional<RunRecord> found;
    const QString sql = kSelectRuns + QStringLiteral(" WHERE id = ?");
    if (auto r = select(db, m_path, sql, {id}, [&](const QSqlQuery &q) { found = readRun(q); }); !r)
        return r;
    if (!found)
        return notFound(id, m_path);
    return *found;
}

Expected<QList<RunRecord>> RunStore::list(const Filter &filter) const
{
    const QSqlDatabase db = connection(m_connectionName);
    PATAGON_ASSERT(db.isOpen(), return notOpen(m_path));
    QStringList where {QStringLiteral("1")};
    QVariantList values;
    if (!filter.profile.isEmpty()) {
        where << QStringLiteral("profile = ?");
        values << filter.profile;
    }
    if (filter.state) {
        where << QStringLiteral("state = ?");
        values << runStateName(*filter.state);
    }
    if (filter.unfinishedOnly) {
        where << QStringLiteral("state IN (?, ?, ?)");
        values << runStateName(RunState::Preparing) << runStateName(RunState::Submitted)
               << runStateName(RunState::Running);
    }
    const QString sql = kSelectRuns
        + QStringLiteral(" WHERE %1 ORDER BY id DESC").arg(where.join(QStringLiteral(" AND ")));
    QList<RunRecord> out;
    if (auto r = select(db, m_path, sql, values, [&](const QSqlQuery &q) { out << readRun(q); });
        !r)
        return r;
    return out;
}

Result RunStore::remove(qint64 id)
{
    QSqlDatabase db = connection(m_connectionName);
    PATAGON_ASSERT(db.isOpen(), return notOpen(m_path));
    const QString sentence = Tr::tr("Could not remove the run from the runs database %1: %2");
    return inWriteTransaction(db, m_path, sentence, [&](QSqlQuery &q) {
        // The foreign key cascades too; deleting the epochs here also covers a file written by a
        // connection without foreign_keys (an SQLite shell, say).
        if (!run(q, QStringLiteral("DELETE FROM epochs WHERE run_id = ?"), {id})
            || !run(q, QStringLiteral("DELETE FROM runs WHERE id = ?"), {id}))
            return sqlFailure(sentence, m_path, q.lastError());
        return q.numRowsAffected() > 0 ? Result::ok() : notFound(id, m_path);
    });
}

} // namespace Patagon::Train
