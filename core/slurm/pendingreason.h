// Why a job waits, in words: the common Slurm pending reasons explained (translated), the
// raw reason always kept beside the explanation.
#pragma once

#include <QString>
#include <QStringList>

namespace Patagon::Slurm::PendingReason {

// A sentence for the raw reason ("Resources", "QOSMaxJobsPerUserLimit", "ReqNodeNotAvail,
// UnavailableNodes:gpu01"); empty for reasons it does not know (show the raw one then).
QString explain(const QString &rawReason);
// "explanation (Raw)", or the raw reason alone when there is no explanation; empty for "None".
QString describe(const QString &rawReason);
// The reasons explain() knows, for tests and documentation.
QStringList knownReasons();

} // namespace Patagon::Slurm::PendingReason
