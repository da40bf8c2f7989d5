// `patagon-studio connect --profile NAME` asks on the terminal (here: its standard input) for
// the host key decision, the password and the one-time code, then shows the partitions.
#include "../sandbox/sandboxenv.h"
#include "core/profiles/profilestore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace Patagon;

class TestConnectCli : public QObject
{
    Q_OBJECT

    Testing::SandboxEnv m_env;
    QTemporaryDir m_home;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run run(const QStringList &args, const QByteArray &input)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral(".config")));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("SSH_AUTH_SOCK"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(PATAGON_STUDIO_BINARY), args);
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(120000))
            return {};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    void writeProfile(const QString &name, const QString &port, const QString &knownHosts)
    {
        ConnectionProfile p;
        p.name = name;
        p.host = m_env.host();
        p.port = port.toInt();
        p.user = m_env.user();
        p.knownHostsFile = knownHosts;
        QVERIFY(ProfileStore::writeDropIn(
            m_home.filePath(QStringLiteral(".config/patagon-studio/profiles/%1.ini").arg(name)),
            p));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_env.load());
        QVERIFY(m_home.isValid());
    }

    void acceptsTheHostKeyAndLogsInWithOneTimeCode()
    {
        const QString knownHosts = m_home.filePath(QStringLiteral("known_hosts"));
        writeProfile(QStringLiteral("otp"), m_env.otpPort(), knownHosts);
        const Run r = run(
            {QStringLiteral("connect"), QStringLiteral("--profile"), QStringLiteral("otp")},
            "yes\n" + m_env.password().toUtf8() + '\n' + Testing::SandboxEnv::oneTimeCode() + '\n');
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(r.err.contains(m_env.value("SANDBOX_HOST_KEY_SHA256")));
        QVERIFY(r.err.contains(QLatin1String("One-time password")));
        QVERIFY(r.out.contains(QLatin1String("Connected to")));
        QVERIFY2(r.out.contains(QLatin1String("  gpu: up, time limit 2-00:00:00")),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("GRES gpu:A100:1")));
        QFile kh(knownHosts);
        QVERIFY(kh.open(QIODevice::ReadOnly));
        QVERIFY(kh.readAll().contains(QByteArray("[127.0.0.1]:" + m_env.otpPort().toUtf8())));
        // Secrets are never echoed back.
        QVERIFY(!r.out.contains(m_env.password()) && !r.err.contains(m_env.password()));
    }

    // A legacy PEM key with a passphrase: the app asks for it itself. OpenSSL used to print
    // its own "Enter PEM pass phrase:" on the terminal and read the answer there. Run on a
    // real terminal (script(1) gives the command a pty as its controlling terminal).
    void aLegacyPemKeyIsAskedForByTheApp()
    {
        const QString key = m_home.filePath(QStringLiteral("id_rsa_pem"));
        QProcess gen;
        gen.start(QStringLiteral("ssh-keygen"),
                  {QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("PEM"),
                   QStringLiteral("-t"), QStringLiteral("rsa"), QStringLiteral("-b"),
                   QStringLiteral("2048"), QStringLiteral("-N"), QStringLiteral("pem phrase"),
                   QStringLiteral("-f"), key});
        QVERIFY(gen.waitForFinished(60000) && gen.exitCode() == 0);
        QFile pem(key);
        QVERIFY(pem.open(QIODevice::ReadOnly));
        QVERIFY(pem.readAll().contains("Proc-Type: 4,ENCRYPTED")); // the legacy format
        const auto restore = m_env.authorizeKey(key + QStringLiteral(".pub"));
        ConnectionProfile p;
        p.name = QStringLiteral("pem");
        p.host = m_env.host();
        p.port = m_env.port().toInt();
        p.user = m_env.user();
        p.identityFile = key;
        p.knownHostsFile = m_env.knownHosts();
        p.sshConfigFile = m_home.filePath(QStringLiteral("no-config"));
        QVERIFY(ProfileStore::writeDropIn(
            m_home.filePath(QStringLiteral(".config/patagon-studio/profiles/pem.ini")), p));

        QProcess term;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral(".config")));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("SSH_AUTH_SOCK"));
        term.setProcessEnvironment(env);
        term.start(QStringLiteral("script"),
                   {QStringLiteral("-q"), QStringLiteral("-e"), QStringLiteral("-c"),
                    QStringLiteral("'%1' connect --profile pem")
                        .arg(QStringLiteral(PATAGON_STUDIO_BINARY)),
                    QStringLiteral("/dev/null")});
        QVERIFY(term.waitForStarted());
        QByteArray seen;
        for (int i = 0; i < 600 && !seen.contains("Passphrase for") && !seen.contains("PEM pass");
             ++i) {
            term.waitForReadyRead(100);
            seen += term.readAll();
        }
        QVERIFY2(!seen.contains("PEM pass phrase"), seen.constData());
        QVERIFY2(seen.contains(QByteArray("Passphrase for " + key.toUtf8())), seen.constData());
        term.write("pem phrase\n");
        QVERIFY(term.waitForFinished(120000));
        seen += term.readAll();
        QVERIFY2(term.exitCode() == 0, seen.constData());
        QVERIFY2(seen.contains("Connected to"), seen.constData());
    }

    void refusingTheHostKeyFails()
    {
        writeProfile(QStringLiteral("refuse"), m_env.port(),
                     m_home.filePath(QStringLiteral("kh2")));
        const Run r = run(
            {QStringLiteral("connect"), QStringLiteral("--profile"), QStringLiteral("refuse")},
            "no\n");
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("was not accepted")));
        QVERIFY(!QFile::exists(m_home.filePath(QStringLiteral("kh2"))));
    }
};

QTEST_GUILESS_MAIN(TestConnectCli)
#include "tst_connectcli.moc"
