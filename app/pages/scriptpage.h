// The Script page: a form and a text editor for a Slurm batch script, kept in step both ways
// through the core's lossless model, with problems underlined and listed with their fixes.
#pragma once

#include "app/script/scriptform.h"
#include "app/script/scripttemplates.h"
#include "core/slurm/batchscript.h"
#include "core/slurm/clusterfacts.h"
#include "core/slurm/scriptproblem.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace KSyntaxHighlighting {
class Repository;
class SyntaxHighlighter;
} // namespace KSyntaxHighlighting

namespace Patagon {

class ClusterFactsBar;
class ContainerListModel;
class RemoteHost;
class ScriptProblemView;

namespace Slurm {
class ClusterFactsSource;
class RemoteScriptFiles;
} // namespace Slurm

class ScriptPage : public QWidget
{
    Q_OBJECT

public:
    explicit ScriptPage(QWidget *parent = nullptr);
    ~ScriptPage() override;

    // The long option names the form edits, in its order.
    static QStringList formOptions() { return ScriptForm::options(); }
    using Template = ScriptTemplate;
    static QList<Template> templates() { return ScriptTemplates::all(); }

    // The script's bytes as text. A carriage return shows in the editor as U+240D (a visible
    // sign, since the editor would take it for a line break) and comes back as "\r".
    QString scriptText() const;
    void setScriptText(const QString &text);
    bool openFile(const QString &path);
    // `text` as a new script, not saved anywhere yet (asks first about unsaved changes).
    void loadText(const QByteArray &text);
    bool saveFile(const QString &path);
    // Remote files, through the window's host (Slurm::RemoteScriptFiles). They answer later
    // with remoteFileOpened/remoteFileSaved, or remoteFileFailed (and a message box). A failed
    // save leaves the file on the cluster as it was.
    void openRemote(const QString &remotePath);
    void saveRemote(const QString &remotePath);
    QString remotePath() const { return m_remotePath; }
    QString localPath() const { return m_path; }
    // True when the text differs from what was last opened, saved or taken from a template.
    bool isModified() const;
    // Asks before unsaved changes are dropped: true when there are none or the person agreed.
    bool maybeDiscardChanges();

    // What the script is checked against: the connected cluster's facts (from the cache of
    // its profile at once, then fetched), or none.
    const std::optional<Slurm::ClusterFacts> &clusterFacts() const;
    void refreshClusterFacts();
    // The user's named containers, once listed (the Containers page's model): scripts are
    // checked against them (a name that does not exist, the node a container lives on).
    void setContainerModel(ContainerListModel *model);
    QString clusterFactsStatus() const;
    QLineEdit *field(const QString &option) const { return m_form->field(option); }
    QPlainTextEdit *editor() const { return m_editor; }
    QLineEdit *extraOptions() const { return m_form->extraOptions(); }
    const QList<Slurm::ScriptProblem> &problems() const { return m_problems; }
    // Applies the fix of the problem at this index of problems().
    void applyFix(int index);

signals:
    void clusterFactsChanged();
    void remoteFileOpened(const QString &remotePath);
    void remoteFileSaved(const QString &remotePath);
    void remoteFileFailed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyTheme();
    void onEditorChanged();
    void onFieldEdited(const QString &option, const QString &value);
    void onExtraEdited(const QString &text);
    void replaceEditorText(const QByteArray &text);
    void updateProblems();
    bool confirmSubmitWithErrors();
    void openDialog();
    void saveDialog();
    void save();
    void openRemoteDialog();
    void saveRemoteDialog();
    void onRemoteOpened(const QString &path, const QByteArray &contents);
    void onRemoteSaved(const QString &path, const QByteArray &contents);
    // Non-modal, so the page keeps working (and tests keep running) behind it.
    void showError(const QString &title, const QString &message);
    void showRemoteError(const QString &title, const QString &message);
    void attachToWindow();
    void onConnectedChanged(bool connected);
    void onClusterFactsChanged();
    void updateFileLabel();
    void markSaved();

    std::unique_ptr<KSyntaxHighlighting::Repository> m_repository;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter = nullptr;
    Slurm::BatchScript m_script;
    QList<Slurm::ScriptProblem> m_problems;
    QString m_path;
    QString m_remotePath;
    QByteArray m_savedText;
    bool m_updating = false;

    // The cluster side, once the page is in a window with a host.
    Slurm::ClusterFactsSource *m_facts = nullptr;
    Slurm::RemoteScriptFiles *m_remoteFiles = nullptr;
    QPointer<ContainerListModel> m_containerModel;
    bool m_connected = false;

    ScriptForm *m_form = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    ScriptProblemView *m_problemView = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_fileLabel = nullptr;
    ClusterFactsBar *m_factsBar = nullptr;
    QToolButton *m_templates = nullptr;
    QToolButton *m_open = nullptr;
    QToolButton *m_save = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_openRemoteAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_saveRemoteAction = nullptr;
    QPushButton *m_submit = nullptr;
};

} // namespace Patagon
