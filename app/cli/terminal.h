// The terminal: the one pair of text streams every command prints through (so what it prints
// keeps its order), and asking the person there for a line, with echo off for secrets.
#pragma once

#include <QByteArray>
#include <QString>
#include <QTextStream>

#include <optional>

namespace Patagon::Cli {

// Prints `prompt` on stderr and reads one line from stdin; with `echo` false and stdin a
// terminal, what is typed is not shown. std::nullopt at end of input.
std::optional<QByteArray> readLine(const QString &prompt, bool echo);

// Standard output and standard error, one stream each for the whole process.
QTextStream &out();
QTextStream &err();
// Prints "Error: MESSAGE" on standard error; returns 1, a failed command's exit status.
int fail(const QString &message);
// Prints "Usage: USAGE" on standard error; returns 2, the exit status for wrong arguments.
int usageError(const QString &usage);

} // namespace Patagon::Cli
