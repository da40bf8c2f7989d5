// Asking the person at the terminal: a line of text, with echo turned off for secrets.
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Patagon::Cli {

// Prints `prompt` on stderr and reads one line from stdin; with `echo` false and stdin a
// terminal, what is typed is not shown. std::nullopt at end of input.
std::optional<QByteArray> readLine(const QString &prompt, bool echo);

} // namespace Patagon::Cli
