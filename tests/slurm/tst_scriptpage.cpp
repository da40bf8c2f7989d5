// The Script page: the form and the text stay in step both ways, directives are highlighted
// by the project's syntax definition, problems are listed with fixes that apply.
#include "app/pages/scriptpage.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace Patagon;

class TestScriptPage : public QObject
{
    Q_OBJECT

    static QTextCharFormat formatAt(QPlainTextEdit *editor, int line, const QString &needle)
    {
        const QTextBlock block = editor->document()->findBlockByNumber(line);
        const int column = int(block.text().indexOf(needle));
        for (const QTextLayout::FormatRange &r : block.layout()->formats()) {
            if (column >= r.start && column < r.start + r.length)
                return r.format;
        }
        return {};
    }

private slots:
    void fieldEditChangesOnlyItsLine()
    {
        ScriptPage page;
        QLineEdit *name = page.field(QStringLiteral("job-name"));
        QCOMPARE(name->text(), QStringLiteral("MiTareaML"));
        const QString before = page.scriptText();
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("renamed"));
        QCOMPARE(
            page.scriptText(),
            QString(before).replace(QLatin1String("-J MiTareaML"), QLatin1String("-J renamed")));
    }

    void fieldAddsAndRemovesDirectives()
    {
        ScriptPage page;
        QLineEdit *time = page.field(QStringLiteral("time"));
        QTest::keyClicks(time, QStringLiteral("30"));
        QVERIFY(page.scriptText().contains(
            QLatin1String("#SBATCH -e MiTareaML-%j.err\n#SBATCH --time=30\n")));
        time->selectAll();
        QTest::keyClick(time, Qt::Key_Delete);
        QVERIFY(!page.scriptText().contains(QLatin1String("--time")));
    }

    void textEditUpdatesTheForm()
    {
        ScriptPage page;
        QPlainTextEdit *editor = page.editor();
        QTextCursor c = editor->document()->find(QStringLiteral("-p gpu"));
        QVERIFY(!c.isNull());
        c.insertText(QStringLiteral("-p cpu"));
        QCOMPARE(page.field(QStringLiteral("partition"))->text(), QStringLiteral("cpu"));
        c.movePosition(QTextCursor::EndOfBlock);
        c.insertText(QStringLiteral(" --mem=4G --qos=normal"));
        QCOMPARE(page.field(QStringLiteral("mem"))->text(), QStringLiteral("4G"));
        QCOMPARE(page.extraOptions()->text(), QStringLiteral("--qos=normal"));
    }

    void extraOptionsWriteDirectives()
    {
        ScriptPage page;
        page.extraOptions()->setText(QStringLiteral("--qos=normal --comment=\"a b\""));
        emit page.extraOptions()->editingFinished();
        QVERIFY2(
            page.scriptText().contains(QLatin1String("#SBATCH --qos=normal \"--comment=a b\"\n")),
            qPrintable(page.scriptText()));
    }

    void outputPreview()
    {
        ScriptPage page;
        auto *preview = page.findChild<QLabel *>(QStringLiteral("outputPreview"));
        QVERIFY(preview);
        QVERIFY2(preview->text().contains(QLatin1String("MiTareaML-12345.out")),
                 qPrintable(preview->text()));
        QLineEdit *output = page.field(QStringLiteral("output"));
        output->selectAll();
        QTest::keyClicks(output, QStringLiteral("%x_%A_%a.log"));
        QVERIFY2(preview->text().contains(QLatin1String("MiTareaML_12345_4294967294.log")),
                 qPrintable(preview->text()));
    }

    void directivesAreHighlighted()
    {
        ScriptPage page;
        page.setScriptText(QStringLiteral("#!/bin/bash\n#SBATCH -p gpu --time=5\n# plain comment\n"
                                          "echo hi\n#SBATCH -J late\n"));
        const KSyntaxHighlighting::Repository repo;
        const bool dark = page.palette().color(QPalette::Base).lightness() < 128;
        const KSyntaxHighlighting::Theme theme
            = repo.defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                     : KSyntaxHighlighting::Repository::LightTheme);
        const QTextCharFormat option = formatAt(page.editor(), 1, QStringLiteral("--time"));
        QCOMPARE(option.foreground().color(),
                 QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Attribute)));
        const QTextCharFormat value = formatAt(page.editor(), 1, QStringLiteral("gpu"));
        QCOMPARE(value.foreground().color(),
                 QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::String)));
        const QTextCharFormat magic = formatAt(page.editor(), 1, QStringLiteral("#SBATCH"));
        QVERIFY(magic.fontWeight() >= QFont::Bold);
        // After the first command a directive is dimmed like a comment, in italics.
        const QTextCharFormat inactive = formatAt(page.editor(), 4, QStringLiteral("late"));
        QCOMPARE(inactive.foreground().color(),
                 QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Comment)));
        QVERIFY(inactive.fontItalic());
        QVERIFY(formatAt(page.editor(), 4, QStringLiteral("#SBATCH")).fontWeight() < QFont::Bold);
    }

    void problemsAreListedAndFixed()
    {
        ScriptPage page;
        page.setScriptText(
            QStringLiteral("#!/bin/bash\n#SBATCH --partion=gpu\necho\n#SBATCH -t 5\n"));
        QCOMPARE(page.problems().size(), 2);
        QCOMPARE(page.problems().at(0).line, 2);
        QVERIFY(page.problems().at(0).message.contains(QLatin1String("did you mean --partition?")));
        QCOMPARE(page.editor()->extraSelections().size(), 2);
        page.applyFix(0);
        QVERIFY(page.scriptText().contains(QLatin1String("#SBATCH --partition=gpu\n")));
        QCOMPARE(page.field(QStringLiteral("partition"))->text(), QStringLiteral("gpu"));
        page.applyFix(0);
        QCOMPARE(page.scriptText(),
                 QStringLiteral("#!/bin/bash\n#SBATCH --partition=gpu\n#SBATCH -t 5\necho\n"));
        QVERIFY(page.problems().isEmpty());
    }

    void missingShebangIsFixed()
    {
        ScriptPage page;
        page.setScriptText(QStringLiteral("#SBATCH -p gpu\necho\n"));
        QCOMPARE(page.problems().size(), 1);
        page.applyFix(0);
        QCOMPARE(page.scriptText(), QStringLiteral("#!/bin/bash\n#SBATCH -p gpu\necho\n"));
    }

    void openAndSave()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("job.slurm"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#!/bin/sh\n#SBATCH -p cpu\necho no final newline");
        f.close();
        ScriptPage page;
        QVERIFY(page.openFile(path));
        QCOMPARE(page.field(QStringLiteral("partition"))->text(), QStringLiteral("cpu"));
        page.field(QStringLiteral("partition"))->selectAll();
        QTest::keyClicks(page.field(QStringLiteral("partition")), QStringLiteral("gpu"));
        QVERIFY(page.saveFile(path));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("#!/bin/sh\n#SBATCH -p gpu\necho no final newline"));
    }

    void templatesAndSubmit()
    {
        QCOMPARE(ScriptPage::templates().size(), 4);
        ScriptPage page;
        for (const ScriptPage::Template &t : ScriptPage::templates()) {
            page.setScriptText(QString::fromUtf8(t.text));
            QVERIFY2(page.problems().isEmpty(), qPrintable(t.title));
        }
        auto *submit = page.findChild<QPushButton *>(QStringLiteral("submit"));
        QVERIFY(submit);
        QVERIFY(!submit->isEnabled());
        QVERIFY(submit->toolTip().contains(QLatin1String("Connect first")));
    }
};

QTEST_MAIN(TestScriptPage)
#include "tst_scriptpage.moc"
