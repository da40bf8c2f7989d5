// What the live cluster allows, as a value: partitions with their limits and GRES, QOS and
// accounts where visible, and the Pyxis flags its srun has. Parsed from captured command
// output, so the parsers are tested without a cluster; cached per connection profile.
#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace Patagon {
struct CommandOutput;
} // namespace Patagon

namespace Patagon::Slurm {

struct PartitionFacts
{
    QString name;
    bool isDefault = false;
    QString state; // "UP", "DOWN", ...
    std::optional<qint64> maxTimeMinutes; // nullopt: unlimited
    std::optional<qint64> maxMemPerNodeMb;
    std::optional<qint64> maxMemPerCpuMb;
    std::optional<qint64> maxNodes;
    int totalCpus = 0;
    int totalNodes = 0;
    QStringList gres; // "gpu:A100:1" (as sinfo %G prints it, per node kind)
    // The most one node of the partition has (0: unknown): a job asking for more per node
    // than this can never start there.
    int largestNodeCpus = 0;
    qint64 largestNodeMemMb = 0;
    QMap<QString, qint64> largestNodeGres; // "gpu" and "gpu:A100": count on one node
    QStringList allowAccounts; // empty: all
    QStringList allowQos; // empty: all

    bool isValid() const { return !name.isEmpty(); }
    // GRES types of one name: {"A100"} for gpu.
    QStringList gresTypes(const QString &gresName) const;
    bool hasGres(const QString &gresName) const;
};

// A named container of the user's, and the node that holds it.
struct ContainerFact
{
    QString name;
    QString node;
};

struct ClusterFacts
{
    QList<PartitionFacts> partitions;
    QStringList accounts; // the user's associations, where sacctmgr shows them
    QStringList qos;
    bool pyxisKnown = false; // srun --help was read
    QStringList pyxisFlags; // "container-image", ... as this cluster's srun lists them
    QDateTime fetchedAt;
    // The user's named containers when they were listed (the Containers page); not cached with
    // the rest: nullopt means unknown, not none.
    std::optional<QList<ContainerFact>> containers;

    bool isValid() const { return !partitions.isEmpty(); }
    const PartitionFacts *partition(const QString &name) const;
    const PartitionFacts *defaultPartition() const;

    // `scontrol show partition -o`
    static QList<PartitionFacts> parsePartitions(const QByteArray &scontrolOutput);
    // `sinfo -h -o %P|%G`: adds the GRES to the partitions (a trailing * marks the default).
    static void addGres(QList<PartitionFacts> &partitions, const QByteArray &sinfoOutput);
    // `sinfo -h -N -o %P|%c|%m|%G`, one line per node and partition: the largest node's CPUs,
    // memory and GRES counts of each partition.
    static void addNodeSizes(QList<PartitionFacts> &partitions, const QByteArray &sinfoOutput);
    // `sacctmgr -nP show assoc user=NAME format=account,qos`
    static void parseAssociations(const QByteArray &sacctmgrOutput, QStringList &accounts,
                                  QStringList &qos);
    // `srun --help`: the --container-* flags it lists (names without dashes).
    static QStringList parseContainerFlags(const QByteArray &srunHelp);

    QJsonObject toJson() const;
    static ClusterFacts fromJson(const QJsonObject &json);

    // The commands that tell the facts, each with the parser above that reads its output.
    enum class Query
    {
        Partitions, // required: without partitions there are no facts
        Gres,
        NodeSizes, // optional: without them the job's size is checked against limits only
        Associations, // accounting may be absent or hidden: then accounts and QOS stay unknown
        SrunHelp,
    };
    static QList<Query> queries();
    static QStringList command(Query query, const QString &user);
    // Reads one command's output, in the order of queries() (GRES after the partitions).
    Result addOutput(Query query, const CommandOutput &output);

    // Per-profile cache in the user's cache folder.
    static Result saveToCache(const QString &profileName, const ClusterFacts &facts);
    static std::optional<ClusterFacts> loadFromCache(const QString &profileName);
};

} // namespace Patagon::Slurm

Q_DECLARE_METATYPE(Patagon::Slurm::ClusterFacts)
