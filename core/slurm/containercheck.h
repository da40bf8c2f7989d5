// The script checker's part that knows how Pyxis runs a batch script: container options in
// #SBATCH lines put the whole batch step in the container (where srun and the other Slurm
// commands do not exist), those on an srun line only that step; named containers are checked
// against the user's containers on the cluster when they are known.
#pragma once

#include "core/slurm/scriptproblem.h"

namespace Patagon::Slurm {

class BatchScript;
struct ClusterFacts;

void checkContainerPlacement(const BatchScript &script, const ClusterFacts *facts,
                             QList<ScriptProblem> &problems);

// The edit distance between two names (closest-name suggestions).
int editDistance(const QString &a, const QString &b);
// Of `candidates`, the one closest to `name` (case-insensitively) when close enough to be a
// likely typo; empty otherwise.
QString closestName(const QString &name, const QStringList &candidates);

} // namespace Patagon::Slurm
