// The Script page: a form and a text editor for a Slurm batch script, kept in step both ways
// through the core's lossless model, with problems underlined and listed with their fixes.
#pragma once

#include "core/slurm/batchscript.h"
#include "core/slurm/clusterfacts.h"
#include "core/slurm/scriptproblem.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QCompleter;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QToolButton;
class QTreeWidget;

namespace KSyntaxHighlighting {
class Repository;
class SyntaxHighlighter;
} // namespace KSyntaxHighlighting

namespace Patagon {

class ContainerListModel;

class RemoteHost;

namespace Slurm {
class ClusterFactsFetcher;
}

class ScriptPage : public QWidget
{
    Q_OBJECT

public:
    explicit ScriptPage(QWidget *parent = nullptr);
    ~ScriptPage() override;

    // The long option names the form edits, in its order.
    static QStringList formOptions();
    struct Template
    {
        QString title;
        QByteArray text;
    };
    static QList<Template> templates();

    // The script's bytes as text. A carriage return shows in the editor as U+240D (a visible
    // sign, since the editor would take it for a line break) and comes back as "\r".
    QString scriptText() const;
    void setScriptText(const QString &text);
    bool openFile(const QString &path);
    // `text` as a new script, not saved anywhere yet (asks first about unsaved changes).
    void loadText(const QByteArray &text);
    bool saveFile(const QString &path);
    // Remote files, through SFTP over the window's connection. They answer later with
    // remoteFileOpened/remoteFileSaved, or remoteFileFailed (and a message box). A failed
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
    const std::optional<Slurm::ClusterFacts> &clusterFacts() const { return m_facts; }
    void refreshClusterFacts();
    // The user's named containers, once listed (the Containers page's model): scripts are
    // checked against them (a name that does not exist, the node a container lives on).
    void setContainerModel(ContainerListModel *model);
    QString clusterFactsStatus() const;
    QLineEdit *field(const QString &option) const { return m_fields.value(option); }
    QPlainTextEdit *editor() const { return m_editor; }
    QLineEdit *extraOptions() const { return m_extra; }
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
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void applyTheme();
    void onEditorChanged();
    void onFieldEdited(const QString &option, const QString &value);
    void onExtraEdited();
    void replaceEditorText(const QByteArray &text);
    void refreshFromScript();
    void updatePreviews();
    void updateProblems();
    void updateFixButton();
    void updateFormWidth();
    bool confirmSubmitWithErrors();
    void openDialog();
    void saveDialog();
    void save();
    void openRemoteDialog();
    void saveRemoteDialog();
    QString remotePathFromInput(const QString &input) const;
    // Non-modal, so the page keeps working (and tests keep running) behind it.
    void showError(const QString &title, const QString &message);
    void showRemoteError(const QString &title, const QString &message);
    static bool isUtf8(const QByteArray &bytes);
    static QString notUtf8Message(const QString &path);
    void attachToWindow();
    void onConnectedChanged(bool connected);
    void setClusterFacts(const Slurm::ClusterFacts &facts);
    void updateFactsStatus();
    void updateCompleters();
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

    QPointer<RemoteHost> m_host;
    Slurm::ClusterFactsFetcher *m_fetcher = nullptr;
    std::optional<Slurm::ClusterFacts> m_facts;
    QPointer<ContainerListModel> m_containerModel;
    QScrollArea *m_formScroll = nullptr;
    QString m_factsProfile;
    QString m_factsError;
    QString m_remoteHome;
    bool m_connected = false;
    QCompleter *m_partitionCompleter = nullptr;
    QCompleter *m_gresCompleter = nullptr;

    QHash<QString, QLineEdit *> m_fields;
    QHash<QString, QLabel *> m_labels;
    QLineEdit *m_extra = nullptr;
    QLabel *m_extraLabel = nullptr;
    QLabel *m_outputPreview = nullptr;
    QLabel *m_errorPreview = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    QTreeWidget *m_problemList = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_fileLabel = nullptr;
    QLabel *m_factsLabel = nullptr;
    QToolButton *m_refreshFacts = nullptr;
    QToolButton *m_templates = nullptr;
    QToolButton *m_open = nullptr;
    QToolButton *m_save = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_openRemoteAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_saveRemoteAction = nullptr;
    QPushButton *m_fix = nullptr;
    QPushButton *m_submit = nullptr;
};

} // namespace Patagon
