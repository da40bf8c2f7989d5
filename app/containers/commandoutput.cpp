// Live command output in a read-only text view.
#include "app/containers/commandoutput.h"

#include <QCoreApplication>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextCharFormat>
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
    // apt as remapped root cannot chown its own log to root:adm: a warning on every apt run
    // in a container, and harmless. Shown dimmed and said to be so, not as a problem.
    const QTextCharFormat plain;
    QTextCharFormat dimmed;
    dimmed.setForeground(view->palette().color(QPalette::Disabled, QPalette::Text));
    qsizetype from = 0;
    while (from < text.size()) {
        qsizetype end = text.indexOf(u'\n', from);
        end = end < 0 ? text.size() : end + 1;
        const QString line = text.mid(from, end - from);
        if (line.contains(QLatin1String("chown to root:adm"))
            && line.contains(QLatin1String("term.log"))) {
            QString shown = line;
            const bool newline = shown.endsWith(u'\n');
            if (newline)
                shown.chop(1);
            shown += u' '
                + QCoreApplication::translate("Patagon::CommandOutput",
                                              "(harmless: apt cannot give its log to root:adm "
                                              "inside a container)");
            cursor.insertText(newline ? shown + u'\n' : shown, dimmed);
        } else {
            cursor.insertText(line, plain);
        }
        from = end;
    }
    if (atEnd)
        bar->setValue(bar->maximum());
}

} // namespace Patagon
