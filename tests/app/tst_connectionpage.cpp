// The Connection page against the sandbox: profiles, Connect/Disconnect, the host-key dialog,
// the password prompt, the status bar, and the error panel.
#include "../sandbox/sandboxenv.h"
#include "app/connection/credentialdialog.h"
#include "app/connection/hostkeydialog.h"
#include "app/connection/profiledialog.h"
#include "app/mainwindow.h"
#include "app/pages/connectionpage.h"
#include "core/i18n/languagemanager.h"
#include "core/profiles/profilestore.h"
#include "core/ssh/connection.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Patagon;

class TestConnectionPage : public QObject
{
    Q_OBJECT

    Testing::SandboxEnv m_env;
    QTemporaryDir m_tmp;

    ConnectionProfile profile(const QString &name) const
    {
        ConnectionProfile p;
        p.name = name;
        p.host = m_env.host();
        p.port = m_env.port().toInt();
        p.user = m_env.user();
        p.identityFile = m_env.key();
        p.knownHostsFile = m_env.knownHosts();
        p.sshConfigFile = m_tmp.filePath(QStringLiteral("none"));
        return p;
    }

    template<typename T> static T *waitForDialog()
    {
        for (int i = 0; i < 600; ++i) {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (auto *d = qobject_cast<T *>(w); d && d->isVisible())
                    return d;
            QTest::qWait(50);
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("patagon-studio-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_connectionpage"));
        QVERIFY(m_env.load());
        QVERIFY(m_tmp.isValid());
        QSettings().clear();
        ProfileStore store;
        QVERIFY(store.save(profile(QStringLiteral("key"))));
        ConnectionProfile fresh = profile(QStringLiteral("fresh"));
        fresh.knownHostsFile = m_tmp.filePath(QStringLiteral("known_hosts"));
        QVERIFY(store.save(fresh));
        ConnectionProfile password = profile(QStringLiteral("password"));
        password.identityFile.clear();
        password.port = m_env.value("SANDBOX_PASSWORD_PORT").toInt();
        QVERIFY(store.save(password));
        ConnectionProfile otp = password;
        otp.name = QStringLiteral("otp");
        otp.port = m_env.otpPort().toInt();
        QVERIFY(store.save(otp));
        ConnectionProfile refused = profile(QStringLiteral("refused"));
        refused.port = 1;
        QVERIFY(store.save(refused));
    }

    void connectsAndDisconnects()
    {
        LanguageManager languages;
        languages.setLanguage(QStringLiteral("en"));
        MainWindow window(&languages);
        window.show();
        auto *page = window.findChild<ConnectionPage *>();
        QVERIFY(page);
        page->selectProfile(QStringLiteral("key"));
        QCOMPARE(page->selectedProfileName(), QStringLiteral("key"));
        auto *button = page->findChild<QPushButton *>(QStringLiteral("connectButton"));
        QCOMPARE(button->text(), QStringLiteral("&Connect"));
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(window.connection()->state(), Connection::State::Connected,
                                  60000);
        QCOMPARE(button->text(), QStringLiteral("&Disconnect"));
        auto *status = window.statusBar()->findChild<QLabel *>(QStringLiteral("connectionStatus"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("ms)")), 60000);
        // The round trip comes in whole milliseconds: 0 is under one, not nothing.
        emit window.connection()->latencyMeasured(0);
        QCOMPARE(status->text(), QStringLiteral("Connected to key (< 1 ms)"));
        emit window.connection()->latencyMeasured(12);
        QCOMPARE(status->text(), QStringLiteral("Connected to key (12 ms)"));
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("state"))
                    ->text()
                    .contains(QLatin1String("Connected")));
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(window.connection()->state(), Connection::State::Disconnected,
                                  60000);
        QCOMPARE(status->text(), QStringLiteral("Offline"));
    }

    void asksAboutAnUnknownHostKey()
    {
        LanguageManager languages;
        MainWindow window(&languages);
        window.show();
        auto *page = window.findChild<ConnectionPage *>();
        page->selectProfile(QStringLiteral("fresh"));
        page->connectSelected();
        HostKeyDialog *dialog = waitForDialog<HostKeyDialog>();
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("fingerprint"))->text(),
                 m_env.value("SANDBOX_HOST_KEY_SHA256"));
        QVERIFY(!QFile::exists(m_tmp.filePath(QStringLiteral("known_hosts"))));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("trustAndRemember")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(window.connection()->state(), Connection::State::Connected,
                                  60000);
        QVERIFY(QFile::exists(m_tmp.filePath(QStringLiteral("known_hosts"))));
    }

    void asksForThePassword()
    {
        LanguageManager languages;
        MainWindow window(&languages);
        window.show();
        auto *page = window.findChild<ConnectionPage *>();
        page->selectProfile(QStringLiteral("password"));
        page->connectSelected();
        CredentialDialog *dialog = waitForDialog<CredentialDialog>();
        QVERIFY(dialog);
        auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("answer0"));
        QCOMPARE(field->echoMode(), QLineEdit::Password);
        QTest::keyClicks(field, m_env.password());
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(window.connection()->state(), Connection::State::Connected,
                                  60000);
    }

    // A reconnect that needs a one-time code nobody gives: the dialog closes by itself, the
    // page says why and offers Connect again.
    void aReconnectNobodyAnswersGivesUp()
    {
        LanguageManager languages;
        languages.setLanguage(QStringLiteral("en"));
        MainWindow window(&languages);
        window.show();
        window.connection()->setReconnectAnswerTimeout(1500);
        auto *page = window.findChild<ConnectionPage *>();
        page->selectProfile(QStringLiteral("otp"));
        page->connectSelected();
        while (window.connection()->state() != Connection::State::Connected) {
            QPointer<CredentialDialog> dialog = waitForDialog<CredentialDialog>();
            QVERIFY(dialog);
            for (QLabel *label : dialog->findChildren<QLabel *>()) {
                if (auto *field = qobject_cast<QLineEdit *>(label->buddy()))
                    field->setText(label->text().contains(QLatin1String("One-time"))
                                       ? QString::fromLatin1(Testing::SandboxEnv::oneTimeCode())
                                       : m_env.password());
            }
            dialog->accept();
            QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), 60000);
            QTRY_VERIFY_WITH_TIMEOUT(window.connection()->state() == Connection::State::Connected
                                         || waitForDialog<CredentialDialog>(),
                                     60000);
        }
        // The server drops us; the reconnect asks for a new code, and nobody answers.
        SshProcess *drop = window.connection()->run(QStringLiteral("sh"),
                                                    QByteArrayLiteral("sh -c 'kill -9 $PPID'"));
        Q_UNUSED(drop);
        QPointer<CredentialDialog> asked = waitForDialog<CredentialDialog>();
        QVERIFY(asked);
        QTRY_VERIFY_WITH_TIMEOUT(!asked || !asked->isVisible(), 60000);
        auto *error = page->findChild<QLabel *>(QStringLiteral("error"));
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 60000);
        QVERIFY2(error->text().contains(QLatin1String("Press Connect")), qPrintable(error->text()));
        QCOMPARE(window.connection()->state(), Connection::State::Disconnected);
        auto *button = page->findChild<QPushButton *>(QStringLiteral("connectButton"));
        QCOMPARE(button->text(), QStringLiteral("&Connect"));
    }

    void showsWhyAConnectionFailed()
    {
        LanguageManager languages;
        MainWindow window(&languages);
        window.show();
        auto *page = window.findChild<ConnectionPage *>();
        page->selectProfile(QStringLiteral("refused"));
        page->connectSelected();
        auto *error = page->findChild<QLabel *>(QStringLiteral("error"));
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 60000);
        QVERIFY2(error->text().contains(QLatin1String("refused the connection on port 1")),
                 qPrintable(error->text()));
        QCOMPARE(window.connection()->state(), Connection::State::Disconnected);
    }

    void duplicatesAndDeletesProfiles()
    {
        LanguageManager languages;
        languages.setLanguage(QStringLiteral("en"));
        MainWindow window(&languages);
        window.show();
        auto *page = window.findChild<ConnectionPage *>();
        page->selectProfile(QStringLiteral("key"));
        QPushButton *duplicate = nullptr;
        QPushButton *remove = nullptr;
        for (QPushButton *b : page->findChildren<QPushButton *>()) {
            if (b->text() == QLatin1String("D&uplicate"))
                duplicate = b;
            if (b->text() == QLatin1String("De&lete"))
                remove = b;
        }
        QVERIFY(duplicate && remove);
        QTest::mouseClick(duplicate, Qt::LeftButton);
        QCOMPARE(page->selectedProfileName(), QStringLiteral("key (copy 2)"));
        const Expected<ConnectionProfile> copy
            = ProfileStore().find(QStringLiteral("key (copy 2)"));
        QVERIFY(copy);
        QCOMPARE(copy->destination(), ProfileStore().find(QStringLiteral("key"))->destination());

        // Presets cannot be deleted, only user profiles; deleting asks first.
        page->selectProfile(QStringLiteral("patagon"));
        QVERIFY(!remove->isEnabled());
        page->selectProfile(QStringLiteral("key (copy 2)"));
        QVERIFY(remove->isEnabled());
        QTimer::singleShot(0, this, [] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (auto *box = qobject_cast<QMessageBox *>(w))
                    box->button(QMessageBox::Yes)->click();
        });
        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY(!ProfileStore().find(QStringLiteral("key (copy 2)")));
        QVERIFY(page->selectedProfileName() != QStringLiteral("key (copy 2)"));
    }

    void profileDialogValidates()
    {
        ProfileDialog dialog(ConnectionProfile {}, {QStringLiteral("taken")});
        auto *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        auto *problem = dialog.findChild<QLabel *>(QStringLiteral("problem"));
        QVERIFY(!save->isEnabled());
        dialog.findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("taken"));
        QVERIFY(problem->text().contains(QLatin1String("exists already")));
        dialog.findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("lab"));
        QVERIFY(!save->isEnabled());
        dialog.findChild<QLineEdit *>(QStringLiteral("host"))
            ->setText(QStringLiteral("login.lab.org"));
        QVERIFY(save->isEnabled());
        dialog.findChild<QLineEdit *>(QStringLiteral("user"))->setText(QStringLiteral("ana"));
        const ConnectionProfile p = dialog.profile();
        QCOMPARE(p.name, QStringLiteral("lab"));
        QCOMPARE(p.destination(), QStringLiteral("ana@login.lab.org"));
    }
};

QTEST_MAIN(TestConnectionPage)
#include "tst_connectionpage.moc"
