// The optimisers of the train command: SGD with Nesterov momentum (one fused kernel a step where
// LibTorch has it) and AdamW, with weight decay on weights only; the learning-rate schedules and
// gradient clipping.
#pragma once

#include <torch/optim.h>

#include <memory>
#include <vector>

struct Options;

// torch::optim::SGD whose step runs at::_fused_sgd_ (LibTorch >= 2.4, CPU and CUDA) over each
// parameter group: one pass over the parameters instead of five small ops per parameter, which
// at small batches is a visible share of a step. The momentum buffers are SGD's own state, so
// checkpoints move freely between this and the plain optimiser.
class FusedSgd : public torch::optim::SGD
{
public:
    FusedSgd(const std::vector<torch::optim::OptimizerParamGroup> &groups,
             torch::optim::SGDOptions defaults);
    torch::Tensor step(LossClosure closure = nullptr) override;
    // Whether this LibTorch has the fused kernel; without it step() is SGD's.
    static bool isAvailable();
};

// torch::optim::AdamW whose step runs at::_fused_adamw_ (LibTorch >= 2.4), with AdamW's own
// state (step count, first and second moments), for the same reasons as FusedSgd.
class FusedAdamW : public torch::optim::AdamW
{
public:
    FusedAdamW(const std::vector<torch::optim::OptimizerParamGroup> &groups,
               torch::optim::AdamWOptions defaults);
    torch::Tensor step(LossClosure closure = nullptr) override;
};

// SGD or AdamW (--optimizer), fused unless --fused-optimizer off, for the parameters.
std::unique_ptr<torch::optim::Optimizer> makeOptimizer(const std::vector<torch::Tensor> &params,
                                                       const Options &options);

// The learning rate of a global step, a pure function of the step: resuming needs no
// scheduler state.
double learningRate(const Options &o, int64_t step, int64_t total, int64_t stepsPerEpoch);
void setLearningRate(torch::optim::Optimizer &optimizer, double lr);
// Clips the global gradient norm without reading it on the host (clip_grad_norm_ returns a
// double, which would synchronise every step).
void clipGradients(const std::vector<torch::Tensor> &params, double maxNorm);
