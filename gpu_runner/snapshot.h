// A copy of a model and its optimizer's state on the training device, kept until a checkpoint is
// written from it: best.pt between checkpoint intervals (--checkpoint-every). On a GPU the copy is
// a device-to-device copy of a few megabytes (microseconds); serialising a checkpoint takes a
// tenth of a second on the host, which is why it is not done every epoch.
#pragma once

#include "models.h"

#include <torch/optim.h>

#include <memory>

struct Options;

class TrainingSnapshot
{
public:
    // A second instance of the model (same architecture, device and memory format) and of the
    // optimizer; copyFrom fills them.
    TrainingSnapshot(const Options &options, const ModelShape &shape, const torch::Device &device,
                     bool channelsLast);
    // Copies the parameters, buffers, optimizer options (learning rate) and optimizer state.
    void copyFrom(ClassifierImpl &model, torch::optim::Optimizer &optimizer);
    ClassifierImpl &model() { return *m_model; }
    torch::optim::Optimizer &optimizer() { return *m_optimizer; }

private:
    ClassifierPtr m_model;
    std::unique_ptr<torch::optim::Optimizer> m_optimizer;
};

// Copies optimizer options and state from one optimizer to another over parameters of the same
// shapes in the same order (deep copies: later steps of the source leave the copy as it was).
// Knows SGD's and AdamW's state; throws RunError for another.
void copyOptimizerState(torch::optim::Optimizer &from, torch::optim::Optimizer &to);
