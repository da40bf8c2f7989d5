// The optimisers of the train command.
#include "optimizer.h"

#include "options.h"

#include <torch/torch.h>
#include <torch/version.h>

#include <cmath>
#include <map>

#define PATAGON_HAVE_FUSED_OPTIMIZERS \
    (TORCH_VERSION_MAJOR > 2 || (TORCH_VERSION_MAJOR == 2 && TORCH_VERSION_MINOR >= 4))

namespace {

// The fused kernels walk a parameter and its state as flat arrays of the same layout. State
// read from a checkpoint keeps the layout of the run that saved it (channels_last or not), so
// a tensor of another layout is brought to the parameter's once.
[[maybe_unused]] torch::Tensor &inLayoutOf(torch::Tensor &state, const torch::Tensor &param)
{
    if (state.defined() && state.strides() != param.strides())
        state = torch::empty_like(param).copy_(state);
    return state;
}

// The loss of an optimiser's closure (with gradients on, as torch::optim does), or none.
[[maybe_unused]] torch::Tensor evaluate(const torch::optim::Optimizer::LossClosure &closure)
{
    if (!closure)
        return {};
    torch::AutoGradMode enable(true);
    return closure();
}

} // namespace

FusedSgd::FusedSgd(const std::vector<torch::optim::OptimizerParamGroup> &groups,
                   torch::optim::SGDOptions defaults)
    : torch::optim::SGD(groups, std::move(defaults))
{}

bool FusedSgd::isAvailable()
{
    return PATAGON_HAVE_FUSED_OPTIMIZERS;
}

torch::Tensor FusedSgd::step(LossClosure closure)
{
#if PATAGON_HAVE_FUSED_OPTIMIZERS
    const torch::Tensor loss = evaluate(closure);
    torch::NoGradGuard noGrad;
    for (auto &group : param_groups_) {
        const auto &o = static_cast<const torch::optim::SGDOptions &>(group.options());
        const bool useMomentum = o.momentum() != 0;
        // parameters seen before, and those stepping for the first time (their buffer starts
        // as the gradient)
        std::vector<torch::Tensor> params[2], grads[2], buffers[2];
        for (const auto &p : group.params()) {
            if (!p.grad().defined())
                continue;
            int first = 0;
            if (useMomentum) {
                void *key = p.unsafeGetTensorImpl();
                auto found = state_.find(key);
                if (found == state_.end()) {
                    auto state = std::make_unique<torch::optim::SGDParamState>();
                    state->momentum_buffer(torch::empty_like(p));
                    found = state_.emplace(key, std::move(state)).first;
                    first = 1;
                }
                auto &state = static_cast<torch::optim::SGDParamState &>(*found->second);
                buffers[first].push_back(inLayoutOf(state.momentum_buffer(), p));
            }
            params[first].push_back(p);
            grads[first].push_back(p.grad());
        }
        for (const int first : {0, 1}) {
            if (params[first].empty())
                continue;
            at::_fused_sgd_(params[first], grads[first], buffers[first], o.weight_decay(),
                            o.momentum(), o.lr(), o.dampening(), o.nesterov(), /*maximize*/ false,
                            /*is_first_step*/ first == 1);
        }
    }
    return loss;
#else
    return torch::optim::SGD::step(std::move(closure));
#endif
}

FusedAdamW::FusedAdamW(const std::vector<torch::optim::OptimizerParamGroup> &groups,
                       torch::optim::AdamWOptions defaults)
    : torch::optim::AdamW(groups, std::move(defaults))
{}

torch::Tensor FusedAdamW::step(LossClosure closure)
{
#if PATAGON_HAVE_FUSED_OPTIMIZERS
    const torch::Tensor loss = evaluate(closure);
    torch::NoGradGuard noGrad;
    for (auto &group : param_groups_) {
        const auto &o = static_cast<const torch::optim::AdamWOptions &>(group.options());
        // the kernel reads each parameter's step count from a tensor; parameters of a group
        // normally share it, so one tensor per count serves them all
        struct Batch
        {
            std::vector<torch::Tensor> params, grads, avgs, avgSqs, maxAvgSqs, steps;
        };
        std::map<int64_t, Batch> batches;
        for (const auto &p : group.params()) {
            if (!p.grad().defined())
                continue;
            void *key = p.unsafeGetTensorImpl();
            auto found = state_.find(key);
            if (found == state_.end()) {
                auto state = std::make_unique<torch::optim::AdamWParamState>();
                state->step(0);
                state->exp_avg(torch::zeros_like(p, at::MemoryFormat::Preserve));
                state->exp_avg_sq(torch::zeros_like(p, at::MemoryFormat::Preserve));
                if (o.amsgrad())
                    state->max_exp_avg_sq(torch::zeros_like(p, at::MemoryFormat::Preserve));
                found = state_.emplace(key, std::move(state)).first;
            }
            auto &state = static_cast<torch::optim::AdamWParamState &>(*found->second);
            state.step(state.step() + 1);
            Batch &b = batches[state.step()];
            b.params.push_back(p);
            b.grads.push_back(p.grad());
            b.avgs.push_back(inLayoutOf(state.exp_avg(), p));
            b.avgSqs.push_back(inLayoutOf(state.exp_avg_sq(), p));
            if (o.amsgrad())
                b.maxAvgSqs.push_back(inLayoutOf(state.max_exp_avg_sq(), p));
        }
        for (auto &[step, b] : batches) {
            const auto count = torch::full(
                {}, double(step),
                torch::TensorOptions().dtype(torch::kFloat).device(b.params.front().device()));
            b.steps.assign(b.params.size(), count);
            at::_fused_adamw_(b.params, b.grads, b.avgs, b.avgSqs, b.maxAvgSqs, b.steps, o.lr(),
                              std::get<0>(o.betas()), std::get<1>(o.betas()), o.weight_decay(),
                              o.eps(), o.amsgrad(), /*maximize*/ false);
        }
    }
    return loss;
#else
    return torch::optim::AdamW::step(std::move(closure));
#endif
}

std::unique_ptr<torch::optim::Optimizer> makeOptimizer(const std::vector<torch::Tensor> &params,
                                                       const Options &o)
{
    // weight decay only on weights: decaying biases and norm scales only hurts
    std::vector<torch::Tensor> decay, noDecay;
    for (const auto &p : params)
        (p.dim() > 1 ? decay : noDecay).push_back(p);
    std::vector<torch::optim::OptimizerParamGroup> groups;
    if (o.optimizer == "adamw") {
        auto withDecay = std::make_unique<torch::optim::AdamWOptions>(o.lr);
        withDecay->weight_decay(o.weightDecay);
        auto without = std::make_unique<torch::optim::AdamWOptions>(o.lr);
        without->weight_decay(0);
        groups.emplace_back(decay, std::move(withDecay));
        groups.emplace_back(noDecay, std::move(without));
        if (o.fusedOptimizer == "off")
            return std::make_unique<torch::optim::AdamW>(groups, torch::optim::AdamWOptions(o.lr));
        return std::make_unique<FusedAdamW>(groups, torch::optim::AdamWOptions(o.lr));
    }
    const bool nesterov = o.momentum > 0;
    auto withDecay = std::make_unique<torch::optim::SGDOptions>(o.lr);
    withDecay->momentum(o.momentum).nesterov(nesterov).weight_decay(o.weightDecay);
    auto without = std::make_unique<torch::optim::SGDOptions>(o.lr);
    without->momentum(o.momentum).nesterov(nesterov).weight_decay(0);
    groups.emplace_back(decay, std::move(withDecay));
    groups.emplace_back(noDecay, std::move(without));
    const auto defaults = torch::optim::SGDOptions(o.lr).momentum(o.momentum).nesterov(nesterov);
    if (o.fusedOptimizer == "off")
        return std::make_unique<torch::optim::SGD>(groups, defaults);
    return std::make_unique<FusedSgd>(groups, defaults);
}

// ------------------------------------------------------------------ schedules

double learningRate(const Options &o, int64_t step, int64_t total, int64_t stepsPerEpoch)
{
    const double pi = 3.14159265358979323846;
    const double peak = o.lr;
    if (o.schedule == "onecycle") {
        // as torch.optim.lr_scheduler.OneCycleLR with cosine annealing
        const double initial = peak / 25.0;
        const double final = initial / 1e4;
        const int64_t up = std::max<int64_t>(1, int64_t(std::llround(o.pctStart * double(total))));
        if (step < up) {
            const double t = double(step) / double(up);
            return initial + (peak - initial) * (1 - std::cos(pi * t)) / 2;
        }
        const double t = double(step - up) / double(std::max<int64_t>(1, total - up));
        return final + (peak - final) * (1 + std::cos(pi * std::min(1.0, t))) / 2;
    }
    const int64_t warm = int64_t(std::llround(o.warmupEpochs * double(stepsPerEpoch)));
    if (step < warm)
        return peak * double(step + 1) / double(warm);
    if (o.schedule == "cosine") {
        const double t = double(step - warm) / double(std::max<int64_t>(1, total - warm));
        return peak * (1 + std::cos(pi * std::min(1.0, t))) / 2;
    }
    return peak;
}

void setLearningRate(torch::optim::Optimizer &optimizer, double lr)
{
    for (auto &group : optimizer.param_groups())
        group.options().set_lr(lr);
}

void clipGradients(const std::vector<torch::Tensor> &params, double maxNorm)
{
    std::vector<torch::Tensor> norms;
    for (const auto &p : params) {
        if (p.grad().defined())
            norms.push_back(p.grad().detach().norm(2).to(torch::kFloat));
    }
    if (norms.empty())
        return;
    const auto total = torch::stack(norms).norm(2);
    const auto scale = (maxNorm / (total + 1e-6)).clamp_max(1.0);
    for (const auto &p : params) {
        if (p.grad().defined())
            p.grad().detach().mul_(scale.to(p.grad().dtype()));
    }
}
