// The Script page. Every edit, in the form or in the text, goes through Slurm::BatchScript:
// the form changes only the directive's own line, and the text is never re-generated.
#include "app/pages/scriptpage.h"

#include "app/containers/containerlistmodel.h"
#include "app/jobs/jobcenter.h"

#include "core/remote/collectedrun.h"
#include "core/remote/remotehost.h"
#include "core/slurm/clusterfactsfetcher.h"
#include "core/slurm/scriptchecker.h"
#include "core/slurm/scriptfile.h"
#include "core/slurm/valuecheck.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QAction>
#include <QCompleter>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHelpEvent>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStringListModel>
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

// The editor turns a carriage return into a line break: it holds this visible sign instead.
constexpr char16_t kCarriageReturnSign = 0x240D;

// Batch scripts are small; a bigger file is most likely not one.
constexpr qint64 kMaxRemoteScriptBytes = 4 * 1024 * 1024;

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
         "\n"
         "# The container options go on the srun line: in an #SBATCH line they would put the\n"
         "# whole script in the container, where there is no srun.\n"
         "srun --container-image='nvcr.io#nvidia/pytorch:24.05-py3' --container-name=pytorch \\\n"
         "    python train.py\n"},
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
    // Shortcuts work wherever the focus is on this page.
    const auto action
        = [this](const char *name, const QKeySequence &keys, void (ScriptPage::*slot)()) {
              auto *a = new QAction(this);
              a->setObjectName(QLatin1String(name));
              a->setShortcut(keys);
              a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
              connect(a, &QAction::triggered, this, slot);
              addAction(a);
              return a;
          };
    m_openAction = action("openAction", QKeySequence::Open, &ScriptPage::openDialog);
    m_openRemoteAction = action("openRemoteAction", {}, &ScriptPage::openRemoteDialog);
    m_saveAction = action("saveAction", QKeySequence::Save, &ScriptPage::save);
    m_saveAsAction = action("saveAsAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
                            &ScriptPage::saveDialog);
    m_saveRemoteAction = action("saveRemoteAction", {}, &ScriptPage::saveRemoteDialog);
    m_openRemoteAction->setEnabled(false);
    m_saveRemoteAction->setEnabled(false);
    m_open = new QToolButton(this);
    m_open->setObjectName(QStringLiteral("open"));
    m_open->setPopupMode(QToolButton::MenuButtonPopup);
    m_open->setDefaultAction(m_openAction);
    m_open->setMenu(new QMenu(m_open));
    m_open->menu()->addAction(m_openAction);
    m_open->menu()->addAction(m_openRemoteAction);
    m_save = new QToolButton(this);
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setPopupMode(QToolButton::MenuButtonPopup);
    m_save->setDefaultAction(m_saveAction);
    m_save->setMenu(new QMenu(m_save));
    m_save->menu()->addAction(m_saveAction);
    m_save->menu()->addAction(m_saveAsAction);
    m_save->menu()->addAction(m_saveRemoteAction);
    m_submit = new QPushButton(this);
    m_submit->setObjectName(QStringLiteral("submit"));
    m_submit->setEnabled(false);
    // Submitting goes through the window's JobCenter, found once the page is in its window.
    connect(m_submit, &QPushButton::clicked, this, [this] {
        if (!confirmSubmitWithErrors())
            return;
        if (JobCenter *jobs = JobCenter::of(this))
            jobs->submit(scriptText().toUtf8());
    });
    QMetaObject::invokeMethod(this, &ScriptPage::attachToWindow, Qt::QueuedConnection);

    m_fileLabel = new QLabel(this);
    m_fileLabel->setObjectName(QStringLiteral("fileLabel"));
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_factsLabel = new QLabel(this);
    m_factsLabel->setObjectName(QStringLiteral("clusterFacts"));
    m_factsLabel->setWordWrap(true);
    m_refreshFacts = new QToolButton(this);
    m_refreshFacts->setObjectName(QStringLiteral("refreshFacts"));
    m_refreshFacts->setEnabled(false);
    connect(m_refreshFacts, &QToolButton::clicked, this, &ScriptPage::refreshClusterFacts);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_title);
    bar->addWidget(m_fileLabel);
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
            // A long file name must not widen the form past its pane.
            preview->setWordWrap(true);
            preview->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
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
    m_formScroll = scroll;
    scroll->setWidget(formWidget);
    scroll->setWidgetResizable(true);
    // The whole form is visible beside the editor, labels and fields never clipped: its width
    // follows the longest label in the current language (updateFormWidth, on retranslate).
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

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
    connect(m_problemList, &QTreeWidget::currentItemChanged, this, &ScriptPage::updateFixButton);
    // Double-click (or Enter) on a problem selects what it is about in the text.
    connect(m_problemList, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const int row = m_problemList->indexOfTopLevelItem(item);
        if (row < 0 || row >= m_problems.size())
            return;
        const ScriptProblem &p = m_problems.at(row);
        const QTextBlock block = m_editor->document()->findBlockByNumber(p.line - 1);
        if (!block.isValid())
            return;
        const QByteArray bytes = m_script.lines().value(p.line - 1).content;
        int start = charColumn(bytes, p.startColumn);
        int end = charColumn(bytes, p.endColumn);
        if (end <= start) { // the whole line
            start = 0;
            end = block.length() - 1;
        }
        QTextCursor cursor(block);
        cursor.setPosition(block.position() + qMin(start, block.length() - 1));
        cursor.setPosition(block.position() + qMin(end, block.length() - 1),
                           QTextCursor::KeepAnchor);
        m_editor->setTextCursor(cursor);
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

    auto *factsRow = new QHBoxLayout;
    factsRow->addWidget(m_factsLabel, 1);
    factsRow->addWidget(m_refreshFacts);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(factsRow);
    layout->addWidget(vertical, 1);

    // Suggestions from the cluster's facts.
    m_partitionCompleter = new QCompleter(new QStringListModel(this), this);
    m_partitionCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_fields.value(QStringLiteral("partition"))->setCompleter(m_partitionCompleter);
    m_gresCompleter = new QCompleter(new QStringListModel(this), this);
    m_fields.value(QStringLiteral("gres"))->setCompleter(m_gresCompleter);
    // A completion chosen from the popup is an edit too.
    for (const char *option : {"partition", "gres"}) {
        const QString name = QLatin1String(option);
        connect(m_fields.value(name)->completer(),
                qOverload<const QString &>(&QCompleter::activated), this,
                [this, name](const QString &value) { onFieldEdited(name, value); });
    }

    retranslate();
    setScriptText(QString::fromUtf8(templates().first().text));
    markSaved();
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
        menu->addAction(t.title, this, [this, text] {
            if (!maybeDiscardChanges())
                return;
            m_path.clear();
            m_remotePath.clear();
            setScriptText(QString::fromUtf8(text));
            markSaved();
        });
    }
    m_openAction->setText(tr("Open…"));
    m_openAction->setToolTip(tr("Open a script from this computer (%1).")
                                 .arg(m_openAction->shortcut().toString(QKeySequence::NativeText)));
    m_openRemoteAction->setText(tr("Open from the cluster…"));
    m_saveAction->setText(tr("Save"));
    m_saveAction->setToolTip(tr("Save the script where it came from (%1).")
                                 .arg(m_saveAction->shortcut().toString(QKeySequence::NativeText)));
    m_saveAsAction->setText(tr("Save as…"));
    m_saveRemoteAction->setText(tr("Save on the cluster…"));
    m_refreshFacts->setText(tr("Refresh"));
    m_refreshFacts->setToolTip(
        tr("Read the cluster's partitions, limits, GPUs and container options again."));
    updateFactsStatus();
    updateFileLabel();
    m_submit->setText(tr("Submit"));
    m_submit->setToolTip(m_submit->isEnabled()
                             ? tr("Submit this script to the cluster with sbatch.")
                             : tr("Connect first: submitting needs a connection to the cluster."));
    updateFixButton();
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
    updateFormWidth();
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
    return m_editor->toPlainText().replace(QChar(kCarriageReturnSign), u'\r');
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
    cursor.insertText(QString::fromUtf8(text).replace(u'\r', QChar(kCarriageReturnSign)));
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
    updateFileLabel();
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
    if (script.serialize() == scriptText().toUtf8())
        return;
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
    // A name too long for the pane is cut at its edge: the whole of it in the tooltip.
    m_outputPreview->setToolTip(m_outputPreview->text());
    m_errorPreview->setToolTip(m_errorPreview->text());
}

// The form's width: its longest label, a field of about 30 characters (room for "Becomes:
// MiTareaML-%j.out" and the clear button), the layout's spacing, and the scroll bar.
void ScriptPage::updateFormWidth()
{
    auto *form = qobject_cast<QFormLayout *>(m_formScroll->widget()->layout());
    int label = m_extraLabel->sizeHint().width();
    for (const QLabel *l : std::as_const(m_labels))
        label = qMax(label, l->sizeHint().width());
    const QMargins margins = form->contentsMargins();
    const int field = fontMetrics().averageCharWidth() * 30;
    m_formScroll->setMinimumWidth(label + form->horizontalSpacing() + field + margins.left()
                                  + margins.right() + 2 * m_formScroll->frameWidth()
                                  + m_formScroll->verticalScrollBar()->sizeHint().width());
}

// The fix is said on its button, not only in a tooltip.
void ScriptPage::updateFixButton()
{
    const int row = m_problemList->indexOfTopLevelItem(m_problemList->currentItem());
    const bool fixable = row >= 0 && row < m_problems.size() && m_problems.at(row).fix.isValid();
    m_fix->setEnabled(fixable);
    m_fix->setText(fixable ? tr("Fix: %1").arg(m_problems.at(row).fix.label) : tr("Apply fix"));
    m_fix->setToolTip(fixable ? tr("Changes the script as the button says; Ctrl+Z undoes it")
                              : tr("The selected problem has no automatic fix"));
}

// Errors found: submitting is asked about first, with the errors listed.
bool ScriptPage::confirmSubmitWithErrors()
{
    QStringList errors;
    for (const ScriptProblem &p : std::as_const(m_problems)) {
        if (p.severity == ScriptProblem::Severity::Error)
            errors << tr("Line %1: %2").arg(p.line).arg(p.message);
    }
    if (errors.isEmpty())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Submit with errors?"),
                    tr("The checker found %n error(s) in this script; sbatch or the job will "
                       "probably fail. Submit it anyway?",
                       nullptr, int(errors.size())),
                    QMessageBox::Yes | QMessageBox::No, this);
    box.setObjectName(QStringLiteral("submitWithErrors"));
    box.setDetailedText(errors.join(QStringLiteral("\n\n")));
    box.setInformativeText(errors.constFirst());
    box.setDefaultButton(QMessageBox::No);
    return box.exec() == QMessageBox::Yes;
}

void ScriptPage::setContainerModel(ContainerListModel *model)
{
    m_containerModel = model;
    connect(model, &ContainerListModel::listed, this, &ScriptPage::updateProblems);
}

void ScriptPage::updateProblems()
{
    std::optional<Slurm::ClusterFacts> facts = m_facts;
    if (facts && m_containerModel && m_containerModel->isListed()) {
        QList<Slurm::ContainerFact> containers;
        for (const ContainerListModel::Row &row : m_containerModel->rows())
            containers.append({row.container.name, row.container.node});
        facts->containers = containers;
    }
    m_problems = ScriptChecker::check(m_script, facts ? &*facts : nullptr);
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
        showError(tr("Open script"), text.errorMessage());
        return false;
    }
    if (!isUtf8(*text)) {
        showError(tr("Open script"), notUtf8Message(path));
        return false;
    }
    m_path = path;
    m_remotePath.clear();
    replaceEditorText(*text);
    markSaved();
    return true;
}

bool ScriptPage::saveFile(const QString &path)
{
    if (const Result r = writeScriptFile(path, scriptText().toUtf8()); !r) {
        showError(tr("Save script"), r.message());
        return false;
    }
    m_path = path;
    m_remotePath.clear();
    markSaved();
    return true;
}

void ScriptPage::openDialog()
{
    if (!maybeDiscardChanges())
        return;
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

void ScriptPage::save()
{
    if (!m_remotePath.isEmpty())
        saveRemote(m_remotePath);
    else if (!m_path.isEmpty())
        saveFile(m_path);
    else
        saveDialog();
}

void ScriptPage::loadText(const QByteArray &text)
{
    if (!maybeDiscardChanges())
        return;
    m_path.clear();
    m_remotePath.clear();
    replaceEditorText(text);
    m_savedText.clear(); // unsaved: closing or opening another asks first
    updateFileLabel();
}

bool ScriptPage::isModified() const
{
    return scriptText().toUtf8() != m_savedText;
}

void ScriptPage::markSaved()
{
    m_savedText = scriptText().toUtf8();
    updateFileLabel();
}

void ScriptPage::updateFileLabel()
{
    if (!m_fileLabel)
        return;
    QString name;
    if (!m_remotePath.isEmpty())
        name = tr("%1 on the cluster").arg(m_remotePath);
    else if (!m_path.isEmpty())
        name = QDir::toNativeSeparators(m_path);
    else
        name = tr("New script");
    m_fileLabel->setText(isModified() ? tr("%1 (modified)").arg(name) : name);
}

bool ScriptPage::maybeDiscardChanges()
{
    if (!isModified())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Unsaved changes"),
                    tr("The script has changes that are not saved. Discard them?"),
                    QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("unsavedChanges"));
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Discard;
}

void ScriptPage::showRemoteError(const QString &title, const QString &message)
{
    showError(title, message);
    emit remoteFileFailed(message);
}

void ScriptPage::showError(const QString &title, const QString &message)
{
    // Not modal for the whole program: the page keeps working behind it.
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("scriptError"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

bool ScriptPage::isUtf8(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).toUtf8() == bytes;
}

QString ScriptPage::notUtf8Message(const QString &path)
{
    return tr("\"%1\" is not UTF-8 text: the editor would change some of its bytes, so it was "
              "not opened. Convert it to UTF-8 first (for example with iconv).")
        .arg(path);
}

QString ScriptPage::remotePathFromInput(const QString &input) const
{
    QString path = input.trimmed();
    // SFTP does not expand "~": a path relative to the home folder is what it means.
    if (path == QLatin1String("~"))
        path = m_remoteHome.isEmpty() ? QStringLiteral(".") : m_remoteHome;
    else if (path.startsWith(QLatin1String("~/")))
        path = m_remoteHome.isEmpty() ? path.mid(2) : m_remoteHome + path.mid(1);
    return path;
}

void ScriptPage::openRemote(const QString &input)
{
    const QString path = remotePathFromInput(input);
    if (!m_host || m_host->state() != RemoteHost::State::Connected) {
        showRemoteError(
            tr("Open script"),
            tr("Connect to the cluster first: its files are read through the connection."));
        return;
    }
    if (path.isEmpty()) {
        showRemoteError(tr("Open script"), tr("Give the path of the script on the cluster."));
        return;
    }
    RemoteOperation *op = m_host->readFrom(path, 0, kMaxRemoteScriptBytes + 1, this);
    connect(op, &RemoteOperation::finished, this, [this, op, path](const Result &result) {
        op->deleteLater();
        if (!result) {
            showRemoteError(
                tr("Open script"),
                tr("Could not open \"%1\" on the cluster: %2").arg(path, result.message()));
            return;
        }
        if (op->data().size() > kMaxRemoteScriptBytes) {
            showRemoteError(tr("Open script"),
                            tr("\"%1\" is larger than %2 MB: it is not a batch script. Choose the "
                               "script itself.")
                                .arg(path)
                                .arg(kMaxRemoteScriptBytes / (1024 * 1024)));
            return;
        }
        if (!isUtf8(op->data())) {
            showRemoteError(tr("Open script"), notUtf8Message(path));
            return;
        }
        m_remotePath = path;
        m_path.clear();
        replaceEditorText(op->data());
        markSaved();
        emit remoteFileOpened(path);
    });
}

void ScriptPage::saveRemote(const QString &input)
{
    const QString path = remotePathFromInput(input);
    if (!m_host || m_host->state() != RemoteHost::State::Connected) {
        showRemoteError(tr("Save script"),
                        tr("Connect to the cluster first: its files are written through the "
                           "connection. The script stays here meanwhile."));
        return;
    }
    if (path.isEmpty() || path.endsWith(u'/')) {
        showRemoteError(tr("Save script"),
                        tr("Give the path of the script on the cluster, with its "
                           "file name."));
        return;
    }
    const QByteArray contents = scriptText().toUtf8();
    // An existing script keeps its permissions; a new one can be read by the group.
    RemoteOperation *stat = m_host->stat(path, this);
    connect(stat, &RemoteOperation::finished, this,
            [this, stat, path, contents](const Result &checked) {
                stat->deleteLater();
                if (!checked) {
                    // Unknown permissions: writing now could change an existing script's mode.
                    showRemoteError(tr("Save script"),
                                    tr("Could not save \"%1\" on the cluster: %2\nThe file there "
                                       "was not changed.")
                                        .arg(path, checked.message()));
                    return;
                }
                const RemoteFileInfo info = stat->fileInfo();
                if (info.exists && info.isDirectory) {
                    showRemoteError(
                        tr("Save script"),
                        tr("\"%1\" is a folder on the cluster. Add the script's file name to the "
                           "path.")
                            .arg(path));
                    return;
                }
                const quint32 permissions = info.exists ? (info.permissions & 07777) : 0644;
                RemoteOperation *write = m_host->writeFile(path, contents, permissions, this);
                connect(write, &RemoteOperation::finished, this,
                        [this, write, path, contents](const Result &result) {
                            write->deleteLater();
                            if (!result) {
                                showRemoteError(
                                    tr("Save script"),
                                    tr("Could not save \"%1\" on the cluster: %2\nThe file there "
                                       "was not changed.")
                                        .arg(path, result.message()));
                                return;
                            }
                            m_remotePath = path;
                            m_path.clear();
                            if (scriptText().toUtf8() == contents)
                                markSaved();
                            else
                                m_savedText = contents; // edited while it was saved
                            updateFileLabel();
                            emit remoteFileSaved(path);
                        });
            });
}

void ScriptPage::openRemoteDialog()
{
    if (!maybeDiscardChanges())
        return;
    const QString suggestion = !m_remotePath.isEmpty()
        ? m_remotePath
        : (m_remoteHome.isEmpty() ? QStringLiteral("~/") : m_remoteHome + u'/');
    bool ok = false;
    const QString path = QInputDialog::getText(this, tr("Open from the cluster"),
                                               tr("Path of the script on the cluster:"),
                                               QLineEdit::Normal, suggestion, &ok);
    if (ok)
        openRemote(path);
}

void ScriptPage::saveRemoteDialog()
{
    QString suggestion = m_remotePath;
    if (suggestion.isEmpty()) {
        QString name = QFileInfo(m_path).fileName();
        if (name.isEmpty())
            name = m_script.value(QStringLiteral("job-name")).value_or(QStringLiteral("job"))
                + QStringLiteral(".slurm");
        suggestion = (m_remoteHome.isEmpty() ? QStringLiteral("~") : m_remoteHome) + u'/' + name;
    }
    bool ok = false;
    const QString path = QInputDialog::getText(this, tr("Save on the cluster"),
                                               tr("Path of the script on the cluster:"),
                                               QLineEdit::Normal, suggestion, &ok);
    if (ok)
        saveRemote(path);
}

void ScriptPage::attachToWindow()
{
    JobCenter *jobs = JobCenter::of(this);
    if (!jobs)
        return;
    m_host = jobs->host();
    m_fetcher = new ClusterFactsFetcher(m_host, this);
    connect(m_fetcher, &ClusterFactsFetcher::fetched, this, [this](const ClusterFacts &facts) {
        m_factsError.clear();
        setClusterFacts(facts);
    });
    connect(m_fetcher, &ClusterFactsFetcher::failed, this, [this](const QString &message) {
        m_factsError = message;
        updateFactsStatus();
    });
    connect(jobs, &JobCenter::connectedChanged, this, &ScriptPage::onConnectedChanged);
    onConnectedChanged(jobs->isConnected());
}

void ScriptPage::onConnectedChanged(bool connected)
{
    if (connected == m_connected)
        return;
    m_connected = connected;
    m_submit->setEnabled(connected);
    m_submit->setToolTip(connected
                             ? tr("Submit this script to the cluster with sbatch.")
                             : tr("Connect first: submitting needs a connection to the cluster."));
    m_openRemoteAction->setEnabled(connected);
    m_saveRemoteAction->setEnabled(connected);
    m_refreshFacts->setEnabled(connected);
    if (!connected || !m_host) {
        updateFactsStatus();
        return;
    }
    const QString profile = m_host->name();
    if (profile != m_factsProfile) {
        // Another cluster: its own facts, at once from its cache.
        m_factsProfile = profile;
        m_facts.reset();
        m_factsError.clear();
        m_remoteHome.clear();
        if (std::optional<ClusterFacts> cached = ClusterFacts::loadFromCache(profile))
            m_facts = std::move(cached);
        updateProblems();
        updateCompleters();
        emit clusterFactsChanged();
    }
    if (m_remoteHome.isEmpty()) {
        // kept only if the answer is still about the cluster the page shows
        runCollected(m_host, {QStringLiteral("printenv"), QStringLiteral("HOME")}, this,
                     [this, profile](const Expected<CommandOutput> &out) {
                         if (out && out->succeeded() && profile == m_factsProfile)
                             m_remoteHome = QString::fromUtf8(out->standardOutput.trimmed());
                     });
    }
    refreshClusterFacts();
}

void ScriptPage::refreshClusterFacts()
{
    if (!m_fetcher)
        return;
    m_factsError.clear();
    m_fetcher->fetch();
    updateFactsStatus();
}

void ScriptPage::setClusterFacts(const ClusterFacts &facts)
{
    m_facts = facts;
    updateProblems();
    updateCompleters();
    updateFactsStatus();
    emit clusterFactsChanged();
}

void ScriptPage::updateCompleters()
{
    QStringList partitions;
    QStringList gres;
    if (m_facts) {
        for (const PartitionFacts &p : m_facts->partitions) {
            partitions.append(p.name);
            for (const QString &g : p.gres) {
                const QString plain = g.section(u'(', 0, 0); // "gpu:A100:1(S:0)"
                if (!gres.contains(plain))
                    gres.append(plain);
            }
        }
    }
    static_cast<QStringListModel *>(m_partitionCompleter->model())->setStringList(partitions);
    static_cast<QStringListModel *>(m_gresCompleter->model())->setStringList(gres);
}

QString ScriptPage::clusterFactsStatus() const
{
    return m_factsLabel->text();
}

void ScriptPage::updateFactsStatus()
{
    if (!m_factsLabel)
        return;
    const bool running = m_fetcher && m_fetcher->isRunning();
    QString text;
    if (m_facts) {
        const QString when
            = QLocale().toString(m_facts->fetchedAt.toLocalTime(), QLocale::ShortFormat);
        if (running)
            text = tr("Checked against the facts of %1 read %2. Reading them again…")
                       .arg(m_factsProfile, when);
        else if (!m_factsError.isEmpty())
            text = tr("Checked against the facts of %1 read %2. Reading them again failed: %3")
                       .arg(m_factsProfile, when, m_factsError);
        else
            text = tr("Checked against the facts of %1 read %2.").arg(m_factsProfile, when);
    } else if (running) {
        text = tr("Reading the partitions, limits and GPUs of %1…").arg(m_factsProfile);
    } else if (!m_factsError.isEmpty()) {
        text = tr("Not checked against the cluster: %1").arg(m_factsError);
    } else {
        text = tr("Not checked against a cluster: connect to check partitions, time limits and "
                  "GPUs.");
    }
    m_factsLabel->setText(text);
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
