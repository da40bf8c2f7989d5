// Pyxis command lines built from a typed description: the --container-* flags, Slurm's
// partition and resources, as an srun argv (quoted by the one quoting function for `sh -c`) or
// as #SBATCH lines. Every value is checked before it goes anywhere near a command.
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Patagon::Container {

struct ContainerMount
{
    QString source; // on the compute node
    QString destination; // inside the container; empty: same as source
    QStringList flags; // ro, rw, nosuid, nodev, noexec, rbind, rprivate, ... (joined with '+')
};

struct PyxisOptions
{
    enum class NameFlag
    {
        Auto,
        Create,
        Exec,
        NoExec
    };

    QString image; // --container-image, best normalised with ImageReference first
    QString name; // --container-name
    NameFlag nameFlag = NameFlag::Auto;
    bool writeNameFlag = false; // write ":auto" too (otherwise only a non-default flag is written)
    QList<ContainerMount> mounts;
    QString workdir;
    std::optional<bool> remapRoot; // --[no-]container-remap-root
    std::optional<bool> mountHome; // --[no-]container-mount-home
    std::optional<bool> entrypoint; // --[no-]container-entrypoint
    bool entrypointLog = false; // --container-entrypoint-log
    std::optional<bool> writable; // true: --container-writable, false: --container-readonly
    QStringList env; // --container-env=NAME,...
    QString save; // --container-save=PATH (a squashfs file)
};

struct JobResources
{
    QString partition;
    QString jobName;
    int nodes = 0; // 0: not given
    int ntasks = 0;
    int cpusPerTask = 0;
    QString gres; // e.g. gpu:A100:1
    QString time; // e.g. 01:00:00
    QString memory; // e.g. 8G
    QString output; // -o pattern, e.g. train-%j.out
    QString error; // -e pattern
    QString nodeList; // --nodelist, e.g. the node a named container lives on
    bool pty = false; // srun only: --pty, the step runs on a terminal (interactive shells)
};

namespace Pyxis {

// The --container-* arguments, in a fixed order.
Expected<QStringList> containerArguments(const PyxisOptions &options);
// --partition=..., --gres=..., and the rest that are set.
Expected<QStringList> resourceArguments(const JobResources &resources);
// `srun RESOURCES CONTAINER PROGRAM ARGS...`; program may be empty only when the name is
// enough (`true` is used then, as the Patagon tutorial imports with `srun ... true`).
Expected<QStringList> srunArguments(const PyxisOptions &options, const JobResources &resources,
                                    const QStringList &program);
// The same, as one line for `sh -c` (an SSH exec request), through Shell::joinArguments().
Expected<QByteArray> srunCommandLine(const PyxisOptions &options, const JobResources &resources,
                                     const QStringList &program);
// `#SBATCH ARG` lines (each ending in '\n') for a batch script. sbatch reads quotes on these
// lines but no newline, and takes a backslash as an escape even inside quotes: such values are
// refused, to be passed on the sbatch command line instead.
Expected<QByteArray> sbatchDirectives(const PyxisOptions &options, const JobResources &resources);

} // namespace Pyxis

} // namespace Patagon::Container
