// Where a container is saved after an install or import (Pyxis's --container-save): the rule
// the Packages page and the CLI both apply before anything runs.
#pragma once

#include "core/result.h"

#include <QString>

namespace Patagon::Packages {

// Empty (the container is not saved), or a path on the cluster to a squashfs file: a file
// name ending in ".sqsh". `container` is named in the message's example.
Result checkSavePath(const QString &path, const QString &container);

} // namespace Patagon::Packages
