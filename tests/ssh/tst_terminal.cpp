// Terminal sessions through the remote layer: against the sandbox's real sshd (the login shell,
// commands with a PTY, resizes, hang-up, login shells that are not bash, a shell in a Pyxis
// container on the compute node) and on this machine (LocalHost's pseudo-terminal).
#include "../sandbox/clirun.h"
#include "../sandbox/namedcontainer.h"
#include "../sandbox/sandboxenv.h"
#include "../sandbox/sshpair.h"
#include "core/container/containershell.h"
#include "core/container/pyxiscommand.h"
#include "core/profiles/profilestore.h"
#include "core/remote/localhost.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Patagon;

namespace {

constexpr int kLong = 60000;

// Collects a terminal's output and waits for text in it.
class Screen
{
public:
    explicit Screen(RemoteTerminal *terminal)
        : m_terminal(terminal)
        , m_finished(terminal, &RemoteTerminal::finished)
    {
        QObject::connect(terminal, &RemoteTerminal::output, terminal,
                         [this](const QByteArray &chunk) { m_text += chunk; });
    }
    bool waitFor(const QByteArray &text, int timeoutMs = kLong)
    {
        return QTest::qWaitFor([&] { return m_text.contains(text) || m_terminal->isFinished(); },
                               timeoutMs)
            && m_text.contains(text);
    }
    bool waitFinished(int timeoutMs = kLong)
    {
        return m_terminal->isFinished() || m_finished.wait(timeoutMs);
    }
    const QByteArray &text() const { return m_text; }

private:
    RemoteTerminal *m_terminal;
    QSignalSpy m_finished;
    QByteArray m_text;
};

} // namespace

class TestTerminal : public QObject
{
    Q_OBJECT

private:
    Testing::SandboxEnv m_env;
    QTemporaryDir m_scratch;
    Testing::SshPair m_ssh;

    ConnectionProfile profile(const QString &user = {}) const
    {
        ConnectionProfile p = m_env.profile(QStringLiteral("terminal-test"), m_scratch.path());
        if (!user.isEmpty())
            p.user = user;
        return p;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_env.load(), qPrintable(Testing::SandboxEnv::notRunningMessage()));
        Result error;
        QVERIFY2(m_ssh.connectAndWait(profile(), &error), qPrintable(error.message()));
    }

    // The tab on the login node: the user's own shell, with its prompt and echo.
    void loginShellAnswers()
    {
        RemoteTerminal *t = m_ssh.host()->openTerminal({}, TerminalSize {100, 30});
        Screen screen(t);
        t->write("echo $((6*7))\n");
        QVERIFY2(screen.waitFor("42\r\n"), screen.text().constData());
        t->write("exit 4\n");
        QVERIFY(screen.waitFinished());
        QCOMPARE(t->result().exitStatus, 4);
        QVERIFY(t->result().result.isOk());
        delete t;
    }

    // A command with a terminal sees the window's size, and each change of it.
    void commandFollowsResizes()
    {
        RemoteTerminal *t = m_ssh.host()->openTerminal(
            {QStringLiteral("sh"), QStringLiteral("-c"),
             QStringLiteral("stty size; read line; stty size; exit 7")},
            TerminalSize {80, 24});
        Screen screen(t);
        QVERIFY2(screen.waitFor("24 80\r\n"), screen.text().constData());
        t->resize(TerminalSize {132, 43});
        QCOMPARE(t->size().columns, 132);
        t->write("\n");
        QVERIFY2(screen.waitFor("43 132\r\n"), screen.text().constData());
        QVERIFY(screen.waitFinished());
        QCOMPARE(t->result().exitStatus, 7);
        delete t;
    }

    // Closing the tab hangs up: nothing the session started keeps running.
    void hangUpEndsTheSession()
    {
        const QString marker = QStringLiteral("sleep 4242");
        RemoteTerminal *t = m_ssh.host()->openTerminal(
            {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo ready; sleep 4242")},
            TerminalSize {});
        Screen screen(t);
        QVERIFY2(screen.waitFor("ready"), screen.text().constData());
        const auto running = [&] {
            return m_ssh.runAndWait({QStringLiteral("pgrep"), QStringLiteral("-f"), marker})
                       ->exitStatus
                == 0;
        };
        QVERIFY(running());
        t->hangUp();
        QVERIFY(screen.waitFinished());
        QVERIFY(t->result().cancelled);
        QVERIFY(QTest::qWaitFor([&] { return !running(); }, kLong));
        delete t;
    }

    // Login shells that are not bash, or print banners, still run the command as given.
    void loginShellsRunTheCommand_data()
    {
        QTest::addColumn<QString>("user");
        QTest::newRow("bash that prints banners") << m_env.value("SANDBOX_NOISY_USER");
        QTest::newRow("tcsh") << m_env.value("SANDBOX_TCSH_USER");
        QTest::newRow("fish") << m_env.value("SANDBOX_FISH_USER");
    }
    void loginShellsRunTheCommand()
    {
        QFETCH(QString, user);
        QVERIFY(!user.isEmpty());
        Testing::SshPair c;
        QVERIFY(c.connectAndWait(profile(user)));
        const QString nasty = QStringLiteral("a'b \"c\" $(id) ; | & !! \\ ñ");
        RemoteTerminal *t = c.host()->openTerminal(
            {QStringLiteral("printf"), QStringLiteral("[%s]\\n"), nasty}, TerminalSize {});
        Screen screen(t);
        QVERIFY2(screen.waitFor(QStringLiteral("[%1]").arg(nasty).toUtf8()),
                 screen.text().constData());
        QVERIFY(screen.waitFinished());
        QCOMPARE(t->result().exitStatus, 0);
        delete t;
    }

    // The tutorial's interactive step: a shell in a container on the compute node.
    void shellInAContainer()
    {
        Container::PyxisOptions o;
        o.image = QStringLiteral("python");
        Container::JobResources j;
        j.partition = QStringLiteral("cpu");
        j.nodeList = m_env.node();
        j.pty = true;
        const Expected<QStringList> argv
            = Container::Pyxis::srunArguments(o, j, {QStringLiteral("bash")});
        QVERIFY2(argv, qPrintable(argv.errorMessage()));
        RemoteTerminal *t = m_ssh.host()->openTerminal(*argv, TerminalSize {90, 25});
        Screen screen(t);
        t->write("echo image=$(cat /etc/pyxis-sandbox-image) size=$(stty size)\n");
        QVERIFY2(screen.waitFor("image=python size=25 90"), screen.text().constData());
        t->write("exit\n");
        QVERIFY(screen.waitFinished());
        QCOMPARE(t->result().exitStatus, 0);
        delete t;
    }

    // The headless form: `shell -- COMMAND` runs it on a terminal and exits with its status;
    // `shell --container NAME` finds the container's node and runs there.
    void cliShell()
    {
        QTemporaryDir home;
        ConnectionProfile p = profile();
        p.name = QStringLiteral("clitest");
        QVERIFY(ProfileStore::writeDropIn(
            home.filePath(QStringLiteral(".config/patagon-studio/profiles/clitest.ini")), p));
        QProcessEnvironment env = Testing::cliEnvironment(home);
        env.insert(QStringLiteral("COLUMNS"), QStringLiteral("77"));
        env.insert(QStringLiteral("LINES"), QStringLiteral("21"));
        const auto cli = [&](const QStringList &arguments) {
            return Testing::runProcess(QStringLiteral(PATAGON_STUDIO_BINARY), arguments, {}, env);
        };
        const Testing::CliRun sized
            = cli({QStringLiteral("shell"), QStringLiteral("--profile"), QStringLiteral("clitest"),
                   QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                   QStringLiteral("stty size; exit 3")});
        QCOMPARE(sized.exitCode, 3);
        QCOMPARE(sized.out, QStringLiteral("21 77\r\n"));

        // A named container made the tutorial's way, then a shell in it by name only.
        const QString name = QStringLiteral("term-test");
        QVERIFY(Testing::makeNamedContainer(m_ssh, m_env, name));
        const Testing::CliRun inside
            = cli({QStringLiteral("shell"), QStringLiteral("--profile"), QStringLiteral("clitest"),
                   QStringLiteral("--container"), name, QStringLiteral("--"), QStringLiteral("cat"),
                   QStringLiteral("/etc/pyxis-sandbox-image")});
        QVERIFY2(inside.exitCode == 0, qPrintable(inside.err));
        QCOMPARE(inside.out, QStringLiteral("python\r\n"));
        QVERIFY2(inside.err.contains(m_env.node()), qPrintable(inside.err));
        // An interactive one: the install that worked is named afterwards; with no terminal to
        // ask (input from a pipe) nothing is recorded.
        const Testing::CliRun typed = Testing::runProcess(
            QStringLiteral(PATAGON_STUDIO_BINARY),
            {QStringLiteral("shell"), QStringLiteral("--profile"), QStringLiteral("clitest"),
             QStringLiteral("--container"), name},
            "python3 -m pip install --user patagon-hello\nfalse && pip install x\nexit 0\n", env);
        QVERIFY2(typed.exitCode == 0, qPrintable(typed.err + typed.out));
        QVERIFY2(typed.err.contains(QLatin1String(
                     "This worked in the shell: python3 -m pip install --user patagon-hello")),
                 qPrintable(typed.err));
        QCOMPARE(typed.err.count(QLatin1String("This worked")), 1);
        QVERIFY2(typed.err.contains(QLatin1String("Not recorded")), qPrintable(typed.err));
        QVERIFY2(!typed.out.contains(QLatin1String("6973;")), qPrintable(typed.out));
        QDirIterator manifests(home.path(), {name + QStringLiteral(".json")}, QDir::Files,
                               QDirIterator::Subdirectories);
        QVERIFY2(!manifests.hasNext(), qPrintable(manifests.next()));
        const Testing::CliRun missing
            = cli({QStringLiteral("shell"), QStringLiteral("--profile"), QStringLiteral("clitest"),
                   QStringLiteral("--container"), QStringLiteral("no-such-container")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(QLatin1String("no-such-container")), qPrintable(missing.err));
        cli({QStringLiteral("containers"), QStringLiteral("remove"), name, QStringLiteral("--node"),
             m_env.node(), QStringLiteral("--profile"), QStringLiteral("clitest")});
    }

    // A shell step that outlived its terminal is found by its job name and cancelled.
    void aStepLeftBehindIsCancelled()
    {
        const QString name = Container::uniqueShellJobName();
        RemoteProcess *step = m_ssh.run({QStringLiteral("srun"), QStringLiteral("-p"),
                                         QStringLiteral("cpu"), QStringLiteral("-J"), name,
                                         QStringLiteral("sleep"), QStringLiteral("300")});
        const auto queued = [&] {
            const Expected<CommandOutput> q
                = m_ssh.runAndWait({QStringLiteral("squeue"), QStringLiteral("--noheader"),
                                    QStringLiteral("--name"), name, QStringLiteral("--format=%A")});
            return q && !q->standardOutput.trimmed().isEmpty();
        };
        QVERIFY(QTest::qWaitFor(queued, kLong));
        std::optional<Expected<int>> outcome;
        Container::endShellStep(
            m_ssh.host(), name, this, [&](const Expected<int> &r) { outcome = r; }, 0);
        QVERIFY(QTest::qWaitFor([&] { return outcome.has_value(); }, kLong));
        QVERIFY2(outcome->isOk(), qPrintable(outcome->errorMessage()));
        QCOMPARE(**outcome, 1);
        QVERIFY(QTest::qWaitFor([&] { return !queued(); }, kLong));
        QVERIFY(QTest::qWaitFor([&] { return step->isFinished(); }, kLong));
        delete step;

        // Nothing left: nothing to cancel.
        outcome.reset();
        Container::endShellStep(
            m_ssh.host(), name, this, [&](const Expected<int> &r) { outcome = r; }, 0);
        QVERIFY(QTest::qWaitFor([&] { return outcome.has_value(); }, kLong));
        QVERIFY(outcome->isOk());
        QCOMPARE(**outcome, 0);
    }

    // Not connected: it says so at once, and nothing is kept for later.
    void notConnectedFailsAtOnce()
    {
        Testing::SshPair c;
        RemoteTerminal *t = c.host()->openTerminal({}, TerminalSize {});
        Screen screen(t);
        QVERIFY(screen.waitFinished(5000));
        QCOMPARE(t->result().result.code(), ErrorCode::Network);
        delete t;
    }

    // LocalHost: the same interface on this machine.
    void localTerminal()
    {
        LocalHost local;
        local.setHomePath(m_scratch.path());
        RemoteTerminal *t = local.openTerminal(
            {QStringLiteral("sh"), QStringLiteral("-c"),
             QStringLiteral("pwd; stty size; read line; stty size; echo got=$line; exit 3")},
            TerminalSize {70, 20});
        Screen screen(t);
        QVERIFY2(screen.waitFor("20 70\r\n"), screen.text().constData());
        QVERIFY(screen.text().contains(QDir(m_scratch.path()).canonicalPath().toUtf8()));
        t->resize(TerminalSize {100, 50});
        t->write("typed\n");
        QVERIFY2(screen.waitFor("50 100\r\ngot=typed"), screen.text().constData());
        QVERIFY(screen.waitFinished());
        QCOMPARE(t->result().exitStatus, 3);
        delete t;

        RemoteTerminal *sleeper
            = local.openTerminal({QStringLiteral("sleep"), QStringLiteral("300")}, TerminalSize {});
        Screen sleeping(sleeper);
        sleeper->hangUp();
        QVERIFY(sleeping.waitFinished(5000));
        QVERIFY(sleeper->result().cancelled);
        delete sleeper;
    }
};

QTEST_GUILESS_MAIN(TestTerminal)
#include "tst_terminal.moc"
