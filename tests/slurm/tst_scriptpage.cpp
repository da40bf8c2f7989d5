// The Script page: the form and the text stay in step both ways, directives are highlighted
// by the project's syntax definition, problems are listed with fixes that apply.
#include "app/pages/scriptpage.h"
#include "core/i18n/languagemanager.h"
#include "slurmtestutil.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

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

    // In both languages the form fits its pane at the window's default size: no field runs
    // past the pane's edge (Spanish labels are longer; the clear buttons were hidden).
    void formFitsItsPane_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("Spanish") << QStringLiteral("es");
    }

    void formFitsItsPane()
    {
        QFETCH(QString, language);
        LanguageManager languages;
        languages.useLanguage(language);
        ScriptPage page;
        page.resize(1100 - 220, 650); // the window's default size less the navigation
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTest::qWait(50);
        auto *scroll = page.field(QStringLiteral("job-name"))->parentWidget()->parentWidget();
        QVERIFY(scroll);
        for (const QString &option : ScriptPage::formOptions()) {
            QLineEdit *field = page.field(option);
            const int right = field->mapTo(scroll, QPoint(field->width(), 0)).x();
            QVERIFY2(right <= scroll->width(),
                     qPrintable(QStringLiteral("%1 ends at %2 of %3")
                                    .arg(option)
                                    .arg(right)
                                    .arg(scroll->width())));
        }
        languages.useLanguage(QStringLiteral("en"));
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

    // The tutorial's trap, as a newcomer met it: the container in an #SBATCH line and srun in
    // the body. Said before submitting, and fixed in one click; the templates do not fall in.
    void containerInTheBatchStepIsCaught()
    {
        ScriptPage page;
        page.setScriptText(QStringLiteral("#!/bin/bash\n#SBATCH -p cpu\n"
                                          "#SBATCH --container-name=mienv\n"
                                          "srun python train.py\n"));
        QCOMPARE(page.problems().size(), 1);
        QCOMPARE(page.problems().at(0).line, 4);
        QVERIFY(page.problems().at(0).message.contains(QLatin1String("no srun")));
        QCOMPARE(page.field(QStringLiteral("container-name"))->text(), QStringLiteral("mienv"));
        // The fix is said on its button; activating the problem selects the word it is about.
        auto *list = page.findChild<QTreeWidget *>(QStringLiteral("problems"));
        auto *fix = page.findChild<QPushButton *>(QStringLiteral("applyFix"));
        QVERIFY(list && fix);
        QVERIFY(!fix->isEnabled());
        list->setCurrentItem(list->topLevelItem(0));
        QVERIFY(fix->isEnabled());
        QCOMPARE(fix->text(), QStringLiteral("Fix: Move the container options to the srun lines"));
        emit list->itemActivated(list->topLevelItem(0), 0);
        QCOMPARE(page.editor()->textCursor().selectedText(), QStringLiteral("srun"));
        page.applyFix(0);
        QCOMPARE(page.scriptText(),
                 QStringLiteral("#!/bin/bash\n#SBATCH -p cpu\n"
                                "srun --container-name=mienv python train.py\n"));
        // The form shows it where it is now: on the srun line.
        QCOMPARE(page.field(QStringLiteral("container-name"))->text(), QStringLiteral("mienv"));
        QVERIFY(page.problems().isEmpty());
        for (const ScriptPage::Template &t : ScriptPage::templates()) {
            page.setScriptText(QString::fromUtf8(t.text));
            QVERIFY2(page.problems().isEmpty(), qPrintable(t.title));
        }
    }

    // The form's container fields write where Pyxis and srun in the body agree: on the srun
    // steps (the tutorial's way); a directive only for a script that runs no step.
    void containerFieldsWriteTheSrunLines()
    {
        ScriptPage page;
        page.setScriptText(QStringLiteral("#!/bin/bash\n#SBATCH -p cpu\nmodule load x\n"
                                          "srun python a.py\nsrun --container-name=old b.sh\n"));
        QLineEdit *name = page.field(QStringLiteral("container-name"));
        QCOMPARE(name->text(), QStringLiteral("old")); // read from the steps
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("mienv"));
        QCOMPARE(page.scriptText(),
                 QStringLiteral("#!/bin/bash\n#SBATCH -p cpu\nmodule load x\n"
                                "srun --container-name=mienv python a.py\n"
                                "srun --container-name=mienv b.sh\n"));
        QVERIFY(page.problems().isEmpty());
        name->clear();
        emit name->textEdited(QString());
        QCOMPARE(page.scriptText(),
                 QStringLiteral("#!/bin/bash\n#SBATCH -p cpu\nmodule load x\n"
                                "srun python a.py\nsrun b.sh\n"));
        // No step: the batch step itself runs in the container.
        page.setScriptText(QStringLiteral("#!/bin/bash\npython a.py\n"));
        QLineEdit *image = page.field(QStringLiteral("container-image"));
        QTest::keyClicks(image, QStringLiteral("python"));
        QCOMPARE(page.scriptText(),
                 QStringLiteral("#!/bin/bash\n#SBATCH --container-image=python\npython a.py\n"));
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
        // The tutorial's job first, in its own shape: short options, as the tutorial writes it.
        QCOMPARE(ScriptPage::templates().first().text,
                 SlurmTest::readFile(SlurmTest::corpusDir()
                                     + QStringLiteral("/tutorial-mitareaml.slurm")));
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

    void fieldEditsShortOptionClusterInPlace()
    {
        ScriptPage page;
        page.setScriptText(QStringLiteral("#!/bin/bash\n#SBATCH -Hpcpu -J x\necho\n"));
        QLineEdit *partition = page.field(QStringLiteral("partition"));
        QCOMPARE(partition->text(), QStringLiteral("cpu"));
        partition->selectAll();
        QTest::keyClicks(partition, QStringLiteral("gpu"));
        QCOMPARE(page.scriptText(), QStringLiteral("#!/bin/bash\n#SBATCH -Hpgpu -J x\necho\n"));
        partition->selectAll();
        QTest::keyClick(partition, Qt::Key_Delete);
        QCOMPARE(page.scriptText(), QStringLiteral("#!/bin/bash\n#SBATCH -H -J x\necho\n"));
    }

    void dosLineBreaksKeptAndFixedInOneClick()
    {
        ScriptPage page;
        const QString dos = QStringLiteral("#!/bin/bash\r\n#SBATCH -p gpu\r\necho\r\n");
        page.setScriptText(dos);
        // Kept byte for byte, and visible in the editor.
        QCOMPARE(page.scriptText(), dos);
        QCOMPARE(page.editor()->document()->blockCount(), 4);
        QVERIFY(page.editor()->toPlainText().contains(QChar(0x240D)));
        QCOMPARE(page.field(QStringLiteral("partition"))->text(), QStringLiteral("gpu"));
        int dosProblem = -1;
        for (int i = 0; i < page.problems().size(); ++i) {
            if (page.problems().at(i).message.contains(QLatin1String("DOS")))
                dosProblem = i;
        }
        QVERIFY(dosProblem >= 0);
        QCOMPARE(page.problems().at(dosProblem).severity, Slurm::ScriptProblem::Severity::Error);
        QVERIFY(page.problems().at(dosProblem).fix.isValid());
        page.applyFix(dosProblem);
        QCOMPARE(page.scriptText(), QStringLiteral("#!/bin/bash\n#SBATCH -p gpu\necho\n"));
        QVERIFY(page.problems().isEmpty());
    }

    void shortcuts_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QKeySequence>("keys");
        QTest::newRow("open is Ctrl+O")
            << QStringLiteral("openAction") << QKeySequence(Qt::CTRL | Qt::Key_O);
        QTest::newRow("save is Ctrl+S")
            << QStringLiteral("saveAction") << QKeySequence(Qt::CTRL | Qt::Key_S);
        QTest::newRow("save as is Ctrl+Shift+S")
            << QStringLiteral("saveAsAction") << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S);
    }

    void shortcuts()
    {
        QFETCH(QString, action);
        QFETCH(QKeySequence, keys);
        ScriptPage page;
        auto *a = page.findChild<QAction *>(action);
        QVERIFY(a);
        QCOMPARE(a->shortcut(), keys);
        QCOMPARE(a->shortcutContext(), Qt::WidgetWithChildrenShortcut);
        QVERIFY(page.actions().contains(a));
    }

    void ctrlSSavesTheOpenFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("job.slurm"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#!/bin/sh\n#SBATCH -p cpu\n");
        f.close();
        ScriptPage page;
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.openFile(path));
        QVERIFY(!page.isModified());
        auto *label = page.findChild<QLabel *>(QStringLiteral("fileLabel"));
        QVERIFY(label && label->text().contains(QLatin1String("job.slurm")));
        QVERIFY(!label->text().contains(QLatin1String("modified")));
        QLineEdit *time = page.field(QStringLiteral("time"));
        time->setFocus();
        QTest::keyClicks(time, QStringLiteral("10"));
        QVERIFY(page.isModified());
        QVERIFY(label->text().contains(QLatin1String("modified")));
        QTest::keyClick(time, Qt::Key_S, Qt::ControlModifier);
        QVERIFY(!page.isModified());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("#!/bin/sh\n#SBATCH -p cpu\n#SBATCH --time=10\n"));
    }

    void textThatIsNotUtf8IsNotOpened()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("latin1.slurm"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#!/bin/sh\n#SBATCH -J \xf1"
                "and\xfa\n");
        f.close();
        ScriptPage page;
        const QString before = page.scriptText();
        QVERIFY(!page.openFile(path));
        QCOMPARE(page.scriptText(), before);
        auto *box = page.findChild<QMessageBox *>(QStringLiteral("scriptError"));
        QVERIFY(box);
        QVERIFY2(box->text().contains(QLatin1String("not UTF-8")), qPrintable(box->text()));
        QVERIFY(!page.saveFile(dir.filePath(QStringLiteral("no-such-folder/x.slurm"))));
        QVERIFY(page.localPath().isEmpty());
    }

    void unsavedChangesAreAskedAbout()
    {
        ScriptPage page;
        QVERIFY(!page.isModified());
        QVERIFY(page.maybeDiscardChanges()); // nothing to lose: no question
        page.field(QStringLiteral("time"))->setFocus();
        QTest::keyClicks(page.field(QStringLiteral("time")), QStringLiteral("5"));
        QVERIFY(page.isModified());
        const QString edited = page.scriptText();
        auto *templates = page.findChild<QToolButton *>(QStringLiteral("templates"));
        QAction *cpuJob = templates->menu()->actions().at(1);

        const auto answer = [](QMessageBox::StandardButton button, QString *question) {
            QTimer::singleShot(0, [button, question] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                if (!box || box->objectName() != QLatin1String("unsavedChanges"))
                    return;
                *question = box->text();
                box->button(button)->click();
            });
        };
        QString question;
        answer(QMessageBox::Cancel, &question);
        cpuJob->trigger();
        QVERIFY(question.contains(QLatin1String("not saved")));
        QCOMPARE(page.scriptText(), edited);

        question.clear();
        answer(QMessageBox::Discard, &question);
        cpuJob->trigger();
        QVERIFY(!question.isEmpty());
        QCOMPARE(page.scriptText().toUtf8(), ScriptPage::templates().at(1).text);
        QVERIFY(!page.isModified());
    }
};

QTEST_MAIN(TestScriptPage)
#include "tst_scriptpage.moc"
