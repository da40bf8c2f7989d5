// The wrapper every SSH command runs in, tested without sshd: sshd runs `$SHELL -c REQUEST`
// with the channel as standard input, so each login shell is run here the same way, with rc
// files that print banners, and its output goes through the same marker filters.
#include "core/remote/shellquote.h"
#include "core/ssh/commandwrapper.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Patagon;
using namespace Patagon::CommandWrapper;

namespace {

struct Run
{
    QByteArray out;
    QByteArray err;
    qint64 pid = 0;
    qint64 markerPid = -1;
    int status = -1;
};

// Runs `line` (a finished command line) through `shell` as sshd would.
Run runThrough(const QString &shell, const QString &home, const QByteArray &line,
               const QByteArray &input, qsizetype cutAfter = -1)
{
    const QByteArray nonce = newNonce();
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("BASH_ENV"), home + QStringLiteral("/.bashrc")); // as sshd's bash
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    p.setProcessEnvironment(env);
    p.start(shell, {QStringLiteral("-c"), QString::fromUtf8(execRequest(nonce))});
    Run r;
    if (!p.waitForStarted())
        return r;
    r.pid = p.processId();
    QByteArray stdinBytes = prologue(nonce, line, input);
    if (cutAfter >= 0)
        stdinBytes.truncate(cutAfter);
    p.write(stdinBytes);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    MarkerFilter out(nonce, false);
    MarkerFilter err(nonce, true);
    r.out = out.feed(p.readAllStandardOutput());
    r.err = err.feed(p.readAllStandardError());
    if (out.markerSeen())
        r.markerPid = out.markerText().trimmed().toLongLong();
    r.out += out.takeUnmarked();
    r.err += err.takeUnmarked();
    r.status = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return r;
}

QByteArray line(const QStringList &argv)
{
    return Shell::joinArguments(argv).value();
}

} // namespace

class TestCommandWrapper : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    static QStringList shells()
    {
        QStringList found;
        for (const char *name : {"dash", "bash", "tcsh", "fish"}) {
            const QString path = QStandardPaths::findExecutable(QLatin1String(name));
            if (!path.isEmpty())
                found << path;
        }
        return found;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QDir(m_home.path()).mkpath(QStringLiteral(".config/fish"));
        const auto write = [this](const char *name, const QByteArray &text) {
            QFile f(m_home.filePath(QLatin1String(name)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
        };
        write(".bashrc", "echo 'Welcome! Modules loaded: gcc/12'\necho 'quota 81%' >&2\n");
        write(".tcshrc", "echo 'tcsh: welcome'\necho 'tcsh: quota' > /dev/stderr\n");
        write(".config/fish/config.fish", "echo 'fish: welcome'\necho 'fish: quota' >&2\n");
        // Every shell the build root has: CI has all four (scripts/buildroot-packages.txt).
        QCOMPARE(shells().size(), 4);
    }

    void argumentsArriveByteForByte_data()
    {
        QTest::addColumn<QString>("shell");
        QTest::addColumn<QStringList>("arguments");
        const QStringList hostile {QStringLiteral("two words"),
                                   QStringLiteral("it's \"quoted\""),
                                   QStringLiteral("$(touch pwned) `id` $HOME"),
                                   QStringLiteral("line one\nline two"),
                                   QStringLiteral("history !! !-1 \\ \\\\ \\n"),
                                   QStringLiteral("ñandú 日本 ✓"),
                                   QStringLiteral("*; | & > < ( ) { } ~"),
                                   QString()};
        for (const QString &shell : shells()) {
            const QByteArray name = QFileInfo(shell).fileName().toUtf8();
            QTest::newRow(QByteArray(name + ": hostile").constData()) << shell << hostile;
            QTest::newRow(QByteArray(name + ": plain").constData())
                << shell << QStringList {QStringLiteral("hello")};
        }
    }
    void argumentsArriveByteForByte()
    {
        QFETCH(QString, shell);
        QFETCH(QStringList, arguments);
        const Run r = runThrough(
            shell, m_home.path(),
            line(QStringList {QStringLiteral("printf"), QStringLiteral("[%s]\\n")} + arguments),
            {});
        QByteArray expected;
        for (const QString &a : arguments)
            expected += '[' + a.toUtf8() + "]\n";
        QCOMPARE(r.out, expected);
        QCOMPARE(r.err, QByteArray()); // the rc file's banner is gone too
        QCOMPARE(r.status, 0);
        QCOMPARE(r.markerPid, r.pid); // the PID is the command's own
        QVERIFY(!QFile::exists(m_home.filePath(QStringLiteral("pwned"))));
    }

    void inputReachesTheCommand_data()
    {
        QTest::addColumn<QString>("shell");
        for (const QString &shell : shells())
            QTest::newRow(QFileInfo(shell).fileName().toUtf8()) << shell;
    }
    void inputReachesTheCommand()
    {
        QFETCH(QString, shell);
        QByteArray input;
        for (int i = 0; i < 70000; ++i)
            input += char(i % 256);
        input += "\nno final newline";
        const Run r = runThrough(shell, m_home.path(), line({QStringLiteral("cat")}), input);
        QCOMPARE(r.status, 0);
        QVERIFY(r.out == input);
        // Exit status and standard error are the command's.
        const Run failing = runThrough(shell, m_home.path(),
                                       line({QStringLiteral("sh"), QStringLiteral("-c"),
                                             QStringLiteral("echo oops >&2; exit 3")}),
                                       {});
        QCOMPARE(failing.status, 3);
        QCOMPARE(failing.err, QByteArray("oops\n"));
    }

    // A connection lost while the script or its input was on the way runs nothing.
    void aCutOffStreamRunsNothing_data()
    {
        QTest::addColumn<QString>("shell");
        QTest::addColumn<bool>("cutInInput");
        for (const QString &shell : shells()) {
            const QByteArray name = QFileInfo(shell).fileName().toUtf8();
            QTest::newRow(QByteArray(name + ": in the script").constData()) << shell << false;
            QTest::newRow(QByteArray(name + ": in the input").constData()) << shell << true;
        }
    }
    void aCutOffStreamRunsNothing()
    {
        QFETCH(QString, shell);
        QFETCH(bool, cutInInput);
        const QString marker = m_home.filePath(QStringLiteral("ran"));
        QFile::remove(marker);
        const QByteArray command
            = line({QStringLiteral("sh"), QStringLiteral("-c"),
                    QStringLiteral("cat > /dev/null; touch \"$1\""), QStringLiteral("sh"), marker});
        const QByteArray input(4096, 'x');
        const qsizetype scriptSize = prologue("0123", command, input).size() - input.size();
        const qsizetype cut = cutInInput ? scriptSize + 28 + input.size() / 2 : scriptSize / 2;
        const Run r = runThrough(shell, m_home.path(), command, input, cut);
        QCOMPARE(r.status, kNotRunStatus);
        QVERIFY(!QFile::exists(marker));
        // The same, whole, runs.
        QCOMPARE(runThrough(shell, m_home.path(), command, input).status, 0);
        QVERIFY(QFile::exists(marker));
    }

    void filterDropsNoiseInAnyChunking()
    {
        const QByteArray nonce = "abc123";
        const QByteArray stream
            = QByteArray("banner\n").repeated(1000) + "\x1ePATAGON abc123 4242\n" + "the output\n";
        for (int chunk : {1, 2, 7, 64, 100000}) {
            MarkerFilter f(nonce, false);
            QByteArray got;
            for (qsizetype i = 0; i < stream.size(); i += chunk)
                got += f.feed(stream.mid(i, chunk));
            QCOMPARE(got, QByteArray("the output\n"));
            QCOMPARE(f.markerText(), QByteArray("4242\n"));
        }
    }

    void filterStaysBoundedAndKeepsTheTail()
    {
        MarkerFilter f("n0nce", true);
        const QByteArray noise(1024 * 1024, 'z');
        for (int i = 0; i < 64; ++i) // 64 MB of a login shell that never stops talking
            QCOMPARE(f.feed(noise), QByteArray());
        QVERIFY(!f.markerSeen());
        f.feed("\n/bin/sh: not found\n");
        const QByteArray tail = f.takeUnmarked();
        QVERIFY(tail.size() <= 64 * 1024 + 64);
        QVERIFY(tail.endsWith("/bin/sh: not found\n"));
    }
};

QTEST_GUILESS_MAIN(TestCommandWrapper)
#include "tst_commandwrapper.moc"
