// DatasetUpload on LocalHost (no daemon) and on the sandbox cluster over real OpenSSH: a fresh
// upload of nested folders with many small files, a large one and hostile names; a second upload
// that sends nothing; a changed and an added file; a cancel halfway, then a resume; hidden files
// and links; bad input. Then the parsers of the cluster's answers and the archive writer, with
// hostile text.
#include "../sandbox/sandboxenv.h"
#include "../sandbox/sshpair.h"
#include "core/remote/collectedrun.h"
#include "core/remote/localhost.h"
#include "core/train/datasetfiles.h"
#include "core/train/datasetupload.h"
#include "core/train/ustarwriter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Patagon;
using namespace Patagon::Train;

namespace {
constexpr int kLong = 300000;
// Small limits, so a few hundred files make many batches.
constexpr qint64 kBatchBytes = 64 * 1024;
constexpr int kBatchFiles = 50;

struct Outcome
{
    Result result;
    int total = 0, uploaded = 0, skipped = 0;
    qint64 bytes = 0;
};
} // namespace

class TestDatasetUpload : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    Testing::SandboxEnv m_env;
    Testing::SshPair *m_pair = nullptr;
    LocalHost m_local {QStringLiteral("here")};
    const QString m_remote
        = QStringLiteral("pt-upload-test-%1").arg(QCoreApplication::applicationPid());

    // Quotes, a leading dash after a space, $(...): only ever an argument.
    QString resumeDir() const { return m_remote + QStringLiteral(" -resume 'q' $(x)"); }

    RemoteHost *host(const QString &which)
    {
        return which == u"local" ? static_cast<RemoteHost *>(&m_local) : m_pair->host();
    }

    // Uploads `local` into `remote`; with `cancelAt`, cancels at the first progress past 0
    // whose text holds it.
    Outcome upload(RemoteHost *host, const QString &local, const QString &remote,
                   std::optional<QString> cancelAt = std::nullopt)
    {
        DatasetUpload upload(host);
        upload.setBatchLimits(kBatchBytes, kBatchFiles, 1024 * 1024);
        QSignalSpy finished(&upload, &DatasetUpload::finished);
        connect(&upload, &DatasetUpload::progress, &upload,
                [&](const QString &text, qint64 done, qint64) {
                    if (cancelAt && done > 0 && text.contains(*cancelAt) && upload.isRunning())
                        upload.cancel();
                });
        upload.start(local, remote);
        if (finished.isEmpty())
            finished.wait(kLong);
        return {upload.result(), upload.filesTotal(), upload.filesUploaded(), upload.filesSkipped(),
                upload.bytesUploaded()};
    }

    Expected<CommandOutput> collect(RemoteHost *host, const QStringList &argv)
    {
        std::optional<Expected<CommandOutput>> out;
        QEventLoop loop;
        runCollected(host, argv, &loop, [&](const Expected<CommandOutput> &r) {
            out = r;
            loop.quit();
        });
        QTimer::singleShot(kLong, &loop, &QEventLoop::quit);
        if (!out)
            loop.exec();
        return out.value_or(Result::error(ErrorCode::Timeout, QStringLiteral("timeout")));
    }

    // Every regular file's digest and name under `dir`, sorted: equal output, equal trees.
    QByteArray tree(RemoteHost *host, const QString &dir)
    {
        const auto out
            = collect(host,
                      {QStringLiteral("sh"), QStringLiteral("-c"),
                       QStringLiteral("cd -- \"$1\" && find . -type f -print0 | LC_ALL=C sort -z "
                                      "| xargs -0 -r sha256sum --"),
                       QStringLiteral("sh"), dir});
        return out && out->succeeded() ? out->standardOutput : QByteArray("failed");
    }

    static bool write(const QString &path, const QByteArray &contents)
    {
        QDir().mkpath(QFileInfo(path).path());
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(contents) == contents.size();
    }
    static QByteArray noise(qint64 size)
    {
        QByteArray b(size, Qt::Uninitialized);
        for (char &c : b)
            c = char(QRandomGenerator::global()->bounded(256));
        return b;
    }

    // 600 small files in nested folders, an empty one, hostile and long names, one of 1.5 MiB.
    QString makeDataset(const QString &name)
    {
        const QString root = m_tmp.filePath(name);
        for (int i = 0; i < 600; ++i)
            write(QStringLiteral("%1/class-%2/sub %3/img-%4.png")
                      .arg(root)
                      .arg(i % 7)
                      .arg(i % 3)
                      .arg(i),
                  noise(1000 + QRandomGenerator::global()->bounded(3000)));
        const QStringList odd
            = {QStringLiteral("with space/file name.txt"),
               QStringLiteral("ünïcödé/ñandú.bin"),
               QStringLiteral("it's \"quoted\" $(touch pwned) `id`.txt"),
               QStringLiteral("new\nline.txt"),
               QStringLiteral("back\\slash\\n.txt"),
               QStringLiteral("-starts-with-dash.txt"),
               QStringLiteral("empty.txt"),
               QStringLiteral("tab\tand\rcr.txt"),
               QStringLiteral("ascii !#%&()*+,;<=>?@[]^{|}~.txt"),
               QStringLiteral("deep/") + QString(60, u'd') + u'/' + QString(60, u'e') + u".txt",
               QStringLiteral("long/") + QString(150, u'x') + QStringLiteral(".txt")};
        for (const QString &p : odd)
            write(root + u'/' + p, p == u"empty.txt" ? QByteArray() : noise(2000));
        write(root + QStringLiteral("/big/weights.bin"), noise(1536 * 1024));
        return root;
    }

    void removeRemote(RemoteHost *host, const QString &dir)
    {
        (void)collect(host,
                      {QStringLiteral("rm"), QStringLiteral("-rf"), QStringLiteral("--"), dir});
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QVERIFY(QDir().mkpath(m_tmp.filePath(QStringLiteral("home"))));
        m_local.setHomePath(m_tmp.filePath(QStringLiteral("home")));
        QVERIFY2(m_env.load(), "the sandbox is not running: scripts/dev sandbox start");
        m_pair = new Testing::SshPair(this);
        Result error;
        QVERIFY2(m_pair->connectAndWait(m_env.profile(QStringLiteral("uploadtest"), m_tmp.path()),
                                        &error),
                 qPrintable(error.message()));
    }

    void cleanupTestCase()
    {
        for (const char *which : {"local", "sandbox"}) {
            if (m_pair || qstrcmp(which, "local") == 0) {
                removeRemote(host(QLatin1String(which)), m_remote);
                removeRemote(host(QLatin1String(which)), resumeDir());
            }
        }
    }

    void uploadsOnlyWhatDiffers_data()
    {
        QTest::addColumn<QString>("which");
        QTest::newRow("local host") << QStringLiteral("local");
        QTest::newRow("sandbox over ssh") << QStringLiteral("sandbox");
    }
    void uploadsOnlyWhatDiffers()
    {
        QFETCH(QString, which);
        RemoteHost *h = host(which);
        const QString local = makeDataset(QStringLiteral("data-") + which);
        removeRemote(h, m_remote);
        QElapsedTimer clock;
        clock.start();
        Outcome first = upload(h, local, m_remote);
        QVERIFY2(first.result, qPrintable(first.result.message()));
        qInfo("%s: fresh upload of %d files in %lld ms", qPrintable(which), first.total,
              clock.restart());
        QCOMPARE(first.total, 612);
        QCOMPARE(first.uploaded, first.total);
        QCOMPARE(first.skipped, 0);
        const QByteArray here = tree(&m_local, local);
        QCOMPARE(tree(h, m_remote), here);
        const auto pwned
            = collect(h, {QStringLiteral("test"), QStringLiteral("-e"), QStringLiteral("pwned")});
        QVERIFY(pwned && pwned->exitStatus == 1); // no name was run as a command

        Outcome second = upload(h, local, m_remote);
        QVERIFY2(second.result, qPrintable(second.result.message()));
        qInfo("%s: unchanged upload in %lld ms", qPrintable(which), clock.restart());
        QCOMPARE(second.skipped, second.total);
        QCOMPARE(second.uploaded, 0);
        QCOMPARE(second.bytes, 0);

        // The same size, other bytes; and a file more.
        const QString changed = local + QStringLiteral("/new\nline.txt");
        QVERIFY(write(changed, noise(2000)));
        QVERIFY(write(local + QStringLiteral("/class-3/added.png"), noise(1234)));
        Outcome third = upload(h, local, m_remote);
        QVERIFY2(third.result, qPrintable(third.result.message()));
        QCOMPARE(third.total, 613);
        QCOMPARE(third.uploaded, 2);
        QCOMPARE(third.skipped, 611);
        QCOMPARE(third.bytes, 2000 + 1234);
        QCOMPARE(tree(h, m_remote), tree(&m_local, local));
    }

    void resumesACancelledUpload_data()
    {
        QTest::addColumn<QString>("which");
        QTest::addColumn<QString>("cancelAt");
        for (const char *which : {"local", "sandbox"}) {
            const QString host = QLatin1String(which);
            QTest::addRow("%s: an archive of small files", which) << host << QStringLiteral("");
            QTest::addRow("%s: the large file", which) << host << QStringLiteral("weights.bin");
        }
    }
    void resumesACancelledUpload()
    {
        QFETCH(QString, which);
        QFETCH(QString, cancelAt);
        RemoteHost *h = host(which);
        QString local = m_tmp.filePath(QStringLiteral("data-") + which);
        if (!QFileInfo::exists(local))
            local = makeDataset(QStringLiteral("data-") + which);
        const QString remote = resumeDir();
        removeRemote(h, remote);
        Outcome cut = upload(h, local, remote, cancelAt);
        QCOMPARE(cut.result.code(), ErrorCode::Cancelled);
        QVERIFY2(cut.result.message().contains(QDir::toNativeSeparators(local)),
                 qPrintable(cut.result.message()));
        QVERIFY(cut.uploaded > 0);
        QVERIFY(cut.uploaded < cut.total);
        // SFTP reports progress every 100 ms or at the end: on loopback the large file may be
        // whole (and renamed) before the cancel arrives.
        if (cancelAt.isEmpty())
            QVERIFY(tree(h, remote) != tree(&m_local, local));

        Outcome rest = upload(h, local, remote);
        QVERIFY2(rest.result, qPrintable(rest.result.message()));
        QVERIFY(rest.skipped >= cut.uploaded);
        QCOMPARE(rest.uploaded + rest.skipped, rest.total);
        QVERIFY(rest.uploaded < rest.total);
        qInfo("cancelled after %d files, resumed with %d more (%d skipped)", cut.uploaded,
              rest.uploaded, rest.skipped);
        QCOMPARE(tree(h, remote), tree(&m_local, local));
    }

    void leavesOutHiddenFilesAndLinksThatLeave()
    {
        const QString root = m_tmp.filePath(QStringLiteral("links"));
        QVERIFY(write(root + QStringLiteral("/a/kept.txt"), "kept"));
        QVERIFY(write(root + QStringLiteral("/.DS_Store"), "mac"));
        QVERIFY(write(root + QStringLiteral("/.cache/x.txt"), "hidden folder"));
        QVERIFY(write(m_tmp.filePath(QStringLiteral("outside.txt")), "outside"));
        QVERIFY(QFile::link(m_tmp.filePath(QStringLiteral("outside.txt")),
                            root + QStringLiteral("/out")));
        QVERIFY(QFile::link(root + QStringLiteral("/a/kept.txt"), root + QStringLiteral("/in")));
        QVERIFY(QFile::link(m_tmp.path(), root + QStringLiteral("/dir-out")));
        Outcome o = upload(&m_local, root, QStringLiteral("links-copy"));
        QVERIFY2(o.result, qPrintable(o.result.message()));
        QCOMPARE(o.total, 2);
        const QString copy = m_local.homePath() + QStringLiteral("/links-copy");
        QCOMPARE(QDir(copy).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList({QStringLiteral("a"), QStringLiteral("in")}));
        QCOMPARE(QFileInfo(copy + QStringLiteral("/in")).isSymLink(), false);
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<QString>("local");
        QTest::addColumn<QString>("remote");
        QTest::addColumn<ErrorCode>("code");
        const QString file = m_tmp.filePath(QStringLiteral("plain-file"));
        write(file, "x");
        QTest::newRow("a folder that does not exist")
            << m_tmp.filePath(QStringLiteral("no such folder")) << m_remote << ErrorCode::NotFound;
        QTest::newRow("a file, not a folder") << file << m_remote << ErrorCode::InvalidInput;
        QTest::newRow("no remote folder") << m_tmp.path() << QString() << ErrorCode::InvalidInput;
        // find cannot enter a file: the error names the folder here and says what to do.
        const QString small = m_tmp.filePath(QStringLiteral("small"));
        write(small + QStringLiteral("/a.txt"), "a");
        write(m_local.homePath() + QStringLiteral("/not-a-folder"), "x");
        QTest::newRow("the cluster's folder is a file")
            << small << QStringLiteral("not-a-folder") << ErrorCode::Remote;
    }
    void refusesBadInput()
    {
        QFETCH(QString, local);
        QFETCH(QString, remote);
        QFETCH(ErrorCode, code);
        Outcome o = upload(&m_local, local, remote);
        QCOMPARE(o.result.code(), code);
        QVERIFY2(o.result.message().contains(QDir::toNativeSeparators(local)),
                 qPrintable(o.result.message()));
    }

    void parsesListing_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("chunk"); // fed in pieces of this many bytes
        QTest::addColumn<QStringList>("expected"); // "SIZE|PATH"
        const auto bytes
            = [](const auto &literal) { return QByteArray(literal, sizeof literal - 1); };
        const QByteArray plain = bytes("12 a.png\0"
                                       "0 sub dir/b c.png\0"
                                       "7 new\nline\0");
        const QStringList parsed = {QStringLiteral("12|a.png"), QStringLiteral("0|sub dir/b c.png"),
                                    QStringLiteral("7|new\nline")};
        QTest::newRow("whole") << plain << 1000 << parsed;
        QTest::newRow("byte by byte") << plain << 1 << parsed;
        QTest::newRow("malformed records are left out")
            << bytes("12a x\0-1 y\0 5 z\0nospace\0"
                     "9 \0"
                     "99999999999999999999 big\0"
                     "3 ok\0")
            << 5 << QStringList {QStringLiteral("3|ok")};
        QTest::newRow("an over-long record is dropped whole")
            << QByteArray(QByteArray("1 ") + QByteArray(70000, 'x')
                          + bytes("\0"
                                  "2 next\0"))
            << 4096 << QStringList {QStringLiteral("2|next")};
        QTest::newRow("an unfinished record waits") << bytes("4 done\0"
                                                             "5 half")
                                                    << 3 << QStringList {QStringLiteral("4|done")};
    }
    void parsesListing()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, chunk);
        QFETCH(QStringList, expected);
        DatasetFiles::ListingParser parser;
        QStringList got;
        for (qsizetype at = 0; at < input.size(); at += chunk)
            parser.feed(input.mid(at, chunk), [&](qint64 size, const QString &path) {
                got << QString::number(size) + u'|' + path;
            });
        QCOMPARE(got, expected);
    }

    void parsesSha256Sums_data()
    {
        QTest::addColumn<QByteArray>("output");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("digest"); // empty: left out
        const QByteArray hex(64, 'a');
        const auto row = [](const char *name, const QByteArray &output, const char *file,
                            const QByteArray &digest) {
            QTest::newRow(name) << output << QString::fromUtf8(file) << digest;
        };
        row("text mode", hex + QByteArray("  a b.png\n"), "a b.png", hex);
        row("binary mode", hex + QByteArray(" *x\n"), "x", hex);
        row("uppercase digest", QByteArray(64, 'A') + QByteArray("  x\n"), "x", hex);
        row("escaped newline", '\\' + hex + QByteArray("  new\\nline\n"), "new\nline", hex);
        row("escaped backslash", '\\' + hex + QByteArray("  back\\\\slash\n"), "back\\slash", hex);
        row("unknown escape", '\\' + hex + QByteArray("  a\\tb\n"), "a\\tb", {});
        row("not hex", QByteArray(64, 'g') + QByteArray("  x\n"), "x", {});
        row("short line", QByteArray("abc  x\n"), "x", {});
        row("error text", QByteArray("sha256sum: x: No such file\n"), "x", {});
    }
    void parsesSha256Sums()
    {
        QFETCH(QByteArray, output);
        QFETCH(QString, name);
        QFETCH(QByteArray, digest);
        const auto sums = DatasetFiles::parseSha256Sums(output);
        QCOMPARE(sums.value(name), digest);
        QCOMPARE(sums.size(), digest.isEmpty() ? 0 : 1);
    }

    void archiveUnpacksWithGnuTar()
    {
        const QStringList names
            = {QStringLiteral("a.txt"), QString(100, u'n'),
               QString(120, u'p') + u'/' + QString(90, u'q'),
               QStringLiteral("z/") + QString(200, u'r'), QStringLiteral("ünï/çødé €.txt")};
        UstarWriter tar;
        for (const QString &n : names)
            tar.addFile(n.toUtf8(), n.toUtf8().repeated(3), 0644, 1700000000);
        const QByteArray archive = tar.finish();
        QCOMPARE(archive.size() % 512, 0);
        const QString out = m_tmp.filePath(QStringLiteral("untar"));
        QVERIFY(QDir().mkpath(out));
        QFile file(m_tmp.filePath(QStringLiteral("a.tar")));
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(archive) == archive.size());
        file.close();
        const auto r = collect(&m_local,
                               {QStringLiteral("tar"), QStringLiteral("-xf"), file.fileName(),
                                QStringLiteral("-C"), out});
        QVERIFY(r && r->succeeded());
        QCOMPARE(QString::fromUtf8(r->standardError), QString());
        for (const QString &n : names) {
            QFile f(out + u'/' + n);
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(n));
            QCOMPARE(f.readAll(), n.toUtf8().repeated(3));
        }
    }
};

QTEST_GUILESS_MAIN(TestDatasetUpload)
#include "tst_datasetupload.moc"
