// `patagon-studio image check REF [--enroot-version V] [--json]`: how Pyxis and the cluster's
// Enroot would read an image reference, and the form to use instead when it must change.
#pragma once

#include <QStringList>

class QTextStream;

namespace Patagon::Cli {

// `arguments` are those after `image`. Returns the exit status: 0 valid, 1 invalid, 2 usage.
int runImageCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Patagon::Cli
