// Server text where it meets the person: a keyboard-interactive request or host key carrying
// escape sequences and control characters is shown sanitized by the command line's prompter
// and by the login dialogs.
#include "app/cli/clisession.h"
#include "app/connection/credentialdialog.h"
#include "app/connection/hostkeydialog.h"
#include "core/servertext.h"

#include <QLabel>
#include <QTest>

using namespace Patagon;

namespace {
const QString kEvil = QStringLiteral("\x1b]0;evil\a\x1b[2J");

// Whether `text` could change a terminal's state: any C0 control but tab and newline, DEL,
// C1 controls.
bool holdsControls(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n') || (u >= 0x7f && u <= 0x9f))
            return true;
    }
    return false;
}

CredentialRequest hostileRequest(const QString &instruction, const QString &prompt)
{
    CredentialRequest request;
    request.kind = CredentialRequest::Kind::KeyboardInteractive;
    request.destination = QStringLiteral("researcher@hpc:22");
    request.name = kEvil + QStringLiteral("Duo");
    request.instruction = instruction;
    request.prompts = {{prompt, false}, {kEvil + QStringLiteral("Token:"), true}};
    return request;
}
} // namespace

class TestServerPrompts : public QObject
{
    Q_OBJECT

private slots:
    void cliShowsSanitizedPrompts_data()
    {
        QTest::addColumn<QString>("instruction");
        QTest::addColumn<QString>("prompt");
        QTest::addColumn<QString>("shownInstruction");
        QTest::addColumn<QString>("shownPrompt");
        QTest::newRow("title and clear screen")
            << kEvil + QStringLiteral("Enter your code") << kEvil + QStringLiteral("Code:")
            << QStringLiteral("Enter your code\n") << QStringLiteral("Code: ");
        QTest::newRow("carriage return over the prompt")
            << QStringLiteral("Log in\r\n") << QStringLiteral("Password:\rUsername: ")
            << QStringLiteral("Log in\n") << QStringLiteral("Password:Username: ");
        QTest::newRow("C1 CSI and colours")
            << QString(QChar(0x9b) + QStringLiteral("2JHello"))
            << QStringLiteral("\x1b[8mhidden\x1b[0mOTP: ") << QStringLiteral("Hello\n")
            << QStringLiteral("hiddenOTP: ");
        QTest::newRow("a flood") << QString(100000, QLatin1Char('x')) << QStringLiteral("P:")
                                 << QString(ServerText::kMaxLength - 1, QLatin1Char('x'))
                + QChar(0x2026) + u'\n'
                                 << QStringLiteral("P: ");
    }

    void cliShowsSanitizedPrompts()
    {
        QFETCH(QString, instruction);
        QFETCH(QString, prompt);
        QFETCH(QString, shownInstruction);
        QFETCH(QString, shownPrompt);
        QString shown;
        QTextStream err(&shown);
        QStringList prompts;
        QList<bool> echoes;
        const auto answers = Cli::askCredentials(
            hostileRequest(instruction, prompt), err,
            [&](const QString &text, bool echo) -> std::optional<QByteArray> {
                prompts << text;
                echoes << echo;
                return QByteArray("answer") + QByteArray::number(prompts.size());
            });
        QVERIFY(answers);
        QCOMPARE(*answers, (QList<QByteArray> {"answer1", "answer2"}));
        QCOMPARE(shown, shownInstruction);
        QCOMPARE(prompts, (QStringList {shownPrompt, QStringLiteral("Token: ")}));
        QCOMPARE(echoes, (QList<bool> {false, true}));
        for (const QString &text : std::as_const(prompts) + QStringList {shown})
            QVERIFY2(!holdsControls(text), text.toUtf8().toPercentEncoding().constData());
    }

    void cliStopsWhenInputEnds()
    {
        QString shown;
        QTextStream err(&shown);
        int asked = 0;
        const auto answers
            = Cli::askCredentials(hostileRequest(QString(), QStringLiteral("Code:")), err,
                                  [&](const QString &, bool) -> std::optional<QByteArray> {
                                      ++asked;
                                      return std::nullopt;
                                  });
        QVERIFY(!answers);
        QCOMPARE(asked, 1);
    }

    void credentialDialogShowsSanitizedText()
    {
        CredentialDialog dialog(
            hostileRequest(kEvil + QStringLiteral("Approve the push\r\non your phone"),
                           kEvil + QStringLiteral("Passcode:")));
        QStringList texts;
        for (const QLabel *label : dialog.findChildren<QLabel *>()) {
            texts << label->text();
            QVERIFY2(!holdsControls(label->text()),
                     label->text().toUtf8().toPercentEncoding().constData());
        }
        QVERIFY2(texts.contains(QStringLiteral("Duo\nApprove the push\non your phone")),
                 qPrintable(texts.join(u'|')));
        QVERIFY2(texts.contains(QStringLiteral("Passcode:")), qPrintable(texts.join(u'|')));
        QVERIFY2(texts.contains(QStringLiteral("Token:")), qPrintable(texts.join(u'|')));
    }

    void hostKeyDialogShowsSanitizedType()
    {
        HostKeyInfo key;
        key.host = QStringLiteral("[hpc]:22");
        key.type = kEvil + QStringLiteral("ssh-ed25519");
        key.sha256 = QStringLiteral("SHA256:abc");
        key.status = HostKeyInfo::Status::Unknown;
        HostKeyDialog dialog(key);
        QStringList texts;
        for (const QLabel *label : dialog.findChildren<QLabel *>()) {
            texts << label->text();
            QVERIFY2(!holdsControls(label->text()),
                     label->text().toUtf8().toPercentEncoding().constData());
        }
        QVERIFY2(texts.contains(QStringLiteral("Key type: ssh-ed25519")),
                 qPrintable(texts.join(u'|')));
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("certAuthority")));

        key.certAuthority = QStringLiteral("/etc/ssh/ssh_known_hosts, line 4");
        HostKeyDialog vouched(key);
        const QLabel *note = vouched.findChild<QLabel *>(QStringLiteral("certAuthority"));
        QVERIFY(note);
        QVERIFY2(note->text().contains(key.certAuthority), qPrintable(note->text()));
    }
};

QTEST_MAIN(TestServerPrompts)
#include "tst_serverprompts.moc"
