// Why a job waits, in words.
#include "core/slurm/pendingreason.h"

#include "core/tr.h"

namespace Patagon::Slurm::PendingReason {

namespace {

struct Reason
{
    const char *name;
    bool prefix; // matches "Name..." (QOSGrp..., AssocGrp..., ReqNodeNotAvail, ...)
};

// Longest names first where one is a prefix of another.
constexpr Reason kReasons[] = {
    {"Resources", false},
    {"Priority", false},
    {"Dependency", false},
    {"DependencyNeverSatisfied", false},
    {"BeginTime", false},
    {"JobHeldUser", false},
    {"JobHeldAdmin", false},
    {"ReqNodeNotAvail", true},
    {"PartitionTimeLimit", false},
    {"PartitionNodeLimit", false},
    {"PartitionDown", false},
    {"PartitionInactive", false},
    {"QOSMaxJobsPerUserLimit", false},
    {"QOSMaxSubmitJobPerUserLimit", false},
    {"QOSMaxGRESPerUser", false},
    {"QOSMaxCpuPerUserLimit", false},
    {"QOSMaxWallDurationPerJobLimit", false},
    {"QOSGrpGRES", true},
    {"QOSGrpCpuLimit", false},
    {"QOSGrpNodeLimit", false},
    {"QOSJobLimit", false},
    {"AssocGrpGRES", true},
    {"AssocGrpCpuLimit", false},
    {"AssocGrpCPUMinutesLimit", false},
    {"AssocGrpBillingMinutes", false},
    {"AssocMaxJobsLimit", false},
    {"AssocGrpJobsLimit", false},
    {"AssocGrpMemLimit", false},
    {"Reservation", false},
    {"NodeDown", false},
    {"BadConstraints", false},
    {"InvalidAccount", false},
    {"InvalidQOS", false},
    {"Licenses", false},
    {"launch failed requeued held", false},
    {"JobArrayTaskLimit", false},
    {"Nodes required for job are DOWN, DRAINED or reserved for jobs in higher priority "
     "partitions",
     false},
    {"None", false},
};

QString text(const QString &name)
{
    const auto is = [&](const char *n) { return name == QLatin1String(n); };
    if (is("Resources"))
        return Tr::tr("Waiting for resources: the nodes it needs are busy with other jobs. It "
                      "starts as soon as they are free.");
    if (is("Priority"))
        return Tr::tr("Other jobs with a higher priority are ahead in the queue.");
    if (is("Dependency"))
        return Tr::tr("Waiting for the jobs it depends on (--dependency) to end.");
    if (is("DependencyNeverSatisfied"))
        return Tr::tr("A job it depends on ended in a way that can never satisfy the "
                      "dependency. It will not start: cancel it.");
    if (is("BeginTime"))
        return Tr::tr("Waiting for the start time it asked for (--begin).");
    if (is("JobHeldUser"))
        return Tr::tr("Held by you (--hold or scontrol hold). Release it with \"scontrol "
                      "release\" to let it start.");
    if (is("JobHeldAdmin"))
        return Tr::tr("Held by an administrator. Ask them why.");
    if (is("ReqNodeNotAvail"))
        return Tr::tr("A node the job needs is unavailable (down, drained or reserved, for "
                      "example for maintenance).");
    if (is("PartitionTimeLimit"))
        return Tr::tr("The time limit asked for is longer than the partition allows. It will "
                      "not start: lower --time and submit again.");
    if (is("PartitionNodeLimit"))
        return Tr::tr("It asks for more nodes than the partition allows.");
    if (is("PartitionDown"))
        return Tr::tr("The partition is down.");
    if (is("PartitionInactive"))
        return Tr::tr("The partition is inactive and does not start jobs now.");
    if (is("QOSMaxJobsPerUserLimit"))
        return Tr::tr("You already have as many jobs running as your QOS allows. It starts "
                      "when one of them ends.");
    if (is("QOSMaxSubmitJobPerUserLimit"))
        return Tr::tr("You already have as many jobs submitted as your QOS allows.");
    if (is("QOSMaxGRESPerUser"))
        return Tr::tr("Your running jobs already use as many GPUs as your QOS allows per user.");
    if (is("QOSMaxCpuPerUserLimit"))
        return Tr::tr("Your running jobs already use as many CPUs as your QOS allows per user.");
    if (is("QOSMaxWallDurationPerJobLimit"))
        return Tr::tr("The time limit asked for is longer than your QOS allows. Lower --time.");
    if (is("QOSGrpGRES"))
        return Tr::tr("Your QOS group already uses all the GPUs it may use at once.");
    if (is("QOSGrpCpuLimit"))
        return Tr::tr("Your QOS group already uses all the CPUs it may use at once.");
    if (is("QOSGrpNodeLimit"))
        return Tr::tr("Your QOS group already uses all the nodes it may use at once.");
    if (is("QOSJobLimit"))
        return Tr::tr("The QOS has reached its limit of running jobs.");
    if (is("AssocGrpGRES"))
        return Tr::tr("Your account (group) already uses all the GPUs it may use at once. It "
                      "starts when its other jobs free some.");
    if (is("AssocGrpCpuLimit"))
        return Tr::tr("Your account (group) already uses all the CPUs it may use at once.");
    if (is("AssocGrpCPUMinutesLimit") || is("AssocGrpBillingMinutes"))
        return Tr::tr("Your account has used up its allocation of CPU time. Ask your "
                      "administrators for more.");
    if (is("AssocMaxJobsLimit") || is("AssocGrpJobsLimit"))
        return Tr::tr("Your account already has as many jobs running as it may.");
    if (is("AssocGrpMemLimit"))
        return Tr::tr("Your account (group) already uses all the memory it may use at once.");
    if (is("Reservation"))
        return Tr::tr("Waiting for its advance reservation to begin.");
    if (is("NodeDown"))
        return Tr::tr("A node the job needs is down.");
    if (is("BadConstraints"))
        return Tr::tr("No node can satisfy the job's constraints. It will not start: check "
                      "--constraint, --mem and --gres.");
    if (is("InvalidAccount"))
        return Tr::tr("The account is not valid. It will not start: cancel it and submit with "
                      "another --account.");
    if (is("InvalidQOS"))
        return Tr::tr("The QOS is not valid. It will not start: cancel it and submit with "
                      "another --qos.");
    if (is("Licenses"))
        return Tr::tr("Waiting for a license it asked for (--licenses).");
    if (is("launch failed requeued held"))
        return Tr::tr("Starting it failed, so Slurm requeued and held it. Ask your "
                      "administrators; release it with \"scontrol release\".");
    if (is("JobArrayTaskLimit"))
        return Tr::tr("The array already runs as many tasks at once as it allows (the %N "
                      "of --array).");
    if (is("Nodes required for job are DOWN, DRAINED or reserved for jobs in higher priority "
           "partitions"))
        return Tr::tr("The nodes it needs are down, drained or kept for jobs of partitions "
                      "with a higher priority.");
    return {};
}

} // namespace

QString explain(const QString &rawReason)
{
    // "ReqNodeNotAvail, UnavailableNodes:gpu01": the first word names the reason.
    const QString raw = rawReason.trimmed();
    if (raw.isEmpty() || raw == QLatin1String("None"))
        return {};
    for (const Reason &r : kReasons) {
        const QLatin1String name(r.name);
        if (raw == name)
            return text(name);
    }
    for (const Reason &r : kReasons) {
        const QLatin1String name(r.name);
        if (r.prefix && raw.startsWith(name))
            return text(name);
    }
    return {};
}

QString describe(const QString &rawReason)
{
    const QString raw = rawReason.trimmed();
    if (raw.isEmpty() || raw == QLatin1String("None"))
        return {};
    const QString words = explain(raw);
    return words.isEmpty() ? raw : Tr::tr("%1 (%2)").arg(words, raw);
}

QStringList knownReasons()
{
    QStringList out;
    for (const Reason &r : kReasons) {
        if (qstrcmp(r.name, "None") != 0)
            out << QString::fromLatin1(r.name);
    }
    return out;
}

} // namespace Patagon::Slurm::PendingReason
