// What the train, eval and predict commands share: the device, threads, environment facts,
// evaluation and prediction.
#include "runtime.h"

#include "distributed.h"
#include "json.h"
#include "rundir.h"

#include <torch/torch.h>
#include <torch/version.h>

#include <cstdlib>
#include <unistd.h>

torch::Device chooseDevice(const std::string &choice, int localRank)
{
    if (choice == "cuda" || (choice == "auto" && torch::cuda::is_available())) {
        if (!torch::cuda::is_available())
            throw RunError("--device cuda was asked for, but this LibTorch sees no CUDA device");
        const int count = int(torch::cuda::device_count());
        return torch::Device(torch::kCUDA, c10::DeviceIndex(localRank % std::max(1, count)));
    }
    return torch::kCPU;
}

int configureThreads(int requested)
{
    int threads = requested;
    if (threads <= 0) {
        if (const char *s = std::getenv("SLURM_CPUS_PER_TASK")) {
            threads = std::atoi(s);
        }
    }
    if (threads > 0)
        torch::set_num_threads(threads);
    return torch::get_num_threads();
}

std::string environmentJson(const torch::Device &device, int threads)
{
    char host[256] = {};
    ::gethostname(host, sizeof host - 1);
    JsonObject env;
    env.add("hostname", host)
        .add("pid", int64_t(::getpid()))
        .add("libtorch", TORCH_VERSION)
        .add("device", device.str())
        .add("cuda_available", torch::cuda::is_available())
        .add("cuda_devices", int64_t(torch::cuda::device_count()))
        .add("cudnn_available", torch::cuda::cudnn_is_available())
        .add("threads", threads);
    JsonObject slurm;
    for (const char *name : {"SLURM_JOB_ID", "SLURM_ARRAY_TASK_ID", "SLURM_PROCID", "SLURM_NTASKS",
                             "SLURM_CPUS_PER_TASK", "SLURM_JOB_NODELIST", "SLURM_RESTART_COUNT",
                             "CUDA_VISIBLE_DEVICES"}) {
        if (const char *v = std::getenv(name))
            slurm.add(name, v);
    }
    env.addRaw("slurm", slurm.str());
    return env.str();
}

std::string decodeCacheJson(const Dataset &data, const std::string &cacheDir)
{
    JsonObject cache;
    cache.add("dir", cacheDir).add("train", data.trainCache).add("test", data.testCache);
    return cache.str();
}

int resolveEvalBatchSize(int requested, const torch::Device &device)
{
    if (requested > 0)
        return requested;
    // on CPUs, batches whose activations overflow the caches run several times slower
    return device.is_cuda() ? 1000 : 64;
}

void useChannelsLast(ClassifierImpl &model)
{
    torch::NoGradGuard noGrad;
    for (auto &p : model.parameters()) {
        if (p.dim() == 4)
            p.set_data(p.data().contiguous(at::MemoryFormat::ChannelsLast));
    }
}

EvalResult evaluate(ClassifierImpl &model, const ImageSet &set, const Normalization &norm,
                    int batchSize, const RunSettings &settings, Communicator *comm, int64_t classes)
{
    EvalResult result;
    result.images = set.size();
    if (result.images == 0)
        return result;
    // this process's share: [begin, end)
    const int64_t world = comm ? comm->worldSize() : 1;
    const int64_t rank = comm ? comm->rank() : 0;
    const int64_t begin = set.size() * rank / world;
    const int64_t end = set.size() * (rank + 1) / world;
    model.eval();
    {
        c10::InferenceMode inference;
        const auto opts = torch::TensorOptions().device(settings.device);
        auto lossSum = torch::zeros({}, opts.dtype(torch::kDouble));
        auto correct = torch::zeros({}, opts.dtype(torch::kLong));
        // flat [label * classes + prediction] counts, accumulated without a host read
        auto confusion
            = torch::zeros({std::max<int64_t>(1, classes * classes)}, opts.dtype(torch::kLong));
        for (int64_t i = begin; i < end; i += batchSize) {
            const int64_t n = std::min<int64_t>(batchSize, end - i);
            auto x = normalizeBatch(set.images.narrow(0, i, n), norm.mean, norm.std);
            if (settings.channelsLast)
                x = x.contiguous(at::MemoryFormat::ChannelsLast);
            const auto y = set.labels.narrow(0, i, n);
            torch::Tensor logits;
            {
                AutocastGuard autocast(settings.amp, settings.device.type());
                logits = model.forward(x);
            }
            logits = logits.to(torch::kFloat);
            lossSum += torch::nn::functional::cross_entropy(
                           logits, y,
                           torch::nn::functional::CrossEntropyFuncOptions().reduction(torch::kSum))
                           .to(torch::kDouble);
            const auto predicted = logits.argmax(1);
            correct += predicted.eq(y).sum();
            if (classes > 0) {
                const auto cell = y * classes + predicted;
                confusion.index_add_(0, cell, torch::ones_like(cell));
            }
        }
        // one host read for the whole pass
        std::vector<torch::Tensor> stats {torch::stack({lossSum, correct.to(torch::kDouble)})};
        if (classes > 0)
            stats.push_back(confusion);
        if (comm)
            comm->sum(stats);
        if (classes > 0)
            result.confusion = stats[1].cpu().view({classes, classes});
        stats[0] = stats[0].cpu();
        result.loss = stats[0][0].item<double>() / double(result.images);
        result.accuracy = stats[0][1].item<double>() / double(result.images);
    }
    model.train();
    return result;
}

torch::Tensor predictLogits(ClassifierImpl &model, const torch::Tensor &images,
                            const Normalization &norm, const RunSettings &settings)
{
    model.eval();
    c10::InferenceMode inference;
    auto x = normalizeBatch(images.to(settings.device), norm.mean, norm.std);
    if (settings.channelsLast)
        x = x.contiguous(at::MemoryFormat::ChannelsLast);
    AutocastGuard autocast(settings.amp, settings.device.type());
    return model.forward(x).to(torch::kFloat);
}
