// What the train, eval and predict commands share: the device and threads, the facts of the
// environment, bf16 autocast, evaluation and prediction.
#pragma once

#include "datasets.h"
#include "models.h"

#include <ATen/autocast_mode.h>

#include <string>

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

// bf16 autocast for the forward pass, as Python's torch.autocast does it.
class AutocastGuard
{
public:
    AutocastGuard(bool enabled, c10::DeviceType device)
        : m_enabled(enabled)
        , m_device(device)
    {
        if (!m_enabled)
            return;
        m_previous = at::autocast::is_autocast_enabled(m_device);
        m_previousType = at::autocast::get_autocast_dtype(m_device);
        at::autocast::set_autocast_enabled(m_device, true);
        at::autocast::set_autocast_dtype(m_device, at::kBFloat16);
        at::autocast::increment_nesting();
    }
    ~AutocastGuard()
    {
        if (!m_enabled)
            return;
        // the cast-weight cache lives for one forward pass, as in torch.autocast
        if (at::autocast::decrement_nesting() == 0)
            at::autocast::clear_cache();
        at::autocast::set_autocast_enabled(m_device, m_previous);
        at::autocast::set_autocast_dtype(m_device, m_previousType);
    }
    AutocastGuard(const AutocastGuard &) = delete;
    AutocastGuard &operator=(const AutocastGuard &) = delete;

private:
    bool m_enabled;
    c10::DeviceType m_device;
    bool m_previous = false;
    at::ScalarType m_previousType = at::kBFloat16;
};
