// The Script page. Every edit, in the form or in the text, goes through Slurm::BatchScript:
// the form changes only the directive's own line, and the text is never re-generated.
#include "app/pages/scriptpage.h"

#include "app/jobs/jobcenter.h"

#include "core/slurm/scriptchecker.h"
#include "core/slurm/scriptfile.h"
#include "core/slurm/valuecheck.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QToolButton>
#include <QToolTip>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Patagon {

using namespace Slurm;

namespace {

// A column of a problem (bytes of the line) as a position in the line's characters.
int charColumn(const QByteArray &line, int byteColumn)
{
    return int(QString::fromUtf8(line.left(byteColumn)).size());
}

} // namespace

QStringList ScriptPage::formOptions()
{
    return {QStringLiteral("job-name"),      QStringLiteral("partition"),
            QStringLiteral("gres"),          QStringLiteral("cpus-per-task"),
            QStringLiteral("mem"),           QStringLiteral("time"),
            QStringLiteral("output"),        QStringLiteral("error"),
            QStringLiteral("mail-type"),     QStringLiteral("mail-user"),
            QStringLiteral("array"),         QStringLiteral("container-image"),
            QStringLiteral("container-name")};
}

QList<ScriptPage::Template> ScriptPage::templates()
{
    return {
        {tr("The tutorial's job (MiTareaML)"),
         "#!/bin/bash\n"
         "#SBATCH -J MiTareaML\n"
         "#SBATCH -p gpu\n"
         "#SBATCH --gres=gpu:A100:1\n"
         "#SBATCH -o MiTareaML-%j.out\n"
         "#SBATCH -e MiTareaML-%j.err\n"
         "\n"
         "srun --container-name=pytorch python mi_programa.py\n"},
        {tr("CPU job"),
         "#!/bin/bash\n"
         "#SBATCH --job-name=cpu-job\n"
         "#SBATCH --partition=cpu\n"
         "#SBATCH --cpus-per-task=4\n"
         "#SBATCH --mem=8G\n"
         "#SBATCH --time=01:00:00\n"
         "#SBATCH --output=cpu-job-%j.out\n"
         "\n"
         "srun python3 analyse.py\n"},
        {tr("GPU job in a container"),
         "#!/bin/bash\n"
         "#SBATCH --job-name=gpu-job\n"
         "#SBATCH --partition=gpu\n"
         "#SBATCH --gres=gpu:A100:1\n"
         "#SBATCH --time=04:00:00\n"
         "#SBATCH --output=gpu-job-%j.out\n"
         "#SBATCH --container-image=\"nvcr.io#nvidia/pytorch:24.05-py3\"\n"
         "#SBATCH --container-name=pytorch\n"
         "\n"
         "srun --container-name=pytorch python train.py\n"},
        {tr("Job array"),
         "#!/bin/bash\n"
         "#SBATCH --job-name=sweep\n"
         "#SBATCH --partition=cpu\n"
         "#SBATCH --array=0-15%4\n"
         "#SBATCH --time=30\n"
         "#SBATCH --output=sweep-%A_%a.out\n"
         "\n"
         "srun python3 run.py --task \"$SLURM_ARRAY_TASK_ID\"\n"},
    };
}

ScriptPage::ScriptPage(QWidget *parent)
    : QWidget(parent)
    , m_repository(std::make_unique<KSyntaxHighlighting::Repository>())
{
    setObjectName(QStringLiteral("scriptPage"));
    m_repository->addCustomSearchPath(QStringLiteral(":/patagon"));

    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_templates = new QToolButton(this);
    m_templates->setObjectName(QStringLiteral("templates"));
    m_templates->setPopupMode(QToolButton::InstantPopup);
    m_templates->setMenu(new QMenu(m_templates));
    m_open = new QPushButton(this);
    m_save = new QPushButton(this);
    m_submit = new QPushButton(this);
    m_submit->setObjectName(QStringLiteral("submit"));
    m_submit->setEnabled(false);
    connect(m_open, &QPushButton::clicked, this, &ScriptPage::openDialog);
    connect(m_save, &QPushButton::clicked, this, &ScriptPage::saveDialog);
    // Submitting goes through the window's JobCenter, found once the page is in its window.
    connect(m_submit, &QPushButton::clicked, this, [this] {
        if (JobCenter *jobs = JobCenter::of(this))
            jobs->submit(scriptText().toUtf8());
    });
    QMetaObject::invokeMethod(
        this,
        [this] {
            JobCenter *jobs = JobCenter::of(this);
            if (!jobs)
                return;
            const auto update = [this](bool connected) {
                m_submit->setEnabled(connected);
                m_submit->setToolTip(
                    connected ? tr("Submit this script to the cluster with sbatch.")
                              : tr("Connect first: submitting needs a connection to the cluster."));
            };
            connect(jobs, &JobCenter::connectedChanged, this, update);
            update(jobs->isConnected());
        },
        Qt::QueuedConnection);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_title);
    bar->addStretch();
    bar->addWidget(m_templates);
    bar->addWidget(m_open);
    bar->addWidget(m_save);
    bar->addWidget(m_submit);

    // The form.
    auto *formWidget = new QWidget;
    auto *form = new QFormLayout(formWidget);
    for (const QString &option : formOptions()) {
        auto *edit = new QLineEdit(formWidget);
        edit->setObjectName(option);
        edit->setClearButtonEnabled(true);
        connect(edit, &QLineEdit::textEdited, this,
                [this, option](const QString &value) { onFieldEdited(option, value); });
        auto *label = new QLabel(formWidget);
        label->setBuddy(edit);
        m_fields.insert(option, edit);
        m_labels.insert(option, label);
        form->addRow(label, edit);
        if (option == QLatin1String("output") || option == QLatin1String("error")) {
            auto *preview = new QLabel(formWidget);
            preview->setObjectName(option + QStringLiteral("Preview"));
            preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
            QPalette p = preview->palette();
            p.setColor(QPalette::WindowText, p.color(QPalette::Disabled, QPalette::WindowText));
            preview->setPalette(p);
            form->addRow(QString(), preview);
            (option == QLatin1String("output") ? m_outputPreview : m_errorPreview) = preview;
        }
    }
    m_extra = new QLineEdit(formWidget);
    m_extra->setObjectName(QStringLiteral("extraOptions"));
    m_extraLabel = new QLabel(formWidget);
    m_extraLabel->setBuddy(m_extra);
    form->addRow(m_extraLabel, m_extra);
    connect(m_extra, &QLineEdit::editingFinished, this, &ScriptPage::onExtraEdited);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(formWidget);
    scroll->setWidgetResizable(true);
    // The whole form is visible beside the editor, labels and fields never clipped. (The
    // labels get their text later, in retranslate(): size by characters, not by hints.)
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(fontMetrics().averageCharWidth() * 52
                            + scroll->verticalScrollBar()->sizeHint().width());

    // The editor.
    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(QStringLiteral("scriptEditor"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->viewport()->installEventFilter(this);
    m_highlighter = new KSyntaxHighlighting::SyntaxHighlighter(m_editor->document());
    m_highlighter->setDefinition(
        m_repository->definitionForName(QStringLiteral("Slurm Batch Script")));
    applyTheme();
    connect(m_editor, &QPlainTextEdit::textChanged, this, &ScriptPage::onEditorChanged);

    // The problems.
    m_problemList = new QTreeWidget(this);
    m_problemList->setObjectName(QStringLiteral("problems"));
    m_problemList->setRootIsDecorated(false);
    m_problemList->setColumnCount(3);
    m_problemList->header()->setStretchLastSection(true);
    m_fix = new QPushButton(this);
    m_fix->setObjectName(QStringLiteral("applyFix"));
    m_fix->setEnabled(false);
    connect(m_problemList, &QTreeWidget::currentItemChanged, this, [this] {
        const int row = m_problemList->indexOfTopLevelItem(m_problemList->currentItem());
        m_fix->setEnabled(row >= 0 && row < m_problems.size() && m_problems.at(row).fix.isValid());
        if (row >= 0 && row < m_problems.size())
            m_fix->setToolTip(m_problems.at(row).fix.label);
    });
    connect(m_problemList, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const int row = m_problemList->indexOfTopLevelItem(item);
        if (row < 0 || row >= m_problems.size())
            return;
        const QTextBlock block
            = m_editor->document()->findBlockByNumber(m_problems.at(row).line - 1);
        m_editor->setTextCursor(QTextCursor(block));
        m_editor->setFocus();
    });
    connect(m_fix, &QPushButton::clicked, this,
            [this] { applyFix(m_problemList->indexOfTopLevelItem(m_problemList->currentItem())); });

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(scroll);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(1, 2);
    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(splitter);
    auto *problemBox = new QWidget(this);
    auto *problemLayout = new QVBoxLayout(problemBox);
    problemLayout->setContentsMargins(0, 0, 0, 0);
    problemLayout->addWidget(m_problemList);
    auto *fixRow = new QHBoxLayout;
    fixRow->addStretch();
    fixRow->addWidget(m_fix);
    problemLayout->addLayout(fixRow);
    vertical->addWidget(problemBox);
    vertical->setStretchFactor(0, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(vertical, 1);

    retranslate();
    setScriptText(QString::fromUtf8(templates().first().text));
}

ScriptPage::~ScriptPage() = default;

void ScriptPage::retranslate()
{
    m_title->setText(tr("Script"));
    m_templates->setText(tr("New from template"));
    QMenu *menu = m_templates->menu();
    menu->clear();
    for (const Template &t : templates()) {
        const QByteArray text = t.text;
        menu->addAction(t.title, this, [this, text] { setScriptText(QString::fromUtf8(text)); });
    }
    m_open->setText(tr("Open…"));
    m_save->setText(tr("Save…"));
    m_submit->setText(tr("Submit"));
    m_submit->setToolTip(m_submit->isEnabled()
                             ? tr("Submit this script to the cluster with sbatch.")
                             : tr("Connect first: submitting needs a connection to the cluster."));
    m_fix->setText(tr("Apply fix"));
    const QHash<QString, QString> labels = {
        {QStringLiteral("job-name"), tr("Job name:")},
        {QStringLiteral("partition"), tr("Partition:")},
        {QStringLiteral("gres"), tr("GRES (GPUs):")},
        {QStringLiteral("cpus-per-task"), tr("CPUs per task:")},
        {QStringLiteral("mem"), tr("Memory:")},
        {QStringLiteral("time"), tr("Time limit:")},
        {QStringLiteral("output"), tr("Output file:")},
        {QStringLiteral("error"), tr("Error file:")},
        {QStringLiteral("mail-type"), tr("Mail when:")},
        {QStringLiteral("mail-user"), tr("Mail to:")},
        {QStringLiteral("array"), tr("Job array:")},
        {QStringLiteral("container-image"), tr("Container image:")},
        {QStringLiteral("container-name"), tr("Container name:")},
    };
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        m_labels.value(it.key())->setText(it.value());
    m_fields.value(QStringLiteral("gres"))->setPlaceholderText(QStringLiteral("gpu:A100:1"));
    m_fields.value(QStringLiteral("time"))->setPlaceholderText(QStringLiteral("1-00:00:00"));
    m_fields.value(QStringLiteral("mem"))->setPlaceholderText(QStringLiteral("16G"));
    m_fields.value(QStringLiteral("array"))->setPlaceholderText(QStringLiteral("0-15%4"));
    m_extraLabel->setText(tr("Other options:"));
    m_extra->setPlaceholderText(QStringLiteral("--qos=normal --exclusive"));
    m_problemList->setHeaderLabels({tr("Severity"), tr("Line"), tr("Problem")});
    updatePreviews();
    updateProblems();
}

void ScriptPage::applyTheme()
{
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    m_highlighter->setTheme(
        m_repository->defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                        : KSyntaxHighlighting::Repository::LightTheme));
    m_highlighter->rehighlight();
}

QString ScriptPage::scriptText() const
{
    return m_editor->toPlainText();
}

void ScriptPage::setScriptText(const QString &text)
{
    replaceEditorText(text.toUtf8());
}

void ScriptPage::replaceEditorText(const QByteArray &text)
{
    // One undoable step, and the cursor stays on its line.
    const int line = m_editor->textCursor().blockNumber();
    QTextCursor cursor(m_editor->document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(QString::fromUtf8(text));
    const QTextBlock block = m_editor->document()->findBlockByNumber(line);
    if (block.isValid())
        m_editor->setTextCursor(QTextCursor(block));
}

void ScriptPage::onEditorChanged()
{
    m_script = BatchScript::parse(scriptText().toUtf8());
    if (!m_updating)
        refreshFromScript();
    updatePreviews();
    updateProblems();
}

void ScriptPage::refreshFromScript()
{
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const QString value = m_script.value(it.key()).value_or(QString());
        if (it.value()->text() != value)
            it.value()->setText(value);
    }
    QStringList others;
    const QStringList keep = formOptions();
    for (const ScriptDirective &d : m_script.directives()) {
        if (!d.active || (d.option && keep.contains(d.option->longName)))
            continue;
        const QString name = d.option ? QStringLiteral("--") + d.option->longName : d.written;
        others.append(
            d.value ? QString::fromUtf8(BatchScript::quoteValue(name.toUtf8() + '=' + *d.value))
                    : name);
    }
    const QString extra = others.join(u' ');
    if (!m_extra->hasFocus() && m_extra->text() != extra)
        m_extra->setText(extra);
}

void ScriptPage::onFieldEdited(const QString &option, const QString &value)
{
    BatchScript script = BatchScript::parse(scriptText().toUtf8());
    if (value.isEmpty())
        script.remove(option);
    else
        script.setValue(option, value);
    m_updating = true;
    replaceEditorText(script.serialize());
    m_updating = false;
}

void ScriptPage::onExtraEdited()
{
    BatchScript script = BatchScript::parse(scriptText().toUtf8());
    QList<QByteArray> arguments;
    for (const ScriptToken &t : BatchScript::tokenize(m_extra->text().toUtf8()))
        arguments.append(t.text);
    script.replaceOthers(formOptions(), arguments);
    if (script.serialize() == scriptText().toUtf8())
        return;
    m_updating = true;
    replaceEditorText(script.serialize());
    m_updating = false;
}

void ScriptPage::updatePreviews()
{
    ValueCheck::PatternContext context;
    context.jobName = m_script.value(QStringLiteral("job-name")).value_or(QStringLiteral("job"));
    context.user = qEnvironmentVariable("USER", QStringLiteral("user"));
    if (m_script.isSet(QStringLiteral("array")))
        context.arrayTaskId = QStringLiteral("0");
    const QString output
        = m_script.value(QStringLiteral("output")).value_or(QStringLiteral("slurm-%j.out"));
    m_outputPreview->setText(
        tr("Becomes: %1").arg(ValueCheck::resolveFilePattern(output, context)));
    const std::optional<QString> error = m_script.value(QStringLiteral("error"));
    m_errorPreview->setText(
        error ? tr("Becomes: %1").arg(ValueCheck::resolveFilePattern(*error, context))
              : tr("Errors go to the output file."));
}

void ScriptPage::updateProblems()
{
    m_problems = ScriptChecker::check(m_script);
    m_problemList->clear();
    QList<QTextEdit::ExtraSelection> selections;
    for (const ScriptProblem &p : std::as_const(m_problems)) {
        QString severity;
        QColor color;
        switch (p.severity) {
        case ScriptProblem::Severity::Error:
            severity = tr("Error");
            color = QColor(0xd0, 0x20, 0x20);
            break;
        case ScriptProblem::Severity::Warning:
            severity = tr("Warning");
            color = QColor(0xe0, 0x90, 0x00);
            break;
        case ScriptProblem::Severity::Info:
            severity = tr("Info");
            color = QColor(0x30, 0x70, 0xd0);
            break;
        }
        auto *item
            = new QTreeWidgetItem(m_problemList, {severity, QString::number(p.line), p.message});
        item->setToolTip(
            2, p.fix.isValid() ? tr("%1\nFix: %2").arg(p.message, p.fix.label) : p.message);
        const QTextBlock block = m_editor->document()->findBlockByNumber(p.line - 1);
        if (!block.isValid())
            continue;
        const QByteArray lineBytes = m_script.lines().value(p.line - 1).content;
        int start = charColumn(lineBytes, p.startColumn);
        int end = charColumn(lineBytes, p.endColumn);
        if (end <= start) {
            start = 0;
            end = block.length() - 1;
        }
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(block);
        s.cursor.setPosition(block.position() + qMin(start, block.length() - 1));
        s.cursor.setPosition(block.position() + qMin(end, block.length() - 1),
                             QTextCursor::KeepAnchor);
        s.format.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
        s.format.setUnderlineColor(color);
        s.format.setToolTip(p.message);
        selections.append(s);
    }
    m_editor->setExtraSelections(selections);
    m_fix->setEnabled(false);
}

void ScriptPage::applyFix(int index)
{
    if (index < 0 || index >= m_problems.size() || !m_problems.at(index).fix.isValid())
        return;
    replaceEditorText(m_problems.at(index).fix.newScript);
}

bool ScriptPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor->viewport() && event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QTextCursor at = m_editor->cursorForPosition(help->pos());
        const int line = at.blockNumber() + 1;
        const QByteArray lineBytes = m_script.lines().value(line - 1).content;
        QStringList messages;
        for (const ScriptProblem &p : std::as_const(m_problems)) {
            const int start = charColumn(lineBytes, p.startColumn);
            const int end = charColumn(lineBytes, p.endColumn);
            if (p.line == line
                && (end <= start || (at.positionInBlock() >= start && at.positionInBlock() <= end)))
                messages.append(p.message);
        }
        if (messages.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), messages.join(u'\n'), m_editor->viewport());
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

bool ScriptPage::openFile(const QString &path)
{
    const Expected<QByteArray> text = readScriptFile(path);
    if (!text) {
        QMessageBox::warning(this, tr("Open script"), text.errorMessage());
        return false;
    }
    m_path = path;
    replaceEditorText(*text);
    return true;
}

bool ScriptPage::saveFile(const QString &path)
{
    if (const Result r = writeScriptFile(path, scriptText().toUtf8()); !r) {
        QMessageBox::warning(this, tr("Save script"), r.message());
        return false;
    }
    m_path = path;
    return true;
}

void ScriptPage::openDialog()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Open script"), m_path,
                                       tr("Slurm scripts (*.slurm *.sbatch *.sh);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void ScriptPage::saveDialog()
{
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save script"), m_path,
                                       tr("Slurm scripts (*.slurm *.sbatch *.sh);;All files (*)"));
    if (!path.isEmpty())
        saveFile(path);
}

void ScriptPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange && m_highlighter)
        applyTheme();
    QWidget::changeEvent(event);
}

} // namespace Patagon
