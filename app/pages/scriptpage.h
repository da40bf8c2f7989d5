// The Script page: a form and a text editor for a Slurm batch script, kept in step both ways
// through the core's lossless model, with problems underlined and listed with their fixes.
#pragma once

#include "core/slurm/batchscript.h"
#include "core/slurm/scriptproblem.h"

#include <QHash>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QToolButton;
class QTreeWidget;

namespace KSyntaxHighlighting {
class Repository;
class SyntaxHighlighter;
} // namespace KSyntaxHighlighting

namespace Patagon {

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

    QString scriptText() const;
    void setScriptText(const QString &text);
    bool openFile(const QString &path);
    bool saveFile(const QString &path);
    QLineEdit *field(const QString &option) const { return m_fields.value(option); }
    QPlainTextEdit *editor() const { return m_editor; }
    QLineEdit *extraOptions() const { return m_extra; }
    const QList<Slurm::ScriptProblem> &problems() const { return m_problems; }
    // Applies the fix of the problem at this index of problems().
    void applyFix(int index);

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
    void openDialog();
    void saveDialog();

    std::unique_ptr<KSyntaxHighlighting::Repository> m_repository;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter = nullptr;
    Slurm::BatchScript m_script;
    QList<Slurm::ScriptProblem> m_problems;
    QString m_path;
    bool m_updating = false;

    QHash<QString, QLineEdit *> m_fields;
    QHash<QString, QLabel *> m_labels;
    QLineEdit *m_extra = nullptr;
    QLabel *m_extraLabel = nullptr;
    QLabel *m_outputPreview = nullptr;
    QLabel *m_errorPreview = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    QTreeWidget *m_problemList = nullptr;
    QLabel *m_title = nullptr;
    QToolButton *m_templates = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_fix = nullptr;
    QPushButton *m_submit = nullptr;
};

} // namespace Patagon
