// A copy of a model and its optimizer's state on the training device (see snapshot.h).
#include "snapshot.h"

#include "optimizer.h"
#include "options.h"
#include "rundir.h"
#include "runtime.h"

#include <torch/torch.h>

TrainingSnapshot::TrainingSnapshot(const Options &options, const ModelShape &shape,
                                   const torch::Device &device, bool channelsLast)
{
    // the model's initialisation draws from the global generator: leave the run's stream as it is
    auto generator = at::detail::getDefaultCPUGenerator();
    const auto state = generator.get_state();
    m_model = makeModel(options.model, shape);
    generator.set_state(state);
    m_model->to(device);
    if (channelsLast)
        useChannelsLast(*m_model);
    m_optimizer = makeOptimizer(m_model->parameters(), options);
}

void TrainingSnapshot::copyFrom(ClassifierImpl &model, torch::optim::Optimizer &optimizer)
{
    torch::NoGradGuard noGrad;
    const auto from = model.parameters();
    const auto to = m_model->parameters();
    for (size_t i = 0; i < from.size(); ++i)
        to[i].copy_(from[i]);
    const auto fromBuffers = model.buffers();
    const auto toBuffers = m_model->buffers();
    for (size_t i = 0; i < fromBuffers.size(); ++i)
        toBuffers[i].copy_(fromBuffers[i]);
    copyOptimizerState(optimizer, *m_optimizer);
}

namespace {

torch::Tensor deepCopy(const torch::Tensor &t)
{
    return t.defined() ? t.clone() : t;
}

} // namespace

void copyOptimizerState(torch::optim::Optimizer &from, torch::optim::Optimizer &to)
{
    auto &fromGroups = from.param_groups();
    auto &toGroups = to.param_groups();
    if (fromGroups.size() != toGroups.size())
        throw RunError("cannot copy an optimizer's state: the parameter groups differ");
    for (size_t g = 0; g < fromGroups.size(); ++g) {
        toGroups[g].set_options(fromGroups[g].options().clone());
        const auto &fromParams = fromGroups[g].params();
        const auto &toParams = toGroups[g].params();
        if (fromParams.size() != toParams.size())
            throw RunError("cannot copy an optimizer's state: the parameters differ");
        for (size_t i = 0; i < fromParams.size(); ++i) {
            void *key = toParams[i].unsafeGetTensorImpl();
            const auto found = from.state().find(fromParams[i].unsafeGetTensorImpl());
            if (found == from.state().end()) {
                to.state().erase(key);
                continue;
            }
            auto copy = found->second->clone(); // shares the tensors: deep-copied below
            if (auto *sgd = dynamic_cast<torch::optim::SGDParamState *>(copy.get())) {
                sgd->momentum_buffer(deepCopy(sgd->momentum_buffer()));
            } else if (auto *adamw = dynamic_cast<torch::optim::AdamWParamState *>(copy.get())) {
                adamw->exp_avg(deepCopy(adamw->exp_avg()));
                adamw->exp_avg_sq(deepCopy(adamw->exp_avg_sq()));
                adamw->max_exp_avg_sq(deepCopy(adamw->max_exp_avg_sq()));
            } else {
                throw RunError("cannot copy the state of this optimizer");
            }
            to.state()[key] = std::move(copy);
        }
    }
}
