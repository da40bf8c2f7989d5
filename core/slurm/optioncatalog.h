// The sbatch option catalog: every option of Slurm 24.11's sbatch and Pyxis's --container-*
// options, with short form, argument rule and the kind of value each takes.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Patagon::Slurm {

enum class ArgumentRule
{
    None, // a flag: --hold
    Required, // --partition=gpu, --partition gpu, -p gpu, -pgpu
    Optional, // only attached: --exclusive, --exclusive=user
};

enum class ValueKind
{
    None,
    Text,
    Time, // MM, MM:SS, HH:MM:SS, D-HH, D-HH:MM, D-HH:MM:SS, UNLIMITED
    Memory, // 4096, 16G, 500M
    Count, // a positive integer
    CountRange, // N or N-M (--nodes)
    Integer, // a signed integer (--nice, --priority)
    Gres, // gpu, gpu:2, gpu:A100:1, comma separated
    Gpus, // [type:]N
    Array, // 0-15%4, 1,3,5, 0-9:2
    MailType, // NONE, BEGIN, END, FAIL, ALL, ...
    FilePattern, // name-%j.out
    Dependency, // afterok:123[:456][,afterany:789]
    Signal, // [{R|B}:]num[@sec]
    Partition, // a name, or several comma separated
    ContainerImage,
    ContainerName, // NAME[:auto|create|exec|no_exec]
};

struct OptionInfo
{
    QString longName; // without dashes: "partition"
    char shortName = 0; // 'p', or 0
    ArgumentRule argument = ArgumentRule::None;
    ValueKind kind = ValueKind::None;
    bool pyxis = false; // provided by the Pyxis SPANK plugin, not by sbatch itself

    bool isValid() const { return !longName.isEmpty(); }
};

class OptionCatalog
{
public:
    static const QList<OptionInfo> &options();
    static const OptionInfo *findLong(const QString &name); // exact
    static const OptionInfo *findShort(char name);

    // getopt_long's rule: an exact name, else a prefix that only one option has.
    struct Lookup
    {
        const OptionInfo *option = nullptr;
        bool abbreviated = false;
        QStringList candidates; // when ambiguous
    };
    static Lookup lookupLong(const QString &name);

    // Close names for an unknown option, best first (edit distance and prefixes).
    static QStringList suggestions(const QString &name, int max = 3);
};

} // namespace Patagon::Slurm
