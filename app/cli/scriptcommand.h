// `patagon-studio script check FILE [--json] [--profile NAME]` and
// `patagon-studio script set FILE NAME=VALUE ...`.
#pragma once

#include <QStringList>

namespace Patagon::Cli {

// arguments: what follows "script". Returns the exit status.
int runScriptCommand(const QStringList &arguments);

} // namespace Patagon::Cli
