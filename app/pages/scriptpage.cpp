// The Script page. Every edit, in the form or in the text, goes through Slurm::BatchScript:
// the form changes only the directive's own line, and the text is never re-generated. What
// concerns the cluster (its facts, its files) is done by core; the page shows and asks.
#include "app/pages/scriptpage.h"

#include "app/containers/containerlistmodel.h"
#include "app/jobs/jobcenter.h"
#include "app/script/clusterfactsbar.h"
#include "app/script/scriptproblemview.h"

#include "core/remote/remotehost.h"
#include "core/slurm/clusterfactssource.h"
#include "core/slurm/remotescriptfiles.h"
#include "core/slurm/scriptbody.h"
#include "core/slurm/scriptchecker.h"
#include "core/slurm/scriptfile.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStyleOptionToolButton>
#include <QTextBlock>
#include <QToolButton>
#include <QVBoxLayout>

namespace Patagon {

using namespace Slurm;

namespace {

// The editor turns a carriage return into a line break: it holds this visible sign instead.
constexpr char16_t kCarriageReturnSign = 0x240D;

// A tool button that opens its menu at once. Qt sizes it for its text alone and draws the
// menu's arrow in the bottom-right corner, over the end of the text: this one is wider by the
// arrow's room, so that the centred text ends before the arrow.
class MenuToolButton : public QToolButton
{
public:
    using QToolButton::QToolButton;

    QSize sizeHint() const override
    {
        QSize size = QToolButton::sizeHint();
        QStyleOptionToolButton option;
        initStyleOption(&option);
        size.rwidth() += style()->pixelMetric(QStyle::PM_MenuButtonIndicator, &option, this);
        return size;
    }
    QSize minimumSizeHint() const override { return sizeHint(); }
};

} // namespace

ScriptPage::ScriptPage(QWidget *parent)
    : QWidget(parent)
    , m_repository(std::make_unique<KSyntaxHighlighting::Repository>())
{
    setObjectName(QStringLiteral("scriptPage"));
    m_remoteFiles = new RemoteScriptFiles(nullptr, this);
    connect(m_remoteFiles, &RemoteScriptFiles::opened, this, &ScriptPage::onRemoteOpened);
    connect(m_remoteFiles, &RemoteScriptFiles::saved, this, &ScriptPage::onRemoteSaved);
    connect(m_remoteFiles, &RemoteScriptFiles::openFailed, this,
            [this](const QString &message) { showRemoteError(tr("Open script"), message); });
    connect(m_remoteFiles, &RemoteScriptFiles::saveFailed, this,
            [this](const QString &message) { showRemoteError(tr("Save script"), message); });
    m_repository->addCustomSearchPath(QStringLiteral(":/patagon"));

    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_templates = new MenuToolButton(this);
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
    m_factsBar = new ClusterFactsBar(this);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_title);
    bar->addWidget(m_fileLabel);
    bar->addStretch();
    bar->addWidget(m_templates);
    bar->addWidget(m_open);
    bar->addWidget(m_save);
    bar->addWidget(m_submit);

    m_form = new ScriptForm(this);
    connect(m_form, &ScriptForm::fieldEdited, this, &ScriptPage::onFieldEdited);
    connect(m_form, &ScriptForm::extraEdited, this, &ScriptPage::onExtraEdited);

    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(QStringLiteral("scriptEditor"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_highlighter = new KSyntaxHighlighting::SyntaxHighlighter(m_editor->document());
    m_highlighter->setDefinition(
        m_repository->definitionForName(QStringLiteral("Slurm Batch Script")));
    applyTheme();
    connect(m_editor, &QPlainTextEdit::textChanged, this, &ScriptPage::onEditorChanged);

    m_problemView = new ScriptProblemView(m_editor, this);
    connect(m_problemView, &ScriptProblemView::fixRequested, this, &ScriptPage::applyFix);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_form);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(1, 2);
    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(splitter);
    vertical->addWidget(m_problemView);
    vertical->setStretchFactor(0, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_factsBar);
    layout->addWidget(vertical, 1);

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
    m_factsBar->retranslate();
    updateFileLabel();
    m_submit->setText(tr("Submit"));
    m_submit->setToolTip(m_submit->isEnabled()
                             ? tr("Submit this script to the cluster with sbatch.")
                             : tr("Connect first: submitting needs a connection to the cluster."));
    m_form->retranslate();
    m_problemView->retranslate();
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
        m_form->showValues(m_script);
    m_form->showPreviews(m_script);
    updateProblems();
    updateFileLabel();
}

void ScriptPage::onFieldEdited(const QString &option, const QString &value)
{
    BatchScript script = BatchScript::parse(scriptText().toUtf8());
    // Container options go where they work with srun in the body: on its steps, as the
    // tutorial writes them; a directive only when the script already runs its batch step in
    // the container, or runs no step.
    if (option.startsWith(QLatin1String("container-")) && !script.isSet(option)) {
        if (const std::optional<QByteArray> text
            = Slurm::withSrunContainerOption(script, option, value)) {
            if (*text != scriptText().toUtf8()) {
                m_updating = true;
                replaceEditorText(*text);
                m_updating = false;
            }
            return;
        }
    }
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

void ScriptPage::onExtraEdited(const QString &text)
{
    BatchScript script = BatchScript::parse(scriptText().toUtf8());
    QList<QByteArray> arguments;
    for (const ScriptToken &t : BatchScript::tokenize(text.toUtf8()))
        arguments.append(t.text);
    script.replaceOthers(formOptions(), arguments);
    if (script.serialize() == scriptText().toUtf8())
        return;
    m_updating = true;
    replaceEditorText(script.serialize());
    m_updating = false;
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
    std::optional<Slurm::ClusterFacts> facts = clusterFacts();
    if (facts && m_containerModel && m_containerModel->isListed()) {
        QList<Slurm::ContainerFact> containers;
        for (const ContainerListModel::Row &row : m_containerModel->rows())
            containers.append({row.container.name, row.container.node});
        facts->containers = containers;
    }
    m_problems = ScriptChecker::check(m_script, facts ? &*facts : nullptr);
    m_problemView->showProblems(m_script, m_problems);
}

void ScriptPage::applyFix(int index)
{
    if (index < 0 || index >= m_problems.size() || !m_problems.at(index).fix.isValid())
        return;
    replaceEditorText(m_problems.at(index).fix.newScript);
}

bool ScriptPage::openFile(const QString &path)
{
    const Expected<QByteArray> text = readScriptFile(path);
    if (!text) {
        showError(tr("Open script"), text.errorMessage());
        return false;
    }
    if (const Result utf8 = checkUtf8Script(path, *text); !utf8) {
        showError(tr("Open script"), utf8.message());
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

void ScriptPage::openRemote(const QString &remotePath)
{
    m_remoteFiles->open(remotePath);
}

void ScriptPage::saveRemote(const QString &remotePath)
{
    m_remoteFiles->save(remotePath, scriptText().toUtf8());
}

void ScriptPage::onRemoteOpened(const QString &path, const QByteArray &contents)
{
    m_remotePath = path;
    m_path.clear();
    replaceEditorText(contents);
    markSaved();
    emit remoteFileOpened(path);
}

void ScriptPage::onRemoteSaved(const QString &path, const QByteArray &contents)
{
    m_remotePath = path;
    m_path.clear();
    if (scriptText().toUtf8() == contents)
        markSaved();
    else
        m_savedText = contents; // edited while it was saved
    updateFileLabel();
    emit remoteFileSaved(path);
}

void ScriptPage::openRemoteDialog()
{
    if (!maybeDiscardChanges())
        return;
    const QString home = m_remoteFiles->homePath();
    const QString suggestion = !m_remotePath.isEmpty()
        ? m_remotePath
        : (home.isEmpty() ? QStringLiteral("~/") : home + u'/');
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
        const QString home = m_remoteFiles->homePath();
        suggestion = (home.isEmpty() ? QStringLiteral("~") : home) + u'/' + name;
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
    m_remoteFiles->setHost(jobs->host());
    m_facts = new ClusterFactsSource(jobs->host(), this);
    connect(m_facts, &ClusterFactsSource::factsChanged, this, &ScriptPage::onClusterFactsChanged);
    m_factsBar->setSource(m_facts);
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
    m_factsBar->setConnected(connected);
    if (!connected)
        return;
    m_remoteFiles->lookUpHome();
    m_facts->hostConnected();
}

const std::optional<ClusterFacts> &ScriptPage::clusterFacts() const
{
    static const std::optional<ClusterFacts> none;
    return m_facts ? m_facts->facts() : none;
}

void ScriptPage::refreshClusterFacts()
{
    if (m_facts)
        m_facts->refresh();
}

void ScriptPage::onClusterFactsChanged()
{
    updateProblems();
    QStringList partitions;
    QStringList gres;
    if (const std::optional<ClusterFacts> &facts = clusterFacts()) {
        for (const PartitionFacts &p : facts->partitions) {
            partitions.append(p.name);
            for (const QString &g : p.gres) {
                const QString plain = g.section(u'(', 0, 0); // "gpu:A100:1(S:0)"
                if (!gres.contains(plain))
                    gres.append(plain);
            }
        }
    }
    m_form->setSuggestions(partitions, gres);
    emit clusterFactsChanged();
}

QString ScriptPage::clusterFactsStatus() const
{
    return m_factsBar->statusText();
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
