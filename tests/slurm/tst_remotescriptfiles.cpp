// The Script page's cluster side, headless, against LocalHost (no daemon): remote scripts
// opened and saved (paths from "~", permissions kept, folders, missing, oversized and
// non-UTF-8 files refused with the file there untouched), the home folder looked up with
// `printenv HOME`, and the cluster facts shown from the profile's cache at once, then fetched
// from commands found on PATH (small scripts standing in for Slurm's).
#include "../core/fakecommands.h"
#include "core/remote/localhost.h"
#include "core/slurm/clusterfactssource.h"
#include "core/slurm/remotescriptfiles.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Patagon;
using namespace Patagon::Slurm;

namespace {
constexpr int kLong = 60000;

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

void writeAll(const QString &path, const QByteArray &bytes, mode_t mode = 0644)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
    f.close();
    QCOMPARE(::chmod(QFile::encodeName(path).constData(), mode), 0);
}

mode_t modeOf(const QString &path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? (st.st_mode & 07777) : 0;
}

} // namespace

class TestRemoteScriptFiles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QByteArray m_path;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_home.isValid());
        m_path = qgetenv("PATH");
        qputenv("HOME", QFile::encodeName(m_home.path()));
    }

    void cleanup() { qputenv("PATH", m_path); }

    void checkUtf8Script_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("ascii") << QByteArray("#!/bin/bash\nsrun true\n") << true;
        QTest::newRow("empty") << QByteArray() << true;
        QTest::newRow("non-ascii UTF-8") << QByteArray("# ñandú 日本\n") << true;
        QTest::newRow("carriage returns") << QByteArray("a\r\nb\r\n") << true;
        QTest::newRow("latin-1 byte") << QByteArray("caf\xe9\n") << false;
        QTest::newRow("lone continuation byte") << QByteArray("\x80") << false;
        QTest::newRow("truncated sequence") << QByteArray("\xe6\x97") << false;
    }

    void checkUtf8Script()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, accepted);
        const Result r = Slurm::checkUtf8Script(QStringLiteral("job.slurm"), bytes);
        QCOMPARE(bool(r), accepted);
        if (!accepted)
            QVERIFY(r.message().contains(QStringLiteral("\"job.slurm\"")));
    }

    void pathsBeforeTheHomeIsKnown_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("path");
        QTest::newRow("home itself") << QStringLiteral("~") << QStringLiteral(".");
        QTest::newRow("in the home")
            << QStringLiteral("~/jobs/a b.slurm") << QStringLiteral("jobs/a b.slurm");
        QTest::newRow("absolute, trimmed")
            << QStringLiteral("  /scratch/x.slurm ") << QStringLiteral("/scratch/x.slurm");
        QTest::newRow("relative") << QStringLiteral("x.slurm") << QStringLiteral("x.slurm");
        QTest::newRow("tilde user is not expanded")
            << QStringLiteral("~other/x") << QStringLiteral("~other/x");
    }

    void pathsBeforeTheHomeIsKnown()
    {
        QFETCH(QString, input);
        QFETCH(QString, path);
        LocalHost host;
        RemoteScriptFiles files(&host);
        QCOMPARE(files.resolvePath(input), path);
    }

    void homeLookedUpAndUsedForPaths()
    {
        LocalHost host;
        RemoteScriptFiles files(&host);
        QSignalSpy found(&files, &RemoteScriptFiles::homeFound);
        files.lookUpHome();
        QVERIFY(found.wait(kLong));
        QCOMPARE(files.homePath(), m_home.path());
        QCOMPARE(files.resolvePath(QStringLiteral("~")), m_home.path());
        QCOMPARE(files.resolvePath(QStringLiteral("~/a.slurm")),
                 m_home.filePath(QStringLiteral("a.slurm")));
        // Known for this profile: kept.
        files.lookUpHome();
        QCOMPARE(files.homePath(), m_home.path());
    }

    void anotherProfileForgetsTheHome()
    {
        LocalHost first(QStringLiteral("first"));
        LocalHost second(QStringLiteral("second"));
        RemoteScriptFiles files(&first);
        QSignalSpy found(&files, &RemoteScriptFiles::homeFound);
        files.lookUpHome();
        QVERIFY(found.wait(kLong));
        QTemporaryDir otherHome;
        qputenv("HOME", QFile::encodeName(otherHome.path()));
        files.setHost(&second);
        files.lookUpHome();
        QVERIFY(files.homePath().isEmpty()); // never the first cluster's home for the second
        QVERIFY(found.wait(kLong));
        QCOMPARE(files.homePath(), otherHome.path());
        qputenv("HOME", QFile::encodeName(m_home.path()));
    }

    void savedAndOpenedByteForByte_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::newRow("plain") << QByteArray("#!/bin/bash\n#SBATCH -p gpu\nsrun true\n");
        QTest::newRow("CRLF and no final newline") << QByteArray("#!/bin/bash\r\nsrun true");
        QTest::newRow("non-ASCII and quotes")
            << QByteArray("#SBATCH -J 'ñandú \"$(x)\"'\necho `id`\n");
        QTest::newRow("empty") << QByteArray();
    }

    void savedAndOpenedByteForByte()
    {
        QFETCH(QByteArray, contents);
        LocalHost host;
        host.setHomePath(m_home.path());
        RemoteScriptFiles files(&host);
        QSignalSpy saved(&files, &RemoteScriptFiles::saved);
        QSignalSpy opened(&files, &RemoteScriptFiles::opened);
        // A relative path is taken from the host's home, as SFTP does.
        files.save(QStringLiteral("~/round trip.slurm"), contents);
        QVERIFY(saved.wait(kLong));
        QCOMPARE(saved.first().at(0).toString(), QStringLiteral("round trip.slurm"));
        QCOMPARE(saved.first().at(1).toByteArray(), contents);
        const QString local = m_home.filePath(QStringLiteral("round trip.slurm"));
        QCOMPARE(readAll(local), contents);
        QCOMPARE(modeOf(local), mode_t(0644)); // a new script can be read by the group
        files.open(local);
        QVERIFY(opened.wait(kLong));
        QCOMPARE(opened.first().at(0).toString(), local);
        QCOMPARE(opened.first().at(1).toByteArray(), contents);
    }

    void existingScriptKeepsItsPermissions_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("private") << 0600;
        QTest::newRow("executable") << 0750;
    }

    void existingScriptKeepsItsPermissions()
    {
        QFETCH(int, mode);
        const QString path = m_home.filePath(QStringLiteral("kept.slurm"));
        writeAll(path, "old\n", mode_t(mode));
        LocalHost host;
        RemoteScriptFiles files(&host);
        QSignalSpy saved(&files, &RemoteScriptFiles::saved);
        files.save(path, "new\n");
        QVERIFY(saved.wait(kLong));
        QCOMPARE(readAll(path), QByteArray("new\n"));
        QCOMPARE(modeOf(path), mode_t(mode));
    }

    void saveRefused_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("said");
        QTest::newRow("empty path") << QStringLiteral("  ") << QStringLiteral("with its file name");
        QTest::newRow("folder path")
            << QStringLiteral("jobs/") << QStringLiteral("with its file name");
        QTest::newRow("an existing folder")
            << QStringLiteral("folder") << QStringLiteral("is a folder");
        QTest::newRow("under a file")
            << QStringLiteral("plain/x.slurm") << QStringLiteral("was not changed");
    }

    void saveRefused()
    {
        QFETCH(QString, input);
        QFETCH(QString, said);
        QVERIFY(QDir(m_home.path()).mkpath(QStringLiteral("folder")));
        writeAll(m_home.filePath(QStringLiteral("plain")), "a file\n");
        LocalHost host;
        host.setHomePath(m_home.path());
        RemoteScriptFiles files(&host);
        QSignalSpy failed(&files, &RemoteScriptFiles::saveFailed);
        QSignalSpy saved(&files, &RemoteScriptFiles::saved);
        files.save(input, "x\n");
        QVERIFY(failed.count() == 1 || failed.wait(kLong));
        QVERIFY2(failed.first().at(0).toString().contains(said),
                 qPrintable(failed.first().at(0).toString()));
        QCOMPARE(saved.count(), 0);
        QVERIFY(QFileInfo(m_home.filePath(QStringLiteral("folder"))).isDir());
        QCOMPARE(readAll(m_home.filePath(QStringLiteral("plain"))), QByteArray("a file\n"));
    }

    void openRefused_data()
    {
        QTest::addColumn<QByteArray>("contents"); // none: the file does not exist
        QTest::addColumn<QString>("said");
        QTest::newRow("missing") << QByteArray() << QStringLiteral("Could not open");
        QTest::newRow("larger than a script")
            << QByteArray(RemoteScriptFiles::kMaxScriptBytes + 1, 'x')
            << QStringLiteral("larger than 4 MB");
        QTest::newRow("not UTF-8") << QByteArray("caf\xe9\n") << QStringLiteral("not UTF-8");
    }

    void openRefused()
    {
        QFETCH(QByteArray, contents);
        QFETCH(QString, said);
        const QString path = m_home.filePath(QStringLiteral("refused.slurm"));
        QFile::remove(path);
        if (!contents.isEmpty())
            writeAll(path, contents);
        LocalHost host;
        RemoteScriptFiles files(&host);
        QSignalSpy failed(&files, &RemoteScriptFiles::openFailed);
        QSignalSpy opened(&files, &RemoteScriptFiles::opened);
        files.open(path);
        QVERIFY(failed.wait(kLong));
        const QString message = failed.first().at(0).toString();
        QVERIFY2(message.contains(said) && message.contains(path), qPrintable(message));
        QCOMPARE(opened.count(), 0);
    }

    void withoutAHostConnectFirst()
    {
        RemoteScriptFiles files(nullptr);
        QSignalSpy openFailed(&files, &RemoteScriptFiles::openFailed);
        QSignalSpy saveFailed(&files, &RemoteScriptFiles::saveFailed);
        files.open(QStringLiteral("x.slurm"));
        files.save(QStringLiteral("x.slurm"), "x");
        QCOMPARE(openFailed.count(), 1);
        QCOMPARE(saveFailed.count(), 1);
        QVERIFY(openFailed.first().at(0).toString().contains(QStringLiteral("Connect")));
        QVERIFY(saveFailed.first().at(0).toString().contains(QStringLiteral("Connect")));
    }

    void factsFromTheCacheThenFetched()
    {
        // Slurm's commands, as small scripts first on PATH.
        QTemporaryDir bin;
        QVERIFY(Testing::writeFakeOutput(
            bin.path(), QStringLiteral("scontrol"),
            "PartitionName=fresh Default=YES State=UP MaxTime=60 TotalCPUs=4 "
            "TotalNodes=1"));
        QVERIFY(Testing::writeFakeOutput(bin.path(), QStringLiteral("sinfo"), "fresh|gpu:A100:1"));
        QVERIFY(
            Testing::writeFakeOutput(bin.path(), QStringLiteral("sacctmgr"), "research|normal"));
        QVERIFY(Testing::writeFakeOutput(bin.path(), QStringLiteral("srun"), "", 1));
        const Testing::FakePath path(bin.path());

        ClusterFacts cached;
        cached.partitions.append(PartitionFacts {});
        cached.partitions.last().name = QStringLiteral("cached");
        cached.fetchedAt = QDateTime::currentDateTimeUtc().addDays(-1);
        QVERIFY(ClusterFacts::saveToCache(QStringLiteral("facts-cached"), cached));

        LocalHost host(QStringLiteral("facts-cached"));
        ClusterFactsSource source(&host);
        QSignalSpy changed(&source, &ClusterFactsSource::factsChanged);
        source.hostConnected();
        // At once, from the cache, while the cluster is asked.
        QCOMPARE(changed.count(), 1);
        QVERIFY(source.facts());
        QCOMPARE(source.facts()->partitions.value(0).name, QStringLiteral("cached"));
        QCOMPARE(source.profileName(), QStringLiteral("facts-cached"));
        QVERIFY(source.isFetching());
        QVERIFY(changed.wait(kLong));
        QVERIFY(!source.isFetching());
        QVERIFY2(source.error().isEmpty(), qPrintable(source.error()));
        QCOMPARE(source.facts()->partitions.value(0).name, QStringLiteral("fresh"));
        QCOMPARE(source.facts()->partitions.value(0).gres,
                 QStringList {QStringLiteral("gpu:A100:1")});
        // And cached for the next time.
        const std::optional<ClusterFacts> again
            = ClusterFacts::loadFromCache(QStringLiteral("facts-cached"));
        QVERIFY(again);
        QCOMPARE(again->partitions.value(0).name, QStringLiteral("fresh"));
    }

    void failedFetchKeepsTheCachedFacts()
    {
        QTemporaryDir bin;
        QVERIFY(Testing::writeFakeOutput(bin.path(), QStringLiteral("scontrol"),
                                         "slurm_load_partitions: down", 1));
        QVERIFY(Testing::writeFakeOutput(bin.path(), QStringLiteral("sinfo"), "", 1));
        QVERIFY(Testing::writeFakeOutput(bin.path(), QStringLiteral("sacctmgr"), "", 1));
        QVERIFY(Testing::writeFakeOutput(bin.path(), QStringLiteral("srun"), "", 1));
        const Testing::FakePath path(bin.path());

        ClusterFacts cached;
        cached.partitions.append(PartitionFacts {});
        cached.partitions.last().name = QStringLiteral("cached");
        cached.fetchedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(ClusterFacts::saveToCache(QStringLiteral("facts-down"), cached));

        LocalHost host(QStringLiteral("facts-down"));
        ClusterFactsSource source(&host);
        QSignalSpy status(&source, &ClusterFactsSource::statusChanged);
        source.hostConnected();
        QVERIFY(source.isFetching());
        QVERIFY(QTest::qWaitFor([&] { return !source.isFetching(); }, kLong));
        QVERIFY2(source.error().contains(QStringLiteral("partitions")), qPrintable(source.error()));
        QVERIFY(source.facts());
        QCOMPARE(source.facts()->partitions.value(0).name, QStringLiteral("cached"));
        QVERIFY(status.count() >= 2); // started, failed
    }

    void profileWithoutCacheShowsNoFacts()
    {
        qputenv("PATH", QByteArray("/nonexistent"));
        LocalHost host(QStringLiteral("facts-never-seen"));
        ClusterFactsSource source(&host);
        source.hostConnected();
        QVERIFY(QTest::qWaitFor([&] { return !source.isFetching(); }, kLong));
        QVERIFY(!source.facts());
        QVERIFY(!source.error().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRemoteScriptFiles)
#include "tst_remotescriptfiles.moc"
