// What the app reads itself from ~/.ssh/config and known_hosts (libssh applies the rest).
#include "core/ssh/jumpchain.h"
#include "core/ssh/knownhosts.h"
#include "core/ssh/sshconfig.h"

#include <QDir>
#include <QFile>
#include <QMessageAuthenticationCode>
#include <QTemporaryDir>
#include <QTest>

using namespace Patagon;

class TestSshConfig : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &text)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(text);
        return path;
    }

private slots:
    void readsTheHostsBlock()
    {
        const QString path = write(QStringLiteral("config"),
                                   "# global\n"
                                   "ServerAliveInterval 45\n"
                                   "Host patagon pat\n"
                                   "    HostName patagon.uach.cl\n"
                                   "    User ana\n"
                                   "    Port 2200\n"
                                   "    IdentityFile ~/.ssh/id_patagon\n"
                                   "    IdentityFile=/keys/second\n"
                                   "    ProxyJump gw1.example.org,ana@gw2:2222\n"
                                   "Host *.example.org !bad.example.org\n"
                                   "    User wild\n"
                                   "Host *\n"
                                   "    IdentityFile \"/keys/with space\"\n"
                                   "    User fallback\n");
        const SshHostConfig pat = SshConfig::forHost(QStringLiteral("pat"), path);
        QCOMPARE(pat.hostName, QStringLiteral("patagon.uach.cl"));
        QCOMPARE(pat.user, QStringLiteral("ana")); // the first value wins, as in ssh
        QCOMPARE(pat.port, 2200);
        QCOMPARE(pat.identityFiles,
                 QStringList({QDir::homePath() + QStringLiteral("/.ssh/id_patagon"),
                              QStringLiteral("/keys/second"), QStringLiteral("/keys/with space")}));
        QCOMPARE(pat.proxyJump,
                 QStringList({QStringLiteral("gw1.example.org"), QStringLiteral("ana@gw2:2222")}));
        QCOMPARE(pat.serverAliveInterval, 45);

        QCOMPARE(SshConfig::forHost(QStringLiteral("x.example.org"), path).user,
                 QStringLiteral("wild"));
        QCOMPARE(SshConfig::forHost(QStringLiteral("bad.example.org"), path).user,
                 QStringLiteral("fallback"));
        QCOMPARE(SshConfig::forHost(QStringLiteral("other"), path).port, 0);
        QCOMPARE(SshConfig::forHost(QStringLiteral("x"), m_dir.filePath(QStringLiteral("missing")))
                     .identityFiles,
                 QStringList());
    }

    // Found by fuzz_sshconfig: a config that includes its own folder several times read itself
    // 4^9 times (the app hung on connecting); each file is now read once per Include chain.
    void includeLoopsStayCheap()
    {
        QTemporaryDir dir;
        const QByteArray all = QFile::encodeName(dir.filePath(QStringLiteral("*")));
        const QString path = dir.filePath(QStringLiteral("loop"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Include " + all + " " + all + " " + all + " " + all + "\nHost *\n  User looped\n");
        f.close();
        QFile other(dir.filePath(QStringLiteral("other")));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("Include " + all + "\nPort 2200\n");
        other.close();
        const SshHostConfig config = SshConfig::forHost(QStringLiteral("x"), path);
        QCOMPARE(config.user, QStringLiteral("looped"));
        QCOMPARE(config.port, 2200); // through the Include: other files are still read
    }

    void knownHostsPatterns_data()
    {
        QTest::addColumn<QByteArray>("field");
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("matches");
        QTest::newRow("exact") << QByteArray("login.example.org")
                               << QStringLiteral("login.example.org") << true;
        QTest::newRow("case") << QByteArray("Login.Example.org")
                              << QStringLiteral("login.example.org") << true;
        QTest::newRow("list") << QByteArray("a,b,[127.0.0.1]:2222")
                              << QStringLiteral("[127.0.0.1]:2222") << true;
        QTest::newRow("port differs")
            << QByteArray("[127.0.0.1]:2222") << QStringLiteral("[127.0.0.1]:2223") << false;
        QTest::newRow("wildcard") << QByteArray("*.example.org") << QStringLiteral("x.example.org")
                                  << true;
        QTest::newRow("negated") << QByteArray("*.example.org,!bad.example.org")
                                 << QStringLiteral("bad.example.org") << false;
        const QByteArray salt = "0123456789abcdefghij";
        const QByteArray hash
            = QMessageAuthenticationCode::hash("patagon.uach.cl", salt, QCryptographicHash::Sha1);
        QTest::newRow("hashed") << ("|1|" + salt.toBase64() + '|' + hash.toBase64())
                                << QStringLiteral("patagon.uach.cl") << true;
        QTest::newRow("hashed other") << ("|1|" + salt.toBase64() + '|' + hash.toBase64())
                                      << QStringLiteral("other") << false;
    }

    void knownHostsPatterns()
    {
        QFETCH(QByteArray, field);
        QFETCH(QString, host);
        QFETCH(bool, matches);
        QCOMPARE(KnownHosts::fieldMatches(field, host), matches);
    }

    void findsTheLineAndRevocations()
    {
        const QString path = write(QStringLiteral("known_hosts"),
                                   "# comment\n"
                                   "\n"
                                   "other ssh-ed25519 AAAA1\n"
                                   "@revoked * ssh-ed25519 AAAAREVOKED\n"
                                   "[127.0.0.1]:2222 ssh-rsa AAAA2\n"
                                   "[127.0.0.1]:2222 ssh-ed25519 AAAA3\n");
        QCOMPARE(KnownHosts::hostPattern(QStringLiteral("h"), 22), QStringLiteral("h"));
        QCOMPARE(KnownHosts::hostPattern(QStringLiteral("h"), 2222), QStringLiteral("[h]:2222"));
        QCOMPARE(KnownHosts::findEntryLine(path, QStringLiteral("[127.0.0.1]:2222"),
                                           QStringLiteral("ssh-ed25519")),
                 6);
        QCOMPARE(KnownHosts::findEntryLine(path, QStringLiteral("[127.0.0.1]:2222")), 5);
        QCOMPARE(KnownHosts::findEntryLine(path, QStringLiteral("nobody")), 0);
        QVERIFY(KnownHosts::isRevoked(path, "ssh-ed25519", "AAAAREVOKED"));
        QVERIFY(!KnownHosts::isRevoked(path, "ssh-ed25519", "AAAA3"));
    }

    void revokedInTheGlobalFileToo()
    {
        const QString user
            = write(QStringLiteral("user_known_hosts"), "[127.0.0.1]:2222 ssh-ed25519 AAAAGOOD\n");
        const QString global
            = write(QStringLiteral("ssh_known_hosts"),
                    "# the site's list\n"
                    "@revoked *.example.org,[127.0.0.1]:2222 ssh-ed25519 AAAAOLD\n");
        const QString missing = m_dir.filePath(QStringLiteral("missing"));
        QCOMPARE(KnownHosts::revokedIn({user, global}, "ssh-ed25519", "AAAAOLD"), global);
        QCOMPARE(KnownHosts::revokedIn({missing, QString(), global}, "ssh-ed25519", "AAAAOLD"),
                 global);
        QCOMPARE(KnownHosts::revokedIn({user, global}, "ssh-ed25519", "AAAAGOOD"), QString());
        QCOMPARE(KnownHosts::revokedIn({user, global}, "ssh-rsa", "AAAAOLD"), QString());
    }

    void certAuthorityLines()
    {
        QTemporaryDir dir;
        const QString user = dir.filePath(QStringLiteral("known_hosts"));
        const QString global = dir.filePath(QStringLiteral("ssh_known_hosts"));
        QFile u(user);
        QVERIFY(u.open(QIODevice::WriteOnly));
        u.write("hpc.example ssh-ed25519 AAAA1\n@revoked * ssh-ed25519 AAAA2\n"
                "@cert-authority *.other.org ssh-ed25519 AAAACA1\n");
        u.close();
        QFile g(global);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write("# the site's authority\n@cert-authority *.example,!login9.example "
                "ssh-ed25519 AAAACA2\n@cert-authority @cert-authority\n");
        g.close();
        QCOMPARE(KnownHosts::certAuthorityIn({user, global}, QStringLiteral("login.example")),
                 global + QStringLiteral(", line 2"));
        QCOMPARE(KnownHosts::certAuthorityIn({user, global}, QStringLiteral("a.other.org")),
                 user + QStringLiteral(", line 3"));
        // a plain entry is not an authority; a negated pattern excludes the host
        QCOMPARE(KnownHosts::certAuthorityIn({user}, QStringLiteral("hpc.example")), QString());
        QCOMPARE(KnownHosts::certAuthorityIn({user, global}, QStringLiteral("login9.example")),
                 QString());
        QVERIFY(KnownHosts::certAuthorityNote(QString()).isEmpty());
        QVERIFY(KnownHosts::certAuthorityNote(global).contains(global));
    }

    void jumpHosts_data()
    {
        QTest::addColumn<QString>("hop");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("identity");
        QTest::addColumn<QString>("name");
        const QString profileKey = QStringLiteral("/keys/profile");
        QTest::newRow("host only") << "gw.example.org" << QString() << "gw.example.org" << 22
                                   << profileKey << "gw.example.org";
        QTest::newRow("user and port") << "ana@gw.example.org:2222" << "ana" << "gw.example.org"
                                       << 2222 << profileKey << "gw.example.org:2222";
        QTest::newRow("ssh URI") << "ssh://ana@gw.example.org:2200" << "ana" << "gw.example.org"
                                 << 2200 << profileKey << "gw.example.org:2200";
        QTest::newRow("IPv6 literal")
            << "[::1]:2222" << QString() << "::1" << 2222 << profileKey << "[::1]:2222";
        // An alias of the config: its HostName, User, Port and own key; the list's values win.
        QTest::newRow("config alias")
            << "bastion" << "boss" << "10.0.0.1" << 2022 << QString() << "10.0.0.1:2022";
        QTest::newRow("alias, port given")
            << "ana@bastion:22" << "ana" << "10.0.0.1" << 22 << QString() << "10.0.0.1";
        QTest::newRow("not a hop") << "ana@" << "" << "" << 22 << QString() << "";
        QTest::newRow("port out of range")
            << "gw:70000" << QString() << "gw" << 70000 << profileKey << "gw:70000";
    }

    void jumpHosts()
    {
        QFETCH(QString, hop);
        const QString config = write(QStringLiteral("jump_config"),
                                     "Host bastion\n"
                                     "    HostName 10.0.0.1\n"
                                     "    User boss\n"
                                     "    Port 2022\n"
                                     "    IdentityFile /keys/bastion\n");
        ConnectionProfile cluster;
        cluster.name = QStringLiteral("c");
        cluster.host = QStringLiteral("login.example.org");
        cluster.identityFile = QStringLiteral("/keys/profile");
        cluster.knownHostsFile = QStringLiteral("/kh");
        cluster.sshConfigFile = config;
        cluster.connectTimeoutSeconds = 7;
        const JumpHost jump = JumpHost::parse(hop, cluster);
        QTEST(jump.user, "user");
        QTEST(jump.host, "host");
        QTEST(jump.port, "port");
        QTEST(jump.identityFile, "identity");
        QFETCH(QString, name);
        QCOMPARE(jump.isValid(), !name.isEmpty() && jump.port < 65536);
        if (!jump.isValid())
            return;
        QCOMPARE(jump.displayName(), name);
        const ConnectionProfile p = jump.profile(cluster);
        QCOMPARE(p.knownHostsFile, cluster.knownHostsFile);
        QCOMPARE(p.sshConfigFile, cluster.sshConfigFile);
        QCOMPARE(p.connectTimeoutSeconds, 7);
        QVERIFY(p.jumpHosts.isEmpty());
        QCOMPARE(p.port, jump.port);
    }
};

QTEST_GUILESS_MAIN(TestSshConfig)
#include "tst_sshconfig.moc"
