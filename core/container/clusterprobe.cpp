// What a cluster offers for containers, found out over the Connection.
#include "core/container/clusterprobe.h"

#include "core/remote/collectedrun.h"
#include "core/remote/hostquerycache.h"
#include "core/remote/remotehost.h"
#include "core/slurm/clusterfacts.h"
#include "core/tr.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <memory>

namespace Patagon::Container {

namespace {

using Severity = ProbeFinding::Severity;

const QStringList kSrunHelp = {QStringLiteral("srun"), QStringLiteral("--help")};

// `srun --help` through the host's per-connection cache: probes and container lists
// ask it again and again, and the answer does not change while connected.
void askSrunHelp(RemoteHost *host, QObject *context, CollectedCallback done)
{
    if (HostQueryCache *cache = HostQueryCache::of(host))
        return cache->run(kSrunHelp, context, std::move(done));
    runCollected(host, kSrunHelp, context, std::move(done)); // says there is no connection
}

void add(QList<ProbeFinding> &findings, Severity severity, const QString &message)
{
    findings.append({severity, message});
}

} // namespace

QString ProbeFinding::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("info");
    }
    return {};
}

bool ClusterProbeResult::needsHashReferences() const
{
    return enrootVersion.isNull() || enrootVersion.majorVersion() < 4;
}

const ProbePartition *ClusterProbeResult::partition(const QString &name) const
{
    for (const ProbePartition &p : partitions) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

const ProbePartition *ClusterProbeResult::defaultPartition() const
{
    for (const ProbePartition &p : partitions) {
        if (p.isDefault)
            return &p;
    }
    return partitions.isEmpty() ? nullptr : &partitions.first();
}

QString ClusterProbeResult::partitionOfNode(const QString &node) const
{
    if (const ProbePartition *d = defaultPartition(); d && d->nodes.contains(node))
        return d->name;
    for (const ProbePartition &p : partitions) {
        if (p.nodes.contains(node))
            return p.name;
    }
    return {};
}

QStringList ClusterProbeResult::nodes(const QString &partitionName) const
{
    QStringList out;
    for (const ProbePartition &p : partitions) {
        if (!partitionName.isEmpty() && p.name != partitionName)
            continue;
        for (const QString &n : p.nodes) {
            if (!out.contains(n))
                out << n;
        }
    }
    return out;
}

bool ClusterProbeResult::hasErrors() const
{
    return std::any_of(findings.cbegin(), findings.cend(),
                       [](const ProbeFinding &f) { return f.severity == Severity::Error; });
}

QVersionNumber ClusterProbeResult::parseEnrootVersion(const QByteArray &output)
{
    static const QRegularExpression re(QStringLiteral("(?:^|[^0-9.])(\\d+\\.\\d+(?:\\.\\d+)?)"));
    const QRegularExpressionMatch m = re.match(QString::fromUtf8(output));
    if (!m.hasMatch())
        return {};
    return QVersionNumber::fromString(m.captured(1));
}

QList<ProbePartition> ClusterProbeResult::parseSinfoNodes(const QByteArray &output)
{
    QList<ProbePartition> out;
    for (const QByteArray &raw : output.split('\n')) {
        const QList<QByteArray> fields = raw.trimmed().split('|');
        if (fields.size() < 2 || fields.at(0).isEmpty() || fields.at(1).isEmpty())
            continue;
        const QString node = QString::fromUtf8(fields.at(0));
        QString name = QString::fromUtf8(fields.at(1));
        const bool isDefault = name.endsWith(u'*');
        if (isDefault)
            name.chop(1);
        auto it = std::find_if(out.begin(), out.end(),
                               [&name](const ProbePartition &p) { return p.name == name; });
        if (it == out.end()) {
            out.append({name, isDefault, {}});
            it = out.end() - 1;
        }
        it->isDefault = it->isDefault || isDefault;
        if (!it->nodes.contains(node))
            it->nodes << node;
        const QString state
            = fields.size() > 2 ? QString::fromUtf8(fields.at(2)).trimmed() : QString();
        if (!nodeStateTakesJobs(state))
            it->unavailable.insert(node, state);
    }
    return out;
}

bool ClusterProbeResult::nodeStateTakesJobs(const QString &state)
{
    QString s = state.trimmed().toLower();
    // Flags after the state: * not responding, ~ powered off, # powering up, % powering down,
    // ! about to power down; $ (maintenance reservation), @ (reboot pending), ^ and - do not
    // stop a job from starting by themselves.
    static const QString blockingFlags = QStringLiteral("*~#%!");
    while (!s.isEmpty() && !s.back().isLetter()) {
        if (blockingFlags.contains(s.back()))
            return false;
        s.chop(1);
    }
    static const QStringList blocked
        = {QStringLiteral("down"),          QStringLiteral("drain"),
           QStringLiteral("drained"),       QStringLiteral("drng"),
           QStringLiteral("draining"),      QStringLiteral("fail"),
           QStringLiteral("failg"),         QStringLiteral("failing"),
           QStringLiteral("maint"),         QStringLiteral("futr"),
           QStringLiteral("future"),        QStringLiteral("inval"),
           QStringLiteral("npc"),           QStringLiteral("unk"),
           QStringLiteral("unknown"),       QStringLiteral("boot"),
           QStringLiteral("booting"),       QStringLiteral("pow_dn"),
           QStringLiteral("pow_up"),        QStringLiteral("powered_down"),
           QStringLiteral("powering_down"), QStringLiteral("powering_up"),
           QStringLiteral("reboot"),        QStringLiteral("reboot_issued")};
    return !blocked.contains(s);
}

ClusterProbeResult ClusterProbeResult::fromOutputs(const ProbeOutputs &o)
{
    ClusterProbeResult r;
    r.containerFlags = Slurm::ClusterFacts::parseContainerFlags(o.srunHelp);
    r.pyxisPresent = r.containerFlags.contains(QLatin1String("container-image"));
    if (o.enrootFound)
        r.enrootVersion = parseEnrootVersion(o.enrootVersion);
    r.enrootNode = o.enrootNode;
    r.partitions = parseSinfoNodes(o.sinfoNodes);

    QList<ProbeFinding> &f = r.findings;
    if (!o.srunFound)
        add(f, Severity::Error,
            Tr::tr("srun could not be run on the login node, so this account cannot start Slurm "
                   "jobs from there. Check that Slurm's commands are on the PATH of a login "
                   "shell."));
    else if (!r.pyxisPresent)
        add(f, Severity::Error,
            Tr::tr("This cluster cannot run containers: its srun has no --container-image "
                   "option, so the Pyxis plugin is not installed. Ask the cluster's "
                   "administrators to install Pyxis and Enroot."));
    if (r.pyxisPresent) {
        static const char *const wanted[]
            = {"container-name", "container-writable", "container-remap-root", "container-save",
               "container-mount-home"};
        QStringList missing;
        for (const char *flag : wanted) {
            if (!r.hasFlag(QLatin1String(flag)))
                missing << QStringLiteral("--") + QLatin1String(flag);
        }
        if (!missing.isEmpty())
            add(f, Severity::Warning,
                Tr::tr("This cluster's Pyxis is older and has no %1; what needs those options "
                       "(named containers, installing system packages, saving a container) "
                       "will not work.")
                    .arg(missing.join(QStringLiteral(", "))));
    }
    if (r.pyxisPresent && r.enrootVersion.isNull())
        add(f, Severity::Warning,
            Tr::tr("Enroot's version could not be found (\"enroot version\" failed on the login "
                   "node and on a compute node). Image references will be written in the "
                   "REGISTRY#IMAGE form, which every version reads."));
    else if (!r.enrootVersion.isNull() && r.enrootVersion.majorVersion() < 4)
        add(f, Severity::Warning,
            Tr::tr("Enroot %1 is older than 4.0 and does not read Docker-style references such "
                   "as nvcr.io/nvidia/pytorch:24.05-py3 (it sends them to Docker Hub, which "
                   "answers 401 Unauthorized). They will be rewritten to the form it reads, "
                   "nvcr.io#nvidia/pytorch:24.05-py3.")
                .arg(r.enrootVersion.toString()));
    else if (!r.enrootVersion.isNull())
        add(f, Severity::Info,
            Tr::tr("Enroot %1 reads both Docker-style references and the REGISTRY#IMAGE form.")
                .arg(r.enrootVersion.toString()));
    if (!r.enrootVersion.isNull() && !r.enrootNode.isEmpty())
        add(f, Severity::Info,
            Tr::tr("Enroot is installed on the compute nodes (asked on %1) but not on the login "
                   "node, which is usual.")
                .arg(r.enrootNode));
    if (o.srunFound && r.partitions.isEmpty())
        add(f, Severity::Error,
            Tr::tr("Slurm lists no partitions this account can use, so no job can start. Ask "
                   "the administrators which partition to use."));
    const int nodeCount = int(r.nodes().size());
    if (r.pyxisPresent && nodeCount > 1)
        add(f, Severity::Info,
            Tr::tr("A named container lives only on the node that created it. This cluster has "
                   "%n node(s), so each container is kept on one node and used there.",
                   nullptr, nodeCount));
    std::stable_sort(f.begin(), f.end(), [](const ProbeFinding &a, const ProbeFinding &b) {
        return int(a.severity) < int(b.severity);
    });
    return r;
}

QJsonObject ClusterProbeResult::toJson() const
{
    QJsonArray parts;
    for (const ProbePartition &p : partitions) {
        QJsonObject unavailable;
        for (auto it = p.unavailable.cbegin(); it != p.unavailable.cend(); ++it)
            unavailable.insert(it.key(), it.value());
        parts.append(QJsonObject {{QStringLiteral("name"), p.name},
                                  {QStringLiteral("default"), p.isDefault},
                                  {QStringLiteral("nodes"), QJsonArray::fromStringList(p.nodes)},
                                  {QStringLiteral("unavailable"), unavailable}});
    }
    QJsonArray found;
    for (const ProbeFinding &p : findings)
        found.append(
            QJsonObject {{QStringLiteral("severity"), ProbeFinding::severityName(p.severity)},
                         {QStringLiteral("message"), p.message}});
    return {{QStringLiteral("pyxis"), pyxisPresent},
            {QStringLiteral("container_flags"), QJsonArray::fromStringList(containerFlags)},
            {QStringLiteral("enroot_version"),
             enrootVersion.isNull() ? QJsonValue() : QJsonValue(enrootVersion.toString())},
            {QStringLiteral("enroot_node"),
             enrootNode.isEmpty() ? QJsonValue() : QJsonValue(enrootNode)},
            {QStringLiteral("partitions"), parts},
            {QStringLiteral("findings"), found}};
}

ClusterProbe::ClusterProbe(RemoteHost *host, QObject *parent)
    : QObject(parent)
    , m_host(host)
{}

void ClusterProbe::probe(QObject *context, Callback done)
{
    QObject *owner = context ? context : this;
    QPointer<QObject> guard(owner);
    auto outputs = std::make_shared<ProbeOutputs>();
    auto pending = std::make_shared<int>(2);
    auto failure = std::make_shared<Result>();
    RemoteHost *host = m_host;

    auto askEnroot = [host, owner, guard, outputs, done] {
        const auto finish = [outputs, done] { done(ClusterProbeResult::fromOutputs(*outputs)); };
        // Without Pyxis Enroot does not matter, and asking a compute node would leave a failed
        // job in the user's list.
        if (!ClusterProbeResult::fromOutputs(*outputs).pyxisPresent)
            return finish();
        runCollected(
            host, {QStringLiteral("enroot"), QStringLiteral("version")}, owner,
            [host, owner, guard, outputs, done, finish](const Expected<CommandOutput> &out) {
                if (!out)
                    return done(out.result());
                if (out->succeeded()) {
                    outputs->enrootFound = true;
                    outputs->enrootVersion = out->standardOutput;
                    return finish();
                }
                if (!guard)
                    return;
                // Enroot is often only on the compute nodes: ask one of them through srun.
                const ClusterProbeResult partial = ClusterProbeResult::fromOutputs(*outputs);
                const ProbePartition *part = partial.defaultPartition();
                if (!outputs->srunFound || !part)
                    return finish();
                const QString script
                    = QStringLiteral("printf '%s\\n' \"$SLURMD_NODENAME\"; exec enroot version");
                runCollected(host,
                             {QStringLiteral("srun"), QStringLiteral("--partition=") + part->name,
                              QStringLiteral("--nodes=1"), QStringLiteral("--ntasks=1"),
                              QStringLiteral("--job-name=patagon-probe"), QStringLiteral("sh"),
                              QStringLiteral("-c"), script},
                             owner, [outputs, done, finish](const Expected<CommandOutput> &remote) {
                                 if (!remote)
                                     return done(remote.result());
                                 if (remote->succeeded()) {
                                     const QList<QByteArray> lines
                                         = remote->standardOutput.split('\n');
                                     outputs->enrootFound = true;
                                     outputs->enrootNode
                                         = QString::fromUtf8(lines.value(0)).trimmed();
                                     outputs->enrootVersion
                                         = remote->standardOutput.mid(lines.value(0).size() + 1);
                                 }
                                 finish();
                             });
            });
    };

    auto oneDone = [pending, failure, askEnroot, done] {
        if (--*pending > 0)
            return;
        if (!failure->isOk())
            return done(*failure);
        askEnroot();
    };
    askSrunHelp(host, owner, [outputs, failure, oneDone](const Expected<CommandOutput> &out) {
        if (!out) {
            *failure = out.result();
        } else {
            outputs->srunHelp = out->standardOutput + out->standardError;
            outputs->srunFound = out->exitStatus != 127 && outputs->srunHelp.contains("srun");
        }
        oneDone();
    });
    runCollected(host,
                 {QStringLiteral("sinfo"), QStringLiteral("-h"), QStringLiteral("-N"),
                  QStringLiteral("-o"), QStringLiteral("%N|%P|%t")},
                 owner, [outputs, failure, oneDone](const Expected<CommandOutput> &out) {
                     if (!out)
                         *failure = out.result();
                     else if (out->succeeded())
                         outputs->sinfoNodes = out->standardOutput;
                     oneDone();
                 });
}

void ClusterProbe::askContainerFlags(RemoteHost *host, QObject *context,
                                     std::function<void(const Expected<QStringList> &)> done)
{
    askSrunHelp(host, context, [done](const Expected<CommandOutput> &out) {
        if (!out)
            return done(out.result());
        done(Slurm::ClusterFacts::parseContainerFlags(out->standardOutput + out->standardError));
    });
}

} // namespace Patagon::Container
