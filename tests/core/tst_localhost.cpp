// LocalHost: the RemoteHost of this machine, which runs the same core on a login node and
// lets core units be tested without a daemon. Commands, cancel of a whole process group,
// the file operations with their atomic writes, folder listings, and a core unit (the log
// follower) on it.
#include "core/jobs/logfollower.h"
#include "core/remote/collectedrun.h"
#include "core/remote/localhost.h"
#include "hostiletree.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

using namespace Patagon;

namespace {
constexpr int kLong = 60000;

Result waitOperation(RemoteOperation *op)
{
    if (!op->isFinished()) {
        QSignalSpy done(op, &RemoteOperation::finished);
        if (!done.wait(kLong))
            return Result::error(ErrorCode::Timeout, QStringLiteral("timeout"));
    }
    return op->result();
}

Expected<CommandOutput> collect(RemoteHost *host, const QStringList &argv,
                                const QByteArray &input = {})
{
    std::optional<Expected<CommandOutput>> out;
    QObject context;
    runCollected(host, argv, input, &context, [&](const Expected<CommandOutput> &r) { out = r; });
    for (int waited = 0; !out && waited < kLong; waited += 10)
        QTest::qWait(10);
    return out.value_or(Result::error(ErrorCode::Timeout, QStringLiteral("timeout")));
}

QStringList namesOf(const RemoteListing &listing)
{
    QStringList names;
    for (const RemoteFileInfo &entry : listing.entries)
        names << entry.name;
    names.sort();
    return names;
}

RemoteFileInfo entryNamed(const RemoteListing &listing, const QString &name)
{
    for (const RemoteFileInfo &entry : listing.entries)
        if (entry.name == name)
            return entry;
    return {};
}

bool processAlive(qint64 pid)
{
    return pid > 0 && ::kill(pid_t(pid), 0) == 0;
}
} // namespace

class TestLocalHost : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    LocalHost m_host {QStringLiteral("here")};

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_host.setHomePath(m_dir.path());
        QCOMPARE(m_host.state(), RemoteHost::State::Connected);
        QCOMPARE(m_host.name(), QStringLiteral("here"));
    }

    void runsArgvWithoutAShell()
    {
        const QStringList args {QStringLiteral("$(id)"), QStringLiteral("a b"),
                                QStringLiteral("it's"), QStringLiteral("ñ\n✓")};
        const Expected<CommandOutput> out = collect(
            &m_host, QStringList {QStringLiteral("printf"), QStringLiteral("[%s]")} + args);
        QVERIFY(out);
        QCOMPARE(out->standardOutput, QByteArray("[$(id)][a b][it's][ñ\n✓]"));
        QCOMPARE(out->exitStatus, 0);
    }

    void inputStatusAndStartFolder()
    {
        const Expected<CommandOutput> cat = collect(&m_host, {QStringLiteral("cat")}, "in\0put");
        QVERIFY(cat);
        QCOMPARE(cat->standardOutput, QByteArray("in\0put"));
        const Expected<CommandOutput> failing
            = collect(&m_host,
                      {QStringLiteral("sh"), QStringLiteral("-c"),
                       QStringLiteral("pwd; echo no >&2; exit 4")});
        QVERIFY(failing);
        QCOMPARE(failing->exitStatus, 4);
        QCOMPARE(failing->standardOutput.trimmed(), QFile::encodeName(m_dir.path()));
        QCOMPARE(failing->standardError, QByteArray("no\n"));
    }

    void aMissingProgramIsAnError()
    {
        const Expected<CommandOutput> out = collect(&m_host, {QStringLiteral("no-such-program-x")});
        QVERIFY(!out);
        QCOMPARE(out.errorCode(), ErrorCode::NotFound);
        QVERIFY(out.errorMessage().contains(QLatin1String("no-such-program-x")));
    }

    void cancelEndsTheWholeGroup()
    {
        // The command starts a child of its own; cancel must end both.
        RemoteProcess *p = m_host.run({QStringLiteral("sh"), QStringLiteral("-c"),
                                       QStringLiteral("sleep 300 & echo $!; wait")});
        QSignalSpy started(p, &RemoteProcess::started);
        QSignalSpy out(p, &RemoteProcess::standardOutput);
        QSignalSpy finished(p, &RemoteProcess::finished);
        QTRY_VERIFY_WITH_TIMEOUT(!out.isEmpty(), kLong);
        QCOMPARE(started.size(), 1);
        const qint64 child = out.first().first().toByteArray().trimmed().toLongLong();
        QVERIFY(processAlive(child));
        p->cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), kLong);
        const ProcessResult r = p->result();
        QVERIFY(r.cancelled);
        QCOMPARE(r.exitSignal, QStringLiteral("TERM"));
        QTRY_VERIFY_WITH_TIMEOUT(!processAlive(child), kLong);
        delete p;
    }

    void filesAreWrittenAtomicallyWithTheirMode()
    {
        QVERIFY(waitOperation(m_host.writeFile(QStringLiteral("deep/er/secret"), "token\n", 0600)));
        struct ::stat st {};
        QCOMPARE(::stat(QFile::encodeName(m_dir.filePath(QStringLiteral("deep/er/secret"))), &st),
                 0);
        QCOMPARE(st.st_mode & 07777, 0600u);
        // No temporary file is left beside it.
        QCOMPARE(QDir(m_dir.filePath(QStringLiteral("deep/er"))).entryList(QDir::Files),
                 QStringList {QStringLiteral("secret")});

        RemoteOperation *info = m_host.stat(QStringLiteral("deep/er/secret"));
        QVERIFY(waitOperation(info));
        QVERIFY(info->fileInfo().exists);
        QCOMPARE(info->fileInfo().size, 6);
        QCOMPARE(info->fileInfo().permissions, 0600u);
        RemoteOperation *missing = m_host.stat(QStringLiteral("deep/none"));
        QVERIFY(waitOperation(missing));
        QVERIFY(!missing->fileInfo().exists);

        QVERIFY(waitOperation(m_host.chmod(QStringLiteral("deep/er/secret"), 0640)));
        QCOMPARE(QFileInfo(m_dir.filePath(QStringLiteral("deep/er/secret"))).permissions()
                     & QFile::ReadGroup,
                 QFile::ReadGroup);
    }

    void readsFromAnOffset()
    {
        QVERIFY(waitOperation(m_host.writeFile(QStringLiteral("log.txt"), "0123456789", 0644)));
        RemoteOperation *r = m_host.readFrom(QStringLiteral("log.txt"), 4, 3);
        QVERIFY(waitOperation(r));
        QCOMPARE(r->data(), QByteArray("456"));
        QCOMPARE(r->nextOffset(), 7);
        RemoteOperation *missing = m_host.readFrom(QStringLiteral("not-yet.out"), 0, 10);
        QCOMPARE(waitOperation(missing).code(), ErrorCode::NotFound);
    }

    void mkdirRefusesAFile()
    {
        QVERIFY(waitOperation(m_host.mkdirPath(QStringLiteral("x/y/z"))));
        QVERIFY(QFileInfo(m_dir.filePath(QStringLiteral("x/y/z"))).isDir());
        QCOMPARE(waitOperation(m_host.mkdirPath(QStringLiteral("log.txt"))).code(), ErrorCode::Io);
    }

    void uploadsAndDownloadsFolders()
    {
        QTemporaryDir local;
        QDir(local.path()).mkpath(QStringLiteral("tree/sub"));
        QFile a(local.filePath(QStringLiteral("tree/a.txt")));
        QVERIFY(a.open(QIODevice::WriteOnly));
        a.write("alpha");
        a.close();
        QFile b(local.filePath(QStringLiteral("tree/sub/b.sh")));
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write(QByteArray(3 * 1024 * 1024, 'b'));
        b.close();
        QVERIFY(b.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));

        RemoteOperation *up
            = m_host.upload(local.filePath(QStringLiteral("tree")), QStringLiteral("bundle/tree"));
        QSignalSpy progress(up, &RemoteOperation::progress);
        QVERIFY(waitOperation(up));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toLongLong(), 5 + 3 * 1024 * 1024);
        QFile copied(m_dir.filePath(QStringLiteral("bundle/tree/sub/b.sh")));
        QVERIFY(copied.open(QIODevice::ReadOnly));
        QCOMPARE(copied.size(), 3 * 1024 * 1024);
        QVERIFY(copied.permissions() & QFile::ExeOwner);

        const QString back = local.filePath(QStringLiteral("back"));
        QVERIFY(waitOperation(m_host.download(QStringLiteral("bundle/tree"), back)));
        QFile again(back + QStringLiteral("/a.txt"));
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), QByteArray("alpha"));

        QCOMPARE(waitOperation(
                     m_host.upload(local.filePath(QStringLiteral("none")), QStringLiteral("x")))
                     .code(),
                 ErrorCode::NotFound);
    }

    // A download from this machine follows the rules of an SSH download (DownloadSafety):
    // odd names land under their own names inside the target, modes are narrowed (no setuid,
    // setgid or group/other write), pipes are left out; a link inside the tree or a name that
    // is not UTF-8 is refused before anything is written (issue 14).
    void downloadAppliesSafeModes()
    {
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("safety/modes"))));
        const Expected<CommandOutput> made
            = collect(&m_host,
                      {QStringLiteral("sh"), QStringLiteral("-c"),
                       QStringLiteral("cd safety/modes && ") + Testing::hostileTreeScript()});
        QVERIFY(made && made->succeeded());
        QCOMPARE(Testing::modeOf(m_dir.filePath(QStringLiteral("safety/modes/suid"))),
                 quint32(04755));
        QTemporaryDir local;
        const QString out = local.filePath(QStringLiteral("out"));
        const Result r = waitOperation(m_host.download(QStringLiteral("safety/modes"), out));
        QVERIFY2(r, qPrintable(r.message()));
        QCOMPARE(Testing::treeOf(out), Testing::hostileTreeLanded());
        for (const auto &[name, mode] : Testing::hostileTreeModes()) {
            const quint32 got = Testing::modeOf(out + u'/' + name);
            QVERIFY2(got == mode, qPrintable(QStringLiteral("%1: %2").arg(name).arg(got, 0, 8)));
        }
        // a single file keeps the same policy
        const QString single = local.filePath(QStringLiteral("single-suid"));
        QVERIFY(waitOperation(m_host.download(QStringLiteral("safety/modes/suid"), single)));
        QCOMPARE(Testing::modeOf(single), quint32(0755));
    }

    void downloadRefusesLinksAndOddNames_data() { Testing::addRefusedTreeRows(); }

    void downloadRefusesLinksAndOddNames()
    {
        QFETCH(QString, script);
        QFETCH(QString, named);
        const Expected<CommandOutput> made
            = collect(&m_host,
                      {QStringLiteral("sh"), QStringLiteral("-c"),
                       QStringLiteral("rm -rf safety/refused && mkdir -p safety/refused/tree && "
                                      "cd safety/refused/tree && ")
                           + script});
        QVERIFY(made && made->succeeded());
        QTemporaryDir local;
        const Result r = waitOperation(m_host.download(QStringLiteral("safety/refused/tree"),
                                                       local.filePath(QStringLiteral("out"))));
        QVERIFY(!r);
        QCOMPARE(r.code(), ErrorCode::Remote);
        QVERIFY2(r.message().contains(named), qPrintable(r.message()));
        QVERIFY2(r.message().contains(QLatin1String("othing was downloaded")),
                 qPrintable(r.message()));
        QCOMPARE(Testing::treeOf(local.path()), QStringList()); // not even the target folder
    }

    void listsAFolder_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("relative to the home folder") << QStringLiteral("tree");
        QTest::newRow("from ~/, with a trailing slash") << QStringLiteral("~/tree/");
        QTest::newRow("absolute, through ..") << QStringLiteral("%1/tree/sub/..");
    }

    void listsAFolder()
    {
        QFETCH(QString, path);
        const QDir home(m_dir.path());
        QVERIFY(home.mkpath(QStringLiteral("tree/sub/deeper")));
        QVERIFY(home.mkpath(QStringLiteral("tree/other dir")));
        for (const char *name : {"tree/a.txt", "tree/.hidden", "tree/ñandú ✓"}) {
            QFile f(home.filePath(QString::fromUtf8(name)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("alpha");
        }
        QFile::remove(home.filePath(QStringLiteral("tree/to-sub")));
        QFile::remove(home.filePath(QStringLiteral("tree/dangling")));
        QVERIFY(QFile::link(QStringLiteral("sub"), home.filePath(QStringLiteral("tree/to-sub"))));
        QVERIFY(
            QFile::link(QStringLiteral("nowhere"), home.filePath(QStringLiteral("tree/dangling"))));

        RemoteOperation *op = m_host.list(QString(path).replace(QLatin1String("%1"), m_dir.path()));
        QVERIFY(waitOperation(op));
        const RemoteListing listing = op->listing();
        QCOMPARE(listing.path, home.filePath(QStringLiteral("tree")));
        QVERIFY(!listing.truncated);
        QCOMPARE(namesOf(listing),
                 (QStringList {QStringLiteral(".hidden"), QStringLiteral("a.txt"),
                               QStringLiteral("dangling"), QStringLiteral("other dir"),
                               QStringLiteral("sub"), QStringLiteral("to-sub"),
                               QStringLiteral("ñandú ✓")}));
        const RemoteFileInfo file = entryNamed(listing, QStringLiteral("a.txt"));
        QVERIFY(file.exists);
        QVERIFY(!file.isDirectory);
        QVERIFY(!file.isSymlink);
        QCOMPARE(file.size, 5);
        QVERIFY(file.modified.isValid());
        QVERIFY(entryNamed(listing, QStringLiteral("sub")).isDirectory);
        const RemoteFileInfo link = entryNamed(listing, QStringLiteral("to-sub"));
        QVERIFY(link.isSymlink);
        QVERIFY(link.isDirectory); // followed
        QVERIFY(link.exists);
        const RemoteFileInfo dangling = entryNamed(listing, QStringLiteral("dangling"));
        QVERIFY(dangling.isSymlink);
        QVERIFY(!dangling.exists);
        QVERIFY(!dangling.isDirectory);
    }

    void listsTheHomeFolder()
    {
        for (const QString &path : {QStringLiteral("~"), QString()}) {
            RemoteOperation *op = m_host.list(path);
            QVERIFY(waitOperation(op));
            QCOMPARE(op->listing().path, QDir::cleanPath(m_dir.path()));
            QVERIFY(namesOf(op->listing()).contains(QStringLiteral("log.txt")));
        }
    }

    void listingErrorsSayWhy_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("says");
        QTest::newRow("a missing folder") << QStringLiteral("tree/none") << ErrorCode::NotFound
                                          << QStringLiteral("does not exist");
        QTest::newRow("a file instead of a folder")
            << QStringLiteral("tree/a.txt") << ErrorCode::InvalidInput
            << QStringLiteral("is a file, not a folder");
        QTest::newRow("a link to nothing") << QStringLiteral("tree/dangling") << ErrorCode::NotFound
                                           << QStringLiteral("does not exist");
    }

    void listingErrorsSayWhy()
    {
        QFETCH(QString, path);
        QFETCH(ErrorCode, code);
        QFETCH(QString, says);
        RemoteOperation *op = m_host.list(path);
        const Result r = waitOperation(op);
        QCOMPARE(r.code(), code);
        QVERIFY2(r.message().contains(says), qPrintable(r.message()));
        QVERIFY2(r.message().contains(m_dir.filePath(path)), qPrintable(r.message()));
        QCOMPARE(op->listing().path, m_dir.filePath(path));
        QVERIFY(op->listing().entries.isEmpty());
    }

    void listingAFolderThatMayNotBeRead()
    {
        const QString locked = m_dir.filePath(QStringLiteral("locked"));
        QVERIFY(QDir().mkpath(locked));
        QVERIFY(QFile::setPermissions(locked, QFile::WriteOwner));
        const auto restore = qScopeGuard([&] {
            QFile::setPermissions(locked, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        });
        const Result r = waitOperation(m_host.list(QStringLiteral("locked")));
        if (::geteuid() == 0) // root reads every folder
            QVERIFY(r);
        else {
            QCOMPARE(r.code(), ErrorCode::PermissionDenied);
            QVERIFY2(r.message().contains(QLatin1String("permission denied")),
                     qPrintable(r.message()));
        }
    }

    void aListingIsCutAtItsLimit()
    {
        QDir big(m_dir.filePath(QStringLiteral("big")));
        QVERIFY(big.mkpath(QStringLiteral(".")));
        for (int i = 0; i < 15; ++i) {
            QFile f(big.filePath(QString::number(i)));
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        RemoteOperation *cut = m_host.list(QStringLiteral("big"), 10);
        QVERIFY(waitOperation(cut));
        QCOMPARE(cut->listing().entries.size(), 10);
        QVERIFY(cut->listing().truncated);
        RemoteOperation *whole = m_host.list(QStringLiteral("big"), 15);
        QVERIFY(waitOperation(whole));
        QCOMPARE(whole->listing().entries.size(), 15);
        QVERIFY(!whole->listing().truncated);
        QVERIFY(big.removeRecursively());
    }

    // A core unit on the local host: the log follower reads a file as it grows.
    void logFollowerFollowsALocalFile()
    {
        QFile log(m_dir.filePath(QStringLiteral("job.out")));
        QVERIFY(log.open(QIODevice::WriteOnly));
        log.write("first\nsecond\n");
        log.flush();
        Jobs::LogFollower follower(&m_host);
        follower.setPollInterval(20, 100);
        QStringList lines;
        connect(&follower, &Jobs::LogFollower::linesAppended, this,
                [&](Jobs::LogFollower::Stream, const QStringList &l) { lines += l; });
        follower.followFiles(QStringLiteral("job.out"));
        QTRY_COMPARE_WITH_TIMEOUT(
            lines, (QStringList {QStringLiteral("first"), QStringLiteral("second")}), kLong);
        log.write("third\n");
        log.flush();
        QTRY_COMPARE_WITH_TIMEOUT(lines.size(), 3, kLong);
        QCOMPARE(lines.last(), QStringLiteral("third"));
        QCOMPARE(follower.offset(Jobs::LogFollower::Output), 19);
        follower.stop();
    }
};

QTEST_GUILESS_MAIN(TestLocalHost)
#include "tst_localhost.moc"
