// The batch-script model: lossless round trips, sbatch's directive rules, edits that touch only
// their own line, and golden dumps of the corpus.
#include "core/slurm/batchscript.h"
#include "core/slurm/scriptchecker.h"
#include "slurmtestutil.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Patagon::Slurm;

class TestBatchScript : public QObject
{
    Q_OBJECT

    static QString dump(const BatchScript &script)
    {
        static const char *kinds[]
            = {"blank", "shebang", "comment", "lookalike", "directive", "inactive", "command"};
        QString out;
        for (int i = 0; i < script.lines().size(); ++i) {
            const ScriptLine &l = script.lines().at(i);
            out += QStringLiteral("%1 %2").arg(i + 1).arg(QLatin1String(kinds[int(l.kind)]));
            for (const ScriptToken &t : l.tokens)
                out += QStringLiteral(" [%1]").arg(QString::fromUtf8(t.text));
            if (l.terminator.isEmpty())
                out += QStringLiteral(" (no line break)");
            out += QLatin1Char('\n');
        }
        out += QStringLiteral("directives:\n");
        for (const QString &d : SlurmTest::describeAll(script))
            out += QStringLiteral("  ") + d + QLatin1Char('\n');
        out += QStringLiteral("problems:\n");
        for (const ScriptProblem &p : ScriptChecker::check(script))
            out += QStringLiteral("  %1 %2:%3-%4 %5%6\n")
                       .arg(ScriptProblem::severityName(p.severity))
                       .arg(p.line)
                       .arg(p.startColumn)
                       .arg(p.endColumn)
                       .arg(p.message,
                            p.fix.isValid() ? QStringLiteral(" [fix: ") + p.fix.label + u']'
                                            : QString());
        return out;
    }

    // Lines that differ between two texts (same count expected).
    static QList<int> changedLines(const QByteArray &a, const QByteArray &b)
    {
        const QList<QByteArray> la = a.split('\n');
        const QList<QByteArray> lb = b.split('\n');
        QList<int> changed;
        for (qsizetype i = 0; i < qMax(la.size(), lb.size()); ++i) {
            if (la.value(i) != lb.value(i))
                changed.append(int(i) + 1);
        }
        return changed;
    }

private slots:
    void roundTripCorpus_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &f : SlurmTest::corpusFiles())
            QTest::newRow(qPrintable(f)) << f;
        QVERIFY(SlurmTest::corpusFiles().size() >= 10);
    }

    void roundTripCorpus()
    {
        QFETCH(QString, file);
        const QByteArray text = SlurmTest::readFile(SlurmTest::corpusDir() + u'/' + file);
        QVERIFY(!text.isEmpty());
        QCOMPARE(BatchScript::parse(text).serialize(), text);
    }

    void roundTripRandomBytes()
    {
        QRandomGenerator rng(20241105);
        // Bytes that matter to the parser, often; any byte, sometimes.
        const QByteArray alphabet("#SBATCH#SLURM -=\"'\\\n\r\t :pJ%gpu1#!");
        for (int round = 0; round < 3000; ++round) {
            QByteArray text;
            const int length = int(rng.bounded(200));
            for (int i = 0; i < length; ++i) {
                if (rng.bounded(4) == 0)
                    text.append(char(rng.bounded(256)));
                else
                    text.append(alphabet.at(int(rng.bounded(alphabet.size()))));
            }
            const BatchScript script = BatchScript::parse(text);
            QCOMPARE(script.serialize(), text);
            (void)ScriptChecker::check(script); // must not crash
        }
    }

    void golden_data() { roundTripCorpus_data(); }

    void golden()
    {
        QFETCH(QString, file);
        const BatchScript script
            = BatchScript::parse(SlurmTest::readFile(SlurmTest::corpusDir() + u'/' + file));
        const QString actual = dump(script);
        const QString goldenPath = QStringLiteral(PATAGON_SOURCE_DIR "/tests/slurm/golden/")
            + QString(file).replace(QLatin1String(".slurm"), QLatin1String(".txt"));
        if (qEnvironmentVariableIsSet("PATAGON_UPDATE_GOLDEN")) {
            QFile out(goldenPath);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(actual.toUtf8());
        }
        const QString expected = QString::fromUtf8(SlurmTest::readFile(goldenPath));
        QVERIFY2(!expected.isEmpty(), qPrintable(goldenPath));
        QCOMPARE(actual, expected);
    }

    void directives_data()
    {
        QTest::addColumn<QByteArray>("script");
        QTest::addColumn<QStringList>("expected");
        const auto row = [](const char *name, const char *script, const QStringList &expected) {
            QTest::newRow(name) << QByteArray(script) << expected;
        };
        const auto L = [](std::initializer_list<const char *> items) {
            QStringList l;
            for (const char *i : items)
                l.append(QString::fromUtf8(i));
            return l;
        };
        row("long with equals", "#!/bin/sh\n#SBATCH --partition=gpu\n", L({"2:partition=gpu"}));
        row("long with space", "#!/bin/sh\n#SBATCH --partition gpu\n", L({"2:partition=gpu"}));
        row("short with space", "#!/bin/sh\n#SBATCH -p gpu\n", L({"2:partition=gpu"}));
        row("short attached", "#!/bin/sh\n#SBATCH -pgpu\n", L({"2:partition=gpu"}));
        row("short -J name and -o file", "#!/bin/sh\n#SBATCH -J name -o file\n",
            L({"2:job-name=name", "2:output=file"}));
        row("several options on one line", "#!/bin/sh\n#SBATCH -p gpu --time=5 -n 2\n",
            L({"2:partition=gpu", "2:time=5", "2:ntasks=2"}));
        row("double quoted value", "#!/bin/sh\n#SBATCH -J \"my job\"\n", L({"2:job-name=my job"}));
        row("single quoted value", "#!/bin/sh\n#SBATCH -J 'my job'\n", L({"2:job-name=my job"}));
        row("hash inside quotes",
            "#!/bin/sh\n#SBATCH --container-image=\"nvcr.io#nvidia/pytorch:24.05-py3\"\n",
            L({"2:container-image=nvcr.io#nvidia/pytorch:24.05-py3"}));
        row("hash outside quotes ends the line", "#!/bin/sh\n#SBATCH -t 5 # -p gpu\n",
            L({"2:time=5"}));
        row("hash glued to a value ends the line", "#!/bin/sh\n#SBATCH --time=5#x -p gpu\n",
            L({"2:time=5"}));
        row("escaped quote", "#!/bin/sh\n#SBATCH --comment=a\\\"b\n", L({"2:comment=a\"b"}));
        row("space before #SBATCH is a comment", "#!/bin/sh\n #SBATCH -p gpu\n", L({}));
        row("# SBATCH is a comment", "#!/bin/sh\n# SBATCH -p gpu\n", L({}));
        row("##SBATCH is a comment", "#!/bin/sh\n##SBATCH -p gpu\n", L({}));
        row("lowercase #sbatch is a comment", "#!/bin/sh\n#sbatch -p gpu\n", L({}));
        row("#SLURM is still read", "#!/bin/sh\n#SLURM -p gpu\n", L({"2:partition=gpu"}));
        row("after first command inactive", "#!/bin/sh\n#SBATCH -p cpu\necho\n#SBATCH -p gpu\n",
            L({"2:partition=cpu", "!4:partition=gpu"}));
        row("blank lines and comments keep the block open",
            "#!/bin/sh\n\n# note\n   \n#SBATCH -p gpu\n", L({"5:partition=gpu"}));
        row("indented command ends the block", "#!/bin/sh\n  x=1\n#SBATCH -p gpu\n",
            L({"!3:partition=gpu"}));
        row("flag", "#!/bin/sh\n#SBATCH --hold\n", L({"2:hold"}));
        row("short cluster", "#!/bin/sh\n#SBATCH -Hpgpu\n", L({"2:hold", "2:partition=gpu"}));
        row("optional argument attached", "#!/bin/sh\n#SBATCH --exclusive=user\n",
            L({"2:exclusive=user"}));
        row("optional argument not taken separately", "#!/bin/sh\n#SBATCH --nice 5\n",
            L({"2:nice", "2:5?notoption"}));
        row("required value taken across lines", "#!/bin/sh\n#SBATCH -J\n#SBATCH -t 5\n",
            L({"2:job-name=-t", "3:5?notoption"}));
        row("missing value at the end", "#!/bin/sh\n#SBATCH -J\n", L({"2:job-name?missing"}));
        row("flag with a value", "#!/bin/sh\n#SBATCH --hold=yes\n", L({"2:hold=yes?unexpected"}));
        row("unknown long option", "#!/bin/sh\n#SBATCH --partion=gpu\n",
            L({"2:--partion=gpu?unknown"}));
        row("abbreviation", "#!/bin/sh\n#SBATCH --part=gpu\n", L({"2:partition=gpu"}));
        row("ambiguous abbreviation", "#!/bin/sh\n#SBATCH --mem-per=4\n",
            L({"2:--mem-per=4?ambiguous"}));
        row("empty quoted argument stops the line", "#!/bin/sh\n#SBATCH -J \"\" -p gpu\n",
            L({"2:job-name?missing"}));
        row("unmatched quote", "#!/bin/sh\n#SBATCH -p gpu -J \"open\n",
            L({"2:partition=gpu", "2:job-name?missing"}));
        row("hetjob separator", "#!/bin/sh\n#SBATCH -p cpu\n#SBATCH hetjob\n#SBATCH -p gpu\n",
            L({"2:partition=cpu", "4:partition=gpu"}));
        row("no space after #SBATCH", "#!/bin/sh\n#SBATCH--time=5\n", L({"2:time=5"}));
        row("CR at end of line is whitespace", "#!/bin/sh\r\n#SBATCH -p gpu\r\n",
            L({"2:partition=gpu"}));
    }

    void directives()
    {
        QFETCH(QByteArray, script);
        QFETCH(QStringList, expected);
        const BatchScript s = BatchScript::parse(script);
        QCOMPARE(SlurmTest::describeAll(s), expected);
        QCOMPARE(s.serialize(), script);
    }

    void nulInsideLine()
    {
        const QByteArray text("#!/bin/sh\n#SBATCH -p gpu\0 -n 2\n", 31);
        const BatchScript s = BatchScript::parse(text);
        QCOMPARE(SlurmTest::describeAll(s), QStringList {QStringLiteral("2:partition=gpu")});
        QVERIFY(s.hasNulByte());
        QCOMPARE(s.serialize(), text);
    }

    void scriptLevelRules()
    {
        QVERIFY(!BatchScript::parse("#SBATCH -p gpu\n").hasShebang());
        QVERIFY(BatchScript::parse("#!/bin/bash\n").hasShebang());
        QVERIFY(BatchScript::parse("#!/bin/bash\r\necho\r\n").hasDosLineBreaks());
        QCOMPARE(BatchScript::parse("#!/bin/bash\r\necho\r\n").withUnixLineBreaks(),
                 QByteArray("#!/bin/bash\necho\n"));
        QCOMPARE(BatchScript::parse("#!/bin/bash\n#SBATCH -p x\n\necho\n").firstCommandLine(), 3);
    }

    void edit_data()
    {
        QTest::addColumn<QByteArray>("script");
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("expected");
        const auto row = [](const char *name, const char *script, const char *option,
                            const char *value, const char *expected) {
            QTest::newRow(name) << QByteArray(script) << QString::fromUtf8(option)
                                << QString::fromUtf8(value) << QByteArray(expected);
        };
        row("short separate keeps its form", "#!/bin/sh\n#SBATCH -p cpu # main\necho\n",
            "partition", "gpu", "#!/bin/sh\n#SBATCH -p gpu # main\necho\n");
        row("short attached keeps its form", "#!/bin/sh\n#SBATCH -pcpu\n", "partition", "gpu",
            "#!/bin/sh\n#SBATCH -pgpu\n");
        row("long with equals keeps its form", "#!/bin/sh\n#SBATCH  --time=5   -n 1\n", "time",
            "1-00:00:00", "#!/bin/sh\n#SBATCH  --time=1-00:00:00   -n 1\n");
        row("long with space keeps its form", "#!/bin/sh\n#SBATCH --job-name \"a b\"\n", "job-name",
            "c", "#!/bin/sh\n#SBATCH --job-name c\n");
        row("value that needs quotes", "#!/bin/sh\n#SBATCH -J x\n", "job-name", "my \"big\" job",
            "#!/bin/sh\n#SBATCH -J \"my \\\"big\\\" job\"\n");
        row("hash value gets quotes", "#!/bin/sh\n", "container-image",
            "nvcr.io#nvidia/pytorch:24.05-py3",
            "#!/bin/sh\n#SBATCH --container-image=\"nvcr.io#nvidia/pytorch:24.05-py3\"\n");
        row("appended after the last directive", "#!/bin/sh\n#SBATCH -p cpu\n\n# run\necho\n",
            "time", "10", "#!/bin/sh\n#SBATCH -p cpu\n#SBATCH --time=10\n\n# run\necho\n");
        row("appended after the shebang when there is no directive", "#!/bin/sh\necho\n", "time",
            "10", "#!/bin/sh\n#SBATCH --time=10\necho\n");
        row("inactive directive is not edited", "#!/bin/sh\necho\n#SBATCH -p cpu\n", "partition",
            "gpu", "#!/bin/sh\n#SBATCH --partition=gpu\necho\n#SBATCH -p cpu\n");
        row("the effective (last) one is edited", "#!/bin/sh\n#SBATCH -p a\n#SBATCH -p b\n",
            "partition", "c", "#!/bin/sh\n#SBATCH -p a\n#SBATCH -p c\n");
        row("missing final newline stays missing", "#!/bin/sh\n#SBATCH -p a", "time", "5",
            "#!/bin/sh\n#SBATCH -p a\n#SBATCH --time=5");
        row("DOS line breaks kept in the added line", "#!/bin/sh\r\n#SBATCH -p a\r\n", "time", "5",
            "#!/bin/sh\r\n#SBATCH -p a\r\n#SBATCH --time=5\r\n");
        row("flag set", "#!/bin/sh\n#SBATCH -p a\n", "hold", "",
            "#!/bin/sh\n#SBATCH -p a\n#SBATCH --hold\n");
        row("optional-argument flag gets a value", "#!/bin/sh\n#SBATCH --exclusive\n", "exclusive",
            "user", "#!/bin/sh\n#SBATCH --exclusive=user\n");
        row("cluster with attached value edited in place", "#!/bin/sh\n#SBATCH -Hpcpu -n 1\n",
            "partition", "gpu", "#!/bin/sh\n#SBATCH -Hpgpu -n 1\n");
        row("cluster with separate value edited in place", "#!/bin/sh\n#SBATCH -Hp cpu -n 1\n",
            "partition", "gpu", "#!/bin/sh\n#SBATCH -Hp gpu -n 1\n");
        row("cluster value that needs quotes", "#!/bin/sh\n#SBATCH -HJold\n", "job-name", "a b",
            "#!/bin/sh\n#SBATCH -HJ\"a b\"\n");
        row("quoted cluster edited in place", "#!/bin/sh\n#SBATCH \"-HJa b\" # c\n", "job-name",
            "x", "#!/bin/sh\n#SBATCH -HJx # c\n");
        row("short attached among other options", "#!/bin/sh\n#SBATCH -n 1 -pcpu -t 5\n",
            "partition", "gpu", "#!/bin/sh\n#SBATCH -n 1 -pgpu -t 5\n");
        row("short separate among other options", "#!/bin/sh\n#SBATCH -o out -J old -e err\n",
            "job-name", "new", "#!/bin/sh\n#SBATCH -o out -J new -e err\n");
        row("flag already in a cluster stays", "#!/bin/sh\n#SBATCH -Hpgpu\n", "hold", "",
            "#!/bin/sh\n#SBATCH -Hpgpu\n");
    }

    void edit()
    {
        QFETCH(QByteArray, script);
        QFETCH(QString, option);
        QFETCH(QString, value);
        QFETCH(QByteArray, expected);
        BatchScript s = BatchScript::parse(script);
        s.setValue(option, value);
        QCOMPARE(s.serialize(), expected);
        QCOMPARE(s.value(option).value_or(QStringLiteral("<unset>")), value);
    }

    void editChangesOnlyThatLine_data()
    {
        QTest::addColumn<QString>("file");
        // Scripts whose directives all parse (in a broken one a new line can become the value
        // of an option that lacks one, exactly as sbatch would read it).
        for (const QString &f : SlurmTest::corpusFiles()) {
            const BatchScript s
                = BatchScript::parse(SlurmTest::readFile(SlurmTest::corpusDir() + u'/' + f));
            const bool clean = std::all_of(
                s.directives().cbegin(), s.directives().cend(),
                [](const ScriptDirective &d) { return d.issue == ScriptDirective::Issue::None; });
            if (clean)
                QTest::newRow(qPrintable(f)) << f;
        }
    }

    void editChangesOnlyThatLine()
    {
        QFETCH(QString, file);
        const QByteArray text = SlurmTest::readFile(SlurmTest::corpusDir() + u'/' + file);
        BatchScript s = BatchScript::parse(text);
        const ScriptDirective *d = s.find(QStringLiteral("time"));
        const bool inPlace = d && (d->valueLine < 0 || d->valueLine == d->line);
        const int line = inPlace ? d->line : -1;
        s.setValue(QStringLiteral("time"), QStringLiteral("42"));
        QCOMPARE(s.value(QStringLiteral("time")), std::optional<QString>(QStringLiteral("42")));
        QList<QByteArray> before = text.split('\n');
        QList<QByteArray> after = s.serialize().split('\n');
        if (inPlace) {
            QCOMPARE(changedLines(text, s.serialize()), QList<int> {line + 1});
            return;
        }
        // One line added, inside the directive block; every other line as it was.
        QCOMPARE(after.size(), before.size() + 1);
        qsizetype added = 0;
        while (added < before.size() && before.at(added) == after.at(added))
            ++added;
        QVERIFY(after.at(added).startsWith("#SBATCH --time=42"));
        after.removeAt(added);
        QCOMPARE(after, before);
        QVERIFY(s.firstCommandLine() < 0 || added < s.firstCommandLine());
    }

    void remove_data()
    {
        QTest::addColumn<QByteArray>("script");
        QTest::addColumn<QString>("option");
        QTest::addColumn<QByteArray>("expected");
        const auto row
            = [](const char *name, const char *script, const char *option, const char *expected) {
                  QTest::newRow(name)
                      << QByteArray(script) << QString::fromUtf8(option) << QByteArray(expected);
              };
        row("the only option: the line goes", "#!/bin/sh\n#SBATCH -p a\n#SBATCH -t 5\n",
            "partition", "#!/bin/sh\n#SBATCH -t 5\n");
        row("one of several: the rest stays", "#!/bin/sh\n#SBATCH -p a -t 5 -n 1\n", "time",
            "#!/bin/sh\n#SBATCH -p a -n 1\n");
        row("a comment keeps the line", "#!/bin/sh\n#SBATCH -p a # why\n", "partition",
            "#!/bin/sh\n#SBATCH # why\n");
        row("every occurrence", "#!/bin/sh\n#SBATCH -p a\n#SBATCH --partition=b\necho\n",
            "partition", "#!/bin/sh\necho\n");
        row("flag", "#!/bin/sh\n#SBATCH --hold\n", "hold", "#!/bin/sh\n");
        row("last line without newline", "#!/bin/sh\n#SBATCH -t 5\n#SBATCH -p a", "partition",
            "#!/bin/sh\n#SBATCH -t 5");
        row("absent: nothing changes", "#!/bin/sh\n#SBATCH -t 5\n", "partition",
            "#!/bin/sh\n#SBATCH -t 5\n");
        row("last letter of a cluster: the others stay", "#!/bin/sh\n#SBATCH -Hpgpu -n 1\n",
            "partition", "#!/bin/sh\n#SBATCH -H -n 1\n");
        row("first letter of a cluster: the others stay", "#!/bin/sh\n#SBATCH -Hpgpu -n 1\n",
            "hold", "#!/bin/sh\n#SBATCH -pgpu -n 1\n");
        row("cluster letter with a separate value", "#!/bin/sh\n#SBATCH -Hp gpu -n 1\n",
            "partition", "#!/bin/sh\n#SBATCH -H -n 1\n");
        row("flag of a cluster with a separate value", "#!/bin/sh\n#SBATCH -Hp gpu\n", "hold",
            "#!/bin/sh\n#SBATCH -p gpu\n");
        row("cluster with a value that needs quotes", "#!/bin/sh\n#SBATCH -HJ\"a b\"\n", "hold",
            "#!/bin/sh\n#SBATCH \"-Ja b\"\n");
    }

    void remove()
    {
        QFETCH(QByteArray, script);
        QFETCH(QString, option);
        QFETCH(QByteArray, expected);
        BatchScript s = BatchScript::parse(script);
        s.remove(option);
        QCOMPARE(s.serialize(), expected);
        QVERIFY(!s.isSet(option));
    }

    void replaceOthers()
    {
        BatchScript s
            = BatchScript::parse("#!/bin/sh\n#SBATCH -p a --qos=x\n#SBATCH --hold\necho\n");
        s.replaceOthers({QStringLiteral("partition")},
                        {QByteArray("--requeue"), QByteArray("--comment=a b")});
        QCOMPARE(
            s.serialize(),
            QByteArray("#!/bin/sh\n#SBATCH -p a\n#SBATCH --requeue \"--comment=a b\"\necho\n"));
        QCOMPARE(s.value(QStringLiteral("comment")), std::optional<QString>(QStringLiteral("a b")));
    }

    void quoteValueRoundTrips_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("plain") << QByteArray("gpu");
        QTest::newRow("space") << QByteArray("a b");
        QTest::newRow("hash") << QByteArray("nvcr.io#x");
        QTest::newRow("double quote") << QByteArray("a\"b");
        QTest::newRow("single quote") << QByteArray("it's");
        QTest::newRow("backslash") << QByteArray("a\\b");
        QTest::newRow("leading colon") << QByteArray(":x");
        QTest::newRow("non-ASCII") << QByteArray("ñandú");
        QTest::newRow("tab") << QByteArray("a\tb");
    }

    void quoteValueRoundTrips()
    {
        QFETCH(QByteArray, value);
        const QList<ScriptToken> tokens
            = BatchScript::tokenize(" " + BatchScript::quoteValue(value));
        QCOMPARE(tokens.size(), 1);
        QCOMPARE(tokens.first().text, value);
    }
};

QTEST_GUILESS_MAIN(TestBatchScript)
#include "tst_batchscript.moc"
