// Live command output in a read-only text view: the wizard's import log and the Packages page.
#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

class QPlainTextEdit;

namespace Patagon {

enum class OutputStream
{
    Out,
    Err
};

// Appends a chunk of a command's output; progress lines that end in '\r' each get a line of
// their own. The view follows the end while it is scrolled there, also when it shrinks, and
// stays where the user scrolled to otherwise. Each stream is decoded as UTF-8 on its own, so a
// character split between two chunks (or between a chunk of standard output and one of
// standard error) shows whole.
void appendCommandOutput(QPlainTextEdit *view, const QByteArray &chunk,
                         OutputStream stream = OutputStream::Out);

// Starts a part of the output (the next step of a batch) with a heading on a line of its own,
// written by the function: in the language in use, now and after retranslateCommandOutput().
void appendCommandHeading(QPlainTextEdit *view, const std::function<QString()> &heading);

// Writes the app's own parts of the output again (headings, notes on lines) after the language
// changed; the command's output stays as it came.
void retranslateCommandOutput(QPlainTextEdit *view);

// Empties the view for the next command, forgetting any half-received character.
void clearCommandOutput(QPlainTextEdit *view);

} // namespace Patagon
