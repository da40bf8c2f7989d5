// Jump hosts (ProxyJump) against the sandbox's real OpenSSH servers: a bastion with a host key
// of its own (in no known_hosts file) on SANDBOX_BASTION_PORT, one that takes only the
// password on SANDBOX_BASTION_PASSWORD_PORT, both forwarding to the cluster's sshd. Each hop
// is verified and logged into as the cluster is, with the same questions, and a failing hop
// is named in the error.
#include "../sandbox/sandboxenv.h"
#include "../sandbox/sshpair.h"
#include "core/ssh/connection.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Patagon;
using Patagon::Testing::SandboxEnv;

namespace {
constexpr int kLong = 120000; // generous waits: the machine may be busy

// Records every question the connection asks and answers it through the given functions.
struct Questions
{
    QList<HostKeyInfo> keys;
    QList<CredentialRequest> credentials;
    HostKeyDecision decision = HostKeyDecision::Reject;
    std::function<std::optional<QList<QByteArray>>(const CredentialRequest &)> answer;

    void attach(Connection *c)
    {
        QObject::connect(c, &Connection::hostKeyVerificationRequested, c,
                         [this, c](const HostKeyInfo &k) {
                             keys.append(k);
                             c->answerHostKey(decision);
                         });
        QObject::connect(c, &Connection::credentialsRequested, c,
                         [this, c](const CredentialRequest &r) {
                             credentials.append(r);
                             c->answerCredentials(answer ? answer(r) : std::nullopt);
                         });
    }
};
} // namespace

class TestJumpHost : public QObject
{
    Q_OBJECT

    SandboxEnv m_env;
    QTemporaryDir m_tmp;

    QString bastion(const char *portKey) const
    {
        return m_env.user() + u'@' + m_env.host() + u':' + m_env.value(portKey);
    }

    // The sandbox's key profile with its own copy of known_hosts (plus `extra` lines), through
    // `jumpHosts`.
    ConnectionProfile profile(const QString &name, const QStringList &jumpHosts,
                              const QByteArray &extra = {}) const
    {
        ConnectionProfile p = m_env.profile(name, m_tmp.path());
        QFile original(m_env.knownHosts());
        QFile copy(m_tmp.filePath(name + QStringLiteral(".known_hosts")));
        if (original.open(QIODevice::ReadOnly) && copy.open(QIODevice::WriteOnly))
            copy.write(original.readAll() + extra);
        p.knownHostsFile = copy.fileName();
        p.jumpHosts = jumpHosts;
        return p;
    }

    // The bastion's public host key as a known_hosts line for `port`.
    QByteArray bastionEntry(const char *portKey) const
    {
        QProcess scan;
        scan.start(
            QStringLiteral("ssh-keygen"),
            {QStringLiteral("-y"), QStringLiteral("-f"),
             m_env.value("SANDBOX_STATE") + QStringLiteral("/sshd/bastion_host_ed25519_key")});
        scan.waitForFinished(60000);
        const QList<QByteArray> key = scan.readAllStandardOutput().trimmed().split(' ');
        return "[127.0.0.1]:" + m_env.value(portKey).toUtf8() + ' ' + key.value(0) + ' '
            + key.value(1) + '\n';
    }

    // Runs `echo $SSH_CONNECTION` on the cluster: its client address and port, then its own.
    QByteArray sshConnection(Testing::SshPair &c)
    {
        const auto out = c.runAndWait(
            {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo $SSH_CONNECTION")});
        return out ? out->standardOutput.trimmed() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_env.load(),
                 "sandbox.env not found: start the sandbox (scripts/dev sandbox start)");
        QVERIFY2(!m_env.value("SANDBOX_BASTION_PORT").isEmpty(),
                 "the sandbox has no jump host: restart it (scripts/dev sandbox start)");
        QVERIFY(m_tmp.isValid());
    }

    void unknownJumpHostKeyIsAskedAboutAndSaved()
    {
        const ConnectionProfile p
            = profile(QStringLiteral("unknown"), {bastion("SANDBOX_BASTION_PORT")});
        Testing::SshPair c;
        Questions q;
        q.decision = HostKeyDecision::AcceptAndSave;
        q.attach(&c);
        Result error;
        QVERIFY2(c.connectAndWait(p, &error, kLong), qPrintable(error.message()));
        // Asked once, about the jump host (the cluster's key is known), with its fingerprint.
        QCOMPARE(q.keys.size(), 1);
        QCOMPARE(q.keys.first().host,
                 QStringLiteral("[127.0.0.1]:") + m_env.value("SANDBOX_BASTION_PORT"));
        QCOMPARE(q.keys.first().sha256, m_env.value("SANDBOX_BASTION_HOST_KEY_SHA256"));
        QCOMPARE(q.keys.first().status, HostKeyInfo::Status::Unknown);
        QVERIFY(q.keys.first().jumpHost);
        QCOMPARE(q.credentials.size(), 0); // both hops take the profile's key
        QCOMPARE(c.hostKey().host, QStringLiteral("[127.0.0.1]:") + m_env.port());
        // The cluster sees the connection come from the jump host's forwarding.
        QVERIFY(sshConnection(c).endsWith(QByteArray(" 127.0.0.1 " + m_env.port().toUtf8())));
        c.disconnectFromHost();

        QFile saved(p.knownHostsFile);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(saved.readAll().endsWith(bastionEntry("SANDBOX_BASTION_PORT")));
        Testing::SshPair again;
        Questions none;
        none.attach(&again);
        QVERIFY2(again.connectAndWait(p, &error, kLong), qPrintable(error.message()));
        QCOMPARE(none.keys.size(), 0);
    }

    void rejectedJumpHostKeyNamesTheHop()
    {
        Testing::SshPair c;
        Questions q;
        q.attach(&c);
        Result error;
        QVERIFY(!c.connectAndWait(
            profile(QStringLiteral("rejected"), {bastion("SANDBOX_BASTION_PORT")}), &error, kLong));
        QCOMPARE(q.keys.size(), 1);
        QCOMPARE(error.code(), ErrorCode::HostKey);
        QVERIFY2(error.message().contains(QStringLiteral("jump host 127.0.0.1:")
                                          + m_env.value("SANDBOX_BASTION_PORT")),
                 qPrintable(error.message()));
    }

    void changedJumpHostKeyIsRefusedInWords()
    {
        // known_hosts records the cluster's key for the jump host's address: a changed key.
        QFile known(m_env.knownHosts());
        QVERIFY(known.open(QIODevice::ReadOnly));
        const QList<QByteArray> cluster = known.readLine().trimmed().split(' ');
        const QByteArray wrong = "[127.0.0.1]:" + m_env.value("SANDBOX_BASTION_PORT").toUtf8() + ' '
            + cluster.value(1) + ' ' + cluster.value(2) + '\n';
        Testing::SshPair c;
        Questions q;
        q.decision = HostKeyDecision::AcceptAndSave;
        q.attach(&c);
        Result error;
        const ConnectionProfile p
            = profile(QStringLiteral("changed"), {bastion("SANDBOX_BASTION_PORT")}, wrong);
        QVERIFY(!c.connectAndWait(p, &error, kLong));
        QCOMPARE(q.keys.size(), 0); // never offered to overwrite
        QCOMPARE(error.code(), ErrorCode::HostKey);
        const QString message = error.message();
        QVERIFY2(message.contains(QStringLiteral("The jump host 127.0.0.1:")
                                  + m_env.value("SANDBOX_BASTION_PORT")),
                 qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("CHANGED")), qPrintable(message));
        QVERIFY2(message.contains(m_env.value("SANDBOX_BASTION_HOST_KEY_SHA256")),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("line 6 of %1").arg(p.knownHostsFile)),
                 qPrintable(message));
    }

    void passwordOnlyJumpHostAsksForItsPassword()
    {
        const ConnectionProfile p
            = profile(QStringLiteral("password"), {bastion("SANDBOX_BASTION_PASSWORD_PORT")},
                      bastionEntry("SANDBOX_BASTION_PASSWORD_PORT"));
        Testing::SshPair c;
        Questions q;
        const QByteArray password = m_env.password().toUtf8();
        q.answer = [password](const CredentialRequest &) { return QList<QByteArray> {password}; };
        q.attach(&c);
        Result error;
        QVERIFY2(c.connectAndWait(p, &error, kLong), qPrintable(error.message()));
        QCOMPARE(q.keys.size(), 0);
        QCOMPARE(q.credentials.size(), 1);
        const CredentialRequest &asked = q.credentials.first();
        QCOMPARE(asked.kind, CredentialRequest::Kind::Password);
        QVERIFY(asked.jumpHost);
        QVERIFY2(asked.destination.endsWith(u':' + m_env.value("SANDBOX_BASTION_PASSWORD_PORT")),
                 qPrintable(asked.destination));
        QVERIFY(!sshConnection(c).isEmpty());
    }

    void reconnectsThroughTheJumpHostWithoutAsking()
    {
        const ConnectionProfile p
            = profile(QStringLiteral("reconnect"), {bastion("SANDBOX_BASTION_PASSWORD_PORT")});
        Testing::SshPair c;
        Questions q;
        q.decision = HostKeyDecision::AcceptOnce;
        const QByteArray password = m_env.password().toUtf8();
        q.answer = [password](const CredentialRequest &) { return QList<QByteArray> {password}; };
        q.attach(&c);
        Result error;
        QVERIFY2(c.connectAndWait(p, &error, kLong), qPrintable(error.message()));
        QCOMPARE(q.keys.size(), 1);
        QCOMPARE(q.credentials.size(), 1);
        // The jump host drops us: its session process, the one that holds the forwarded
        // connection, is killed (the cluster sees that connection's source port in
        // SSH_CONNECTION; the test runs as root, as the sandbox does).
        const QList<QByteArray> connection = sshConnection(c).split(' ');
        QCOMPARE(connection.size(), 4);
        QProcess ss;
        ss.start(QStringLiteral("ss"),
                 {QStringLiteral("-Htnp"),
                  QStringLiteral("sport = :") + QString::fromUtf8(connection.at(1))});
        QVERIFY(ss.waitForFinished(60000));
        static const QRegularExpression pidRe(QStringLiteral("pid=(\\d+)"));
        const QRegularExpressionMatch pid
            = pidRe.match(QString::fromUtf8(ss.readAllStandardOutput()));
        QVERIFY2(pid.hasMatch(), "no process holds the jump host's forwarded connection");
        QSignalSpy states(&c, &Connection::stateChanged);
        QCOMPARE(QProcess::execute(QStringLiteral("kill"), {QStringLiteral("-9"), pid.captured(1)}),
                 0);
        // Automatic reconnect: the key trusted once and the password are not asked again.
        const auto after = c.runAndWait({QStringLiteral("echo"), QStringLiteral("back")});
        QVERIFY2(after.isOk(), qPrintable(after.errorMessage()));
        QCOMPARE(after->standardOutput, QByteArray("back\n"));
        QCOMPARE(q.keys.size(), 1);
        QCOMPARE(q.credentials.size(), 1);
        bool sawReconnecting = false;
        for (const auto &state : states)
            sawReconnecting
                |= state.first().value<Connection::State>() == Connection::State::Reconnecting;
        QVERIFY(sawReconnecting);
        QFile known(p.knownHostsFile);
        QVERIFY(known.open(QIODevice::ReadOnly));
        QVERIFY(!known.readAll().contains(bastionEntry("SANDBOX_BASTION_PASSWORD_PORT")));
    }

    void wrongJumpHostPasswordNamesTheHop()
    {
        const ConnectionProfile p
            = profile(QStringLiteral("wrong"), {bastion("SANDBOX_BASTION_PASSWORD_PORT")},
                      bastionEntry("SANDBOX_BASTION_PASSWORD_PORT"));
        Testing::SshPair c;
        Questions q;
        q.answer = [](const CredentialRequest &) { return QList<QByteArray> {"not-the-password"}; };
        q.attach(&c);
        Result error;
        QVERIFY(!c.connectAndWait(p, &error, kLong));
        QVERIFY(q.credentials.size() >= 2); // asked again after the refusal
        QVERIFY(q.credentials.last().retry);
        QCOMPARE(error.code(), ErrorCode::Authentication);
        QVERIFY2(error.message().startsWith(QStringLiteral("The jump host 127.0.0.1:")
                                            + m_env.value("SANDBOX_BASTION_PASSWORD_PORT")
                                            + QStringLiteral(" refused the login: ")),
                 qPrintable(error.message()));
    }

    void configProxyJumpAndTheHopsOwnKey()
    {
        // The profile names only an alias; its config block supplies the ProxyJump, and the
        // jump host's block its own key. The profile's key is one no server knows, so the
        // cluster asks for the password and the jump host asks nothing.
        const QString strayKey = m_tmp.filePath(QStringLiteral("stray_ed25519"));
        QProcess keygen;
        keygen.start(QStringLiteral("ssh-keygen"),
                     {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                      QStringLiteral("-N"), QString(), QStringLiteral("-f"), strayKey});
        QVERIFY(keygen.waitForFinished(60000));
        QCOMPARE(keygen.exitCode(), 0);
        const QString config = m_tmp.filePath(QStringLiteral("ssh_config"));
        QFile f(config);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Host cluster\n"
                "    HostName 127.0.0.1\n"
                "    Port "
                + m_env.port().toUtf8()
                + "\n"
                  "    ProxyJump gateway\n"
                  "Host gateway\n"
                  "    HostName 127.0.0.1\n"
                  "    Port "
                + m_env.value("SANDBOX_BASTION_PORT").toUtf8()
                + "\n"
                  "    User "
                + m_env.user().toUtf8()
                + "\n"
                  "    IdentityFile "
                + m_env.key().toUtf8() + "\n");
        f.close();
        ConnectionProfile p
            = profile(QStringLiteral("config"), {}, bastionEntry("SANDBOX_BASTION_PORT"));
        p.sshAlias = QStringLiteral("cluster");
        p.host.clear();
        p.port = 22;
        p.identityFile = strayKey;
        p.sshConfigFile = config;
        Testing::SshPair c;
        Questions q;
        const QByteArray password = m_env.password().toUtf8();
        q.answer = [password](const CredentialRequest &r) {
            return QList<QByteArray>(r.prompts.size(), password);
        };
        q.attach(&c);
        Result error;
        QVERIFY2(c.connectAndWait(p, &error, kLong), qPrintable(error.message()));
        QCOMPARE(q.keys.size(), 0);
        QCOMPARE(q.credentials.size(), 1);
        QVERIFY(!q.credentials.first().jumpHost);
        QVERIFY(sshConnection(c).endsWith(QByteArray(" 127.0.0.1 " + m_env.port().toUtf8())));
    }

    void unreachableNextHopNamesTheJumpHost()
    {
        // The jump host is fine; the cluster behind it does not listen on that port.
        ConnectionProfile p = profile(QStringLiteral("nowhere"), {bastion("SANDBOX_BASTION_PORT")},
                                      bastionEntry("SANDBOX_BASTION_PORT"));
        p.port = 1; // nothing listens there
        Testing::SshPair c;
        Questions q;
        q.attach(&c);
        Result error;
        QVERIFY(!c.connectAndWait(p, &error, kLong));
        QVERIFY2(error.message().startsWith(QStringLiteral("The jump host 127.0.0.1:")
                                            + m_env.value("SANDBOX_BASTION_PORT")
                                            + QStringLiteral(" could not open a connection to "
                                                             "127.0.0.1:1")),
                 qPrintable(error.message()));
    }
};

QTEST_GUILESS_MAIN(TestJumpHost)
#include "tst_jumphost.moc"
