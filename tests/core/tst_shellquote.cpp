// The one quoting function: every argument must reach the program byte for byte through sh.
#include "core/remote/shellquote.h"

#include <QProcess>
#include <QTest>

using namespace Patagon;

class TestShellQuote : public QObject
{
    Q_OBJECT

private:
    // What /bin/sh hands to printf for the joined command line (fed as the script's raw
    // bytes): one NUL-terminated item per argument, exactly the bytes the program would get.
    static QList<QByteArray> roundTrip(const QList<QByteArray> &args)
    {
        QList<QByteArray> argv {"printf", "%s\\0"};
        argv.append(args);
        const Expected<QByteArray> line = Shell::joinArguments(argv);
        if (!line)
            return {};
        QProcess sh;
        sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-s")});
        sh.write(*line + '\n');
        sh.closeWriteChannel();
        sh.waitForFinished();
        QList<QByteArray> got = sh.readAllStandardOutput().split('\0');
        got.removeLast();
        return got;
    }

private slots:
    void quotesHostileArguments_data()
    {
        QTest::addColumn<QByteArray>("argument");
        QTest::newRow("plain word") << QByteArray("sbatch");
        QTest::newRow("empty") << QByteArray("");
        QTest::newRow("spaces") << QByteArray("my job name");
        QTest::newRow("single quote") << QByteArray("it's");
        QTest::newRow("only quotes") << QByteArray("''''");
        QTest::newRow("double quotes") << QByteArray("say \"hi\"");
        QTest::newRow("command substitution") << QByteArray("$(touch /tmp/pwned)");
        QTest::newRow("backticks") << QByteArray("`id`");
        QTest::newRow("variable") << QByteArray("$HOME and ${PATH}");
        QTest::newRow("newline") << QByteArray("line1\nline2");
        QTest::newRow("trailing newline") << QByteArray("x\n");
        QTest::newRow("semicolon and pipe") << QByteArray("a; rm -rf ~ | cat &");
        QTest::newRow("glob") << QByteArray("*.out ?[ab]");
        QTest::newRow("tilde") << QByteArray("~/file");
        QTest::newRow("backslashes") << QByteArray("C:\\path\\n");
        QTest::newRow("non-ASCII") << QByteArray("Año señal ñandú — 日本");
        QTest::newRow("leading dash") << QByteArray("-n");
        QTest::newRow("hash") << QByteArray("#not a comment");
        QTest::newRow("equals first") << QByteArray("=x");
        QTest::newRow("pyxis image") << QByteArray("nvcr.io#nvidia/pytorch:24.05-py3");
        QTest::newRow("percent pattern") << QByteArray("%x-%j.out");
        QByteArray every;
        for (int c = 1; c < 256; ++c)
            every.append(char(c));
        QTest::newRow("every byte but NUL") << every;
        QTest::newRow("invalid UTF-8") << QByteArray("\xff\xfe\x80 bad");
    }

    void quotesHostileArguments()
    {
        QFETCH(QByteArray, argument);
        const QList<QByteArray> got = roundTrip({argument, QByteArray("after")});
        QCOMPARE(got.size(), 2);
        QCOMPARE(got.at(0), argument);
        QCOMPARE(got.at(1), QByteArray("after"));
    }

    void safeWordsStayReadable_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("option") << QStringLiteral("--partition=gpu")
                                << QByteArray("--partition=gpu");
        QTest::newRow("path") << QStringLiteral("/home/u/a.out") << QByteArray("/home/u/a.out");
        QTest::newRow("space") << QStringLiteral("a b") << QByteArray("'a b'");
        QTest::newRow("quote") << QStringLiteral("a'b") << QByteArray("'a'\\''b'");
        QTest::newRow("empty") << QString() << QByteArray("''");
    }

    void safeWordsStayReadable()
    {
        QFETCH(QString, argument);
        QFETCH(QByteArray, expected);
        QCOMPARE(Shell::quoteArgument(argument), expected);
    }

    void utf8StringsRoundTrip()
    {
        const QStringList argv {QStringLiteral("echo"), QStringLiteral("Conexión $(x) 'q'")};
        const Expected<QByteArray> line = Shell::joinArguments(argv);
        QVERIFY(line);
        const QList<QByteArray> got = roundTrip({argv.at(1).toUtf8()});
        QCOMPARE(got.value(0), argv.at(1).toUtf8());
    }

    void refusesNulBytes()
    {
        const Expected<QByteArray> line
            = Shell::joinArguments(QList<QByteArray> {"cat", QByteArray("a\0b", 3)});
        QVERIFY(!line);
        QCOMPARE(line.errorCode(), ErrorCode::InvalidInput);
        QVERIFY(line.errorMessage().contains(QLatin1String("2")));
    }

    void refusesEmptyCommand() { QVERIFY(!Shell::joinArguments(QStringList {})); }
};

QTEST_GUILESS_MAIN(TestShellQuote)
#include "tst_shellquote.moc"
