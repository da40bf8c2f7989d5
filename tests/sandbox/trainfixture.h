// The sandbox cluster as the Train tests use it: one logged-in connection (through the host,
// the one way core reaches a cluster), its Slurm client and container service, and named
// containers made fresh from the sandbox's images.
#pragma once

#include "core/container/containerservice.h"
#include "core/slurm/slurmclient.h"
#include "sandboxenv.h"
#include "sshpair.h"

#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

namespace Patagon::Testing {

class TrainFixture
{
public:
    static QString pytorchImage() { return QStringLiteral("nvcr.io#nvidia/pytorch:24.05-py3"); }

    // Logs in as the sandbox's user with a profile named `profileName`; `tmp` holds the test's
    // own files (manifests, the absent ssh config). False, with `why` set, when it failed.
    bool setUp(QObject *owner, const QString &profileName, const QTemporaryDir &tmp, QString *why)
    {
        if (!env.load()) {
            *why = QStringLiteral("the sandbox is not running: scripts/dev sandbox start");
            return false;
        }
        pair = new SshPair(owner);
        Result error;
        if (!pair->connectAndWait(env.profile(profileName, tmp.path()), &error)) {
            *why = error.message();
            return false;
        }
        client = new Slurm::SlurmClient(pair->host(), owner);
        containers = new Container::ContainerService(pair->host(), owner);
        containers->setManifestStore(
            Packages::ManifestStore(tmp.filePath(QStringLiteral("manifests"))));
        return true;
    }

    Expected<CommandOutput> remote(const QStringList &argv) { return pair->runAndWait(argv); }

    void removeContainer(const QString &name)
    {
        if (pair && pair->state() == Connection::State::Connected)
            (void)remote({QStringLiteral("enroot"), QStringLiteral("remove"), QStringLiteral("-f"),
                          QStringLiteral("pyxis_") + name});
    }

    // Removes `name` when it exists, then imports `image` as it on the cpu partition.
    Result recreateContainer(const QString &name, const QString &image = pytorchImage())
    {
        removeContainer(name);
        Container::CreateRequest request;
        request.name = name;
        request.image = image;
        request.partition = QStringLiteral("cpu");
        Container::ContainerTask *task = containers->create(request, containers);
        std::optional<Result> outcome;
        if (task->isFinished())
            outcome = task->result();
        QEventLoop loop;
        QObject::connect(task, &Container::ContainerTask::finished, &loop, [&](const Result &r) {
            outcome = r;
            loop.quit();
        });
        QTimer::singleShot(600000, &loop, &QEventLoop::quit);
        if (!outcome)
            loop.exec();
        return outcome.value_or(Result::error(ErrorCode::Timeout, QStringLiteral("timeout")));
    }

    SandboxEnv env;
    SshPair *pair = nullptr;
    Slurm::SlurmClient *client = nullptr;
    Container::ContainerService *containers = nullptr;
};

} // namespace Patagon::Testing
