// Connection profiles: the user's saved ones, the shipped preset, and drop-in files.
#include "core/profiles/profilestore.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Patagon;

class TestProfileStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dropIns;

    static ConnectionProfile profile(const QString &name, const QString &host)
    {
        ConnectionProfile p;
        p.name = name;
        p.host = host;
        p.user = QStringLiteral("ana");
        p.port = 2200;
        p.jumpHosts = {QStringLiteral("gw.example.org")};
        return p;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("patagon-studio-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_profilestore"));
        QVERIFY(m_dropIns.isValid());
    }

    void init() { QSettings().clear(); }

    void presetIsAlwaysThere()
    {
        const ProfileStore store(m_dropIns.path());
        const Expected<ConnectionProfile> p = store.find(QStringLiteral("patagon"));
        QVERIFY(p);
        QCOMPARE(p->host, QStringLiteral("patagon.uach.cl"));
        QCOMPARE(p->gpuGres, QStringLiteral("gpu:A100:1"));
        QCOMPARE(p->origin, ConnectionProfile::Origin::Preset);
    }

    void savesFindsAndRemoves()
    {
        ProfileStore store(m_dropIns.path());
        const ConnectionProfile lab
            = profile(QStringLiteral("lab"), QStringLiteral("lab.example.org"));
        QVERIFY(store.save(lab));
        Expected<ConnectionProfile> found = store.find(QStringLiteral("lab"));
        QVERIFY(found);
        QCOMPARE(*found, lab);
        QCOMPARE(found->destination(), QStringLiteral("ana@lab.example.org:2200"));

        ConnectionProfile changed = lab;
        changed.port = 22;
        QVERIFY(store.save(changed));
        QCOMPARE(store.find(QStringLiteral("lab"))->port, 22);
        int labs = 0;
        for (const ConnectionProfile &p : store.profiles())
            labs += p.name == QStringLiteral("lab");
        QCOMPARE(labs, 1);

        QVERIFY(store.remove(QStringLiteral("lab")));
        QVERIFY(!store.find(QStringLiteral("lab")));
        const Result again = store.remove(QStringLiteral("lab"));
        QCOMPARE(again.code(), ErrorCode::NotFound);
    }

    void refusesInvalidProfiles()
    {
        ProfileStore store(m_dropIns.path());
        ConnectionProfile nameless;
        nameless.host = QStringLiteral("h");
        QCOMPARE(store.save(nameless).code(), ErrorCode::InvalidInput);
    }

    void loadsDropIns()
    {
        const QString path = m_dropIns.filePath(QStringLiteral("sandbox.ini"));
        ConnectionProfile sandbox = profile(QStringLiteral("sandbox"), QStringLiteral("127.0.0.1"));
        sandbox.identityFile = QStringLiteral("/var/lib/patagon-sandbox/client/id_ed25519");
        QVERIFY(ProfileStore::writeDropIn(path, sandbox));
        const ProfileStore store(m_dropIns.path());
        const Expected<ConnectionProfile> found = store.find(QStringLiteral("sandbox"));
        QVERIFY(found);
        QCOMPARE(found->origin, ConnectionProfile::Origin::DropIn);
        QCOMPARE(found->identityFile, sandbox.identityFile);
        QCOMPARE(found->port, 2200);
    }

    void userProfileShadowsPresetAndDropIn()
    {
        ProfileStore store(m_dropIns.path());
        QVERIFY(store.save(profile(QStringLiteral("patagon"), QStringLiteral("other.example"))));
        QVERIFY(store.save(profile(QStringLiteral("sandbox"), QStringLiteral("10.9.9.9"))));
        int patagons = 0;
        for (const ConnectionProfile &p : store.profiles())
            patagons += p.name == QStringLiteral("patagon");
        QCOMPARE(patagons, 1);
        QCOMPARE(store.find(QStringLiteral("patagon"))->host, QStringLiteral("other.example"));
        QCOMPARE(store.find(QStringLiteral("sandbox"))->origin, ConnectionProfile::Origin::User);
    }

    void unknownNameSaysWhatToDo()
    {
        const ProfileStore store(m_dropIns.path());
        const Expected<ConnectionProfile> p = store.find(QStringLiteral("nope"));
        QVERIFY(!p);
        QCOMPARE(p.errorCode(), ErrorCode::NotFound);
        QVERIFY(p.errorMessage().contains(QLatin1String("profiles list")));
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
