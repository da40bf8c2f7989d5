// ContainerService's package installs: apt then pip steps in a named container, each recorded
// in the container's manifest however it ends; a manifest replayed onto another container.
#include "core/container/containerservice_p.h"

#include "core/remote/remotehost.h"
#include "core/tr.h"

#include <QDateTime>

#include <memory>

namespace Patagon::Container {

using namespace Detail;

ContainerTask *ContainerService::install(const Packages::PackagePlan &plan,
                                         const Packages::InstallTarget &target, QObject *parent)
{
    auto *task = new ContainerTask(parent ? parent : this);
    if (auto r = validateName(target.container); !r) {
        task->finish(r);
        return task;
    }
    const QList<Packages::PackageStep> steps = plan.steps();
    if (steps.isEmpty()) {
        task->finish(Result::error(ErrorCode::InvalidInput,
                                   Tr::tr("There is nothing to install: the package lists are "
                                          "empty.")));
        return task;
    }
    auto manifest = std::make_shared<Packages::PackageManifest>(loadManifest(target.container));
    Packages::InstallTarget where = target;
    if (where.node.isEmpty())
        where.node = manifest->node;
    QList<QStringList> commands;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const Expected<QStringList> argv
            = Packages::PackagePlan::srunArguments(steps.at(i), where, i == steps.size() - 1);
        if (!argv) {
            task->finish(argv.result());
            return task;
        }
        commands << *argv;
    }
    task->m_node = where.node;
    QPointer<ContainerService> self(this);
    auto runFrom = std::make_shared<std::function<void(int)>>();
    *runFrom = [self, task, steps, commands, where, manifest, runFrom](int index) {
        if (index >= steps.size() || !self) {
            // Resetting *runFrom destroys this very closure and its captures: what is needed
            // afterwards is copied out first.
            ContainerTask *const finishing = task;
            const Result outcome = self ? Result::ok() : noConnection();
            *runFrom = nullptr; // break the cycle
            return finishing->finish(outcome);
        }
        const Packages::PackageStep &step = steps.at(index);
        emit task->stepStarted(index, int(steps.size()), Packages::describeStep(step));
        Packages::ManifestEntry entry;
        entry.kind = step.kind;
        entry.packages = step.packages;
        entry.started = QDateTime::currentDateTimeUtc();
        entry.node = where.node;
        if (index == steps.size() - 1)
            entry.savedTo = where.save;
        const qint64 outputStart = task->outputMark();
        // Recorded however the step ends: cancelled and failed runs belong in the history too.
        const auto record
            = [self, task, manifest, entry, outputStart](int exitStatus, bool wasCancelled) {
                  Packages::ManifestEntry e = entry;
                  e.finished = QDateTime::currentDateTimeUtc();
                  e.exitStatus = exitStatus;
                  e.cancelled = wasCancelled;
                  if (!e.succeeded())
                      e.savedTo.clear();
                  e.outputTail = Packages::PackageManifest::tail(task->outputSince(outputStart));
                  manifest->entries << e;
                  if (self)
                      (void)self->saveManifest(*manifest);
                  emit task->manifestChanged(*manifest);
              };
        task->runStep(
            self->m_host, commands.at(index),
            [task, index, record, runFrom, self](const ProcessResult &result,
                                                 const QByteArray &output) {
                const int status = result.exitSignal.isEmpty() ? result.exitStatus : -1;
                record(status, false);
                if (!result.succeeded()) {
                    *runFrom = nullptr;
                    return task->finish(explainContainerFailure(output, status, QString(),
                                                                self ? self->m_probe.enrootVersion
                                                                     : QVersionNumber()));
                }
                (*runFrom)(index + 1);
            },
            [record, runFrom](int status, bool wasCancelled) {
                record(status, wasCancelled);
                *runFrom = nullptr;
            });
    };
    QMetaObject::invokeMethod(task, [runFrom] { (*runFrom)(0); }, Qt::QueuedConnection);
    return task;
}

ContainerTask *ContainerService::replay(const Packages::PackageManifest &source,
                                        const Packages::InstallTarget &target, QObject *parent)
{
    const Packages::PackagePlan plan = source.replayPlan();
    if (plan.isEmpty()) {
        auto *task = new ContainerTask(parent ? parent : this);
        task->finish(Result::error(ErrorCode::InvalidInput,
                                   Tr::tr("The manifest of \"%1\" records no successful install "
                                          "to replay.")
                                       .arg(source.container)));
        return task;
    }
    return install(plan, target, parent);
}

} // namespace Patagon::Container
