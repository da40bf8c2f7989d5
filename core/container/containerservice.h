// Named containers over the one shared Connection: create (import) with live progress and
// cancel, list per node, remove, run a command inside, and install packages with the run
// recorded in the container's manifest (replayable onto another container). A named container
// lives on the node that made it: every result says which node.
#pragma once

#include "core/container/clusterprobe.h"
#include "core/container/importprogress.h"
#include "core/packages/packagemanifest.h"
#include "core/packages/packageplan.h"
#include "core/packages/typedinstall.h"
#include "core/processtypes.h"
#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QVersionNumber>

#include <functional>
#include <memory>

namespace Patagon {
class RemoteHost;
} // namespace Patagon

namespace Patagon::Container {

struct NamedContainer
{
    QString name; // as given to --container-name
    QString node; // the compute node that holds it
    QString enrootName; // as `enroot list` shows it: pyxis_NAME (or pyxis_JOBID_NAME)

    bool isValid() const { return !name.isEmpty(); }
    bool operator==(const NamedContainer &other) const
    {
        return name == other.name && node == other.node && enrootName == other.enrootName;
    }
};

struct ContainerList
{
    QList<NamedContainer> containers; // sorted by name, then node
    QStringList nodesChecked;
    QList<ProbeFinding> problems; // nodes that could not be asked, and why
    QMap<QString, QString> unreached; // the same by node: node, why its list is missing

    // `enroot list` output of one node: its named containers (unnamed pyxis_JOB.STEP skipped).
    static QList<NamedContainer> parseEnrootList(const QByteArray &output, const QString &node);
};

struct CreateRequest
{
    QString name; // letters, digits, '_', '-', '.'; checked before anything runs
    QString image; // any form ImageReference takes; normalised for the cluster's Enroot
    QString partition; // empty: the cluster's default
    QString node; // empty: the service picks one (asking Slurm) and pins the import to it
    QString save; // optional --container-save=PATH.sqsh
};

// A long operation (create, install, replay, run): progress and output as they come, cancel,
// and one `finished`. Deleting it cancels what is running.
class ContainerTask : public QObject
{
    Q_OBJECT

public:
    ~ContainerTask() override;

    void cancel();
    // True from the moment `finished` is emitted (not before: a caller that sees it finished
    // has its result delivered already).
    bool isFinished() const { return m_finished; }
    Result result() const { return m_result; }
    QString node() const { return m_node; } // where it ran / where the container lives
    bool reused() const { return m_reused; } // create: the named container already existed
    // What was printed so far (both streams); of a long output, the last 512 KiB to 1 MiB.
    QByteArray output() const { return m_output; }
    ImportProgress progress() const { return m_progress; }
    int exitStatus() const { return m_exitStatus; } // of the last command; -1 if none
    // Sentences the user should read even on success (create: how the reference was rewritten).
    QStringList notes() const { return m_notes; }

signals:
    void progressChanged(const Patagon::Container::ImportProgress &progress);
    // A step begins ("Installing 2 pip packages…"); `index` from 0 of `count`.
    void stepStarted(int index, int count, const QString &description);
    void standardOutput(const QByteArray &chunk);
    void standardError(const QByteArray &chunk);
    // `manifest` holds the entries recorded so far (install and replay).
    void manifestChanged(const Patagon::Packages::PackageManifest &manifest);
    void finished(const Patagon::Result &result);

private:
    friend class ContainerService;
    explicit ContainerTask(QObject *parent);
    using StepDone = std::function<void(const ProcessResult &, const QByteArray &)>;
    void setProgress(const ImportProgress &progress);
    void append(const QByteArray &chunk, bool isStderr);
    // A position in the whole output, and what was printed since one (what is still kept of
    // it: a mark older than the kept output gives all that is kept).
    qint64 outputMark() const { return m_outputDropped + m_output.size(); }
    QByteArray outputSince(qint64 mark) const;
    // Runs argv; `next` gets a command that ran to its end (any exit status) and the output
    // it printed. A cancel or a lost connection finishes the task (after `aborted`).
    void runStep(RemoteHost *host, const QStringList &argv, StepDone next,
                 std::function<void(int exitStatus, bool cancelled)> aborted = {});
    void finish(const Result &result); // once; `finished` is emitted queued

    struct Private;
    std::unique_ptr<Private> d;
    Result m_result;
    QString m_node;
    bool m_reused = false;
    bool m_finishing = false; // finish() was called; `finished` is on its way
    bool m_finished = false;
    QByteArray m_output;
    qint64 m_outputDropped = 0; // bytes of the output no longer kept, from its start
    ImportProgress m_progress;
    int m_exitStatus = -1;
    QStringList m_notes;
};

class ContainerService : public QObject
{
    Q_OBJECT

public:
    // Manifests go to a Packages::ManifestStore on the default folder unless setManifestStore()
    // says.
    explicit ContainerService(RemoteHost *host, QObject *parent = nullptr);
    ~ContainerService() override;

    RemoteHost *host() const;
    // A probe's result: the Enroot version (for normalising references and explaining 401s)
    // and the partitions' nodes. Without one, the service assumes an unknown Enroot.
    void setProbeResult(const ClusterProbeResult &probe);
    const ClusterProbeResult &probeResult() const { return m_probe; }
    void setManifestStore(const Packages::ManifestStore &store);
    const Packages::ManifestStore &manifestStore() const;
    // The profile name manifests are filed under (default: the connection's profile's).
    QString profileName() const;
    // Also keep a copy of each manifest on the cluster, in `folder` (relative: from the home
    // folder; empty: no copy), as NAME.json, written over SFTP after each local save. A failed
    // copy is logged, never fatal: the local manifest is the record.
    void setRemoteManifestFolder(const QString &folder);
    QString remoteManifestFolder() const;
    static QString defaultRemoteManifestFolder() { return QStringLiteral(".patagon/containers"); }

    // Checks a name for --container-name (no ':', '/', spaces, ...).
    static Result validateName(const QString &name);

    // srun [-p P] -w NODE -N1 -n1 --container-image=REF --container-name=NAME true. The task's
    // progress follows the import; a failure is explained (explainContainerFailure). On
    // success the container's manifest records the image and node.
    ContainerTask *create(const CreateRequest &request, QObject *parent = nullptr);

    template<typename T> using Callback = std::function<void(const Expected<T> &)>;
    // `enroot list` on each node of `partition` (all partitions when empty), through
    // srun -w NODE. A node that cannot be asked is a problem in the list, not a failure: one
    // that Slurm reports down, drained, failing or powered off is not asked at all, and one
    // where no step starts within 30 seconds (busy, reserved) is given up.
    // Fails (Unsupported) without asking any node when srun has no Pyxis.
    void list(const QString &partition, QObject *context, Callback<ContainerList> done);
    // enroot remove -f pyxis_NAME on `node` (when empty: every node that has it, after a list).
    // The local manifest goes too.
    void remove(const QString &name, const QString &node, const QString &partition,
                QObject *context, std::function<void(const Result &)> done);

    // Runs `program` in the named container (e.g. the verification step's python3 -c ...).
    // `extra` adds flags (remap-root, writable, mounts); its name and image are ignored.
    ContainerTask *runInContainer(const Packages::InstallTarget &target, const QStringList &program,
                                  const PyxisOptions &extra = {}, QObject *parent = nullptr);

    // Runs the plan's steps one after the other in target.container, streaming output;
    // each step is appended to the container's manifest (saved after each). target.node
    // empty: the node the manifest knows. target.save: --container-save on the last step.
    ContainerTask *install(const Packages::PackagePlan &plan, const Packages::InstallTarget &target,
                           QObject *parent = nullptr);
    // install() of what succeeded in `source` onto `target.container`.
    ContainerTask *replay(const Packages::PackageManifest &source,
                          const Packages::InstallTarget &target, QObject *parent = nullptr);

    // An install the user typed in a container shell (and that succeeded there), added to the
    // container's manifest as if this service had run it, when the user accepts it
    // (typedinstallrecord.cpp). `node`: where the shell ran. manifestChanged() follows.
    Result recordTypedInstall(const QString &container, const QString &node,
                              const Packages::TypedInstall &install);

signals:
    // A manifest changed outside a task (recordTypedInstall).
    void manifestChanged(const Patagon::Packages::PackageManifest &manifest);

private:
    // list() once srun is known to have Pyxis.
    void listOnNodes(const QString &partition, QObject *owner, Callback<ContainerList> done);
    Packages::PackageManifest loadManifest(const QString &container) const;
    // Saves locally (the result) and copies to the cluster when asked (logged, never fatal).
    Result saveManifest(const Packages::PackageManifest &manifest);
    // The probe's partitions when there was a probe, else fetchPartitions().
    void withPartitions(QObject *context,
                        std::function<void(const Expected<QList<ProbePartition>> &)> done);
    // Partitions, nodes and node states from sinfo, now.
    void fetchPartitions(QObject *context,
                         std::function<void(const Expected<QList<ProbePartition>> &)> done);

    struct Private;
    std::unique_ptr<Private> d;
    QPointer<RemoteHost> m_host;
    ClusterProbeResult m_probe;
};

} // namespace Patagon::Container

Q_DECLARE_METATYPE(Patagon::Packages::PackageManifest)
