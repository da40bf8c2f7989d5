#include "core/train/toolchainfix.h"

#include "core/container/containerservice.h"
#include "core/packages/packageplan.h"
#include "core/tr.h"
#include "core/train/trainconfig.h"

namespace Patagon::Train {

using Fix = ToolchainFinding::Fix;

QString ngcPyTorchImage()
{
    return QStringLiteral("nvcr.io#nvidia/pytorch:24.05-py3");
}

QString newContainerName(const QStringList &existing)
{
    const QString base = QStringLiteral("pytorch-ngc");
    QString name = base;
    for (int i = 2; existing.contains(name); ++i)
        name = base + u'-' + QString::number(i);
    return name;
}

QList<Fix> offeredFixes(const QList<ToolchainFinding> &findings)
{
    QList<Fix> out;
    for (const ToolchainFinding &f : findings) {
        if ((f.fix == Fix::PipInstallCMake || f.fix == Fix::InstallCompiler
             || f.fix == Fix::NewContainerFromNgc)
            && !out.contains(f.fix))
            out.append(f.fix);
    }
    return out;
}

QString fixLabel(Fix fix)
{
    switch (fix) {
    case Fix::PipInstallCMake:
        return Tr::tr("Install CMake with pip");
    case Fix::InstallCompiler:
        return Tr::tr("Install g++ with apt");
    case Fix::NewContainerFromNgc:
        return Tr::tr("Create a PyTorch container");
    case Fix::None:
    case Fix::GiveTorchPath:
        break;
    }
    return {};
}

QString fixDescription(Fix fix, const TrainConfig &config)
{
    switch (fix) {
    case Fix::PipInstallCMake:
        return Tr::tr("Runs pip install --user cmake in the container %1 (recorded in its "
                      "package list), then press Train again.")
            .arg(config.container);
    case Fix::InstallCompiler:
        return Tr::tr("Runs apt-get install g++ in the container %1 as root "
                      "(--container-remap-root --container-writable), then press Train again.")
            .arg(config.container);
    case Fix::NewContainerFromNgc:
        return Tr::tr("Imports %1 as a new named container on a node of the partition %2 and "
                      "selects it (the import can take a while: the image is large).")
            .arg(ngcPyTorchImage(), config.partition);
    case Fix::None:
    case Fix::GiveTorchPath:
        break;
    }
    return {};
}

Container::ContainerTask *startFix(Container::ContainerService *service, Fix fix,
                                   const TrainConfig &config, const QString &newContainer,
                                   QObject *parent)
{
    if (!service)
        return nullptr;
    if (fix == Fix::NewContainerFromNgc) {
        Container::CreateRequest request;
        request.name = newContainer;
        request.image = ngcPyTorchImage();
        request.partition = config.partition;
        return service->create(request, parent);
    }
    if (fix != Fix::PipInstallCMake && fix != Fix::InstallCompiler)
        return nullptr;
    Packages::PackagePlan plan;
    const Result added = fix == Fix::PipInstallCMake ? plan.addPip({QStringLiteral("cmake>=3.21")})
                                                     : plan.addApt({QStringLiteral("g++")});
    if (!added)
        return nullptr;
    Packages::InstallTarget target;
    target.container = config.container;
    target.partition = config.partition;
    target.node = config.node;
    return service->install(plan, target, parent);
}

} // namespace Patagon::Train
