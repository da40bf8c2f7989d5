// Live command output in a read-only text view.
#include "app/containers/commandoutput.h"

#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextCursor>

namespace Patagon {

void appendCommandOutput(QPlainTextEdit *view, const QByteArray &chunk)
{
    QScrollBar *bar = view->verticalScrollBar();
    const bool atEnd = bar->value() == bar->maximum();
    QTextCursor cursor(view->document());
    cursor.movePosition(QTextCursor::End);
    QString text = QString::fromUtf8(chunk);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
    cursor.insertText(text);
    if (atEnd)
        bar->setValue(bar->maximum());
}

} // namespace Patagon
