// Checkpoints (last.pt, best.pt): model, optimizer and the position of the run, with metadata
// checked before anything is loaded, so a checkpoint of another model is refused by name.
#pragma once

#include "models.h"

#include <torch/serialize/input-archive.h>
#include <torch/types.h>

#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace torch::optim {
class Optimizer;
}

class CheckpointError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

constexpr int64_t kCheckpointFormat = 1;

// Where a run stands; everything a resumed run needs besides the weights and optimizer state.
struct RunPosition
{
    int64_t epoch = 0; // the epoch in progress (0-based); == epochs once training is over
    int64_t stepInEpoch = 0; // steps of that epoch already taken
    int64_t globalStep = 0;
    double trainLossSum = 0; // the epoch in progress, so far
    int64_t trainCorrect = 0;
    int64_t trainSeen = 0;
    double epochTrainSeconds = 0;
    double totalTrainSeconds = 0; // all epochs, for the average images/s
    int64_t totalTrainImages = 0;
    double elapsedSeconds = 0; // wall time of all earlier segments of the run
    double bestValAccuracy = -1;
    int64_t bestEpoch = 0;
    int64_t metricsLines = 0; // lines of metrics.jsonl this checkpoint knows about
};

struct CheckpointMeta
{
    int64_t format = kCheckpointFormat;
    std::string model;
    ModelShape shape;
    std::vector<std::string> classNames;
    std::string dataKind;
    std::string trainingConfig; // JSON, see trainingConfigJson()
    torch::Tensor mean; // float [C]
    torch::Tensor std;
    RunPosition position;
};

// Writes model (and optimizer, if given) atomically: to PATH.tmp.PID, then renamed over path.
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
