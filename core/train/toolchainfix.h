// The one-click fixes a toolchain probe offers (ToolchainFinding::Fix), carried out through the
// Containers core: CMake with pip into the run's container, g++ with apt as remapped root, or a
// new container from an NVIDIA PyTorch image (which has everything the trainer needs). The
// Train page shows a button per fix; the task's progress and output are the Containers page's.
#pragma once

#include "core/train/toolchain.h"

#include <QObject>
#include <QStringList>

namespace Patagon::Container {
class ContainerService;
class ContainerTask;
} // namespace Patagon::Container

namespace Patagon::Train {

struct TrainConfig;

// The image a new container is made from: NVIDIA's PyTorch (compiler, CMake, CUDA, Gloo).
QString ngcPyTorchImage();
// A name for that container not among `existing`: "pytorch-ngc", "pytorch-ngc-2", ...
QString newContainerName(const QStringList &existing);

// The fixes worth a button among `findings` (each once, in the order found; GiveTorchPath and
// None are the user's to do).
QList<ToolchainFinding::Fix> offeredFixes(const QList<ToolchainFinding> &findings);
// The button's text, translated: "Install CMake with pip", ...
QString fixLabel(ToolchainFinding::Fix fix);
// What the button does, in a sentence (its tooltip).
QString fixDescription(ToolchainFinding::Fix fix, const TrainConfig &config);

// Starts `fix` for the run `config` describes (its container, node and partition); a new
// container gets the name `newContainer`. Null for a fix that is not one of the three.
Container::ContainerTask *startFix(Container::ContainerService *service, ToolchainFinding::Fix fix,
                                   const TrainConfig &config, const QString &newContainer,
                                   QObject *parent = nullptr);

} // namespace Patagon::Train
