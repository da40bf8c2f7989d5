// The sbatch option catalog (Slurm 24.11 `sbatch --help` and man page, Pyxis's SPANK options).
#include "core/slurm/optioncatalog.h"

#include <algorithm>

namespace Patagon::Slurm {

namespace {

using A = ArgumentRule;
using K = ValueKind;

OptionInfo opt(const char *name, char shortName, A argument, K kind, bool pyxis = false)
{
    return {QString::fromLatin1(name), shortName, argument, kind, pyxis};
}

QList<OptionInfo> makeCatalog()
{
    return {
        opt("account", 'A', A::Required, K::Text),
        opt("acctg-freq", 0, A::Required, K::Text),
        opt("array", 'a', A::Required, K::Array),
        opt("batch", 0, A::Required, K::Text),
        opt("bb", 0, A::Required, K::Text),
        opt("bbf", 0, A::Required, K::Text),
        opt("begin", 'b', A::Required, K::Text),
        opt("chdir", 'D', A::Required, K::Text),
        opt("cluster-constraint", 0, A::Required, K::Text),
        opt("clusters", 'M', A::Required, K::Text),
        opt("comment", 0, A::Required, K::Text),
        opt("constraint", 'C', A::Required, K::Text),
        opt("container", 0, A::Required, K::Text),
        opt("container-id", 0, A::Required, K::Text),
        opt("contiguous", 0, A::None, K::None),
        opt("core-spec", 'S', A::Required, K::Count),
        opt("cores-per-socket", 0, A::Required, K::Count),
        opt("cpu-freq", 0, A::Required, K::Text),
        opt("cpus-per-gpu", 0, A::Required, K::Count),
        opt("cpus-per-task", 'c', A::Required, K::Count),
        opt("deadline", 0, A::Required, K::Text),
        opt("delay-boot", 0, A::Required, K::Time),
        opt("dependency", 'd', A::Required, K::Dependency),
        opt("distribution", 'm', A::Required, K::Text),
        opt("error", 'e', A::Required, K::FilePattern),
        opt("exclude", 'x', A::Required, K::Text),
        opt("exclusive", 0, A::Optional, K::Text),
        opt("export", 0, A::Optional, K::Text),
        opt("export-file", 0, A::Required, K::Text),
        opt("extra", 0, A::Required, K::Text),
        opt("extra-node-info", 'B', A::Required, K::Text),
        opt("get-user-env", 0, A::Optional, K::Text),
        opt("gid", 0, A::Required, K::Text),
        opt("gpu-bind", 0, A::Required, K::Text),
        opt("gpu-freq", 0, A::Required, K::Text),
        opt("gpus", 'G', A::Required, K::Gpus),
        opt("gpus-per-node", 0, A::Required, K::Gpus),
        opt("gpus-per-socket", 0, A::Required, K::Gpus),
        opt("gpus-per-task", 0, A::Required, K::Gpus),
        opt("gres", 0, A::Required, K::Gres),
        opt("gres-flags", 0, A::Required, K::Text),
        opt("help", 'h', A::None, K::None),
        opt("hint", 0, A::Required, K::Text),
        opt("hold", 'H', A::None, K::None),
        opt("ignore-pbs", 0, A::None, K::None),
        opt("input", 'i', A::Required, K::FilePattern),
        opt("job-name", 'J', A::Required, K::Text),
        opt("kill-on-invalid-dep", 0, A::Required, K::Text),
        opt("licenses", 'L', A::Required, K::Text),
        opt("mail-type", 0, A::Required, K::MailType),
        opt("mail-user", 0, A::Required, K::Text),
        opt("mcs-label", 0, A::Required, K::Text),
        opt("mem", 0, A::Required, K::Memory),
        opt("mem-bind", 0, A::Required, K::Text),
        opt("mem-per-cpu", 0, A::Required, K::Memory),
        opt("mem-per-gpu", 0, A::Required, K::Memory),
        opt("mincpus", 0, A::Required, K::Count),
        opt("network", 0, A::Required, K::Text),
        opt("nice", 0, A::Optional, K::Integer),
        opt("no-kill", 'k', A::Optional, K::Text),
        opt("no-requeue", 0, A::None, K::None),
        opt("nodefile", 'F', A::Required, K::Text),
        opt("nodelist", 'w', A::Required, K::Text),
        opt("nodes", 'N', A::Required, K::CountRange),
        opt("ntasks", 'n', A::Required, K::Count),
        opt("ntasks-per-core", 0, A::Required, K::Count),
        opt("ntasks-per-gpu", 0, A::Required, K::Count),
        opt("ntasks-per-node", 0, A::Required, K::Count),
        opt("ntasks-per-socket", 0, A::Required, K::Count),
        opt("oom-kill-step", 0, A::Optional, K::Text),
        opt("open-mode", 0, A::Required, K::Text),
        opt("output", 'o', A::Required, K::FilePattern),
        opt("overcommit", 'O', A::None, K::None),
        opt("oversubscribe", 's', A::None, K::None),
        opt("parsable", 0, A::None, K::None),
        opt("partition", 'p', A::Required, K::Partition),
        opt("prefer", 0, A::Required, K::Text),
        opt("priority", 0, A::Required, K::Text),
        opt("profile", 0, A::Required, K::Text),
        opt("propagate", 0, A::Optional, K::Text),
        opt("qos", 'q', A::Required, K::Text),
        opt("quiet", 'Q', A::None, K::None),
        opt("reboot", 0, A::None, K::None),
        opt("requeue", 0, A::None, K::None),
        opt("reservation", 0, A::Required, K::Text),
        opt("resv-ports", 0, A::Optional, K::Text),
        opt("segment", 0, A::Required, K::Count),
        opt("signal", 0, A::Required, K::Signal),
        opt("sockets-per-node", 0, A::Required, K::Count),
        opt("spread-job", 0, A::None, K::None),
        opt("switches", 0, A::Required, K::Text),
        opt("test-only", 0, A::None, K::None),
        opt("thread-spec", 0, A::Required, K::Count),
        opt("threads-per-core", 0, A::Required, K::Count),
        opt("time", 't', A::Required, K::Time),
        opt("time-min", 0, A::Required, K::Time),
        opt("tmp", 0, A::Required, K::Memory),
        opt("tres-bind", 0, A::Required, K::Text),
        opt("tres-per-task", 0, A::Required, K::Text),
        opt("uid", 0, A::Required, K::Text),
        opt("usage", 0, A::None, K::None),
        opt("use-min-nodes", 0, A::None, K::None),
        opt("verbose", 'v', A::None, K::None),
        opt("version", 'V', A::None, K::None),
        opt("wait", 'W', A::None, K::None),
        opt("wait-all-nodes", 0, A::Required, K::Text),
        opt("wckey", 0, A::Required, K::Text),
        opt("wrap", 0, A::Required, K::Text),
        // Pyxis (shared/REFERENCE-pyxis-enroot.md)
        opt("container-image", 0, A::Required, K::ContainerImage, true),
        opt("container-mounts", 0, A::Required, K::Text, true),
        opt("container-workdir", 0, A::Required, K::Text, true),
        opt("container-name", 0, A::Required, K::ContainerName, true),
        opt("container-save", 0, A::Required, K::Text, true),
        opt("container-mount-home", 0, A::None, K::None, true),
        opt("no-container-mount-home", 0, A::None, K::None, true),
        opt("container-remap-root", 0, A::None, K::None, true),
        opt("no-container-remap-root", 0, A::None, K::None, true),
        opt("container-entrypoint", 0, A::None, K::None, true),
        opt("no-container-entrypoint", 0, A::None, K::None, true),
        opt("container-entrypoint-log", 0, A::None, K::None, true),
        opt("container-writable", 0, A::None, K::None, true),
        opt("container-readonly", 0, A::None, K::None, true),
        opt("container-env", 0, A::Required, K::Text, true),
        opt("container-unshare", 0, A::Required, K::Text, true),
    };
}

int editDistance(const QString &a, const QString &b)
{
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

} // namespace

const QList<OptionInfo> &OptionCatalog::options()
{
    static const QList<OptionInfo> catalog = makeCatalog();
    return catalog;
}

const OptionInfo *OptionCatalog::findLong(const QString &name)
{
    for (const OptionInfo &o : options()) {
        if (o.longName == name)
            return &o;
    }
    return nullptr;
}

const OptionInfo *OptionCatalog::findShort(char name)
{
    if (name == 0)
        return nullptr;
    for (const OptionInfo &o : options()) {
        if (o.shortName == name)
            return &o;
    }
    return nullptr;
}

OptionCatalog::Lookup OptionCatalog::lookupLong(const QString &name)
{
    Lookup lookup;
    if (name.isEmpty())
        return lookup;
    if (const OptionInfo *exact = findLong(name)) {
        lookup.option = exact;
        return lookup;
    }
    for (const OptionInfo &o : options()) {
        if (o.longName.startsWith(name))
            lookup.candidates.append(o.longName);
    }
    if (lookup.candidates.size() == 1) {
        lookup.option = findLong(lookup.candidates.first());
        lookup.abbreviated = true;
        lookup.candidates.clear();
    }
    return lookup;
}

QStringList OptionCatalog::suggestions(const QString &name, int max)
{
    QList<QPair<int, QString>> scored;
    const QString lower = name.toLower();
    for (const OptionInfo &o : options()) {
        int d = editDistance(lower, o.longName);
        if (o.longName.startsWith(lower) || lower.startsWith(o.longName))
            d = std::min(d, 1);
        const int limit = std::max(2, int(o.longName.size()) / 3);
        if (d <= limit)
            scored.append({d, o.longName});
    }
    std::stable_sort(scored.begin(), scored.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList names;
    for (const auto &s : scored) {
        if (names.size() >= max)
            break;
        names.append(s.second);
    }
    return names;
}

} // namespace Patagon::Slurm
