// Enroot's credentials file as text: entries added, changed and removed while every other line
// stays byte for byte; canonical hosts; both NGC lines; and no secret in any log or message.
#include "core/container/enrootcredentials.h"

#include <QLoggingCategory>
#include <QTest>

using Patagon::Container::EnrootCredentials;
using Patagon::Container::RegistryCredential;

namespace {
QString S(const char *s)
{
    return QString::fromUtf8(s);
}

QStringList g_log;
void captureLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_log << message;
}

const QByteArray kOriginal = "# my registries\n"
                             "machine gitlab.example.com login alice password glpat-OLD\n"
                             "\n"
                             "   machine   multi.example.com\n"
                             "   login bob password x\n"
                             "default login anonymous password guest\n"
                             "machine docker.io login carol password hub-OLD\n";
} // namespace

class TestEnrootCredentials : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        g_log.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("patagon.*=true"));
        qInstallMessageHandler(captureLog);
    }
    void cleanup() { qInstallMessageHandler(nullptr); }

    void roundTripIsLossless_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("typical") << kOriginal;
        QTest::newRow("no final newline") << QByteArray("machine a.io login u password p");
        QTest::newRow("crlf") << QByteArray("machine a.io login u password p\r\n# c\r\n");
        QTest::newRow("blank lines only") << QByteArray("\n\n\n");
        QTest::newRow("tabs") << QByteArray("machine\ta.io\tlogin\tu\tpassword\tp\n");
    }

    void roundTripIsLossless()
    {
        QFETCH(QByteArray, text);
        QCOMPARE(EnrootCredentials::fromText(text).toText(), text);
    }

    void readsEntries()
    {
        const EnrootCredentials c = EnrootCredentials::fromText(kOriginal);
        const QList<RegistryCredential> entries = c.entries();
        QCOMPARE(entries.size(), 2); // the split entry and `default` are not Enroot's kind
        QCOMPARE(entries.at(0).machine, S("gitlab.example.com"));
        QCOMPARE(entries.at(0).login, S("alice"));
        QCOMPARE(entries.at(0).password, S("glpat-OLD"));
        QVERIFY(c.find(S("gitlab.example.com:5050")).has_value());
        QVERIFY(!c.find(S("registry-1.docker.io")).has_value());
        const QStringList warnings = c.warnings();
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.first().contains(S("registry-1.docker.io")));
    }

    void addKeepsOtherLines()
    {
        EnrootCredentials c = EnrootCredentials::fromText(kOriginal);
        QVERIFY(c.setCredential(S("ghcr.io"), S("dave"), S("ghp_secret1")).isOk());
        QCOMPARE(c.toText(), kOriginal + "machine ghcr.io login dave password ghp_secret1\n");
    }

    void addAfterMissingNewline()
    {
        EnrootCredentials c = EnrootCredentials::fromText("# only a comment");
        QVERIFY(c.setCredential(S("ghcr.io"), S("dave"), S("tok")).isOk());
        QCOMPARE(c.toText(),
                 QByteArray("# only a comment\nmachine ghcr.io login dave password tok\n"));
    }

    void changeInPlace()
    {
        EnrootCredentials c = EnrootCredentials::fromText(kOriginal);
        QVERIFY(c.setCredential(S("https://gitlab.example.com:5050/group/x"), S("alice2"),
                                S("glpat-NEW"))
                    .isOk());
        QByteArray expected = kOriginal;
        expected.replace("machine gitlab.example.com login alice password glpat-OLD",
                         "machine gitlab.example.com login alice2 password glpat-NEW");
        QCOMPARE(c.toText(), expected);
    }

    void dockerHubIsCanonical_data()
    {
        QTest::addColumn<QString>("registry");
        QTest::newRow("docker.io") << S("docker.io");
        QTest::newRow("index") << S("index.docker.io");
        QTest::newRow("hub site") << S("https://hub.docker.com/");
        QTest::newRow("canonical") << S("registry-1.docker.io");
    }

    void dockerHubIsCanonical()
    {
        QFETCH(QString, registry);
        EnrootCredentials c = EnrootCredentials::fromText(kOriginal);
        QVERIFY(c.setCredential(registry, S("carol"), S("hub-NEW")).isOk());
        QVERIFY(c.toText().endsWith("machine docker.io login carol password hub-OLD\n"
                                    "machine registry-1.docker.io login carol password hub-NEW\n"));
        QCOMPARE(c.find(S("docker.io"))->password, S("hub-NEW"));
        // Removing Docker Hub also removes the line Enroot ignored.
        QVERIFY(c.remove(registry));
        QVERIFY(!c.toText().contains("docker.io"));
    }

    void ngcGetsBothLines()
    {
        EnrootCredentials c = EnrootCredentials::fromText(kOriginal);
        QVERIFY(c.setCredential(S("nvcr.io"), QString(), S("nvapi-KEY1")).isOk());
        QCOMPARE(c.toText(),
                 kOriginal
                     + "machine nvcr.io login $oauthtoken password nvapi-KEY1\n"
                       "machine authn.nvidia.com login $oauthtoken password nvapi-KEY1\n");
        QVERIFY(c.warnings().size() == 1); // only the docker.io line
        // Changing the key changes both, in place.
        QVERIFY(c.setCredential(S("authn.nvidia.com"), S("$oauthtoken"), S("nvapi-KEY2")).isOk());
        QVERIFY(c.toText().endsWith(
            "machine nvcr.io login $oauthtoken password nvapi-KEY2\n"
            "machine authn.nvidia.com login $oauthtoken password nvapi-KEY2\n"));
        QVERIFY(!c.setCredential(S("nvcr.io"), S("alice"), S("k")).isOk());
        QVERIFY(c.remove(S("nvcr.io")));
        QCOMPARE(c.toText(), kOriginal);
        QVERIFY(!c.remove(S("nvcr.io")));
    }

    void ngcHalfIsWarned()
    {
        const EnrootCredentials c
            = EnrootCredentials::fromText("machine nvcr.io login $oauthtoken password k\n");
        QCOMPARE(c.warnings().size(), 1);
        QVERIFY(c.warnings().first().contains(S("authn.nvidia.com")));
    }

    void removeKeepsOtherLines()
    {
        EnrootCredentials c = EnrootCredentials::fromText(kOriginal);
        QVERIFY(c.remove(S("gitlab.example.com")));
        QByteArray expected = kOriginal;
        expected.replace("machine gitlab.example.com login alice password glpat-OLD\n", "");
        QCOMPARE(c.toText(), expected);
        QVERIFY(!c.remove(S("unknown.example.com")));
        QCOMPARE(c.toText(), expected);
    }

    void refused_data()
    {
        QTest::addColumn<QString>("registry");
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("password");
        QTest::newRow("no host") << S("") << S("u") << S("s3cr3t-refused");
        QTest::newRow("empty password") << S("ghcr.io") << S("u") << S("");
        QTest::newRow("space in password") << S("ghcr.io") << S("u") << S("s3cr3t refused");
        QTest::newRow("newline in password") << S("ghcr.io") << S("u") << S("s3cr3t\nmachine x");
        QTest::newRow("dollar password") << S("ghcr.io") << S("u") << S("$(s3cr3t-refused)");
        QTest::newRow("empty login") << S("ghcr.io") << S("") << S("s3cr3t-refused");
        QTest::newRow("space in login") << S("ghcr.io") << S("a b") << S("s3cr3t-refused");
    }

    void refused()
    {
        QFETCH(QString, registry);
        QFETCH(QString, login);
        QFETCH(QString, password);
        EnrootCredentials c = EnrootCredentials::fromText(kOriginal);
        const Patagon::Result r = c.setCredential(registry, login, password);
        QVERIFY(!r.isOk());
        QVERIFY(!r.message().isEmpty());
        QCOMPARE(c.toText(), kOriginal);
        if (password.size() > 3)
            QVERIFY2(!r.message().contains(password), qPrintable(r.message()));
        QVERIFY(!r.message().contains(S("s3cr3t")));
    }

    void secretsNeverReachTheLog()
    {
        EnrootCredentials c = EnrootCredentials::fromText(kOriginal);
        QVERIFY(c.setCredential(S("ghcr.io"), S("dave"), S("TOPSECRET-1")).isOk());
        QVERIFY(c.setCredential(S("ghcr.io"), S("dave"), S("TOPSECRET-2")).isOk());
        QVERIFY(c.setCredential(S("nvcr.io"), {}, S("TOPSECRET-3")).isOk());
        QVERIFY(c.remove(S("ghcr.io")));
        QVERIFY(!c.setCredential(S("ghcr.io"), S("dave"), S("TOPSECRET 4")).isOk());
        QVERIFY2(g_log.size() >= 4, qPrintable(g_log.join(u'\n'))); // the changes are logged...
        for (const QString &line : std::as_const(g_log)) {
            QVERIFY2(!line.contains(S("TOPSECRET")), qPrintable(line)); // ...their secrets not
            QVERIFY(!line.contains(S("glpat-OLD")));
        }
    }
};

QTEST_GUILESS_MAIN(TestEnrootCredentials)
#include "tst_enrootcredentials.moc"
