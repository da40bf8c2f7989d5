// scontrol show job / partition, sinfo GRES, sacctmgr associations and srun --help.
#include "core/slurm/clusterfacts.h"
#include "core/slurm/slurmoutput.h"
#include "tests/fuzz/fuzzinput.h"

using namespace Patagon::Slurm;
using namespace PatagonFuzz;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text = bytes(data, size);
    (void)SlurmOutput::parseShowJob(text);
    (void)SlurmOutput::parseShowJobFields(QString::fromUtf8(text));

    ClusterFacts facts;
    facts.partitions = ClusterFacts::parsePartitions(text);
    ClusterFacts::addGres(facts.partitions, text);
    ClusterFacts::parseAssociations(text, facts.accounts, facts.qos);
    facts.pyxisFlags = ClusterFacts::parseContainerFlags(text);
    for (const PartitionFacts &p : std::as_const(facts.partitions))
        (void)p.gresTypes(QStringLiteral("gpu"));
    (void)facts.defaultPartition();
    (void)ClusterFacts::fromJson(facts.toJson());
    return 0;
}
