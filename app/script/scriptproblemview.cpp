// The Script page's problem list and the editor's underlines.
#include "app/script/scriptproblemview.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QHelpEvent>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
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

ScriptProblemView::ScriptProblemView(QPlainTextEdit *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
{
    m_editor->viewport()->installEventFilter(this);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("problems"));
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(3);
    m_list->header()->setStretchLastSection(true);
    m_fix = new QPushButton(this);
    m_fix->setObjectName(QStringLiteral("applyFix"));
    m_fix->setEnabled(false);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ScriptProblemView::updateFixButton);
    // Double-click (or Enter) on a problem selects what it is about in the text.
    connect(m_list, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { selectInEditor(m_list->indexOfTopLevelItem(item)); });
    connect(m_fix, &QPushButton::clicked, this,
            [this] { emit fixRequested(m_list->indexOfTopLevelItem(m_list->currentItem())); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    auto *fixRow = new QHBoxLayout;
    fixRow->addStretch();
    fixRow->addWidget(m_fix);
    layout->addLayout(fixRow);
}

std::pair<int, int> ScriptProblemView::span(const ScriptProblem &p, int lineLength) const
{
    const QByteArray bytes = m_script.lines().value(p.line - 1).content;
    const int start = charColumn(bytes, p.startColumn);
    const int end = charColumn(bytes, p.endColumn);
    if (end <= start)
        return {0, lineLength};
    return {qMin(start, lineLength), qMin(end, lineLength)};
}

void ScriptProblemView::selectInEditor(int index)
{
    if (index < 0 || index >= m_problems.size())
        return;
    const ScriptProblem &p = m_problems.at(index);
    const QTextBlock block = m_editor->document()->findBlockByNumber(p.line - 1);
    if (!block.isValid())
        return;
    const auto [start, end] = span(p, block.length() - 1);
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + start);
    cursor.setPosition(block.position() + end, QTextCursor::KeepAnchor);
    m_editor->setTextCursor(cursor);
    m_editor->setFocus();
}

void ScriptProblemView::showProblems(const BatchScript &script,
                                     const QList<ScriptProblem> &problems)
{
    m_script = script;
    m_problems = problems;
    m_list->clear();
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
        auto *item = new QTreeWidgetItem(m_list, {severity, QString::number(p.line), p.message});
        item->setToolTip(
            2, p.fix.isValid() ? tr("%1\nFix: %2").arg(p.message, p.fix.label) : p.message);
        const QTextBlock block = m_editor->document()->findBlockByNumber(p.line - 1);
        if (!block.isValid())
            continue;
        const auto [start, end] = span(p, block.length() - 1);
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(block);
        s.cursor.setPosition(block.position() + start);
        s.cursor.setPosition(block.position() + end, QTextCursor::KeepAnchor);
        s.format.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
        s.format.setUnderlineColor(color);
        s.format.setToolTip(p.message);
        selections.append(s);
    }
    m_editor->setExtraSelections(selections);
    m_fix->setEnabled(false);
}

void ScriptProblemView::retranslate()
{
    m_list->setHeaderLabels({tr("Severity"), tr("Line"), tr("Problem")});
    updateFixButton();
}

// The fix is said on its button, not only in a tooltip.
void ScriptProblemView::updateFixButton()
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    const bool fixable = row >= 0 && row < m_problems.size() && m_problems.at(row).fix.isValid();
    m_fix->setEnabled(fixable);
    m_fix->setText(fixable ? tr("Fix: %1").arg(m_problems.at(row).fix.label) : tr("Apply fix"));
    m_fix->setToolTip(fixable ? tr("Changes the script as the button says; Ctrl+Z undoes it")
                              : tr("The selected problem has no automatic fix"));
}

bool ScriptProblemView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_editor->viewport() || event->type() != QEvent::ToolTip)
        return QWidget::eventFilter(watched, event);
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

} // namespace Patagon
