// "Remember in the system keychain": the password goes to a real Secret Service (never to
// QSettings), answers the next login by itself, and is forgotten when the box is unticked.
#include "../sandbox/sandboxenv.h"
#include "app/connection/credentialdialog.h"
#include "app/connection/secretstore.h"
#include "app/mainwindow.h"
#include "app/pages/connectionpage.h"
#include "core/i18n/languagemanager.h"
#include "core/profiles/profilestore.h"
#include "core/ssh/connection.h"

#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Patagon;

class TestKeychain : public QObject
{
    Q_OBJECT

    Testing::SandboxEnv m_env;
    QTemporaryDir m_tmp;

    static ConnectionProfile saved()
    {
        return ProfileStore().find(QStringLiteral("remembered")).value();
    }

    static CredentialDialog *waitForDialog()
    {
        for (int i = 0; i < 600; ++i) {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (auto *d = qobject_cast<CredentialDialog *>(w); d && d->isVisible())
                    return d;
            QTest::qWait(50);
        }
        return nullptr;
    }

    static std::optional<QByteArray> readSecret(const QString &key)
    {
        SecretStore store;
        std::optional<QByteArray> value;
        bool done = false;
        store.read(key, [&](std::optional<QByteArray> v) {
            value = v;
            done = true;
        });
        for (int i = 0; i < 600 && !done; ++i)
            QTest::qWait(50);
        return value;
    }

    bool connectWithWindow(bool expectDialog, bool tickRemember)
    {
        LanguageManager languages;
        MainWindow window(&languages);
        window.show();
        auto *page = window.findChild<ConnectionPage *>();
        page->selectProfile(QStringLiteral("remembered"));
        page->connectSelected();
        if (expectDialog) {
            CredentialDialog *dialog = waitForDialog();
            if (!dialog)
                return false;
            dialog->findChild<QLineEdit *>(QStringLiteral("answer0"))->setText(m_env.password());
            auto *remember = dialog->findChild<QCheckBox *>(QStringLiteral("remember"));
            if (!remember || remember->isHidden())
                return false;
            remember->setChecked(tickRemember);
            dialog->accept();
        }
        QElapsedTimer clock;
        clock.start();
        while (window.connection()->state() != Connection::State::Connected
               && clock.elapsed() < 60000) {
            QTest::qWait(50);
            for (QWidget *w : QApplication::topLevelWidgets())
                if (qobject_cast<CredentialDialog *>(w) && w->isVisible() && !expectDialog)
                    return false; // asked although the keychain should have answered
        }
        return window.connection()->state() == Connection::State::Connected;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("patagon-studio-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_keychain"));
        QVERIFY(m_env.load());
        QSettings().clear();
        ConnectionProfile p;
        p.name = QStringLiteral("remembered");
        p.host = m_env.host();
        p.port = m_env.value("SANDBOX_PASSWORD_PORT").toInt();
        p.user = m_env.user();
        p.knownHostsFile = m_env.knownHosts();
        p.sshConfigFile = m_tmp.filePath(QStringLiteral("none"));
        QVERIFY(ProfileStore().save(p));
    }

    void remembersInTheKeychainOnly()
    {
        QVERIFY(!readSecret(SecretStore::passwordKey(saved())));
        QVERIFY(connectWithWindow(true, true));
        QCOMPARE(readSecret(SecretStore::passwordKey(saved())),
                 std::optional<QByteArray>(m_env.password().toUtf8()));
        // Never in the settings file.
        QSettings().sync();
        QFile settings(QSettings().fileName());
        QVERIFY(settings.open(QIODevice::ReadOnly));
        QVERIFY(!settings.readAll().contains(m_env.password().toUtf8()));
    }

    void theKeychainAnswersTheNextLogin() { QVERIFY(connectWithWindow(false, true)); }

    void untickingForgets()
    {
        SecretStore store;
        bool written = false;
        store.write(SecretStore::passwordKey(saved()), "stale-password",
                    [&](bool ok, QString) { written = ok; });
        QTRY_VERIFY_WITH_TIMEOUT(written, 30000);
        // The stale password is refused, so the dialog comes; unticking removes the entry.
        QVERIFY(connectWithWindow(true, false));
        QVERIFY(!readSecret(SecretStore::passwordKey(saved())));
    }

    // The remembered password belongs to user@host:port: a profile that now points elsewhere
    // (same name, another port) is asked, not answered with the old account's password.
    void anEditedProfileDoesNotSendTheOldPassword()
    {
        QVERIFY(connectWithWindow(true, true));
        const ConnectionProfile before = saved();
        QVERIFY(readSecret(SecretStore::passwordKey(before)));
        ConnectionProfile moved = before;
        moved.port = m_env.port().toInt(); // the sandbox's main port: same account, other door
        QVERIFY(ProfileStore().save(moved));
        QVERIFY(SecretStore::passwordKey(moved) != SecretStore::passwordKey(before));
        QVERIFY(connectWithWindow(true, false)); // the dialog came: nothing was sent unasked
        QVERIFY(ProfileStore().save(before));
    }

    // A jump host's password is remembered for the jump host's account only: it is never
    // offered to the cluster, nor the cluster's to the jump host.
    void aJumpHostsPasswordIsKeptApart()
    {
        const ConnectionProfile cluster = saved();
        CredentialRequest forCluster;
        forCluster.destination = m_env.user() + u'@' + m_env.host();
        CredentialRequest forJumpHost = forCluster;
        forJumpHost.jumpHost = true;
        forJumpHost.destination = QStringLiteral("ana@gw.example.org:2222");
        QCOMPARE(SecretStore::passwordKey(forCluster, cluster), SecretStore::passwordKey(cluster));
        QCOMPARE(SecretStore::passwordKey(forJumpHost, cluster),
                 QStringLiteral("password/ana@gw.example.org:2222"));
        QVERIFY(SecretStore::passwordKey(forJumpHost, cluster)
                != SecretStore::passwordKey(cluster));
    }
};

QTEST_MAIN(TestKeychain)
#include "tst_keychain.moc"
