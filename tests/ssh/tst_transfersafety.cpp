// Folder downloads from a server that is not trusted: the entry-name check and the mode
// policy on their own, then real downloads from the sandbox's OpenSSH server of trees holding
// hostile names, links out of the tree and setuid or world-writable files.
#include "../core/hostiletree.h"
#include "../sandbox/sandboxenv.h"
#include "../sandbox/sshpair.h"
#include "core/remote/downloadsafety.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Patagon;
using Patagon::Testing::SandboxEnv;
using namespace Patagon::Testing;

namespace {
constexpr int kLong = 120000;
const QString kRemoteRoot = QStringLiteral("patagon-test/safety");

} // namespace

class TestTransferSafety : public QObject
{
    Q_OBJECT

    SandboxEnv m_env;
    QTemporaryDir m_tmp;
    std::unique_ptr<Testing::SshPair> m_pair;
    int m_round = 0;

    // Runs a shell script in a fresh remote folder `kRemoteRoot/tree` (its working directory).
    void makeRemoteTree(const QString &script)
    {
        const QString all
            = QStringLiteral("rm -rf %1 && mkdir -p %1/tree && cd %1/tree && ").arg(kRemoteRoot)
            + script;
        const Expected<CommandOutput> made
            = m_pair->runAndWait({QStringLiteral("sh"), QStringLiteral("-c"), all});
        QVERIFY2(made, qPrintable(made.errorMessage()));
        QVERIFY2(made->succeeded(), made->standardError.constData());
    }

    // Downloads `kRemoteRoot/tree` into a new folder `out` inside a new scratch folder.
    Result download(QString *scratch)
    {
        *scratch = m_tmp.filePath(QStringLiteral("round-%1").arg(++m_round));
        QDir().mkpath(*scratch);
        RemoteOperation *op = m_pair->download(kRemoteRoot + QStringLiteral("/tree"),
                                               *scratch + QStringLiteral("/out"));
        QSignalSpy done(op, &RemoteOperation::finished);
        if (!op->isFinished())
            done.wait(kLong);
        const Result r = op->result();
        delete op;
        return r;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_pair = std::make_unique<Testing::SshPair>();
        QString why;
        QVERIFY2(m_pair->loginToSandbox(m_env, QStringLiteral("safety"), m_tmp.path(), &why),
                 qPrintable(why));
    }

    void cleanupTestCase()
    {
        if (m_pair)
            (void)m_pair->runAndWait({QStringLiteral("rm"), QStringLiteral("-rf"), kRemoteRoot});
    }

    // ------------------------------------------------------------ the name check alone
    void entryNames_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("shown"); // how the refusal names it

        QTest::newRow("plain") << QByteArray("metrics.jsonl") << true << QString();
        QTest::newRow("hidden") << QByteArray(".hidden") << true << QString();
        QTest::newRow("three dots") << QByteArray("...") << true << QString();
        QTest::newRow("leading dash") << QByteArray("-rf") << true << QString();
        QTest::newRow("spaces and quotes") << QByteArray("a 'b' \"c\"") << true << QString();
        QTest::newRow("newline") << QByteArray("line\nbreak") << true << QString();
        QTest::newRow("backslash") << QByteArray("..\\..\\x") << true << QString();
        QTest::newRow("non-ASCII") << QByteArray("ñandú ✓") << true << QString();
        QTest::newRow("empty") << QByteArray() << false << QString();
        QTest::newRow("dot") << QByteArray(".") << false << QStringLiteral("\".\"");
        QTest::newRow("dot dot") << QByteArray("..") << false << QStringLiteral("\"..\"");
        QTest::newRow("slash inside") << QByteArray("a/b") << false << QStringLiteral("\"a/b\"");
        QTest::newRow("absolute") << QByteArray("/etc/passwd") << false
                                  << QStringLiteral("\"/etc/passwd\"");
        QTest::newRow("climbing") << QByteArray("../../.bashrc") << false
                                  << QStringLiteral("\"../../.bashrc\"");
        QTest::newRow("trailing slash")
            << QByteArray("sub/") << false << QStringLiteral("\"sub/\"");
        QTest::newRow("NUL byte") << QByteArray("a\0b", 3) << false
                                  << QStringLiteral("\"a\\x00b\"");
        QTest::newRow("not UTF-8")
            << QByteArray("bad\xff") << false << QStringLiteral("\"bad\\xff\"");
        QTest::newRow("overlong slash")
            << QByteArray("a\xc0\xaf") << false << QStringLiteral("\"a\\xc0\\xaf\"");
    }

    void entryNames()
    {
        QFETCH(QByteArray, name);
        QFETCH(bool, accepted);
        QFETCH(QString, shown);
        const Result r = DownloadSafety::checkEntryName(name, QStringLiteral("/runs/r1"),
                                                        QStringLiteral("hpc"));
        QCOMPARE(r.isOk(), accepted);
        if (!accepted) {
            QCOMPARE(r.code(), ErrorCode::Remote);
            QVERIFY2(r.message().contains(QLatin1String("/runs/r1")), qPrintable(r.message()));
            QVERIFY2(r.message().contains(shown), qPrintable(r.message()));
            for (const QChar c : r.message())
                QVERIFY2(c.unicode() >= 0x20 && c.unicode() != 0x7f, qPrintable(r.message()));
        }
    }

    void visibleNames_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QString>("shown");
        QTest::newRow("plain") << QByteArray("a.txt") << QStringLiteral("a.txt");
        QTest::newRow("non-ASCII kept") << QByteArray("ñandú ✓") << QStringLiteral("ñandú ✓");
        QTest::newRow("emoji kept") << QByteArray("\xf0\x9f\x90\xa7") << QStringLiteral("🐧");
        QTest::newRow("escape sequence")
            << QByteArray("\x1b]0;evil\x07") << QStringLiteral("\\x1b]0;evil\\x07");
        QTest::newRow("newline, tab, CR")
            << QByteArray("a\nb\tc\r") << QStringLiteral("a\\nb\\tc\\r");
        QTest::newRow("DEL") << QByteArray("a\x7f") << QStringLiteral("a\\x7f");
        QTest::newRow("C1 CSI as UTF-8") << QByteArray("a\xc2\x9b") << QStringLiteral("a\\u009b");
        QTest::newRow("stray bytes") << QByteArray("\xff\xfe"
                                                   "ok")
                                     << QStringLiteral("\\xff\\xfeok");
        QTest::newRow("cut sequence") << QByteArray("x\xe2\x9c") << QStringLiteral("x\\xe2\\x9c");
    }

    void visibleNames()
    {
        QFETCH(QByteArray, name);
        QFETCH(QString, shown);
        QCOMPARE(DownloadSafety::visibleName(name), shown);
    }

    void localModes_data()
    {
        QTest::addColumn<quint32>("remote");
        QTest::addColumn<quint32>("local");
        QTest::newRow("usual file") << quint32(0644) << quint32(0644);
        QTest::newRow("program") << quint32(0755) << quint32(0755);
        QTest::newRow("private") << quint32(0600) << quint32(0600);
        QTest::newRow("private program") << quint32(0700) << quint32(0700);
        QTest::newRow("no bits at all") << quint32(0) << quint32(0600);
        QTest::newRow("read-only") << quint32(0444) << quint32(0644);
        QTest::newRow("world-writable") << quint32(0666) << quint32(0644);
        QTest::newRow("everything") << quint32(0777) << quint32(0755);
        QTest::newRow("setuid") << quint32(04755) << quint32(0755);
        QTest::newRow("setgid group-writable") << quint32(02775) << quint32(0755);
        QTest::newRow("sticky") << quint32(01777) << quint32(0755);
        QTest::newRow("file type bits") << quint32(0100644) << quint32(0644);
    }

    void localModes()
    {
        QFETCH(quint32, remote);
        QFETCH(quint32, local);
        QCOMPARE(DownloadSafety::localFileMode(remote), local);
    }

    // ------------------------------------------------------------ against the sandbox
    // Odd but harmless names land under their own names, inside the target folder only; the
    // modes are narrowed (no setuid, setgid or world write), whatever the server had.
    void hostileTreeLandsInsideWithSafeModes()
    {
        makeRemoteTree(hostileTreeScript());
        const Expected<CommandOutput> modes
            = m_pair->runAndWait({QStringLiteral("stat"), QStringLiteral("-c"),
                                  QStringLiteral("%a"), kRemoteRoot + QStringLiteral("/tree/suid"),
                                  kRemoteRoot + QStringLiteral("/tree/sgid")});
        QVERIFY(modes);
        QCOMPARE(modes->standardOutput, QByteArray("4755\n2770\n")); // the server kept them

        QString scratch;
        const Result r = download(&scratch);
        QVERIFY2(r, qPrintable(r.message()));
        const QString out = scratch + QStringLiteral("/out");
        QCOMPARE(QDir(scratch).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden
                                         | QDir::System),
                 QStringList {QStringLiteral("out")});
        QCOMPARE(treeOf(out), hostileTreeLanded()); // the pipe holds nothing to copy
        for (const auto &[name, mode] : hostileTreeModes())
            QVERIFY2(modeOf(out + u'/' + name) == mode,
                     qPrintable(
                         QStringLiteral("%1: %2").arg(name).arg(modeOf(out + u'/' + name), 0, 8)));
        QFile dash(out + QStringLiteral("/-rf"));
        QVERIFY(dash.open(QIODevice::ReadOnly));
        QCOMPARE(dash.readAll(), QByteArray("dash"));
    }

    // A single file keeps the same policy.
    void singleSetuidFileLosesItsBits()
    {
        makeRemoteTree(QStringLiteral("printf s > suid && chmod 4777 suid"));
        const QString local = m_tmp.filePath(QStringLiteral("single-suid"));
        RemoteOperation *op = m_pair->download(kRemoteRoot + QStringLiteral("/tree/suid"), local);
        QSignalSpy done(op, &RemoteOperation::finished);
        if (!op->isFinished())
            done.wait(kLong);
        QVERIFY2(op->result(), qPrintable(op->result().message()));
        delete op;
        QCOMPARE(modeOf(local), quint32(0755));
    }

    // What the download refuses: nothing at all is written, and the message names the entry.
    void refusedTrees_data() { addRefusedTreeRows(); }

    void refusedTrees()
    {
        QFETCH(QString, script);
        QFETCH(QString, named);
        makeRemoteTree(script);
        QString scratch;
        const Result r = download(&scratch);
        QVERIFY(!r);
        QCOMPARE(r.code(), ErrorCode::Remote);
        QVERIFY2(r.message().contains(named), qPrintable(r.message()));
        QVERIFY2(r.message().contains(QLatin1String("Nothing was downloaded"))
                     || r.message().contains(QLatin1String("nothing was downloaded")),
                 qPrintable(r.message()));
        QCOMPARE(treeOf(scratch), QStringList()); // not even the target folder
    }
};

QTEST_GUILESS_MAIN(TestTransferSafety)
#include "tst_transfersafety.moc"
