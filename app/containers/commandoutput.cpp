// Live command output in a read-only text view.
#include "app/containers/commandoutput.h"

#include <QCoreApplication>
#include <QFont>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStringDecoder>
#include <QTextBlock>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>

#include <functional>

namespace Patagon {

namespace {

// What a view keeps between chunks (a child of it): the decoders of its two streams, and
// whether it follows the end. It follows while its scroll bar is at the bottom, also when the
// view itself shrinks (a message appears above it when the command ends), and stops following
// when the user scrolls up, until they scroll back down.
class OutputState final : public QObject
{
public:
    explicit OutputState(QPlainTextEdit *view)
        : QObject(view)
    {
        setObjectName(name());
        QScrollBar *bar = view->verticalScrollBar();
        connect(bar, &QScrollBar::valueChanged, this,
                [this, bar](int value) { m_following = value >= bar->maximum(); });
        connect(bar, &QScrollBar::rangeChanged, this, [this, bar](int, int maximum) {
            if (m_following)
                bar->setValue(maximum);
        });
    }
    static OutputState *of(QPlainTextEdit *view)
    {
        auto *found = dynamic_cast<OutputState *>(
            view->findChild<QObject *>(name(), Qt::FindDirectChildrenOnly));
        return found ? found : new OutputState(view);
    }
    static QString name() { return QStringLiteral("patagonOutputState"); }
    QStringDecoder &decoder(OutputStream stream)
    {
        return stream == OutputStream::Err ? m_err : m_out;
    }
    void reset()
    {
        m_out.resetState();
        m_err.resetState();
        m_following = true;
    }

private:
    QStringDecoder m_out {QStringDecoder::Utf8};
    QStringDecoder m_err {QStringDecoder::Utf8};
    bool m_following = true;
};

// A part of a line the app wrote in the language in use (a heading, a note on a line): the
// block remembers how to write it again when the language changes.
class TranslatedPart final : public QTextBlockUserData
{
public:
    TranslatedPart(int from, std::function<QString()> text)
        : from(from)
        , text(std::move(text))
    {}
    int from; // where in the block the part begins; it runs to the block's end
    std::function<QString()> text;
};

QString harmlessChownNote()
{
    return QCoreApplication::translate("Patagon::CommandOutput",
                                       "(harmless: apt cannot give its log to root:adm inside a "
                                       "container)");
}

} // namespace

void appendCommandOutput(QPlainTextEdit *view, const QByteArray &chunk, OutputStream stream)
{
    QTextCursor cursor(view->document());
    cursor.movePosition(QTextCursor::End);
    QString text = OutputState::of(view)->decoder(stream).decode(chunk);
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
        if (line.endsWith(u'\n') && line.contains(QLatin1String("chown to root:adm"))
            && line.contains(QLatin1String("term.log"))) {
            cursor.insertText(line.chopped(1) + u' ', dimmed);
            const int noteAt = cursor.positionInBlock();
            cursor.insertText(harmlessChownNote(), dimmed);
            cursor.block().setUserData(new TranslatedPart(noteAt, harmlessChownNote));
            cursor.insertText(QStringLiteral("\n"), plain);
        } else {
            cursor.insertText(line, plain);
        }
        from = end;
    }
}

void appendCommandHeading(QPlainTextEdit *view, const std::function<QString()> &heading)
{
    OutputState::of(view);
    QTextCursor cursor(view->document());
    cursor.movePosition(QTextCursor::End);
    const QString before = view->document()->isEmpty()
        ? QString()
        : (view->document()->lastBlock().text().isEmpty() ? QStringLiteral("\n")
                                                          : QStringLiteral("\n\n"));
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    cursor.insertText(before, QTextCharFormat());
    cursor.insertText(heading(), bold);
    cursor.block().setUserData(new TranslatedPart(0, heading));
    cursor.insertText(QStringLiteral("\n"), QTextCharFormat());
}

void retranslateCommandOutput(QPlainTextEdit *view)
{
    QTextCursor cursor(view->document());
    cursor.beginEditBlock();
    for (QTextBlock block = view->document()->begin(); block.isValid(); block = block.next()) {
        const auto *part = dynamic_cast<const TranslatedPart *>(block.userData());
        if (!part)
            continue;
        cursor.setPosition(block.position() + part->from);
        const QTextCharFormat format = cursor.charFormat(); // the part's, kept
        cursor.setPosition(block.position() + block.length() - 1, QTextCursor::KeepAnchor);
        cursor.insertText(part->text(), format);
    }
    cursor.endEditBlock();
}

void clearCommandOutput(QPlainTextEdit *view)
{
    view->clear();
    OutputState::of(view)->reset();
}

} // namespace Patagon
