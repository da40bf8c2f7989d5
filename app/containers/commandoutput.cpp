// Live command output in a read-only text view.
#include "app/containers/commandoutput.h"

#include <QCoreApplication>
#include <QFont>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStringDecoder>
#include <QTextCharFormat>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace Patagon {

namespace {

// The decoders of one view's two streams, kept with the view (a child of it).
class OutputDecoders final : public QObject
{
public:
    explicit OutputDecoders(QPlainTextEdit *view)
        : QObject(view)
    {
        setObjectName(name());
    }
    static OutputDecoders *of(QPlainTextEdit *view)
    {
        auto *found = dynamic_cast<OutputDecoders *>(
            view->findChild<QObject *>(name(), Qt::FindDirectChildrenOnly));
        return found ? found : new OutputDecoders(view);
    }
    static QString name() { return QStringLiteral("patagonOutputDecoders"); }
    QStringDecoder &decoder(OutputStream stream)
    {
        return stream == OutputStream::Err ? m_err : m_out;
    }
    void reset()
    {
        m_out.resetState();
        m_err.resetState();
    }

private:
    QStringDecoder m_out {QStringDecoder::Utf8};
    QStringDecoder m_err {QStringDecoder::Utf8};
};

void keepAtEnd(QPlainTextEdit *view, bool wasAtEnd)
{
    if (wasAtEnd)
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
}

} // namespace

void appendCommandOutput(QPlainTextEdit *view, const QByteArray &chunk, OutputStream stream)
{
    QScrollBar *bar = view->verticalScrollBar();
    const bool atEnd = bar->value() == bar->maximum();
    QTextCursor cursor(view->document());
    cursor.movePosition(QTextCursor::End);
    QString text = OutputDecoders::of(view)->decoder(stream).decode(chunk);
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
    keepAtEnd(view, atEnd);
}

void appendCommandHeading(QPlainTextEdit *view, const QString &heading)
{
    QScrollBar *bar = view->verticalScrollBar();
    const bool atEnd = bar->value() == bar->maximum();
    QTextCursor cursor(view->document());
    cursor.movePosition(QTextCursor::End);
    const QString before = view->document()->isEmpty()
        ? QString()
        : (view->document()->lastBlock().text().isEmpty() ? QStringLiteral("\n")
                                                          : QStringLiteral("\n\n"));
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    cursor.insertText(before, QTextCharFormat());
    cursor.insertText(heading, bold);
    cursor.insertText(QStringLiteral("\n"), QTextCharFormat());
    keepAtEnd(view, atEnd);
}

void clearCommandOutput(QPlainTextEdit *view)
{
    view->clear();
    OutputDecoders::of(view)->reset();
}

} // namespace Patagon
