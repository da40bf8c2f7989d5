// Log bytes to lines as a terminal shows them: carriage returns, erase sequences, colours,
// UTF-8 cut between chunks, invalid bytes, a fresh start after truncation.
#include "core/jobs/terminaltext.h"

#include <QTest>

using namespace Patagon::Jobs;

class TestTerminalText : public QObject
{
    Q_OBJECT

    // Feeds `chunks` in order; the lines plus the partial line (after "|").
    static QString run(const QList<QByteArray> &chunks)
    {
        TerminalText t;
        QStringList lines;
        for (const QByteArray &c : chunks)
            lines += t.feed(c);
        return lines.join(u'\n') + u'|' + t.partialLine();
    }

private slots:
    void lines_data()
    {
        QTest::addColumn<QList<QByteArray>>("chunks");
        QTest::addColumn<QString>("expected");
        using L = QList<QByteArray>;
        QTest::newRow("plain lines") << L {"a\nb\n"} << "a\nb|";
        QTest::newRow("partial line") << L {"a\nhalf"} << "a|half";
        QTest::newRow("line cut between chunks") << L {"hel", "lo\n"} << "hello|";
        QTest::newRow("CRLF line breaks") << L {"dos\r\nline\r\n"} << "dos\nline|";
        QTest::newRow("progress bar overwrites itself") << L {"10%\r20%\r100%\n"} << "100%|";
        QTest::newRow("shorter text overwrites only its columns")
            << L {"epoch 10\repoch 9\n"} << "epoch 90|";
        QTest::newRow("erase to end of line after return")
            << L {"loading....\r\x1b[Kdone\n"} << "done|";
        QTest::newRow("progress bar still running") << L {"a\n", "1/3\r2/3\r"} << "a|2/3";
        QTest::newRow("carriage return cut from its text") << L {"50%\r", "60%"} << "|60%";
        QTest::newRow("colours dropped") << L {"\x1b[31mred\x1b[0m ok\n"} << "red ok|";
        QTest::newRow("escape cut between chunks") << L {"a\x1b[3", "2mb\n"} << "ab|";
        QTest::newRow("OSC title dropped") << L {"\x1b]0;title\x07text\n"} << "text|";
        QTest::newRow("backspace") << L {"abc\b\bX\n"} << "aXc|";
        QTest::newRow("tabs kept") << L {"a\tb\n"} << "a\tb|";
        QTest::newRow("UTF-8") << L {"año ñandú 訓練 🚀\n"}
                               << QString::fromUtf8("año ñandú 訓練 🚀|");
        QTest::newRow("UTF-8 cut in the middle of a character")
            << L {"a\xc3", "\xb1o\n"} << QString::fromUtf8("año|");
        QTest::newRow("4-byte UTF-8 cut twice")
            << L {"\xf0\x9f", "\x9a", "\x80\n"} << QString::fromUtf8("🚀|");
        QTest::newRow("Latin-1 byte kept as its character")
            << L {"caf\xe9 ok\n"} << QString::fromUtf8("café ok|");
        QTest::newRow("lone continuation bytes") << L {"\x80\xbf\n"} << QString::fromUtf8("€¿|");
        QTest::newRow("truncated sequence before ASCII")
            << L {"\xe2\x82x\n"} << QString::fromUtf8("â‚x|");
        QTest::newRow("overlong encoding refused") << L {"\xc0\xaf\n"} << QString::fromUtf8("À¯|");
        QTest::newRow("surrogate refused")
            << L {"\xed\xa0\x80\n"} << QString::fromUtf8("\xc3\xad\xc2\xa0\xe2\x82\xac|");
        QTest::newRow("control bytes visible") << L {"a\x01"
                                                     "b\n"}
                                               << QString::fromUtf8("a␁b|");
        QTest::newRow("NUL visible") << L {QByteArray("a\0b\n", 4)} << QString::fromUtf8("a␀b|");
        QTest::newRow("bell dropped") << L {"a\x07\n"} << "a|";
    }
    void lines()
    {
        QFETCH(QList<QByteArray>, chunks);
        QFETCH(QString, expected);
        QCOMPARE(run(chunks), expected);
    }

    void byteByByteEqualsWhole_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("mixed") << QByteArray("Epoch 1 \xe2\x96\x88\xe2\x96\x88 45%\r"
                                             "Epoch 1 \xe2\x96\x88\xe2\x96\x88\xe2\x96\x88 100%\n"
                                             "\x1b[1mloss\x1b[0m=0.3 caf\xe9 \xf0\x9f\x9a\x80\n");
        QTest::newRow("tqdm style") << QByteArray("\r  0%|          | 0/10\r 50%|#####     | 5/10"
                                                  "\r100%|##########| 10/10\n");
    }
    void byteByByteEqualsWhole()
    {
        QFETCH(QByteArray, bytes);
        QList<QByteArray> single;
        for (const char c : bytes)
            single.append(QByteArray(1, c));
        QCOMPARE(run(single), run({bytes}));
    }

    void flushEndsTheLog()
    {
        TerminalText t;
        QCOMPARE(t.feed("a\nlast"), QStringList {QStringLiteral("a")});
        QCOMPARE(t.flush(), QStringList {QStringLiteral("last")});
        QVERIFY(!t.hasPartialLine());
        // A sequence the log never completed keeps its bytes.
        QCOMPARE(t.feed("x\xc3"), QStringList());
        QCOMPARE(t.flush(), QStringList {QString::fromUtf8("xÃ")});
    }

    void resetAfterTruncation()
    {
        // The follower resets its terminal when the file was truncated: nothing of the old
        // partial line or of a cut sequence leaks into the new content.
        TerminalText t;
        QCOMPARE(t.feed("old line\nold partial \xc3"), QStringList {QStringLiteral("old line")});
        t.reset();
        QCOMPARE(t.feed("new\n"), QStringList {QStringLiteral("new")});
        QCOMPARE(t.partialLine(), QString());
    }

    void veryLongLinesAreCut()
    {
        TerminalText t;
        const QByteArray big(TerminalText::kMaxLineLength + 10, 'x');
        const QStringList lines = t.feed(big);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().size(), TerminalText::kMaxLineLength);
        QCOMPARE(t.partialLine().size(), 10);
    }

    // A cursor move to a far column must not pad the line to gigabytes (hostile logs).
    void farCursorMovesStayWithinTheLineLimit_data()
    {
        QTest::addColumn<QByteArray>("log");
        QTest::newRow("to column 2e9") << QByteArray("a\x1b[2000000000Gb\n");
        QTest::newRow("forward 2e9") << QByteArray("a\x1b[2000000000Cb\n");
        QTest::newRow("forward twice") << QByteArray("a\x1b[60000C\x1b[60000Cb\n");
        QTest::newRow("column beyond int") << QByteArray("a\x1b[99999999999999Gb\n");
    }
    void farCursorMovesStayWithinTheLineLimit()
    {
        QFETCH(QByteArray, log);
        TerminalText t;
        const QStringList lines = t.feed(log);
        QVERIFY(!lines.isEmpty());
        for (const QString &line : lines)
            QVERIFY(line.size() <= TerminalText::kMaxLineLength);
        QVERIFY(lines.join(QString()).contains(u'b'));
    }

    // Found by fuzz_terminaltext: characters written through the slow path (control
    // pictures, tabs, invalid bytes, characters beyond the BMP) grew a line past the limit.
    void everyKindOfCharacterStaysWithinTheLineLimit_data()
    {
        QTest::addColumn<QByteArray>("unit");
        QTest::addColumn<int>("utf16Units"); // what one unit shows as
        QTest::newRow("control bytes") << QByteArray("\x01") << 1;
        QTest::newRow("tabs") << QByteArray("\t") << 1;
        QTest::newRow("invalid bytes") << QByteArray("\xff") << 1;
        QTest::newRow("emoji after one ASCII") << QByteArray("a\xf0\x9f\x9a\x80") << 3;
    }
    void everyKindOfCharacterStaysWithinTheLineLimit()
    {
        QFETCH(QByteArray, unit);
        QFETCH(int, utf16Units);
        TerminalText t;
        const QByteArray log = unit.repeated(TerminalText::kMaxLineLength + 1) + "\n";
        QStringList lines = t.feed(log);
        lines += t.flush();
        QVERIFY(lines.size() >= 2);
        qsizetype total = 0;
        for (const QString &line : std::as_const(lines)) {
            QVERIFY(line.size() <= TerminalText::kMaxLineLength);
            total += line.size();
        }
        // Nothing is lost: every character of the log is on some line.
        QCOMPARE(total, utf16Units * (TerminalText::kMaxLineLength + 1));
    }
};

QTEST_GUILESS_MAIN(TestTerminalText)
#include "tst_terminaltext.moc"
