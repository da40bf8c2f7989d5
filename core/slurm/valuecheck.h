// Checks of option values (time, memory, GRES, arrays, ...) with precise, translated messages,
// and the parsers the cluster validation reuses.
#pragma once

#include "core/slurm/optioncatalog.h"
#include "core/slurm/scriptproblem.h"

#include <QString>

#include <optional>

namespace Patagon::Slurm::ValueCheck {

struct Finding
{
    ScriptProblem::Severity severity = ScriptProblem::Severity::Error;
    QString message;
    QString suggestion; // a corrected value, when there is one

    bool isValid() const { return !message.isEmpty(); }
};

// Nothing (an invalid Finding) when the value is fine for its kind.
Finding check(ValueKind kind, const QString &value);

// Minutes of a Slurm time limit; -1 for UNLIMITED; nullopt when it is not one.
std::optional<qint64> parseMinutes(const QString &value);
// Megabytes of a memory amount ("16G" is 16384); nullopt when it is not one.
std::optional<qint64> parseMegabytes(const QString &value);
// "2-00:00:00" for 2880 minutes; "UNLIMITED" for -1.
QString formatMinutes(qint64 minutes);

struct GresItem
{
    QString name; // "gpu"
    QString type; // "A100" or empty
    qint64 count = 1;
};
std::optional<QList<GresItem>> parseGres(const QString &value);

// What a file-name pattern will become: %j, %x, %A, %a, %u, %N, %n, %t, %% replaced.
struct PatternContext
{
    QString jobId = QStringLiteral("12345");
    QString jobName = QStringLiteral("job");
    QString user = QStringLiteral("user");
    QString node = QStringLiteral("node1");
    QString arrayJobId; // defaults to jobId
    QString arrayTaskId; // "4294967294" when the job is no array, as Slurm writes it
};
QString resolveFilePattern(const QString &pattern, const PatternContext &context);

} // namespace Patagon::Slurm::ValueCheck
