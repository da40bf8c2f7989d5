// Waits that end: against the sandbox's OpenSSH server, a reconnect that needs a one-time code
// gives up when nobody answers (the requests waiting for it end, the state says why, and
// connecting again works), and a cancelled command that outlives TERM and KILL is reported
// as lost instead of being waited for, or claimed killed.
#include "../sandbox/sandboxenv.h"
#include "../sandbox/sshpair.h"
#include "core/ssh/connection.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Patagon;
using Patagon::Testing::SandboxEnv;

namespace {
constexpr int kLong = 120000; // generous waits: the machine may be busy
}

class TestConnectionWaits : public QObject
{
    Q_OBJECT

    SandboxEnv m_env;
    QTemporaryDir m_tmp;

    static ProcessResult finishedResult(RemoteProcess *p)
    {
        QSignalSpy done(p, &RemoteProcess::finished);
        if (!p->isFinished())
            done.wait(kLong);
        return p->result();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_env.load(),
                 "sandbox.env not found: start the sandbox (scripts/dev sandbox start)");
        QVERIFY(m_tmp.isValid());
    }

    void reconnectGivesUpWhenNobodyAnswers()
    {
        Testing::SshPair c;
        c.setReconnectAnswerTimeout(1500);
        bool answering = true;
        int unanswered = 0;
        const QByteArray password = m_env.password().toUtf8();
        connect(&c, &Connection::credentialsRequested, this, [&](const CredentialRequest &r) {
            QList<QByteArray> answers;
            bool wantsCode = false;
            for (const auto &p : r.prompts) {
                wantsCode |= p.text.contains(QLatin1String("One-time"));
                answers.append(p.text.contains(QLatin1String("One-time"))
                                   ? SandboxEnv::oneTimeCode()
                                   : password);
            }
            if (wantsCode && !answering) {
                ++unanswered; // the user is away: the dialog stays open
                return;
            }
            c.answerCredentials(answers);
        });
        ConnectionProfile profile = m_env.profile(QStringLiteral("waits"), m_tmp.path());
        profile.port = m_env.otpPort().toInt();
        profile.identityFile.clear();
        Result error;
        QVERIFY2(c.connectAndWait(profile, &error), qPrintable(error.message()));

        answering = false;
        QSignalSpy withdrawn(&c, &Connection::promptsWithdrawn);
        QSignalSpy failed(&c, &Connection::connectionFailed);
        // The server drops us: this connection's sshd-session is killed from inside.
        (void)c.runAndWait(
            {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("kill -9 $PPID")});
        // A request made now waits for the reconnect, which waits for a one-time code.
        const Expected<CommandOutput> after = c.runAndWait({QStringLiteral("true")});
        QVERIFY(!after);
        QCOMPARE(after.result().code(), ErrorCode::Timeout);
        QVERIFY2(after.errorMessage().contains(QLatin1String("Press Connect")),
                 qPrintable(after.errorMessage()));
        if (failed.isEmpty())
            QVERIFY(failed.wait(kLong));
        QCOMPARE(failed.first().first().value<Result>().code(), ErrorCode::Timeout);
        QCOMPARE(c.state(), Connection::State::Disconnected);
        QCOMPARE(c.lastError().code(), ErrorCode::Timeout);
        QCOMPARE(unanswered, 1); // asked once, not again and again
        QCOMPARE(withdrawn.size(), 1);

        // The way back: connecting again (the Connect button) asks afresh and works.
        answering = true;
        QVERIFY2(c.connectAndWait(profile, &error), qPrintable(error.message()));
        const Expected<CommandOutput> echo
            = c.runAndWait({QStringLiteral("echo"), QStringLiteral("back")});
        QVERIFY2(echo, qPrintable(echo.errorMessage()));
        QCOMPARE(echo->standardOutput, QByteArray("back\n"));
    }

    void aCommandThatOutlivesKillIsReportedLost()
    {
        Testing::SshPair c;
        QString why;
        QVERIFY2(c.loginToSandbox(m_env, QStringLiteral("waits"), m_tmp.path(), &why),
                 qPrintable(why));
        const QString pidFile
            = QStringLiteral("patagon-waits-%1.pid").arg(QRandomGenerator::global()->generate());
        // The sleep leaves the command's process group (TERM and KILL go to the group) and
        // keeps its output open, so the channel never ends.
        RemoteProcess *p = c.run({QStringLiteral("sh"), QStringLiteral("-c"),
                                  QStringLiteral("setsid sh -c 'echo $$ >\"$1\"; exec sleep 300' "
                                                 "sh \"$0\" & wait"),
                                  pidFile});
        QSignalSpy started(p, &RemoteProcess::started);
        QVERIFY(p->remotePid() > 0 || started.wait(kLong));
        const auto cleanup = qScopeGuard([&] {
            (void)c.runAndWait({QStringLiteral("sh"), QStringLiteral("-c"),
                                QStringLiteral("kill \"$(cat \"$0\")\"; rm -f \"$0\""), pidFile});
        });
        // Its pid file is written: the escaped sleep runs.
        for (int i = 0; i < 100; ++i) {
            const Expected<CommandOutput> check
                = c.runAndWait({QStringLiteral("test"), QStringLiteral("-s"), pidFile});
            if (check && check->exitStatus == 0)
                break;
            QTest::qWait(100);
        }
        p->cancel();
        const ProcessResult result = finishedResult(p);
        QVERIFY(p->isFinished());
        QVERIFY(result.cancelled);
        QCOMPARE(result.result.code(), ErrorCode::Timeout);
        QVERIFY2(result.result.message().contains(QLatin1String("may still be running")),
                 qPrintable(result.result.message()));
        QVERIFY(result.exitSignal.isEmpty()); // not claimed killed
        delete p;
        // The connection goes on.
        const Expected<CommandOutput> echo
            = c.runAndWait({QStringLiteral("echo"), QStringLiteral("ok")});
        QVERIFY2(echo, qPrintable(echo.errorMessage()));
        QCOMPARE(echo->standardOutput, QByteArray("ok\n"));
    }
};

QTEST_GUILESS_MAIN(TestConnectionWaits)
#include "tst_connectionwaits.moc"
