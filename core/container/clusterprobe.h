// What a cluster offers for containers: whether its srun has Pyxis and which --container-*
// flags, the Enroot version (asked on a compute node when the login node has no enroot), and
// the partitions with their nodes. Says in plain sentences what is missing and what follows.
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QVersionNumber>

#include <functional>

namespace Patagon {
class RemoteHost;
}

namespace Patagon::Container {

struct ProbeFinding
{
    enum class Severity
    {
        Error, // containers cannot work as things are
        Warning, // something will not work, or works differently
        Info
    };
    Severity severity = Severity::Info;
    QString message; // translated, whole sentence

    static QString severityName(Severity severity); // "error", "warning", "info" (not translated)
};

struct ProbePartition
{
    QString name;
    bool isDefault = false;
    QStringList nodes; // node names, in sinfo's order
    // Nodes where no job can start now (down, drained, failing, not responding, powered off...),
    // with the state sinfo gave; they are also in `nodes`.
    QMap<QString, QString> unavailable;
};

// The raw outputs a probe collects; fromOutputs() makes the result from them, so captured
// outputs of real clusters can be tested without one.
struct ProbeOutputs
{
    QByteArray srunHelp; // `srun --help` (standard output and error together)
    bool srunFound = true; // false: srun could not be run at all
    QByteArray enrootVersion; // `enroot version` (its standard output)
    bool enrootFound = false; // the command succeeded somewhere
    QString enrootNode; // empty: the login node; else the compute node that answered
    QByteArray sinfoNodes; // `sinfo -h -N -o %N|%P|%t`
};

struct ClusterProbeResult
{
    bool pyxisPresent = false; // srun has --container-image
    QStringList containerFlags; // "container-image", ... (names without dashes)
    QVersionNumber enrootVersion; // null: unknown
    QString enrootNode; // where the version came from; empty: the login node
    QList<ProbePartition> partitions;
    QList<ProbeFinding> findings; // what is missing and what it means, worst first

    bool isValid() const { return !partitions.isEmpty() || pyxisPresent; }
    bool canRunContainers() const { return pyxisPresent; }
    bool hasFlag(const QString &flag) const { return containerFlags.contains(flag); }
    // Enroot before 4.0 does not understand Docker-style references (unknown counts as old).
    bool needsHashReferences() const;
    const ProbePartition *partition(const QString &name) const;
    const ProbePartition *defaultPartition() const;
    // Where a step on `node` can run: the default partition when it holds the node, else the
    // first that does; empty when no partition lists it (or there was no probe).
    QString partitionOfNode(const QString &node) const;
    // Every node of a partition; of all partitions when `partition` is empty.
    QStringList nodes(const QString &partition = {}) const;
    bool hasErrors() const;

    static ClusterProbeResult fromOutputs(const ProbeOutputs &outputs);
    // `enroot version` prints "4.1.1" (older ones may add text); null when it holds no version.
    static QVersionNumber parseEnrootVersion(const QByteArray &output);
    // `sinfo -h -N -o %N|%P|%t`: partitions (a trailing `*` marks the default) with their nodes
    // and which of them cannot take a job now.
    static QList<ProbePartition> parseSinfoNodes(const QByteArray &output);
    // Whether a node in this sinfo state (`%t`: "idle", "mix", "drain", "down*", "idle~"...)
    // can start a job now. Unknown states count as usable: trying costs a bounded wait.
    static bool nodeStateTakesJobs(const QString &state);

    QJsonObject toJson() const;
};

// Runs the probe over a Connection. Asynchronous: `done` runs on the caller's thread, and is
// dropped (the commands cancelled) when `context` is deleted.
class ClusterProbe : public QObject
{
    Q_OBJECT

public:
    explicit ClusterProbe(RemoteHost *host, QObject *parent = nullptr);

    using Callback = std::function<void(const Expected<ClusterProbeResult> &)>;
    // Fails only when the connection itself fails; a cluster without Pyxis or Enroot gives a
    // result whose findings say so. Without Pyxis no job is started (Enroot is not asked).
    void probe(QObject *context, Callback done);
    // The --container-* flags of the host's srun (empty: no Pyxis, so no container job can
    // run), from `srun --help` asked once per connection. Fails only when the connection does.
    static void askContainerFlags(RemoteHost *host, QObject *context,
                                  std::function<void(const Expected<QStringList> &)> done);

private:
    QPointer<RemoteHost> m_host;
};

} // namespace Patagon::Container
