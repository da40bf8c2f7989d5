// The Script page's problem list: the checker's findings with their severity and line, each
// underlined in the editor (with its message as the tooltip there), selected in the text on
// a double-click, and a button that applies the selected one's fix.
#pragma once

#include "core/slurm/batchscript.h"
#include "core/slurm/scriptproblem.h"

#include <QWidget>

class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace Patagon {

class ScriptProblemView : public QWidget
{
    Q_OBJECT

public:
    // Underlines in `editor`, which must outlive the view's use of it (the page owns both).
    explicit ScriptProblemView(QPlainTextEdit *editor, QWidget *parent = nullptr);

    // The problems found in `script`, whose lines are the editor's.
    void showProblems(const Slurm::BatchScript &script,
                      const QList<Slurm::ScriptProblem> &problems);
    void retranslate();

signals:
    // The fix of problems[index] was asked for.
    void fixRequested(int index);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateFixButton();
    void selectInEditor(int index);
    // The characters of the editor's line that problem `p` is about (the whole line when it
    // names no columns).
    std::pair<int, int> span(const Slurm::ScriptProblem &p, int lineLength) const;

    QPlainTextEdit *m_editor;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_fix = nullptr;
    Slurm::BatchScript m_script;
    QList<Slurm::ScriptProblem> m_problems;
};

} // namespace Patagon
