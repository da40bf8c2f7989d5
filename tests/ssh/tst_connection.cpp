// The SSH layer against the sandbox's real OpenSSH server: host-key policy, every way to log
// in, streaming commands with cancel, SFTP, reconnecting, responsiveness and error messages.
#include "../sandbox/sandboxenv.h"
#include "../sandbox/sshpair.h"
#include "core/jobs/logfollower.h"
#include "core/ssh/connection.h"
#include "core/ssh/knownhosts.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Patagon;
using Patagon::Testing::SandboxEnv;

namespace {
constexpr int kLong = 120000; // generous waits: the machine may be busy

// Answers the connection's questions the way a scripted user would, and keeps a record.
class Answerer : public QObject
{
public:
    Answerer(Connection *c, HostKeyDecision decision)
        : m_connection(c)
        , m_decision(decision)
    {
        connect(c, &Connection::hostKeyVerificationRequested, this, [this](const HostKeyInfo &k) {
            keys.append(k);
            m_connection->answerHostKey(m_decision);
        });
        connect(c, &Connection::credentialsRequested, this, [this](const CredentialRequest &r) {
            requests.append(r);
            QList<QByteArray> answers;
            for (const auto &p : r.prompts) {
                if (!responder)
                    break;
                answers.append(responder(p.text, r));
            }
            if (!responder || answers.contains(QByteArray("<cancel>")))
                m_connection->answerCredentials(std::nullopt);
            else
                m_connection->answerCredentials(answers);
        });
    }

    std::function<QByteArray(const QString &, const CredentialRequest &)> responder;
    QList<HostKeyInfo> keys;
    QList<CredentialRequest> requests;

private:
    Connection *m_connection;
    HostKeyDecision m_decision;
};

// A listing in one comparable line per entry, sorted: "name TYPE [size]" with TYPE f (file),
// d (folder), l (link, then what it points at: f, d or - for nothing).
QStringList describe(const RemoteListing &listing)
{
    QStringList lines;
    for (const RemoteFileInfo &e : listing.entries) {
        QString type = e.isSymlink ? QStringLiteral("l") : QString();
        type += !e.exists   ? QStringLiteral("-")
            : e.isDirectory ? QStringLiteral("d")
                            : QStringLiteral("f");
        lines << e.name + u' ' + type
                + (e.exists && !e.isDirectory && !e.isSymlink ? u' ' + QString::number(e.size)
                                                              : QString());
    }
    lines.sort();
    return lines;
}

QString runLocal(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
}
} // namespace

class TestConnection : public QObject
{
    Q_OBJECT

    SandboxEnv m_env;
    QTemporaryDir m_tmp;
    QList<QString> m_logLines;
    QList<QByteArray> m_codesUsed; // one-time codes given during the run

    ConnectionProfile keyProfile() const
    {
        return m_env.profile(QStringLiteral("test"), m_tmp.path());
    }

    ConnectionProfile passwordProfile(const QString &port) const
    {
        ConnectionProfile p = keyProfile();
        p.port = port.toInt();
        p.identityFile.clear();
        return p;
    }

    static bool connectAndWait(Testing::SshPair &c, const ConnectionProfile &p,
                               Result *error = nullptr)
    {
        QSignalSpy ok(&c, &Connection::connected);
        QSignalSpy failed(&c, &Connection::connectionFailed);
        c.connectToHost(p);
        QElapsedTimer clock;
        clock.start();
        while (ok.isEmpty() && failed.isEmpty() && clock.elapsed() < kLong)
            QTest::qWait(20);
        if (error && !failed.isEmpty())
            *error = failed.first().first().value<Result>();
        return !ok.isEmpty();
    }

    struct Output
    {
        QByteArray out;
        QByteArray err;
        ProcessResult result;
        qint64 pid = 0;
    };

    static Output runAndWait(Testing::SshPair &c, const QStringList &argv,
                             const QByteArray &input = {})
    {
        Output o;
        RemoteProcess *p = c.run(argv, input);
        QObject::connect(p, &RemoteProcess::standardOutput, p,
                         [&o](const QByteArray &b) { o.out += b; });
        QObject::connect(p, &RemoteProcess::standardError, p,
                         [&o](const QByteArray &b) { o.err += b; });
        QSignalSpy done(p, &RemoteProcess::finished);
        if (!p->isFinished())
            done.wait(kLong);
        o.result = p->result();
        o.pid = p->remotePid();
        delete p;
        return o;
    }

    static RemoteListing listAndWait(Testing::SshPair &c, const QString &path,
                                     Result *result = nullptr)
    {
        RemoteOperation *op = c.host()->list(path);
        const Result r = waitOperation(op);
        if (result)
            *result = r;
        const RemoteListing listing = op->listing();
        delete op;
        return listing;
    }

    static Result waitOperation(RemoteOperation *op)
    {
        QSignalSpy done(op, &RemoteOperation::finished);
        if (!op->isFinished())
            done.wait(kLong);
        return op->result();
    }

    QString copyKnownHosts(const QString &name, const QByteArray &contents)
    {
        const QString path = m_tmp.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(contents);
        return path;
    }

    QByteArray hostPublicKey() const
    {
        QFile f(m_env.knownHosts());
        f.open(QIODevice::ReadOnly);
        const QList<QByteArray> parts = f.readLine().trimmed().split(' ');
        return parts.value(1) + ' ' + parts.value(2);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_env.load(),
                 "sandbox.env not found: start the sandbox (scripts/dev sandbox start)");
        QVERIFY(m_tmp.isValid());
        QLoggingCategory::setFilterRules(QStringLiteral("patagon.*=true"));
        static TestConnection *self = this;
        qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &msg) {
            self->m_logLines.append(msg);
            fprintf(stderr, "%s\n", qPrintable(msg));
        });
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(nullptr);
        // No secret may ever reach a log line.
        const QString all = m_logLines.join(QLatin1Char('\n'));
        QVERIFY(!m_env.password().isEmpty());
        QVERIFY2(!all.contains(m_env.password()), "the password appeared in the log");
        QVERIFY2(!all.contains(m_env.otpSecret()), "the OTP secret appeared in the log");
        // (empty when only some test functions ran)
        for (const QByteArray &code : std::as_const(m_codesUsed))
            QVERIFY2(!all.contains(QString::fromLatin1(code)),
                     "a one-time code appeared in the log");
    }

    // ---------------------------------------------------------------- host keys
    void knownHostKeyConnectsWithoutAsking()
    {
        Testing::SshPair c;
        Answerer a(&c, HostKeyDecision::Reject);
        QVERIFY(connectAndWait(c, keyProfile()));
        QCOMPARE(a.keys.size(), 0);
        QCOMPARE(c.hostKey().status, HostKeyInfo::Status::Known);
        QCOMPARE(c.hostKey().sha256, m_env.value("SANDBOX_HOST_KEY_SHA256"));
        QVERIFY(c.serverBanner().startsWith(QLatin1String("SSH-2.0-OpenSSH")));
        QCOMPARE(c.state(), Connection::State::Connected);
    }

    void unknownHostKeyIsAskedAndSavedOnlyWhenAccepted()
    {
        const QString file = m_tmp.filePath(QStringLiteral("kh-unknown"));
        QFile::remove(file);
        ConnectionProfile p = keyProfile();
        p.knownHostsFile = file;
        {
            Testing::SshPair c;
            Answerer a(&c, HostKeyDecision::Reject);
            Result error;
            QVERIFY(!connectAndWait(c, p, &error));
            QCOMPARE(a.keys.size(), 1);
            QCOMPARE(a.keys.first().type, QStringLiteral("ssh-ed25519"));
            QCOMPARE(a.keys.first().sha256, m_env.value("SANDBOX_HOST_KEY_SHA256"));
            QCOMPARE(a.keys.first().status, HostKeyInfo::Status::Unknown);
            QCOMPARE(error.code(), ErrorCode::HostKey);
            QVERIFY(!QFile::exists(file)); // nothing written before the user agreed
        }
        {
            Testing::SshPair c;
            Answerer a(&c, HostKeyDecision::AcceptOnce);
            QVERIFY(connectAndWait(c, p));
            QCOMPARE(a.keys.size(), 1);
            QVERIFY(!QFile::exists(file));
        }
        {
            Testing::SshPair c;
            Answerer a(&c, HostKeyDecision::AcceptAndSave);
            QVERIFY(connectAndWait(c, p));
            QCOMPARE(a.keys.size(), 1);
        }
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains(hostPublicKey().split(' ').at(1)));
        {
            Testing::SshPair c;
            Answerer a(&c, HostKeyDecision::Reject);
            QVERIFY(connectAndWait(c, p));
            QCOMPARE(a.keys.size(), 0); // known now
        }
    }

    // Accepted keys are written as OpenSSH writes them: a missing ~/.ssh made private, a
    // last line without a line break left whole, hashed hosts in a hashed file (and then
    // recognised as known).
    void acceptedKeysAreWrittenAsOpenSshDoes()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("fresh-home/.ssh"));
        const QString file = dir + QStringLiteral("/known_hosts");
        ConnectionProfile p = keyProfile();
        p.knownHostsFile = file;
        {
            Testing::SshPair c;
            Answerer a(&c, HostKeyDecision::AcceptAndSave);
            QVERIFY(connectAndWait(c, p));
        }
        QCOMPARE(QFileInfo(dir).permissions() & 0x7077,
                 QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QCOMPARE(QFileInfo(file).permissions() & 0x7077, QFile::ReadOwner | QFile::WriteOwner);

        const QByteArray key = hostPublicKey().split(' ').at(1);
        const auto writeFile = [](const QString &path, const QByteArray &text) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(text);
        };
        const auto readFile = [](const QString &path) {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        writeFile(file, "# my hosts, no final line break");
        {
            Testing::SshPair c;
            Answerer a(&c, HostKeyDecision::AcceptAndSave);
            QVERIFY(connectAndWait(c, p));
        }
        const QList<QByteArray> lines = readFile(file).split('\n');
        QCOMPARE(lines.at(0), QByteArray("# my hosts, no final line break"));
        const QByteArray entry
            = KnownHosts::hostPattern(m_env.host(), m_env.port().toInt()).toUtf8() + " ssh-ed25519 "
            + key;
        QVERIFY(lines.at(1).startsWith(entry));

        // A file of hashed entries (HashKnownHosts yes) gets a hashed one.
        writeFile(file,
                  "|1|c2FsdHNhbHRzYWx0c2FsdHNhbHQ=|aGFzaGhhc2hoYXNoaGFzaGhhc2g= ssh-ed25519 "
                  "AAAAC3NzaC1lZDI1NTE5AAAAIOtherKeyOtherKeyOtherKeyOtherKeyOtherKey\n");
        {
            Testing::SshPair c;
            Answerer a(&c, HostKeyDecision::AcceptAndSave);
            QVERIFY(connectAndWait(c, p));
            QCOMPARE(a.keys.size(), 1);
        }
        const QList<QByteArray> hashed = readFile(file).trimmed().split('\n');
        QCOMPARE(hashed.size(), 2);
        QVERIFY(hashed.at(1).startsWith("|1|"));
        QVERIFY(!hashed.at(1).contains(m_env.host().toUtf8()));
        QVERIFY(
            KnownHosts::fieldMatches(hashed.at(1).split(' ').at(0),
                                     KnownHosts::hostPattern(m_env.host(), m_env.port().toInt())));
        {
            Testing::SshPair c;
            Answerer a(&c, HostKeyDecision::Reject);
            QVERIFY(connectAndWait(c, p));
            QCOMPARE(a.keys.size(), 0); // libssh finds the hashed entry
        }
    }

    // "Trust once" holds for the automatic reconnects of that connection.
    void trustedOnceIsNotAskedAgainOnReconnect()
    {
        const QString file = m_tmp.filePath(QStringLiteral("kh-once"));
        QFile::remove(file);
        ConnectionProfile p = keyProfile();
        p.knownHostsFile = file;
        Testing::SshPair c;
        Answerer a(&c, HostKeyDecision::AcceptOnce);
        QVERIFY(connectAndWait(c, p));
        QCOMPARE(a.keys.size(), 1);
        runAndWait(c,
                   {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("kill -9 $PPID")});
        const Output after = runAndWait(c, {QStringLiteral("echo"), QStringLiteral("back")});
        QVERIFY2(after.result.succeeded(), qPrintable(after.result.result.message()));
        QCOMPARE(a.keys.size(), 1); // not asked again
        QVERIFY(!QFile::exists(file));
    }

    void changedHostKeyIsRefusedNamingTheLine()
    {
        QFile other(m_env.value("SANDBOX_OTHER_HOST_KEY") + QStringLiteral(".pub"));
        QVERIFY(other.open(QIODevice::ReadOnly));
        const QList<QByteArray> parts = other.readAll().trimmed().split(' ');
        const QByteArray entry
            = "[127.0.0.1]:" + m_env.port().toUtf8() + ' ' + parts.at(0) + ' ' + parts.at(1) + '\n';
        const QString file = copyKnownHosts(
            QStringLiteral("kh-changed"),
            "# a comment\nother.example ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFake\n" + entry);
        ConnectionProfile p = keyProfile();
        p.knownHostsFile = file;
        Testing::SshPair c;
        Answerer a(&c, HostKeyDecision::AcceptAndSave);
        Result error;
        QVERIFY(!connectAndWait(c, p, &error));
        QCOMPARE(a.keys.size(), 0); // never offered to overwrite
        QCOMPARE(error.code(), ErrorCode::HostKey);
        QVERIFY2(error.message().contains(QLatin1String("CHANGED")), qPrintable(error.message()));
        QVERIFY2(error.message().contains(QStringLiteral("line 3 of %1").arg(file)),
                 qPrintable(error.message()));
        QVERIFY(error.message().contains(m_env.value("SANDBOX_HOST_KEY_SHA256")));
        QFile f(file);
        f.open(QIODevice::ReadOnly);
        QVERIFY(f.readAll().endsWith(entry)); // untouched
    }

    void hostKeyOfAnotherTypeIsRefused()
    {
        const QString file = copyKnownHosts(
            QStringLiteral("kh-other"),
            "[127.0.0.1]:" + m_env.port().toUtf8()
                + " ecdsa-sha2-nistp256 "
                  "AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBEmKSENjQEezOmxkZMy7opKgwFB9"
                  "nkt5YRrYMjNuG5N87uRgg6CLrbo5wAdT/y6v0mKV0U2w0WZ2YB/++Tpockg=\n");
        ConnectionProfile p = keyProfile();
        p.knownHostsFile = file;
        Testing::SshPair c;
        Answerer a(&c, HostKeyDecision::AcceptAndSave);
        Result error;
        QVERIFY(!connectAndWait(c, p, &error));
        QCOMPARE(a.keys.size(), 0);
        QCOMPARE(error.code(), ErrorCode::HostKey);
        QVERIFY2(error.message().contains(QLatin1String("another type")),
                 qPrintable(error.message()));
        QVERIFY(error.message().contains(QLatin1String("line 1 of")));
    }

    void revokedHostKeyIsRefused()
    {
        const QString file
            = copyKnownHosts(QStringLiteral("kh-revoked"),
                             "@revoked * " + hostPublicKey() + "\n[127.0.0.1]:"
                                 + m_env.port().toUtf8() + ' ' + hostPublicKey() + '\n');
        ConnectionProfile p = keyProfile();
        p.knownHostsFile = file;
        Testing::SshPair c;
        Answerer a(&c, HostKeyDecision::AcceptAndSave);
        Result error;
        QVERIFY(!connectAndWait(c, p, &error));
        QCOMPARE(error.code(), ErrorCode::HostKey);
        QVERIFY2(error.message().contains(QLatin1String("revoked")), qPrintable(error.message()));
    }

    // A @cert-authority line for the host: the key is still asked about (libssh negotiates no
    // host certificates), and the question names the line so the user knows why.
    void certAuthorityLineIsNamedWhenAsking()
    {
        const QByteArray host
            = KnownHosts::hostPattern(m_env.host(), m_env.port().toInt()).toUtf8();
        const QString file = copyKnownHosts(
            QStringLiteral("kh-ca"),
            "other.example ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOTHER\n@cert-authority " + host
                + ",*.example ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAICA\n");
        ConnectionProfile p = keyProfile();
        p.knownHostsFile = file;
        Testing::SshPair c;
        Answerer a(&c, HostKeyDecision::Reject);
        QVERIFY(!connectAndWait(c, p));
        QCOMPARE(a.keys.size(), 1);
        QCOMPARE(a.keys.first().status, HostKeyInfo::Status::Unknown);
        QCOMPARE(a.keys.first().certAuthority, file + QStringLiteral(", line 2"));
    }

    void sshConfigAliasSuppliesTheRest()
    {
        const QString config = m_tmp.filePath(QStringLiteral("ssh_config"));
        QFile f(config);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Host sandbox-alias\n    HostName " + m_env.host().toUtf8() + "\n    Port "
                + m_env.port().toUtf8() + "\n    User " + m_env.user().toUtf8()
                + "\n    IdentityFile " + m_env.key().toUtf8()
                + "\n    ServerAliveInterval 5\nHost *\n    User nobody\n");
        f.close();
        ConnectionProfile p;
        p.name = QStringLiteral("alias");
        p.sshAlias = QStringLiteral("sandbox-alias");
        p.knownHostsFile = m_env.knownHosts();
        p.sshConfigFile = config;
        Testing::SshPair c;
        QSignalSpy latency(&c, &Connection::latencyMeasured);
        QVERIFY(connectAndWait(c, p));
        QCOMPARE(runAndWait(c, {QStringLiteral("whoami")}).out, m_env.user().toUtf8() + '\n');
        // ServerAliveInterval 5: a first probe at once, the next within the interval.
        QVERIFY(latency.wait(kLong));
        QVERIFY(latency.wait(kLong));
    }

    // OpenSSH tries every IdentityFile of the block in order; the block is found by the
    // profile's alias (not by its HostName), in the profile's own config file.
    void severalIdentityFilesAreTriedInOrder()
    {
        const QString stranger = m_tmp.filePath(QStringLiteral("id_stranger"));
        QFile::remove(stranger);
        runLocal(QStringLiteral("ssh-keygen"),
                 {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                  QStringLiteral("-N"), QString(), QStringLiteral("-f"), stranger});
        const QString config = m_tmp.filePath(QStringLiteral("ssh_config_keys"));
        QFile f(config);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Host cluster-by-alias\n    HostName " + m_env.host().toUtf8() + "\n    Port "
                + m_env.port().toUtf8() + "\n    User " + m_env.user().toUtf8()
                + "\n    IdentityFile " + stranger.toUtf8() + "\n    IdentityFile "
                + m_env.key().toUtf8() + "\n");
        f.close();
        ConnectionProfile p;
        p.name = QStringLiteral("keys");
        p.sshAlias = QStringLiteral("cluster-by-alias");
        p.knownHostsFile = m_env.knownHosts();
        p.sshConfigFile = config;
        Testing::SshPair c;
        Answerer a(&c, HostKeyDecision::Reject); // nothing to ask: the second key logs in
        QVERIFY(connectAndWait(c, p));
        QCOMPARE(a.requests.size(), 0);
        QCOMPARE(runAndWait(c, {QStringLiteral("whoami")}).out, m_env.user().toUtf8() + '\n');
    }

    void throughAJumpHost()
    {
        // The jump host is the sandbox itself (its sshd forwards to its own port); both hops
        // log in with the key, offered by a real ssh-agent.
        const QString socket = m_tmp.filePath(QStringLiteral("agent.sock"));
        QProcess agent;
        agent.start(QStringLiteral("ssh-agent"),
                    {QStringLiteral("-D"), QStringLiteral("-a"), socket});
        QVERIFY(agent.waitForStarted());
        auto stopAgent = qScopeGuard([&] {
            agent.terminate();
            agent.waitForFinished();
            qunsetenv("SSH_AUTH_SOCK");
        });
        for (int i = 0; i < 100 && !QFile::exists(socket); ++i)
            QTest::qWait(50);
        qputenv("SSH_AUTH_SOCK", socket.toUtf8());
        QProcess add;
        add.start(QStringLiteral("ssh-add"), {m_env.key()});
        QVERIFY(add.waitForFinished());
        QCOMPARE(add.exitCode(), 0);

        ConnectionProfile p = keyProfile();
        p.identityFile.clear();
        p.jumpHosts = {m_env.user() + QStringLiteral("@") + m_env.host() + QStringLiteral(":")
                       + m_env.port()};
        Testing::SshPair c;
        Result error;
        QVERIFY2(connectAndWait(c, p, &error), qPrintable(error.message()));
        const Output o = runAndWait(
            c,
            {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo $SSH_CONNECTION")});
        // The second hop arrives from the jump host's forwarding, still on loopback.
        QVERIFY2(o.out.startsWith("127.0.0.1 "), o.out.constData());
        QVERIFY(o.result.succeeded());
    }

    // ---------------------------------------------------------------- logging in
    void keyboardInteractivePassword()
    {
        Testing::SshPair c;
        Answerer a(&c, HostKeyDecision::Reject);
        const QByteArray password = m_env.password().toUtf8();
        a.responder = [password](const QString &, const CredentialRequest &) { return password; };
        QVERIFY(connectAndWait(c, passwordProfile(m_env.port())));
        QCOMPARE(a.requests.size(), 1);
        QCOMPARE(a.requests.first().kind, CredentialRequest::Kind::KeyboardInteractive);
        QCOMPARE(a.requests.first().prompts.size(), 1);
        QVERIFY(!a.requests.first().prompts.first().echo);
        const Output o = runAndWait(c, {QStringLiteral("whoami")});
        QCOMPARE(o.out, m_env.user().toUtf8() + '\n');
    }

    void passwordMethod()
    {
        Testing::SshPair c;
        Answerer a(&c, HostKeyDecision::Reject);
        const QByteArray password = m_env.password().toUtf8();
        a.responder = [password](const QString &, const CredentialRequest &) { return password; };
        QVERIFY(connectAndWait(c, passwordProfile(m_env.value("SANDBOX_PASSWORD_PORT"))));
        QCOMPARE(a.requests.size(), 1);
        QCOMPARE(a.requests.first().kind, CredentialRequest::Kind::Password);
    }

    void wrongPasswordSaysSo()
    {
        Testing::SshPair c;
        Answerer a(&c, HostKeyDecision::Reject);
        a.responder = [](const QString &, const CredentialRequest &) { return QByteArray("nope"); };
        Result error;
        QVERIFY(!connectAndWait(c, passwordProfile(m_env.value("SANDBOX_PASSWORD_PORT")), &error));
        QCOMPARE(error.code(), ErrorCode::Authentication);
        QVERIFY2(error.message().contains(QLatin1String("did not accept the password")),
                 qPrintable(error.message()));
        QVERIFY(a.requests.size() >= 2);
        QVERIFY(a.requests.last().retry);
    }

    void passwordAndOneTimeCode()
    {
        Testing::SshPair c;
        Answerer a(&c, HostKeyDecision::Reject);
        const QByteArray password = m_env.password().toUtf8();
        a.responder = [this, password](const QString &prompt, const CredentialRequest &) {
            if (!prompt.contains(QLatin1String("One-time")))
                return password;
            m_codesUsed.append(SandboxEnv::oneTimeCode());
            return m_codesUsed.last();
        };
        QVERIFY(connectAndWait(c, passwordProfile(m_env.otpPort())));
        QStringList prompts;
        for (const auto &r : a.requests)
            for (const auto &p : r.prompts)
                prompts.append(p.text);
        QVERIFY2(prompts.size() == 2, qPrintable(prompts.join(QLatin1Char('|'))));
        QCOMPARE(runAndWait(c, {QStringLiteral("whoami")}).out, m_env.user().toUtf8() + '\n');
    }

    void wrongOneTimeCodeSaysSo()
    {
        Testing::SshPair c;
        Answerer a(&c, HostKeyDecision::Reject);
        const QByteArray password = m_env.password().toUtf8();
        a.responder = [password](const QString &prompt, const CredentialRequest &) {
            return prompt.contains(QLatin1String("One-time")) ? QByteArray("000000") : password;
        };
        Result error;
        QVERIFY(!connectAndWait(c, passwordProfile(m_env.otpPort()), &error));
        QCOMPARE(error.code(), ErrorCode::Authentication);
        QVERIFY2(error.message().contains(QLatin1String("one-time code")),
                 qPrintable(error.message()));
    }

    void cancellingThePromptCancelsTheLogin()
    {
        Testing::SshPair c;
        Answerer a(&c, HostKeyDecision::Reject);
        a.responder
            = [](const QString &, const CredentialRequest &) { return QByteArray("<cancel>"); };
        Result error;
        QVERIFY(!connectAndWait(c, passwordProfile(m_env.port()), &error));
        QCOMPARE(error.code(), ErrorCode::Cancelled);
    }

    void passphraseProtectedKey()
    {
        const QString key = m_tmp.filePath(QStringLiteral("id_locked"));
        runLocal(QStringLiteral("ssh-keygen"),
                 {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                  QStringLiteral("-N"), QStringLiteral("s3cret phrase"), QStringLiteral("-f"),
                  key});
        const auto restore = m_env.authorizeKey(key + QStringLiteral(".pub"));
        ConnectionProfile p = keyProfile();
        p.identityFile = key;
        {
            Testing::SshPair c;
            Answerer a(&c, HostKeyDecision::Reject);
            a.responder = [](const QString &, const CredentialRequest &r) {
                return r.kind == CredentialRequest::Kind::Passphrase ? QByteArray("s3cret phrase")
                                                                     : QByteArray("<cancel>");
            };
            QVERIFY(connectAndWait(c, p));
            QCOMPARE(a.requests.size(), 1);
            QCOMPARE(a.requests.first().kind, CredentialRequest::Kind::Passphrase);
            QCOMPARE(a.requests.first().keyFile, key);
        }
        {
            Testing::SshPair c;
            Answerer a(&c, HostKeyDecision::Reject);
            a.responder = [](const QString &, const CredentialRequest &r) {
                return r.kind == CredentialRequest::Kind::Passphrase ? QByteArray("wrong")
                                                                     : QByteArray("<cancel>");
            };
            Result error;
            QVERIFY(!connectAndWait(c, p, &error));
            QVERIFY2(error.message().contains(QLatin1String("passphrase")),
                     qPrintable(error.message()));
        }
    }

    // ---------------------------------------------------------------- errors
    void connectionErrors_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("unknown host name")
            << QStringLiteral("no-such-host.invalid") << 22 << int(ErrorCode::Network)
            << QStringLiteral("is unknown");
        QTest::newRow("refused port") << QStringLiteral("127.0.0.1") << 1 << int(ErrorCode::Network)
                                      << QStringLiteral("refused the connection");
    }

    void connectionErrors()
    {
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(int, code);
        QFETCH(QString, phrase);
        ConnectionProfile p = keyProfile();
        p.host = host;
        p.port = port;
        Testing::SshPair c;
        Result error;
        QVERIFY(!connectAndWait(c, p, &error));
        QCOMPARE(int(error.code()), code);
        QVERIFY2(error.message().contains(phrase), qPrintable(error.message()));
    }

    void silentServerTimesOut()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QList<QTcpSocket *> keep;
        connect(&silent, &QTcpServer::newConnection, this,
                [&] { keep.append(silent.nextPendingConnection()); });
        ConnectionProfile p = keyProfile();
        p.port = silent.serverPort();
        p.connectTimeoutSeconds = 2;
        Testing::SshPair c;
        Result error;
        QVERIFY(!connectAndWait(c, p, &error));
        QVERIFY2(error.code() == ErrorCode::Timeout
                     || error.message().contains(QLatin1String("answer")),
                 qPrintable(error.message()));
    }

    void serverThatClosesSaysSo()
    {
        QTcpServer closing;
        QVERIFY(closing.listen(QHostAddress::LocalHost));
        connect(&closing, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *s = closing.nextPendingConnection();
            s->write("SSH-2.0-Fake\r\n");
            s->flush();
            s->disconnectFromHost();
        });
        ConnectionProfile p = keyProfile();
        p.port = closing.serverPort();
        Testing::SshPair c;
        Result error;
        QVERIFY(!connectAndWait(c, p, &error));
        QCOMPARE(error.code(), ErrorCode::Network);
        QVERIFY2(error.message().contains(QLatin1String("closed")), qPrintable(error.message()));
    }

    // ---------------------------------------------------------------- commands
    void streamsOutputAndExitStatus()
    {
        Testing::SshPair c;
        QVERIFY(connectAndWait(c, keyProfile()));
        const Output o = runAndWait(c,
                                    {QStringLiteral("sh"), QStringLiteral("-c"),
                                     QStringLiteral("echo out; echo err >&2; cat; exit 7")},
                                    "from stdin\n");
        QCOMPARE(o.out, QByteArray("out\nfrom stdin\n"));
        QCOMPARE(o.err, QByteArray("err\n"));
        QCOMPARE(o.result.exitStatus, 7);
        QVERIFY(o.result.result.isOk());
        QVERIFY(!o.result.succeeded());
        QVERIFY(o.pid > 1);
        // A program the host lacks: the shell's 127 and its words, which the Slurm client
        // turns into "no Slurm commands on this host".
        const Output missing
            = runAndWait(c, {QStringLiteral("no-such-program-x"), QStringLiteral("a")});
        QCOMPARE(missing.result.exitStatus, 127);
        QVERIFY2(missing.err.contains("no-such-program-x") && missing.err.contains("not found"),
                 missing.err.constData());
    }

    void hostileArgumentsArriveIntact()
    {
        Testing::SshPair c;
        QVERIFY(connectAndWait(c, keyProfile()));
        const QString nasty = QStringLiteral("a'b \"c\" $(id) `id` ; | & \n ñ");
        const Output o = runAndWait(c, {QStringLiteral("printf"), QStringLiteral("%s"), nasty});
        QCOMPARE(QString::fromUtf8(o.out), nasty);
    }

    // Clusters' login shells print banners from their rc files and parse commands by their
    // own rules (tcsh, fish): the command still gets its arguments byte for byte, its output
    // comes without the banners, its PID is known, and file transfers work.
    void loginShellsDoNotDisturbCommands_data()
    {
        QTest::addColumn<QString>("user");
        QTest::newRow("bash that prints banners") << m_env.value("SANDBOX_NOISY_USER");
        QTest::newRow("tcsh") << m_env.value("SANDBOX_TCSH_USER");
        QTest::newRow("fish") << m_env.value("SANDBOX_FISH_USER");
    }
    void loginShellsDoNotDisturbCommands()
    {
        QFETCH(QString, user);
        QVERIFY(!user.isEmpty());
        ConnectionProfile p = keyProfile();
        p.user = user;
        Testing::SshPair c;
        QVERIFY(connectAndWait(c, p));
        const QString nasty = QStringLiteral("a'b \"c\" $(id) `id` ; | & !! \\ \n ñ");
        const Output o
            = runAndWait(c, {QStringLiteral("printf"), QStringLiteral("[%s]"), nasty, QString()});
        QCOMPARE(QString::fromUtf8(o.out), QStringLiteral("[%1][]").arg(nasty));
        QCOMPARE(o.err, QByteArray());
        QVERIFY(o.result.succeeded());
        QVERIFY(o.pid > 1);
        // Slurm's JSON arrives parseable, input reaches the command, its status comes back.
        const Output sinfo = runAndWait(c, {QStringLiteral("sinfo"), QStringLiteral("--json")});
        QVERIFY2(sinfo.result.succeeded(), sinfo.err.constData());
        QVERIFY(QJsonDocument::fromJson(sinfo.out).isObject());
        const Output cat = runAndWait(
            c, {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("cat; exit 5")},
            "line\n");
        QCOMPARE(cat.out, QByteArray("line\n"));
        QCOMPARE(cat.result.exitStatus, 5);
        QVERIFY(waitOperation(c.writeFile(QStringLiteral("shell-test.txt"), "ok", 0600)).isOk());
        RemoteOperation *read = c.readFrom(QStringLiteral("shell-test.txt"), 0, 100);
        QVERIFY(waitOperation(read).isOk());
        QCOMPARE(read->data(), QByteArray("ok"));
        QVERIFY(runAndWait(c, {QStringLiteral("rm"), QStringLiteral("shell-test.txt")})
                    .result.succeeded());
    }

    // Connecting again while commands and transfers run replaces the session: they end and
    // say so (they used to keep channels of the freed session), and new ones work.
    void reconnectingOnPurposeEndsLiveWork()
    {
        Testing::SshPair c;
        QVERIFY(connectAndWait(c, keyProfile()));
        RemoteProcess *p = c.run({QStringLiteral("sleep"), QStringLiteral("300")});
        QSignalSpy started(p, &RemoteProcess::started);
        QVERIFY(started.wait(kLong));
        QSignalSpy finished(p, &RemoteProcess::finished);
        QVERIFY(connectAndWait(c, keyProfile()));
        QVERIFY(!finished.isEmpty() || finished.wait(kLong));
        QCOMPARE(p->result().result.code(), ErrorCode::Cancelled);
        delete p;
        const Output o = runAndWait(c, {QStringLiteral("echo"), QStringLiteral("after")});
        QCOMPARE(o.out, QByteArray("after\n"));
    }

    // A server that allows only 3 sessions (MaxSessions): a dozen commands and a file read
    // at once all finish, none refused and the connection never taken for lost.
    void aServerWithFewSessionsRunsEverything()
    {
        ConnectionProfile p = keyProfile();
        p.port = m_env.value("SANDBOX_FEW_SESSIONS_PORT").toInt();
        QVERIFY(p.port > 0);
        Testing::SshPair c;
        QVERIFY(connectAndWait(c, p));
        QSignalSpy states(&c, &Connection::stateChanged);
        QList<RemoteProcess *> running;
        QList<QByteArray> outputs(12);
        for (int i = 0; i < 12; ++i) {
            RemoteProcess *r = c.run({QStringLiteral("sh"), QStringLiteral("-c"),
                                      QStringLiteral("sleep 0.3; echo %1").arg(i)});
            connect(r, &RemoteProcess::standardOutput, r,
                    [&outputs, i](const QByteArray &b) { outputs[i] += b; });
            running << r;
        }
        RemoteOperation *read = c.readFrom(QStringLiteral(".ssh/authorized_keys"), 0, 100);
        for (RemoteProcess *r : std::as_const(running)) {
            QSignalSpy done(r, &RemoteProcess::finished);
            QVERIFY(r->isFinished() || done.wait(kLong));
            QVERIFY2(r->result().succeeded(), qPrintable(r->result().result.message()));
        }
        for (int i = 0; i < 12; ++i)
            QCOMPARE(outputs.at(i), QByteArray::number(i) + '\n');
        QVERIFY(waitOperation(read).isOk());
        QVERIFY(read->data().startsWith("ssh-ed25519"));
        QVERIFY(states.isEmpty()); // never Reconnecting
        qDeleteAll(running);
    }

    // A server whose SFTP subsystem does not answer (Dropbear without sftp-server): found
    // once and said plainly; files are read and written through commands instead, and a log
    // is followed through them.
    void aServerWithoutSftpFallsBackToCommands()
    {
        ConnectionProfile p = keyProfile();
        p.port = m_env.value("SANDBOX_NO_SFTP_PORT").toInt();
        QVERIFY(p.port > 0);
        Testing::SshPair c;
        QVERIFY(connectAndWait(c, p));
        const QString dir = QStringLiteral("patagon-test/no-sftp");
        QVERIFY(waitOperation(c.mkdirPath(dir)).isOk());
        QVERIFY(
            waitOperation(c.writeFile(dir + QStringLiteral("/secret"), "0123456789", 0600)).isOk());
        RemoteOperation *info = c.stat(dir + QStringLiteral("/secret"));
        QVERIFY(waitOperation(info).isOk());
        QVERIFY(info->fileInfo().exists);
        QCOMPARE(info->fileInfo().size, 10);
        QCOMPARE(info->fileInfo().permissions, 0600u);
        QVERIFY(waitOperation(c.chmod(dir + QStringLiteral("/secret"), 0640)).isOk());
        RemoteOperation *again = c.stat(dir + QStringLiteral("/secret"));
        QVERIFY(waitOperation(again).isOk());
        QCOMPARE(again->fileInfo().permissions, 0640u);
        RemoteOperation *missing = c.stat(dir + QStringLiteral("/none"));
        QVERIFY(waitOperation(missing).isOk());
        QVERIFY(!missing->fileInfo().exists);
        RemoteOperation *part = c.readFrom(dir + QStringLiteral("/secret"), 4, 3);
        QVERIFY(waitOperation(part).isOk());
        QCOMPARE(part->data(), QByteArray("456"));
        QCOMPARE(part->nextOffset(), 7);
        QCOMPARE(waitOperation(c.readFrom(dir + QStringLiteral("/not-yet.out"), 0, 10)).code(),
                 ErrorCode::NotFound);
        // Folders are listed through find.
        QVERIFY(waitOperation(c.mkdirPath(dir + QStringLiteral("/sub dir"))).isOk());
        QVERIFY(runAndWait(c,
                           {QStringLiteral("ln"), QStringLiteral("-s"), QStringLiteral("sub dir"),
                            dir + QStringLiteral("/link")})
                    .result.succeeded());
        const QString home = QString::fromUtf8(
            runAndWait(c,
                       {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo $HOME")})
                .out.trimmed());
        Result listed;
        const RemoteListing listing = listAndWait(c, QStringLiteral("~/") + dir, &listed);
        QVERIFY2(listed, qPrintable(listed.message()));
        QCOMPARE(listing.path, home + u'/' + dir);
        QCOMPARE(describe(listing),
                 (QStringList {QStringLiteral("link ld"), QStringLiteral("secret f 10"),
                               QStringLiteral("sub dir d")}));
        RemoteOperation *cut = c.host()->list(dir, 1);
        QVERIFY(waitOperation(cut).isOk());
        QCOMPARE(cut->listing().entries.size(), 1);
        QVERIFY(cut->listing().truncated);
        delete cut;
        (void)listAndWait(c, dir + QStringLiteral("/none"), &listed);
        QCOMPARE(listed.code(), ErrorCode::NotFound);
        (void)listAndWait(c, dir + QStringLiteral("/secret"), &listed);
        QCOMPARE(listed.code(), ErrorCode::InvalidInput);
        (void)listAndWait(c, QStringLiteral("/root"), &listed);
        QCOMPARE(listed.code(), ErrorCode::PermissionDenied);
        // Folders cannot be copied without SFTP: said, not retried.
        const Result up = waitOperation(c.upload(m_tmp.path(), dir + QStringLiteral("/tree")));
        QCOMPARE(up.code(), ErrorCode::Unsupported);
        QVERIFY2(up.message().contains(QLatin1String("SFTP")), qPrintable(up.message()));

        Jobs::LogFollower follower(c.host());
        follower.setPollInterval(20, 200);
        QStringList lines;
        connect(&follower, &Jobs::LogFollower::linesAppended, this,
                [&](Jobs::LogFollower::Stream, const QStringList &l) { lines += l; });
        QVERIFY(waitOperation(c.writeFile(dir + QStringLiteral("/job.out"), "one\ntwo\n", 0644))
                    .isOk());
        follower.followFiles(dir + QStringLiteral("/job.out"));
        QTRY_COMPARE_WITH_TIMEOUT(
            lines, (QStringList {QStringLiteral("one"), QStringLiteral("two")}), kLong);
        follower.stop();
        QVERIFY(
            runAndWait(c, {QStringLiteral("rm"), QStringLiteral("-rf"), dir}).result.succeeded());
    }

    void cancelKillsTheRemoteProcess()
    {
        Testing::SshPair c;
        QVERIFY(connectAndWait(c, keyProfile()));
        RemoteProcess *p = c.run(
            {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("sleep 300 & wait")});
        QSignalSpy started(p, &RemoteProcess::started);
        QVERIFY(started.wait(kLong));
        const qint64 pid = p->remotePid();
        QVERIFY(pid > 1);
        QCOMPARE(runAndWait(c, {QStringLiteral("kill"), QStringLiteral("-0"), QString::number(pid)})
                     .result.exitStatus,
                 0);
        QSignalSpy finished(p, &RemoteProcess::finished);
        p->cancel();
        QVERIFY(finished.wait(kLong));
        QVERIFY(p->result().cancelled);
        // The shell and its sleep are gone: nothing of the process group is left but, for a
        // moment, zombies waiting for init to reap them.
        QByteArray alive = "not checked";
        for (int i = 0; i < 50 && !alive.isEmpty(); ++i) {
            const Output check = runAndWait(c,
                                            {QStringLiteral("ps"), QStringLiteral("-o"),
                                             QStringLiteral("pid=,stat="), QStringLiteral("-g"),
                                             QString::number(pid)});
            alive.clear();
            for (const QByteArray &line : check.out.split('\n'))
                if (!line.trimmed().isEmpty() && !line.contains('Z'))
                    alive += line + '\n';
            if (!alive.isEmpty())
                QTest::qWait(100);
        }
        QVERIFY2(alive.isEmpty(), alive.constData());
    }

    void severalCommandsAtOnce()
    {
        Testing::SshPair c;
        QVERIFY(connectAndWait(c, keyProfile()));
        QList<RemoteProcess *> running;
        QList<QByteArray> outputs(5);
        for (int i = 0; i < 5; ++i) {
            RemoteProcess *p = c.run({QStringLiteral("sh"), QStringLiteral("-c"),
                                      QStringLiteral("sleep 1; echo %1").arg(i)});
            connect(p, &RemoteProcess::standardOutput, this,
                    [&outputs, i](const QByteArray &b) { outputs[i] += b; });
            running.append(p);
        }
        for (RemoteProcess *p : running) {
            QSignalSpy done(p, &RemoteProcess::finished);
            if (!p->isFinished())
                QVERIFY(done.wait(kLong));
            QVERIFY(p->result().succeeded());
        }
        for (int i = 0; i < 5; ++i)
            QCOMPARE(outputs.at(i), QByteArray::number(i) + '\n');
        qDeleteAll(running);
    }

    void largeOutputStreams()
    {
        Testing::SshPair c;
        QVERIFY(connectAndWait(c, keyProfile()));
        const qint64 size = 200LL * 1024 * 1024;
        RemoteProcess *p = c.run({QStringLiteral("head"), QStringLiteral("-c"),
                                  QString::number(size), QStringLiteral("/dev/zero")});
        qint64 received = 0;
        qint64 largestChunk = 0;
        bool allZero = true;
        connect(p, &RemoteProcess::standardOutput, this, [&](const QByteArray &b) {
            received += b.size();
            largestChunk = std::max<qint64>(largestChunk, b.size());
            allZero = allZero && b.count('\0') == b.size();
        });
        QSignalSpy done(p, &RemoteProcess::finished);
        QVERIFY(done.wait(kLong));
        QCOMPARE(received, size);
        QVERIFY(allZero);
        QVERIFY(largestChunk <= 1024 * 1024); // delivered in chunks, never as one block
        QVERIFY(p->result().succeeded());
    }

    void eventLoopKeepsTurningDuringACommand()
    {
        Testing::SshPair c;
        QVERIFY(connectAndWait(c, keyProfile()));
        QElapsedTimer clock;
        qint64 last = 0;
        qint64 longestGap = 0;
        int ticks = 0;
        QTimer timer;
        timer.setInterval(20);
        connect(&timer, &QTimer::timeout, this, [&] {
            const qint64 now = clock.elapsed();
            longestGap = std::max(longestGap, now - last);
            last = now;
            ++ticks;
        });
        clock.start();
        timer.start();
        const Output o = runAndWait(c, {QStringLiteral("sleep"), QStringLiteral("3")});
        QVERIFY(o.result.succeeded());
        QVERIFY2(ticks > 50, qPrintable(QString::number(ticks)));
        QVERIFY2(longestGap < 1000, qPrintable(QString::number(longestGap)));
    }

    // ---------------------------------------------------------------- SFTP
    void uploadIsAtomicAndKeepsModes()
    {
        Testing::SshPair c;
        QVERIFY(connectAndWait(c, keyProfile()));
        const QString local = m_tmp.filePath(QStringLiteral("up.bin"));
        QByteArray data(3 * 1024 * 1024 + 17, Qt::Uninitialized);
        for (qsizetype i = 0; i < data.size(); ++i)
            data[i] = char(QRandomGenerator::global()->bounded(256));
        {
            QFile f(local);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(data);
            f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                             | QFile::ReadGroup);
        }
        const QString remote = QStringLiteral("patagon-test/deep/er/up.bin");
        QVERIFY(waitOperation(c.upload(local, remote)).isOk());
        RemoteOperation *st = c.stat(remote);
        QVERIFY(waitOperation(st).isOk());
        QVERIFY(st->fileInfo().exists);
        QCOMPARE(st->fileInfo().size, data.size());
        QCOMPARE(st->fileInfo().permissions, quint32(0740));
        const Output sum = runAndWait(c, {QStringLiteral("sha256sum"), remote});
        QCOMPARE(sum.out.left(64),
                 QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());

        // Download it back.
        const QString back = m_tmp.filePath(QStringLiteral("back.bin"));
        QVERIFY(waitOperation(c.download(remote, back)).isOk());
        QFile b(back);
        QVERIFY(b.open(QIODevice::ReadOnly));
        QCOMPARE(b.readAll(), data);
        const QFile::Permissions modeBits = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
            | QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
            | QFile::WriteOther | QFile::ExeOther;
        QCOMPARE(QFileInfo(back).permissions() & modeBits,
                 QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup);

        // A cancelled upload leaves the old file as it was, and no temporary file behind.
        const QString big = m_tmp.filePath(QStringLiteral("big.bin"));
        {
            QFile f(big);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(64 * 1024 * 1024, 'x'));
        }
        RemoteOperation *up = c.upload(big, remote);
        connect(up, &RemoteOperation::progress, up, [up](qint64 done, qint64) {
            if (done > 0)
                up->cancel();
        });
        const Result cancelled = waitOperation(up);
        QCOMPARE(cancelled.code(), ErrorCode::Cancelled);
        const Output after = runAndWait(c, {QStringLiteral("sha256sum"), remote});
        QCOMPARE(after.out.left(64), sum.out.left(64));
        const Output leftovers = runAndWait(
            c,
            {QStringLiteral("ls"), QStringLiteral("-A"), QStringLiteral("patagon-test/deep/er")});
        QCOMPARE(leftovers.out, QByteArray("up.bin\n"));
    }

    void secretsAreWrittenPrivately()
    {
        Testing::SshPair c;
        QVERIFY(connectAndWait(c, keyProfile()));
        QVERIFY(waitOperation(c.writeFile(QStringLiteral("patagon-test/secret"), "token\n", 0600))
                    .isOk());
        RemoteOperation *st = c.stat(QStringLiteral("patagon-test/secret"));
        QVERIFY(waitOperation(st).isOk());
        QCOMPARE(st->fileInfo().permissions, quint32(0600));
        QVERIFY(waitOperation(c.chmod(QStringLiteral("patagon-test/secret"), 0640)).isOk());
        RemoteOperation *st2 = c.stat(QStringLiteral("patagon-test/secret"));
        QVERIFY(waitOperation(st2).isOk());
        QCOMPARE(st2->fileInfo().permissions, quint32(0640));
    }

    void foldersUploadAndDownloadRecursively()
    {
        Testing::SshPair c;
        QVERIFY(connectAndWait(c, keyProfile()));
        const QString dir = m_tmp.filePath(QStringLiteral("tree"));
        QDir().mkpath(dir + QStringLiteral("/a/b"));
        for (const QString &name : {QStringLiteral("top.txt"), QStringLiteral("a/mid.txt"),
                                    QStringLiteral("a/b/leaf.txt")}) {
            QFile f(dir + QLatin1Char('/') + name);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(name.toUtf8());
        }
        QVERIFY(waitOperation(c.upload(dir, QStringLiteral("patagon-test/tree"))).isOk());
        const Output listing
            = runAndWait(c,
                         {QStringLiteral("find"), QStringLiteral("patagon-test/tree"),
                          QStringLiteral("-type"), QStringLiteral("f")});
        QCOMPARE(listing.out.count('\n'), 3);
        const QString back = m_tmp.filePath(QStringLiteral("tree-back"));
        QVERIFY(waitOperation(c.download(QStringLiteral("patagon-test/tree"), back)).isOk());
        QFile leaf(back + QStringLiteral("/a/b/leaf.txt"));
        QVERIFY(leaf.open(QIODevice::ReadOnly));
        QCOMPARE(leaf.readAll(), QByteArray("a/b/leaf.txt"));
    }

    // A folder over SFTP: files, folders, hidden and non-ASCII names, links followed (and one
    // to nothing), `~/` and relative paths made absolute; a missing folder, a file and a
    // folder that may not be read each say what is wrong.
    void listsAFolder()
    {
        Testing::SshPair c;
        QVERIFY(connectAndWait(c, keyProfile()));
        const Output made = runAndWait(
            c,
            {QStringLiteral("sh"), QStringLiteral("-c"),
             QStringLiteral("mkdir -p patagon-test/list/sub/deeper 'patagon-test/list/other dir' "
                            "&& cd patagon-test/list && printf alpha > a.txt && printf x > .hidden "
                            "&& : > 'ñandú ✓' && ln -sfn sub to-sub && ln -sfn nowhere dangling "
                            "&& printf %s \"$HOME\"")});
        QVERIFY2(made.result.succeeded(), made.err.constData());
        const QString home = QString::fromUtf8(made.out);
        const QString folder = home + QStringLiteral("/patagon-test/list");
        const QStringList expected {QStringLiteral(".hidden f 1"), QStringLiteral("a.txt f 5"),
                                    QStringLiteral("dangling l-"), QStringLiteral("other dir d"),
                                    QStringLiteral("sub d"),       QStringLiteral("to-sub ld"),
                                    QStringLiteral("ñandú ✓ f 0")};
        for (const QString &path : QStringList {QStringLiteral("patagon-test/list"),
                                                QStringLiteral("~/patagon-test/list/"),
                                                folder + QStringLiteral("/sub/.."), folder}) {
            Result r;
            const RemoteListing listing = listAndWait(c, path, &r);
            QVERIFY2(r, qPrintable(path + u": " + r.message()));
            QCOMPARE(listing.path, folder);
            QVERIFY(!listing.truncated);
            QCOMPARE(describe(listing), expected);
        }
        Result r;
        QCOMPARE(listAndWait(c, QStringLiteral("~"), &r).path, home);
        QVERIFY(r);

        const RemoteListing missing = listAndWait(c, QStringLiteral("patagon-test/list/none"), &r);
        QCOMPARE(r.code(), ErrorCode::NotFound);
        QVERIFY2(r.message().contains(QLatin1String("does not exist")), qPrintable(r.message()));
        QCOMPARE(missing.path, folder + QStringLiteral("/none"));
        (void)listAndWait(c, QStringLiteral("patagon-test/list/a.txt"), &r);
        QCOMPARE(r.code(), ErrorCode::InvalidInput);
        QVERIFY2(r.message().contains(QLatin1String("is a file, not a folder")),
                 qPrintable(r.message()));
        (void)listAndWait(c, QStringLiteral("/root"), &r);
        QCOMPARE(r.code(), ErrorCode::PermissionDenied);
        QVERIFY2(r.message().contains(QLatin1String("permission denied")), qPrintable(r.message()));
        // The connection is as good as before: nothing was left open.
        QVERIFY(runAndWait(c, {QStringLiteral("true")}).result.succeeded());
    }

    // A listing is read in slices: a folder of many entries comes whole, a command runs
    // meanwhile, a limit cuts it, and deleting the handle cancels it.
    void aLargeFolderIsListedWhileCommandsRun()
    {
        Testing::SshPair c;
        QVERIFY(connectAndWait(c, keyProfile()));
        const Output made = runAndWait(
            c,
            {QStringLiteral("sh"), QStringLiteral("-c"),
             QStringLiteral("mkdir -p patagon-test/many && cd patagon-test/many && seq 1 20000 "
                            "| xargs touch")});
        QVERIFY2(made.result.succeeded(), made.err.constData());
        RemoteOperation *op = c.host()->list(QStringLiteral("patagon-test/many"));
        const Output echo = runAndWait(c, {QStringLiteral("echo"), QStringLiteral("meanwhile")});
        QCOMPARE(echo.out, QByteArray("meanwhile\n"));
        QVERIFY(waitOperation(op).isOk());
        QCOMPARE(op->listing().entries.size(), 20000);
        QVERIFY(!op->listing().truncated);
        delete op;
        RemoteOperation *cut = c.host()->list(QStringLiteral("patagon-test/many"), 100);
        QVERIFY(waitOperation(cut).isOk());
        QCOMPARE(cut->listing().entries.size(), 100);
        QVERIFY(cut->listing().truncated);
        delete cut;
        delete c.host()->list(QStringLiteral("patagon-test/many")); // cancelled at once
        QVERIFY(runAndWait(c, {QStringLiteral("true")}).result.succeeded());
    }

    void readFromAnOffset()
    {
        Testing::SshPair c;
        QVERIFY(connectAndWait(c, keyProfile()));
        QVERIFY(
            waitOperation(c.writeFile(QStringLiteral("patagon-test/log.txt"), "0123456789", 0644))
                .isOk());
        RemoteOperation *r = c.readFrom(QStringLiteral("patagon-test/log.txt"), 4, 3);
        QVERIFY(waitOperation(r).isOk());
        QCOMPARE(r->data(), QByteArray("456"));
        QCOMPARE(r->nextOffset(), 7);
        RemoteOperation *rest = c.readFrom(QStringLiteral("patagon-test/log.txt"), 7, 1000);
        QVERIFY(waitOperation(rest).isOk());
        QCOMPARE(rest->data(), QByteArray("789"));
        QCOMPARE(rest->nextOffset(), 10);
        RemoteOperation *missing = c.readFrom(QStringLiteral("patagon-test/not-yet.out"), 0, 10);
        QCOMPARE(waitOperation(missing).code(), ErrorCode::NotFound);
    }

    void permissionDeniedOnAPath()
    {
        Testing::SshPair c;
        QVERIFY(connectAndWait(c, keyProfile()));
        const Result r = waitOperation(c.writeFile(QStringLiteral("/root/forbidden"), "x", 0600));
        QCOMPARE(r.code(), ErrorCode::PermissionDenied);
        QVERIFY2(r.message().contains(QLatin1String("Permission denied on \"/root/forbidden\"")),
                 qPrintable(r.message()));
        QVERIFY(waitOperation(c.mkdirPath(QStringLiteral("patagon-test/x/y/z"))).isOk());
        QCOMPARE(waitOperation(c.mkdirPath(QStringLiteral("/root/nope/deeper"))).code(),
                 ErrorCode::PermissionDenied);
    }

    void eventLoopKeepsTurningDuringAnUpload()
    {
        Testing::SshPair c;
        QVERIFY(connectAndWait(c, keyProfile()));
        const QString big = m_tmp.filePath(QStringLiteral("hundred.bin"));
        {
            QFile f(big);
            QVERIFY(f.open(QIODevice::WriteOnly));
            const QByteArray block(1024 * 1024, 'p');
            for (int i = 0; i < 100; ++i)
                f.write(block);
        }
        QElapsedTimer clock;
        qint64 last = 0;
        qint64 longestGap = 0;
        int ticks = 0;
        QTimer timer;
        timer.setInterval(20);
        connect(&timer, &QTimer::timeout, this, [&] {
            const qint64 now = clock.elapsed();
            longestGap = std::max(longestGap, now - last);
            last = now;
            ++ticks;
        });
        clock.start();
        timer.start();
        RemoteOperation *up = c.upload(big, QStringLiteral("patagon-test/hundred.bin"));
        QSignalSpy progress(up, &RemoteOperation::progress);
        QVERIFY(waitOperation(up).isOk());
        timer.stop();
        QVERIFY(progress.size() > 2);
        QCOMPARE(progress.last().at(0).toLongLong(), 100LL * 1024 * 1024);
        QVERIFY2(longestGap < 1000, qPrintable(QString::number(longestGap)));
        QVERIFY(ticks > 0);
    }

    // ---------------------------------------------------------------- reconnecting
    void reconnectsWithoutAskingAgain()
    {
        Testing::SshPair c;
        Answerer a(&c, HostKeyDecision::Reject);
        const QByteArray password = m_env.password().toUtf8();
        a.responder = [password](const QString &, const CredentialRequest &) { return password; };
        QVERIFY(connectAndWait(c, passwordProfile(m_env.port())));
        QCOMPARE(a.requests.size(), 1);
        QSignalSpy states(&c, &Connection::stateChanged);
        // The server drops us: kill this connection's sshd-session from inside.
        const Output killed = runAndWait(
            c, {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("kill -9 $PPID")});
        Q_UNUSED(killed);
        const Output after = runAndWait(c, {QStringLiteral("echo"), QStringLiteral("back")});
        QVERIFY2(after.result.succeeded(), qPrintable(after.result.result.message()));
        QCOMPARE(after.out, QByteArray("back\n"));
        QCOMPARE(a.requests.size(), 1); // the password was not asked again
        bool sawReconnecting = false;
        for (const auto &s : states)
            sawReconnecting
                |= s.first().value<Connection::State>() == Connection::State::Reconnecting;
        QVERIFY(sawReconnecting);
        QCOMPARE(c.state(), Connection::State::Connected);
    }

    // The connection drops after a command closed its output but before its exit status came
    // (sbatch printed its job number, then the server went away): the command's end is not
    // known, so it is reported as lost with the connection, never as a failure of its own
    // (which told a user "sbatch did not accept the job" of a job that was running).
    void aDropBeforeTheExitStatusIsALostConnection()
    {
        Testing::SshPair c;
        QVERIFY(connectAndWait(c, keyProfile()));
        const Output o = runAndWait(
            c,
            {QStringLiteral("sh"), QStringLiteral("-c"),
             QStringLiteral("echo done; exec >/dev/null 2>&1; sleep 1; kill -9 $PPID")});
        QCOMPARE(o.out, QByteArray("done\n"));
        QCOMPARE(o.result.result.code(), ErrorCode::Network);
        QVERIFY2(o.result.result.message().contains(QLatin1String("lost")),
                 qPrintable(o.result.result.message()));
        const Output after = runAndWait(c, {QStringLiteral("echo"), QStringLiteral("back")});
        QCOMPARE(after.out, QByteArray("back\n"));
    }

    void cleanupRemoteFiles()
    {
        Testing::SshPair c;
        QVERIFY(connectAndWait(c, keyProfile()));
        QVERIFY(
            runAndWait(
                c, {QStringLiteral("rm"), QStringLiteral("-rf"), QStringLiteral("patagon-test")})
                .result.succeeded());
    }
};

QTEST_GUILESS_MAIN(TestConnection)
#include "tst_connection.moc"
