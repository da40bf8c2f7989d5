// Checkpoints (last.pt, best.pt): model, optimizer and the position of the run, with metadata
// checked before anything is loaded, so a checkpoint of another model is refused by name.
#pragma once

#include "checkpointmeta.h"
#include "models.h"

#include <torch/serialize/input-archive.h>
#include <torch/types.h>

#include <memory>
#include <string>
#include <vector>

namespace torch::optim {
class Optimizer;
}

// The metadata and the normalisation the model was trained with.
struct CheckpointMeta : CheckpointInfo
{
    torch::Tensor mean; // float [C]
    torch::Tensor std;
};

// The bytes of a checkpoint of model (and optimizer, if given): a snapshot, copied off the
// device, that later training steps do not change. For writeFileAtomically or BackgroundWriter.
std::string checkpointBytes(const CheckpointMeta &meta, ClassifierImpl &model,
                            torch::optim::Optimizer *optimizer);
// Writes checkpointBytes atomically (writeFileAtomically).
void saveCheckpoint(const std::string &path, const CheckpointMeta &meta, ClassifierImpl &model,
                    torch::optim::Optimizer *optimizer);

// An opened checkpoint: metadata read and validated, weights not yet loaded.
class Checkpoint
{
public:
    // Throws CheckpointError naming the file when it is missing, unreadable or not ours.
    // The tensors are loaded onto device (the optimizer state must live beside the weights).
    explicit Checkpoint(const std::string &path, const torch::Device &device = torch::kCPU);
    const CheckpointMeta &meta() const { return m_meta; }
    const std::string &path() const { return m_path; }
    // Throws CheckpointError when the checkpoint holds another model or shape.
    void checkCompatible(const std::string &model, const ModelShape &shape) const;
    // Throws CheckpointError when data of this shape cannot be fed to the checkpoint's model.
    static void checkCompatibleShape(const std::string &path, const CheckpointMeta &meta,
                                     const ModelShape &shape);
    // Copies the weights into model, checking every tensor's presence and shape first.
    void loadModel(ClassifierImpl &model);
    void loadOptimizer(torch::optim::Optimizer &optimizer);

private:
    std::string m_path;
    CheckpointMeta m_meta;
    std::unique_ptr<torch::serialize::InputArchive> m_archive;
};
