// The one place where remote command lines are made: argv lists in, POSIX sh text out.
// Nothing user-typed is ever pasted into a command string any other way.
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QStringList>

namespace Patagon::Shell {

// One argument, quoted for a POSIX shell so that it reaches the program byte for byte.
// Arguments made only of safe characters stay as they are; the rest are single-quoted.
// An argument cannot hold a NUL byte (no program can receive one): see joinArguments().
QByteArray quoteArgument(const QByteArray &argument);
QByteArray quoteArgument(const QString &argument);

// An argv list as one command line for `sh -c` (what an SSH exec request runs).
// Fails, saying which argument, when one holds a NUL byte or the list is empty.
Expected<QByteArray> joinArguments(const QList<QByteArray> &argv);
Expected<QByteArray> joinArguments(const QStringList &argv);

} // namespace Patagon::Shell
