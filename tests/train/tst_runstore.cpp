// The runs database: every field's round trip, epochs, filters, removal, refused files, and
// several processes writing at the same moment (this binary started again as a writer).
#include "core/train/runstore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
// Module-prefixed: Qt SQL reaches this test through patagon-core, as a link dependency only.
#include <QSqlDatabase>
#include <QSqlQuery>

#include <cstdio>
#include <memory>

using namespace Patagon;
using namespace Patagon::Train;

namespace {

// Set in a child: the database to write to, and the profile its runs carry.
constexpr char kChildPathEnv[] = "PATAGON_RUNSTORE_CHILD";
constexpr char kChildTagEnv[] = "PATAGON_RUNSTORE_TAG";
constexpr int kRunsPerWriter = 30;
constexpr int kEpochsPerRun = 3;

QDateTime utc(int day, int hour, int ms = 0)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, 7, 9, ms), QTimeZone::UTC);
}

EpochRecord epoch(int n, double loss = 0.5)
{
    EpochRecord e;
    e.epoch = n;
    e.epochs = 10;
    e.globalStep = qint64(n) * 469 + 3'000'000'000LL; // past 32 bits
    e.trainLoss = loss / n;
    e.trainAccuracy = 0.8 + n / 100.0;
    e.valLoss = 0.4 / n;
    e.valAccuracy = 0.85 + n / 1000.0;
    e.imagesPerSecond = 12345.678;
    e.learningRate = 1e-3 / n;
    e.epochSeconds = 4.25;
    e.elapsedSeconds = 4.25 * n;
    return e;
}

RunRecord fullRun()
{
    RunRecord r;
    r.profile = QStringLiteral("patagon");
    r.name = QStringLiteral("smallcnn on fashion-mnist");
    r.state = RunState::Completed;
    r.created = utc(1, 10, 123);
    r.started = utc(1, 11, 4);
    r.finished = utc(2, 9, 999);
    r.config = {{QStringLiteral("model"), QStringLiteral("smallcnn")},
                {QStringLiteral("epochs"), 10},
                {QStringLiteral("lr"), 0.001},
                {QStringLiteral("augment"), QJsonArray {QStringLiteral("flip"), true}}};
    r.script = QByteArrayLiteral("#!/bin/bash\n#SBATCH --gres=gpu:A100:1\nsrun train\n");
    r.container = QStringLiteral("pytorch-24.05");
    r.node = QStringLiteral("gn003");
    r.manifest = {{QStringLiteral("torch"), QStringLiteral("2.3.0")}};
    r.bundleHash
        = QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    r.jobIds = {QStringLiteral("4101"), QStringLiteral("4107")};
    r.runDir = QStringLiteral("/home/ana/patagon-runs/2026-03-01 smallcnn");
    r.error = QString();
    r.testAccuracy = 0.9123;
    r.bestValAccuracy = 0.9188;
    r.summary = {{QStringLiteral("best_epoch"), 7}};
    r.accounting = {{QStringLiteral("Elapsed"), QStringLiteral("00:41:13")},
                    {QStringLiteral("MaxRSS"), QStringLiteral("3512M")}};
    return r;
}

void compareRuns(const RunRecord &actual, const RunRecord &expected)
{
    QCOMPARE(actual.id, expected.id);
    QCOMPARE(actual.profile, expected.profile);
    QCOMPARE(actual.name, expected.name);
    QCOMPARE(actual.state, expected.state);
    QCOMPARE(actual.created, expected.created);
    QCOMPARE(actual.started, expected.started);
    QCOMPARE(actual.finished, expected.finished);
    QCOMPARE(actual.config, expected.config);
    QCOMPARE(actual.script, expected.script);
    QCOMPARE(actual.container, expected.container);
    QCOMPARE(actual.node, expected.node);
    QCOMPARE(actual.manifest, expected.manifest);
    QCOMPARE(actual.bundleHash, expected.bundleHash);
    QCOMPARE(actual.jobIds, expected.jobIds);
    QCOMPARE(actual.runDir, expected.runDir);
    QCOMPARE(actual.error, expected.error);
    QCOMPARE(actual.testAccuracy.has_value(), expected.testAccuracy.has_value());
    QCOMPARE(actual.testAccuracy.value_or(-1), expected.testAccuracy.value_or(-1));
    QCOMPARE(actual.bestValAccuracy.has_value(), expected.bestValAccuracy.has_value());
    QCOMPARE(actual.bestValAccuracy.value_or(-1), expected.bestValAccuracy.value_or(-1));
    QCOMPARE(actual.summary, expected.summary);
    QCOMPARE(actual.accounting, expected.accounting);
}

// A plain SQLite connection of its own, to set up files and hold locks behind a store's back.
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
        : m_name(QStringLiteral("raw-") + path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool exec(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        return q.exec(sql);
    }
    QVariant value(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }

private:
    QString m_name;
};

// One writer of the concurrency test: runs of profile `tag`, each with epochs and an update.
QString writeRuns(RunStore &store, const QString &tag)
{
    for (int i = 0; i < kRunsPerWriter; ++i) {
        RunRecord run = fullRun();
        run.profile = tag;
        run.name = tag + u'-' + QString::number(i);
        run.state = RunState::Running;
        if (auto r = store.insert(run); !r)
            return r.message();
        for (int e = 1; e <= kEpochsPerRun; ++e) {
            if (auto r = store.addEpoch(run.id, epoch(e)); !r)
                return r.message();
        }
        run.state = RunState::Completed;
        if (auto r = store.update(run); !r)
            return r.message();
    }
    return {};
}

int runAsChildWriter(const QString &path)
{
    RunStore store(path);
    if (auto r = store.open(); !r) {
        std::fprintf(stderr, "%s\n", qPrintable(r.message()));
        return 1;
    }
    std::fputs("ready\n", stdout);
    std::fflush(stdout);
    char line[16];
    if (!std::fgets(line, sizeof line, stdin)) // the parent's "go": everyone starts together
        return 2;
    const QString error = writeRuns(store, qEnvironmentVariable(kChildTagEnv));
    if (!error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    return 0;
}

} // namespace

class TestRunStore : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path; // a fresh database file for each test

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("patagon-studio-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_runstore"));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(QStringLiteral("runs.sqlite"));
    }

    void cleanup()
    {
        const QStringList left = QSqlDatabase::connectionNames();
        QVERIFY2(left.isEmpty(), qPrintable(left.join(u' '))); // every store removed its own
    }

    void stateNames_data()
    {
        QTest::addColumn<RunState>("state");
        QTest::addColumn<QString>("name");
        QTest::newRow("preparing") << RunState::Preparing << QStringLiteral("preparing");
        QTest::newRow("submitted") << RunState::Submitted << QStringLiteral("submitted");
        QTest::newRow("running") << RunState::Running << QStringLiteral("running");
        QTest::newRow("completed") << RunState::Completed << QStringLiteral("completed");
        QTest::newRow("failed") << RunState::Failed << QStringLiteral("failed");
        QTest::newRow("cancelled") << RunState::Cancelled << QStringLiteral("cancelled");
    }

    void stateNames()
    {
        QFETCH(RunState, state);
        QFETCH(QString, name);
        QCOMPARE(runStateName(state), name);
        QCOMPARE(runStateFromName(name), state);
    }

    void unknownStateNamesReadAsFailed_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("a newer app's state") << QStringLiteral("archived");
        QTest::newRow("empty") << QString();
        QTest::newRow("not lower-case") << QStringLiteral("Running");
    }

    void unknownStateNamesReadAsFailed()
    {
        QFETCH(QString, name);
        QCOMPARE(runStateFromName(name), RunState::Failed);
    }

    void defaultPathIsInAppData()
    {
        QCOMPARE(RunStore::defaultPath(),
                 QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                     + QStringLiteral("/runs.sqlite"));
        QCOMPARE(RunStore().path(), RunStore::defaultPath());
    }

    void roundTrip_data()
    {
        QTest::addColumn<RunRecord>("run");
        QTest::newRow("every field set") << fullRun();
        QTest::newRow("defaults: nothing set, no accuracies") << RunRecord();

        RunRecord zero = fullRun();
        zero.state = RunState::Failed;
        zero.testAccuracy = 0.0;
        zero.bestValAccuracy = std::nullopt;
        zero.jobIds = {};
        zero.error = QStringLiteral("The job ran out of memory.");
        QTest::newRow("zero accuracy is a value; no job ids") << zero;

        RunRecord unicode = fullRun();
        unicode.profile = QStringLiteral("clúster ñandú");
        unicode.name = QStringLiteral("réseau 训练 ✓ 🚀");
        unicode.runDir = QStringLiteral("/home/ána/runs/日本 'x' \"y\"");
        unicode.error = QStringLiteral("falló: ümlaut — 'quote'; DROP TABLE runs; --");
        unicode.config = {{QStringLiteral("título"), QStringLiteral("ñ")}};
        QTest::newRow("non-ASCII text") << unicode;

        RunRecord bytes = fullRun();
        bytes.script = QByteArray("#!/bin/sh\0after NUL\r\n\n\xff\xfe", 24);
        for (int b = 0; b < 256; ++b)
            bytes.script.append(char(b));
        QTest::newRow("script with NUL, CR, newlines and every byte") << bytes;

        RunRecord local = fullRun();
        local.state = RunState::Cancelled;
        local.created = QDateTime(QDate(2026, 3, 1), QTime(7, 7, 9, 123),
                                  QTimeZone::fromSecondsAheadOfUtc(-3 * 3600));
        local.started = QDateTime();
        local.finished = QDateTime();
        QTest::newRow("times in another zone; never started") << local;
    }

    void roundTrip()
    {
        QFETCH(RunRecord, run);
        RunStore store(m_path);
        QVERIFY(store.open());
        QVERIFY(store.isOpen());
        QVERIFY(store.insert(run));
        QVERIFY(run.isValid());
        const Expected<RunRecord> found = store.find(run.id);
        QVERIFY2(found, qPrintable(found.errorMessage()));
        compareRuns(*found, run);
        if (run.created.isValid())
            QCOMPARE(found->created.timeSpec(), Qt::UTC);
    }

    void findUnknownIdIsNotFound()
    {
        RunStore store(m_path);
        QVERIFY(store.open());
        const Expected<RunRecord> found = store.find(42);
        QCOMPARE(found.errorCode(), ErrorCode::NotFound);
        QVERIFY(found.errorMessage().contains(QLatin1String("42")));
    }

    void updateReplacesEveryFieldButTheEpochs()
    {
        RunStore store(m_path);
        QVERIFY(store.open());
        RunRecord run;
        run.profile = QStringLiteral("sandbox");
        QVERIFY(store.insert(run));
        QVERIFY(store.addEpoch(run.id, epoch(1)));

        RunRecord changed = fullRun();
        changed.id = run.id;
        QVERIFY(store.update(changed));
        compareRuns(*store.find(run.id), changed);
        QCOMPARE(store.epochs(run.id)->size(), 1);

        changed.testAccuracy.reset();
        changed.jobIds.clear();
        changed.finished = QDateTime();
        QVERIFY(store.update(changed));
        compareRuns(*store.find(run.id), changed);

        changed.id = run.id + 1;
        QCOMPARE(store.update(changed).code(), ErrorCode::NotFound);
    }

    void epochsInOrderWithRepeatsReplaced()
    {
        RunStore store(m_path);
        QVERIFY(store.open());
        RunRecord run = fullRun();
        QVERIFY(store.insert(run));
        RunRecord other = fullRun();
        QVERIFY(store.insert(other));
        QVERIFY(store.addEpoch(other.id, epoch(1, 9)));

        for (int n : {3, 1, 2})
            QVERIFY(store.addEpoch(run.id, epoch(n)));
        const EpochRecord requeued = epoch(2, 0.125); // a requeued job repeats epoch 2
        QVERIFY(store.addEpoch(run.id, requeued));
        const Expected<QList<EpochRecord>> stored = store.epochs(run.id);
        QVERIFY(stored);
        QCOMPARE(*stored, (QList<EpochRecord> {epoch(1), requeued, epoch(3)}));
        QCOMPARE(*store.epochs(other.id), QList<EpochRecord> {epoch(1, 9)});
        QVERIFY(store.epochs(other.id + 1)->isEmpty());

        EpochRecord diverged = epoch(4);
        diverged.trainLoss = qQNaN();
        QVERIFY(store.addEpoch(run.id, diverged));
        QVERIFY(qIsNaN(store.epochs(run.id)->constLast().trainLoss));

        const Result orphan = store.addEpoch(other.id + 100, epoch(1));
        QCOMPARE(orphan.code(), ErrorCode::NotFound);
        QVERIFY(!orphan.message().isEmpty());
    }

    void listFiltersNewestFirst_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<int>("state"); // -1: any
        QTest::addColumn<bool>("unfinishedOnly");
        QTest::addColumn<QString>("names"); // as listed, space-separated
        const int any = -1;
        QTest::newRow("everything") << QString() << any << false << QStringLiteral("f e d c b a");
        QTest::newRow("one profile")
            << QStringLiteral("lab") << any << false << QStringLiteral("f e b a");
        QTest::newRow("one state")
            << QString() << int(RunState::Failed) << false << QStringLiteral("d");
        QTest::newRow("unfinished") << QString() << any << true << QStringLiteral("e c b");
        QTest::newRow("profile and unfinished")
            << QStringLiteral("lab") << any << true << QStringLiteral("e b");
        QTest::newRow("profile and state") << QStringLiteral("sandbox") << int(RunState::Preparing)
                                           << false << QStringLiteral("c");
        QTest::newRow("finished state and unfinished: nothing")
            << QString() << int(RunState::Completed) << true << QString();
        QTest::newRow("profile without runs")
            << QStringLiteral("nobody") << any << false << QString();
    }

    void listFiltersNewestFirst()
    {
        QFETCH(QString, profile);
        QFETCH(int, state);
        QFETCH(bool, unfinishedOnly);
        QFETCH(QString, names);
        RunStore store(m_path);
        QVERIFY(store.open());
        const struct
        {
            const char *name;
            const char *profile;
            RunState state;
        } runs[] = {
            {"a", "lab", RunState::Completed},     {"b", "lab", RunState::Running},
            {"c", "sandbox", RunState::Preparing}, {"d", "sandbox", RunState::Failed},
            {"e", "lab", RunState::Submitted},     {"f", "lab", RunState::Cancelled},
        };
        for (const auto &r : runs) {
            RunRecord run;
            run.name = QLatin1String(r.name);
            run.profile = QLatin1String(r.profile);
            run.state = r.state;
            QVERIFY(store.insert(run));
        }
        RunStore::Filter filter;
        filter.profile = profile;
        if (state >= 0)
            filter.state = RunState(state);
        filter.unfinishedOnly = unfinishedOnly;
        const Expected<QList<RunRecord>> listed = store.list(filter);
        QVERIFY(listed);
        QStringList listedNames;
        for (const RunRecord &run : *listed)
            listedNames << run.name;
        QCOMPARE(listedNames.join(u' '), names);
    }

    void removeTakesTheEpochs()
    {
        RunStore store(m_path);
        QVERIFY(store.open());
        RunRecord gone = fullRun();
        RunRecord kept = fullRun();
        QVERIFY(store.insert(gone));
        QVERIFY(store.insert(kept));
        for (int n = 1; n <= 3; ++n) {
            QVERIFY(store.addEpoch(gone.id, epoch(n)));
            QVERIFY(store.addEpoch(kept.id, epoch(n)));
        }
        QVERIFY(store.remove(gone.id));
        QCOMPARE(store.find(gone.id).errorCode(), ErrorCode::NotFound);
        QCOMPARE(store.list()->size(), 1);
        QCOMPARE(store.epochs(kept.id)->size(), 3);
        QCOMPARE(store.remove(gone.id).code(), ErrorCode::NotFound);

        RawConnection raw(m_path);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM epochs")).toInt(), 3);
    }

    void reopenFindsWhatWasStored()
    {
        RunRecord run = fullRun();
        {
            RunStore store(m_path);
            QVERIFY(store.open());
            QVERIFY(store.insert(run));
            QVERIFY(store.addEpoch(run.id, epoch(1)));
        }
        RunStore again(m_path);
        QVERIFY(again.open());
        compareRuns(*again.find(run.id), run);
        QCOMPARE(*again.epochs(run.id), QList<EpochRecord> {epoch(1)});
        RunRecord next = fullRun();
        QVERIFY(again.insert(next));
        QVERIFY(next.id > run.id);
    }

    void opensInAMissingFolder()
    {
        const QString path = m_dir->filePath(QStringLiteral("a/b/runs.sqlite"));
        RunStore store(path);
        QVERIFY(store.open());
        QVERIFY(QFile::exists(path));
        QVERIFY(store.open()); // again: nothing to do
    }

    void twoStoresOnOneFile()
    {
        RunStore first(m_path);
        RunStore second(m_path);
        QVERIFY(first.open());
        QVERIFY(second.open());
        RunRecord run = fullRun();
        QVERIFY(first.insert(run));
        compareRuns(*second.find(run.id), run);
    }

    void refusesAFileThatIsNotSQLite_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("text") << QByteArray("name,state\nsmallcnn,completed\n");
        QByteArray noise(8192, 0);
        QRandomGenerator gen(7);
        for (char &c : noise)
            c = char(gen.bounded(256));
        QTest::newRow("random bytes") << noise;
        QTest::newRow("SQLite's magic, then noise") << QByteArray("SQLite format 3\0", 16) + noise;
    }

    void refusesAFileThatIsNotSQLite()
    {
        QFETCH(QByteArray, bytes);
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();

        RunStore store(m_path);
        const Result r = store.open();
        QVERIFY(!r);
        QVERIFY(!store.isOpen());
        QVERIFY2(r.message().contains(QDir::toNativeSeparators(m_path)), qPrintable(r.message()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), bytes); // untouched
    }

    void refusesAnotherProgramsDatabase()
    {
        {
            RawConnection raw(m_path);
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE notes (text TEXT)")));
        }
        RunStore store(m_path);
        const Result r = store.open();
        QCOMPARE(r.code(), ErrorCode::InvalidInput);
        QVERIFY2(r.message().contains(QDir::toNativeSeparators(m_path)), qPrintable(r.message()));
        RawConnection raw(m_path); // left as it was
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM sqlite_master")).toInt(), 1);
        QCOMPARE(raw.value(QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("delete"));
    }

    void refusesANewerSchema()
    {
        {
            RunStore store(m_path);
            QVERIFY(store.open());
        }
        {
            RawConnection raw(m_path);
            QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 2")));
        }
        RunStore store(m_path);
        const Result r = store.open();
        QCOMPARE(r.code(), ErrorCode::Unsupported);
        QVERIFY2(r.message().contains(QDir::toNativeSeparators(m_path)), qPrintable(r.message()));
        QVERIFY2(r.message().contains(QLatin1String("newer")), qPrintable(r.message()));
        QVERIFY(!store.isOpen());
    }

    void refusesWorkBeforeOpen()
    {
        RunStore store(m_path);
        RunRecord run;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("soft assert")));
        QCOMPARE(store.insert(run).code(), ErrorCode::Internal);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("soft assert")));
        QCOMPARE(store.list().errorCode(), ErrorCode::Internal);
    }

    void busyPastTheTimeoutIsAnError_data()
    {
        QTest::addColumn<QString>("operation");
        for (const char *op : {"insert", "update", "addEpoch", "remove"})
            QTest::newRow(op) << QString::fromLatin1(op);
    }

    void busyPastTheTimeoutIsAnError()
    {
        QFETCH(QString, operation);
        RunStore store(m_path);
        QVERIFY(store.open());
        RunRecord run = fullRun();
        QVERIFY(store.insert(run));
        // Five seconds is too long for a unit test: shorten this store's wait.
        for (const QString &name : QSqlDatabase::connectionNames()) {
            if (name.endsWith(m_path))
                QVERIFY(QSqlQuery(QSqlDatabase::database(name, false))
                            .exec(QStringLiteral("PRAGMA busy_timeout = 200")));
        }
        const auto write = [&] {
            RunRecord fresh = fullRun();
            if (operation == QLatin1String("insert"))
                return store.insert(fresh);
            if (operation == QLatin1String("update"))
                return store.update(run);
            if (operation == QLatin1String("addEpoch"))
                return store.addEpoch(run.id, epoch(1));
            return store.remove(run.id);
        };
        {
            RawConnection holder(m_path);
            QVERIFY(holder.exec(QStringLiteral("BEGIN IMMEDIATE")));
            const Result r = write();
            QCOMPARE(r.code(), ErrorCode::Timeout);
            QVERIFY2(r.message().contains(QDir::toNativeSeparators(m_path)),
                     qPrintable(r.message()));
            QVERIFY(holder.exec(QStringLiteral("ROLLBACK")));
        }
        QCOMPARE(store.list()->size(), 1);
        QVERIFY(store.epochs(run.id)->isEmpty());
        QVERIFY(write()); // the lock is gone: the same write goes through
    }

    void threeProcessesWriteAtOnce()
    {
        RunStore store(m_path);
        QVERIFY(store.open());
        const QStringList tags {QStringLiteral("child-a"), QStringLiteral("child-b")};
        QProcess children[2];
        for (int i = 0; i < 2; ++i) {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QLatin1String(kChildPathEnv), m_path);
            env.insert(QLatin1String(kChildTagEnv), tags[i]);
            children[i].setProcessEnvironment(env);
            children[i].start(QCoreApplication::applicationFilePath(), {});
        }
        for (QProcess &child : children) {
            while (!child.canReadLine()) {
                if (!child.waitForReadyRead(10000))
                    QFAIL(child.readAllStandardError().constData());
            }
            QCOMPARE(child.readLine().trimmed(), QByteArray("ready"));
        }
        for (QProcess &child : children) {
            child.write("go\n");
            QVERIFY(child.waitForBytesWritten(5000));
        }
        QCOMPARE(writeRuns(store, QStringLiteral("parent")), QString());
        for (QProcess &child : children) {
            QVERIFY(child.waitForFinished(30000));
            QCOMPARE(child.exitStatus(), QProcess::NormalExit);
            QVERIFY2(child.exitCode() == 0, child.readAllStandardError().constData());
        }

        const Expected<QList<RunRecord>> all = store.list();
        QVERIFY(all);
        QCOMPARE(all->size(), 3 * kRunsPerWriter);
        for (const QString &tag : tags + QStringList {QStringLiteral("parent")}) {
            RunStore::Filter filter;
            filter.profile = tag;
            const Expected<QList<RunRecord>> runs = store.list(filter);
            QCOMPARE(runs->size(), kRunsPerWriter);
            for (int i = 0; i < kRunsPerWriter; ++i) {
                const RunRecord &run = runs->at(kRunsPerWriter - 1 - i); // newest first
                QCOMPARE(run.name, tag + u'-' + QString::number(i));
                QCOMPARE(run.state, RunState::Completed);
                QCOMPARE(store.epochs(run.id)->size(), kEpochsPerRun);
            }
        }
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // Started again by threeProcessesWriteAtOnce: write, do not test.
    if (const QString path = qEnvironmentVariable(kChildPathEnv); !path.isEmpty())
        return runAsChildWriter(path);
    TestRunStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_runstore.moc"
