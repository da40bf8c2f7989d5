// Checks a batch script the way sbatch would read it, and against the cluster when its facts
// are known: problems with severity, place, translated message and a fix where one exists.
#pragma once

#include "core/slurm/scriptproblem.h"

#include <QList>

namespace Patagon::Slurm {

class BatchScript;
struct ClusterFacts;

class ScriptChecker
{
public:
    static QList<ScriptProblem> check(const BatchScript &script,
                                      const ClusterFacts *facts = nullptr);
};

} // namespace Patagon::Slurm
