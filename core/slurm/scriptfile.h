// Reading and writing batch-script files (atomically), and the NAME=VALUE edits that the CLI
// and the form share.
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace Patagon::Slurm {

class BatchScript;

Expected<QByteArray> readScriptFile(const QString &path);
// Writes through QSaveFile: the old file stays whole until the new one is complete.
Result writeScriptFile(const QString &path, const QByteArray &contents);

// "partition=gpu" sets a value, "hold" sets a flag, "time=" removes the option. The name is
// the long option name, with or without its dashes.
Result applyAssignment(BatchScript &script, const QString &assignment);

} // namespace Patagon::Slurm
