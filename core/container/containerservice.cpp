// Named containers over the cluster's host: create (import), list, run in, remove; the
// manifests. ContainerTask: containertask.cpp; package installs: containerinstall.cpp.
#include "core/container/containerservice.h"

#include "core/container/containerservice_p.h"

#include "core/container/imagereference.h"
#include "core/container/pyxiscommand.h"
#include "core/remote/collectedrun.h"
#include "core/remote/remotehost.h"
#include "core/tr.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <algorithm>
#include <memory>

Q_LOGGING_CATEGORY(lcContainers, "patagon.core.container.service", QtInfoMsg)

namespace Patagon::Container {

namespace Detail {

Result noConnection()
{
    return Result::error(ErrorCode::Network, Tr::tr("There is no connection to the cluster."));
}

Result cancelled()
{
    return Result::error(ErrorCode::Cancelled, Tr::tr("Cancelled."));
}

bool isNodeName(const QString &node)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
    return re.match(node).hasMatch();
}

// `srun ... ARGS` with --nodelist=NODE right after srun.
QStringList pinned(QStringList argv, const QString &node)
{
    if (!node.isEmpty())
        argv.insert(1, QStringLiteral("--nodelist=") + node);
    return argv;
}

} // namespace Detail

using namespace Detail;

namespace {

// How long a quick look at a node (listing its containers) waits for Slurm to start it: a busy
// node is reported instead of keeping the list waiting in the queue.
constexpr int kQuickStepWaitSeconds = 30;

// The srun argv that runs `program` on the host of one node (no container); with
// immediateSeconds > 0, srun gives up when the step cannot start within that time.
QStringList onNode(const QString &partition, const QString &node, const QString &jobName,
                   const QStringList &program, int immediateSeconds = 0)
{
    QStringList argv {QStringLiteral("srun")};
    if (!partition.isEmpty())
        argv << QStringLiteral("--partition=") + partition;
    if (!node.isEmpty())
        argv << QStringLiteral("--nodelist=") + node;
    if (immediateSeconds > 0)
        argv << QStringLiteral("--immediate=") + QString::number(immediateSeconds);
    argv << QStringLiteral("--nodes=1") << QStringLiteral("--ntasks=1")
         << QStringLiteral("--job-name=") + jobName << program;
    return argv;
}

// srun --immediate gave up waiting: "Unable to allocate resources: Requested nodes are busy"
// (or, from older Slurm, "Immediate execution impossible"); other allocation errors (a bad
// partition, no access) are not a matter of waiting.
bool stepCouldNotStartInTime(const QString &srunError)
{
    return srunError.contains(QLatin1String("Requested nodes are busy"))
        || srunError.contains(QLatin1String("Immediate execution impossible"));
}

} // namespace

// ---- ContainerService

struct ContainerService::Private
{
    Packages::ManifestStore store;
    QString profile;
    QString remoteFolder;
};

ContainerService::ContainerService(RemoteHost *host, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
    , m_host(host)
{
    qRegisterMetaType<Patagon::Container::ImportProgress>();
    qRegisterMetaType<Patagon::Packages::PackageManifest>();
}

ContainerService::~ContainerService() = default;

RemoteHost *ContainerService::host() const
{
    return m_host;
}

void ContainerService::setProbeResult(const ClusterProbeResult &probe)
{
    m_probe = probe;
}

void ContainerService::setRemoteManifestFolder(const QString &folder)
{
    d->remoteFolder = folder;
}

QString ContainerService::remoteManifestFolder() const
{
    return d->remoteFolder;
}

Result ContainerService::saveManifest(const Packages::PackageManifest &manifest)
{
    const Result saved = d->store.save(manifest);
    if (!saved)
        qCWarning(lcContainers) << saved.message();
    if (d->remoteFolder.isEmpty() || !m_host)
        return saved;
    const QString path = d->remoteFolder + u'/' + manifest.container + QStringLiteral(".json");
    RemoteOperation *op = m_host->writeFile(path, manifest.toJsonBytes(), 0644, this);
    connect(op, &RemoteOperation::finished, op, [op, path](const Result &r) {
        op->deleteLater();
        if (!r)
            qCWarning(lcContainers) << "could not copy the manifest to" << path << r.message();
    });
    return saved;
}

void ContainerService::setManifestStore(const Packages::ManifestStore &store)
{
    d->store = store;
}

const Packages::ManifestStore &ContainerService::manifestStore() const
{
    return d->store;
}

QString ContainerService::profileName() const
{
    return m_host ? m_host->name() : QString();
}

Result ContainerService::validateName(const QString &name)
{
    if (name.isEmpty())
        return Result::error(ErrorCode::InvalidInput, Tr::tr("Give the container a name."));
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"));
    if (!re.match(name).hasMatch())
        return Result::error(ErrorCode::InvalidInput,
                             Tr::tr("\"%1\" cannot be a container name. Use up to 64 letters, "
                                    "digits, \"_\", \".\" and \"-\", starting with a letter or "
                                    "digit.")
                                 .arg(name.simplified()));
    return Result::ok();
}

Packages::PackageManifest ContainerService::loadManifest(const QString &container) const
{
    Expected<Packages::PackageManifest> m = d->store.load(profileName(), container);
    Packages::PackageManifest manifest;
    if (m) {
        manifest = *m;
    } else {
        qCWarning(lcContainers) << "unreadable manifest, starting a new one:" << m.errorMessage();
        manifest.container = container;
    }
    manifest.container = container;
    manifest.profile = profileName();
    if (m_host)
        manifest.cluster = m_host->destination();
    if (!manifest.created.isValid())
        manifest.created = QDateTime::currentDateTimeUtc();
    return manifest;
}

void ContainerService::withPartitions(
    QObject *context, std::function<void(const Expected<QList<ProbePartition>> &)> done)
{
    if (!m_probe.partitions.isEmpty())
        return done(m_probe.partitions);
    fetchPartitions(context, std::move(done));
}

void ContainerService::fetchPartitions(
    QObject *context, std::function<void(const Expected<QList<ProbePartition>> &)> done)
{
    runCollected(m_host,
                 {QStringLiteral("sinfo"), QStringLiteral("-h"), QStringLiteral("-N"),
                  QStringLiteral("-o"), QStringLiteral("%N|%P|%t")},
                 context, [done](const Expected<CommandOutput> &out) {
                     if (!out)
                         return done(out.result());
                     if (!out->succeeded())
                         return done(Result::error(
                             ErrorCode::Remote,
                             Tr::tr("sinfo failed: %1")
                                 .arg(QString::fromUtf8(out->standardError).trimmed())));
                     done(ClusterProbeResult::parseSinfoNodes(out->standardOutput));
                 });
}

ContainerTask *ContainerService::create(const CreateRequest &request, QObject *parent)
{
    auto *task = new ContainerTask(parent ? parent : this);
    if (auto r = validateName(request.name); !r) {
        task->finish(r);
        return task;
    }
    if (!request.node.isEmpty() && !isNodeName(request.node)) {
        task->finish(Result::error(ErrorCode::InvalidInput,
                                   Tr::tr("\"%1\" is not a node name.").arg(request.node)));
        return task;
    }
    const ImageReference ref = ImageReference::parse(request.image, m_probe.enrootVersion);
    if (!ref.isValid() || ref.hasErrors()) {
        QStringList problems;
        for (const ImageProblem &p : ref.problems()) {
            if (p.severity == ImageProblem::Severity::Error)
                problems << p.message;
        }
        task->finish(Result::error(
            ErrorCode::InvalidInput,
            problems.isEmpty() ? Tr::tr("\"%1\" is not a valid image reference.").arg(request.image)
                               : Tr::tr("\"%1\" is not a valid image reference: %2")
                                     .arg(request.image, problems.join(u' '))));
        return task;
    }
    const QString image = ref.normalized();
    // What the user should know about the reference (a rewrite for this Enroot, defaults).
    for (const ImageProblem &p : ref.problems())
        task->m_notes << p.message;
    PyxisOptions options;
    options.image = image;
    options.name = request.name;
    options.save = request.save;
    JobResources resources;
    resources.partition = request.partition;
    resources.nodes = 1;
    resources.ntasks = 1;
    resources.jobName = QStringLiteral("patagon-import");
    const Expected<QStringList> argv = Pyxis::srunArguments(options, resources, {});
    if (!argv) {
        task->finish(argv.result());
        return task;
    }
    task->d->parseProgress = true;
    ImportProgress waiting;
    waiting.phase = ImportProgress::Phase::Waiting;
    task->m_progress = waiting;

    QPointer<ContainerService> self(this);
    const QVersionNumber version = m_probe.enrootVersion;
    const auto import = [self, task, argv = *argv, request, image, version](const QString &node) {
        task->m_node = node;
        if (!self)
            return task->finish(noConnection());
        task->runStep(self->m_host, pinned(argv, node),
                      [self, task, request, image, version](const ProcessResult &result,
                                                            const QByteArray &output) {
                          if (result.exitStatus != 0 || !result.exitSignal.isEmpty())
                              return task->finish(explainContainerFailure(
                                  output, result.exitSignal.isEmpty() ? result.exitStatus : -1,
                                  image, version));
                          task->m_reused = !task->d->sawImport;
                          const ImportProgress::Phase last = task->m_reused
                              ? ImportProgress::Phase::Reusing
                              : ImportProgress::Phase::Done;
                          if (task->m_progress.phase != last) {
                              ImportProgress done;
                              done.phase = last;
                              task->setProgress(done);
                          }
                          if (self) {
                              Packages::PackageManifest manifest = self->loadManifest(request.name);
                              if (!task->m_reused || manifest.image.isEmpty())
                                  manifest.image = image;
                              manifest.node = task->m_node;
                              (void)self->saveManifest(manifest);
                          }
                          task->finish(Result::ok());
                      });
    };

    // A named container lives on one node: pin the import to a node that is known up front.
    QString node = request.node;
    if (node.isEmpty()) {
        const ProbePartition *part = request.partition.isEmpty()
            ? m_probe.defaultPartition()
            : m_probe.partition(request.partition);
        if (part && part->nodes.size() == 1)
            node = part->nodes.first();
    }
    if (!node.isEmpty()) {
        QMetaObject::invokeMethod(task, [import, node] { import(node); }, Qt::QueuedConnection);
        return task;
    }
    QMetaObject::invokeMethod(
        task,
        [self, task, request, import] {
            if (!self)
                return task->finish(noConnection());
            const QString script = QStringLiteral("printf '%s\\n' \"$SLURMD_NODENAME\"");
            task->runStep(
                self->m_host,
                onNode(request.partition, {}, QStringLiteral("patagon-node"),
                       {QStringLiteral("sh"), QStringLiteral("-c"), script}),
                [task, import](const ProcessResult &result, const QByteArray &) {
                    const QString node
                        = QString::fromUtf8(task->m_output).trimmed().section(u'\n', -1).trimmed();
                    if (result.exitStatus != 0 || !isNodeName(node))
                        return task->finish(
                            Result::error(ErrorCode::Remote,
                                          Tr::tr("Could not find a compute node for the "
                                                 "container: %1")
                                              .arg(QString::fromUtf8(task->m_output).trimmed())));
                    task->m_outputDropped += task->m_output.size();
                    task->m_output.clear();
                    import(node);
                });
        },
        Qt::QueuedConnection);
    return task;
}

void ContainerService::list(const QString &partition, QObject *context,
                            Callback<ContainerList> done)
{
    QObject *owner = context ? context : this;
    QPointer<ContainerService> self(this);
    // Without Pyxis no node is asked: each srun would be a failed job in the user's list.
    ClusterProbe::askContainerFlags(
        m_host, owner, [self, owner, partition, done](const Expected<QStringList> &flags) {
            if (!flags)
                return done(flags.result());
            if (!self)
                return done(noConnection());
            if (!flags->contains(QLatin1String("container-image")))
                return done(Result::error(
                    ErrorCode::Unsupported,
                    Tr::tr("This cluster has no named containers to list: its srun has no "
                           "--container-image option, so the Pyxis plugin is not installed.")));
            self->listOnNodes(partition, owner, done);
        });
}

void ContainerService::listOnNodes(const QString &partition, QObject *owner,
                                   Callback<ContainerList> done)
{
    QPointer<ContainerService> self(this);
    // node states change: asked afresh, not taken from the probe
    fetchPartitions(
        owner, [self, owner, partition, done](const Expected<QList<ProbePartition>> &parts) {
            if (!parts)
                return done(parts.result());
            if (!self)
                return done(noConnection());
            // Each node once, with a partition that holds it (srun -w needs one); nodes that
            // cannot take a job now are reported, not asked (srun would wait for them).
            QList<std::pair<QString, QString>> nodes; // node, partition
            QMap<QString, QString> unavailable; // node, state
            for (const ProbePartition &p : *parts) {
                if (!partition.isEmpty() && p.name != partition)
                    continue;
                for (const QString &n : p.nodes) {
                    if (p.unavailable.contains(n))
                        unavailable.insert(n, p.unavailable.value(n));
                    else if (std::none_of(nodes.cbegin(), nodes.cend(),
                                          [&n](const auto &e) { return e.first == n; }))
                        nodes.append({n, p.name});
                }
            }
            if (nodes.isEmpty() && unavailable.isEmpty())
                return done(Result::error(
                    ErrorCode::NotFound,
                    partition.isEmpty()
                        ? Tr::tr("Slurm lists no nodes to look for containers on.")
                        : Tr::tr("The partition \"%1\" has no nodes, or does not exist.")
                              .arg(partition)));
            auto list = std::make_shared<ContainerList>();
            auto unreached = [list](const QString &node, const QString &why) {
                list->problems.append({ProbeFinding::Severity::Warning, why});
                list->unreached.insert(node, why);
            };
            for (auto it = unavailable.cbegin(); it != unavailable.cend(); ++it)
                unreached(it.key(),
                          Tr::tr("The containers of the node %1 were not listed: Slurm reports "
                                 "the node as \"%2\", so no job can start there now.")
                              .arg(it.key(), it.value()));
            if (nodes.isEmpty())
                return done(*list);
            auto pending = std::make_shared<int>(int(nodes.size()));
            for (const auto &[node, part] : nodes) {
                list->nodesChecked << node;
                runCollected(
                    self->m_host,
                    onNode(part, node, QStringLiteral("patagon-list"),
                           {QStringLiteral("enroot"), QStringLiteral("list")},
                           kQuickStepWaitSeconds),
                    owner,
                    [list, unreached, pending, node, done](const Expected<CommandOutput> &out) {
                        const QString error
                            = out ? QString::fromUtf8(out->standardError).trimmed() : QString();
                        if (!out)
                            unreached(node,
                                      Tr::tr("The node %1 could not be asked: %2")
                                          .arg(node, out.errorMessage()));
                        else if (!out->succeeded() && stepCouldNotStartInTime(error))
                            unreached(node,
                                      Tr::tr("The containers of the node %1 were not listed: "
                                             "Slurm could not start a step there within %n "
                                             "second(s) (the node is busy or reserved). Refresh "
                                             "later. Slurm said: %2",
                                             nullptr, kQuickStepWaitSeconds)
                                          .arg(node, error));
                        else if (!out->succeeded())
                            unreached(node,
                                      Tr::tr("\"enroot list\" failed on the node %1: %2")
                                          .arg(node, error));
                        else
                            list->containers
                                << ContainerList::parseEnrootList(out->standardOutput, node);
                        if (--*pending > 0)
                            return;
                        std::sort(list->containers.begin(), list->containers.end(),
                                  [](const NamedContainer &a, const NamedContainer &b) {
                                      return a.name == b.name ? a.node < b.node : a.name < b.name;
                                  });
                        done(*list);
                    });
            }
        });
}

void ContainerService::remove(const QString &name, const QString &node, const QString &partition,
                              QObject *context, std::function<void(const Result &)> done)
{
    if (auto r = validateName(name); !r)
        return done(r);
    if (!node.isEmpty() && !isNodeName(node))
        return done(
            Result::error(ErrorCode::InvalidInput, Tr::tr("\"%1\" is not a node name.").arg(node)));
    QObject *owner = context ? context : this;
    QPointer<ContainerService> self(this);
    // unchecked: why some nodes could not be asked; then copies may remain there, and the
    // manifest (which says where the container is) is kept
    const auto removeOn = [self, owner, name](const QList<std::pair<QString, QString>> &where,
                                              const QStringList &unchecked,
                                              std::function<void(const Result &)> done) {
        auto pending = std::make_shared<int>(int(where.size()));
        auto failure = std::make_shared<Result>();
        for (const auto &[n, part] : where) {
            runCollected(
                self ? self->m_host.data() : nullptr,
                onNode(part, n, QStringLiteral("patagon-remove"),
                       {QStringLiteral("enroot"), QStringLiteral("remove"), QStringLiteral("-f"),
                        QStringLiteral("pyxis_") + name}),
                owner,
                [self, pending, failure, name, n, unchecked,
                 done](const Expected<CommandOutput> &out) {
                    if (!out)
                        *failure = out.result();
                    else if (!out->succeeded())
                        *failure = Result::error(
                            ErrorCode::Remote,
                            Tr::tr("Could not remove the container %1 on the node %2: %3")
                                .arg(name, n, QString::fromUtf8(out->standardError).trimmed()));
                    if (--*pending > 0)
                        return;
                    if (failure->isOk() && !unchecked.isEmpty())
                        return done(Result::error(
                            ErrorCode::Remote,
                            Tr::tr("The container %1 was removed from the nodes that could be "
                                   "asked, but copies may remain where it could not: %2 Remove it "
                                   "again when those nodes are back.")
                                .arg(name, unchecked.join(u' '))));
                    if (failure->isOk() && self) {
                        if (auto r = self->d->store.remove(self->profileName(), name); !r)
                            return done(r);
                    }
                    done(*failure);
                });
        }
    };
    list(partition, owner, [self, name, node, removeOn, done](const Expected<ContainerList> &l) {
        if (!l)
            return done(l.result());
        QList<std::pair<QString, QString>> where;
        for (const NamedContainer &c : l->containers) {
            if (c.name == name && (node.isEmpty() || c.node == node))
                where.append({c.node, QString()});
        }
        // the nodes that were not asked matter when looking everywhere, or for the one node
        const QStringList unchecked = node.isEmpty()
            ? l->unreached.values()
            : (l->unreached.contains(node) ? QStringList {l->unreached.value(node)}
                                           : QStringList());
        if (where.isEmpty() && !unchecked.isEmpty())
            return done(Result::error(
                ErrorCode::Remote,
                Tr::tr("The container %1 was not found on the nodes that could be asked; "
                       "it may be where Slurm could not reach: %2")
                    .arg(name, unchecked.join(u' '))));
        if (where.isEmpty())
            return done(Result::error(
                ErrorCode::NotFound,
                node.isEmpty()
                    ? Tr::tr("There is no container named \"%1\" on the nodes that were checked.")
                          .arg(name)
                    : Tr::tr("There is no container named \"%1\" on the node %2.")
                          .arg(name, node)));
        // The partition that holds each node, as the list found it.
        if (self) {
            for (auto &w : where) {
                for (const ProbePartition &p : self->m_probe.partitions) {
                    if (p.nodes.contains(w.first)) {
                        w.second = p.name;
                        break;
                    }
                }
            }
        }
        removeOn(where, unchecked, done);
    });
}

ContainerTask *ContainerService::runInContainer(const Packages::InstallTarget &target,
                                                const QStringList &program,
                                                const PyxisOptions &extra, QObject *parent)
{
    auto *task = new ContainerTask(parent ? parent : this);
    if (auto r = validateName(target.container); !r) {
        task->finish(r);
        return task;
    }
    const Packages::PackageManifest manifest = loadManifest(target.container);
    const QString node = target.node.isEmpty() ? manifest.node : target.node;
    if (!node.isEmpty() && !isNodeName(node)) {
        task->finish(
            Result::error(ErrorCode::InvalidInput, Tr::tr("\"%1\" is not a node name.").arg(node)));
        return task;
    }
    PyxisOptions options = extra;
    options.image.clear();
    options.name = target.container;
    options.save = target.save;
    JobResources resources;
    resources.partition = target.partition;
    resources.nodes = 1;
    resources.ntasks = 1;
    resources.jobName = QStringLiteral("patagon-run");
    const Expected<QStringList> argv = Pyxis::srunArguments(options, resources, program);
    if (!argv) {
        task->finish(argv.result());
        return task;
    }
    task->m_node = node;
    const QVersionNumber version = m_probe.enrootVersion;
    const QPointer<RemoteHost> host = m_host;
    QMetaObject::invokeMethod(
        task,
        [task, host, argv = pinned(*argv, node), version] {
            task->runStep(host, argv,
                          [task, version](const ProcessResult &result, const QByteArray &output) {
                              if (result.succeeded())
                                  return task->finish(Result::ok());
                              task->finish(explainContainerFailure(
                                  output, result.exitSignal.isEmpty() ? result.exitStatus : -1,
                                  QString(), version));
                          });
        },
        Qt::QueuedConnection);
    return task;
}

} // namespace Patagon::Container
