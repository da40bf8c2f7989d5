// ServerText::sanitized: what a hostile server's text keeps and loses before it is printed on
// a terminal or shown in a label.
#include "core/servertext.h"

#include <QTest>

using namespace Patagon;

class TestServerText : public QObject
{
    Q_OBJECT

private slots:
    void sanitized_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char *name, const QString &text, const QString &expected) {
            QTest::newRow(name) << text << expected;
        };
        row("plain prompt", QStringLiteral("Password: "), QStringLiteral("Password: "));
        row("tab and newline kept", QStringLiteral("a\tb\nc"), QStringLiteral("a\tb\nc"));
        row("CRLF becomes LF", QStringLiteral("one\r\ntwo\r\n"), QStringLiteral("one\ntwo\n"));
        row("carriage return that overwrites", QStringLiteral("safe\rEVIL"),
            QStringLiteral("safeEVIL"));
        row("non-ASCII kept", QStringLiteral("Contraseña ✓ 🔑"), QStringLiteral("Contraseña ✓ 🔑"));
        row("window title and clear screen", QStringLiteral("\x1b]0;evil\aOTP: \x1b[2J"),
            QStringLiteral("OTP: "));
        row("OSC ended by ST", QStringLiteral("a\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\b"),
            QStringLiteral("alinkb"));
        row("colours", QStringLiteral("\x1b[1;31mred\x1b[0m"), QStringLiteral("red"));
        row("private CSI", QStringLiteral("\x1b[?1049hx\x1b[?25l"), QStringLiteral("x"));
        row("cursor movement", QStringLiteral("a\x1b[2000000000Gb"), QStringLiteral("ab"));
        row("DCS string", QStringLiteral("a\x1bPq#0;2;0;0;0\x1b\\b"), QStringLiteral("ab"));
        row("APC and PM strings", QStringLiteral("a\x1b_hidden\a\x1b^pm\x1b\\b"),
            QStringLiteral("ab"));
        row("short escapes",
            QStringLiteral("a\x1b"
                           "7\x1b"
                           "8\x1b"
                           "c\x1b(0b"),
            QStringLiteral("ab"));
        row("unterminated OSC swallows the rest", QStringLiteral("ok\x1b]0;never ends"),
            QStringLiteral("ok"));
        row("escape at the end", QStringLiteral("ok\x1b"), QStringLiteral("ok"));
        row("broken CSI keeps what follows", QStringLiteral("a\x1b[12\nb"), QStringLiteral("a\nb"));
        row("C0 controls",
            QStringLiteral("a\x01\x07\x08\x0b\x0c\x0e\x1f"
                           "b"),
            QStringLiteral("ab"));
        row("NUL", QString(QStringLiteral("a") + QChar(0) + QStringLiteral("b")),
            QStringLiteral("ab"));
        row("DEL",
            QStringLiteral("a\x7f"
                           "b"),
            QStringLiteral("ab"));
        row("C1 CSI", QString(QStringLiteral("a") + QChar(0x9b) + QStringLiteral("2Jb")),
            QStringLiteral("ab"));
        row("C1 OSC",
            QString(QStringLiteral("a") + QChar(0x9d) + QStringLiteral("0;t") + QChar(0x9c)
                    + QStringLiteral("b")),
            QStringLiteral("ab"));
        row("other C1",
            QString(QStringLiteral("a") + QChar(0x85) + QChar(0x8d) + QChar(0x80) + QChar(0x99)
                    + QStringLiteral("b")),
            QStringLiteral("ab"));
        row("bidi override",
            QString(QStringLiteral("file") + QChar(0x202e) + QStringLiteral("txt.exe")),
            QStringLiteral("filetxt.exe"));
        row("bidi isolates", QString(QChar(0x2066) + QStringLiteral("x") + QChar(0x2069)),
            QStringLiteral("x"));
        row("empty", QString(), QString());
    }

    void sanitized()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const QString clean = ServerText::sanitized(text);
        QCOMPARE(clean, expected);
        QCOMPARE(ServerText::sanitized(clean), clean); // a second pass changes nothing
    }

    void everyControlIsRemoved()
    {
        QString all;
        for (char16_t c = 0; c < 0x100; ++c)
            all += QChar(c) + QStringLiteral("x");
        const QString clean = ServerText::sanitized(all, 100000);
        for (const QChar c : clean) {
            const char16_t u = c.unicode();
            QVERIFY2(u == u'\t' || u == u'\n' || (u >= 0x20 && u != 0x7f && (u < 0x80 || u > 0x9f)),
                     qPrintable(QString::number(u, 16)));
        }
        QVERIFY(clean.contains(QLatin1String("x\tx\nx")));
    }

    void utf8Bytes()
    {
        QCOMPARE(ServerText::sanitized(QByteArray("\x1b]0;evil\x07"
                                                  "Code: \xc3\xb1")),
                 QStringLiteral("Code: ñ"));
        QCOMPARE(ServerText::sanitized(QByteArray("a\xff"
                                                  "b")),
                 QStringLiteral("a\ufffd"
                                "b"));
        QCOMPARE(ServerText::sanitized(QByteArray("a\xc2\x9b"
                                                  "2Jb")),
                 QStringLiteral("ab"));
    }

    void lengthIsCapped_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qsizetype>("maxLength");
        QTest::addColumn<QString>("expected");
        QTest::newRow("fits") << QStringLiteral("abcde") << qsizetype(5) << QStringLiteral("abcde");
        QTest::newRow("cut with an ellipsis")
            << QStringLiteral("abcdef") << qsizetype(5) << QStringLiteral("abcd…");
        QTest::newRow("controls do not count")
            << QStringLiteral("\x1b[31mabcde\x1b[0m") << qsizetype(5) << QStringLiteral("abcde");
        QTest::newRow("never half a character")
            << QStringLiteral("abc🔑🔑") << qsizetype(5) << QStringLiteral("abc…");
        QTest::newRow("nothing allowed") << QStringLiteral("abc") << qsizetype(0) << QString();
    }

    void lengthIsCapped()
    {
        QFETCH(QString, text);
        QFETCH(qsizetype, maxLength);
        QFETCH(QString, expected);
        const QString clean = ServerText::sanitized(text, maxLength);
        QCOMPARE(clean, expected);
        QVERIFY(clean.size() <= maxLength);
        QCOMPARE(ServerText::sanitized(clean, maxLength), clean);
    }

    void defaultCapHoldsAMegabyte()
    {
        const QString huge(1024 * 1024, QLatin1Char('A'));
        const QString clean = ServerText::sanitized(huge);
        QCOMPARE(clean.size(), ServerText::kMaxLength);
        QVERIFY(clean.endsWith(QChar(0x2026)));
    }
};

QTEST_GUILESS_MAIN(TestServerText)
#include "tst_servertext.moc"
