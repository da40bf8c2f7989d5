// The train command: the training loop, schedules, evaluation, signals and the run protocol.
#pragma once

#include "datasets.h"
#include "models.h"

#include <string>

struct Options;
class Communicator;

// The device, chosen once per process: CUDA when present (or asked for), else the CPU. With
// several processes on a node, each takes the GPU of its local rank.
torch::Device chooseDevice(const std::string &choice, int localRank = 0);
// Applies --threads, else SLURM_CPUS_PER_TASK; returns the thread count in use.
int configureThreads(int requested);
// Host, LibTorch, device and Slurm facts for the start event and `info`.
std::string environmentJson(const torch::Device &device, int threads);
// What the image-folder decode cache did: {"dir", "train", "test"} (start event, info --json).
std::string decodeCacheJson(const Dataset &data, const std::string &cacheDir);

struct RunSettings
{
    torch::Device device = torch::kCPU;
    bool amp = false; // bf16 autocast
    bool channelsLast = false;
};

struct EvalResult
{
    double loss = 0; // mean cross entropy (no label smoothing)
    double accuracy = 0; // 0..1
    int64_t images = 0;
    torch::Tensor confusion; // int64 [classes, classes] on the CPU, rows: label, columns:
                             // prediction; only when evaluate() was given the class count
};

// Evaluates under InferenceMode; one host sync at the end. With a communicator each process
// evaluates its share and the sums are exchanged. With classes > 0 it also counts the
// confusion matrix.
EvalResult evaluate(ClassifierImpl &model, const ImageSet &set, const Normalization &norm,
                    int batchSize, const RunSettings &settings, Communicator *comm = nullptr,
                    int64_t classes = 0);
// Logits of a uint8 batch [B, C, H, W] (any device), for predict.
torch::Tensor predictLogits(ClassifierImpl &model, const torch::Tensor &images,
                            const Normalization &norm, const RunSettings &settings);

// --eval-batch-size, or the default for the device.
int resolveEvalBatchSize(int requested, const torch::Device &device);

// Puts the model's 4-D weights in channels_last order (faster convolutions on CUDA).
void useChannelsLast(ClassifierImpl &model);

// Runs `patagon-train train`; returns the process exit code.
int runTrain(const Options &options);
