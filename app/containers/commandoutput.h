// Live command output in a read-only text view: the wizard's import log and the Packages page.
#pragma once

#include <QByteArray>

class QPlainTextEdit;

namespace Patagon {

// Appends a chunk of a command's output; progress lines that end in '\r' each get a line of
// their own, and the view follows the end only when it was already there.
void appendCommandOutput(QPlainTextEdit *view, const QByteArray &chunk);

} // namespace Patagon
