// The data path of patagon-train, measured alone (no model): images/s of loading a dataset, of
// the batch iterator the training loop runs (index_select of a shuffled order, normalisation,
// augmentation on the whole batch) and of the image-folder decoder. Prints figures; not a test.
//
//   patagon-train-databench SPEC [--threads N] [--image-size PX] [--epochs N]
//
// SPEC is a --data spec of patagon-train (fashion-mnist:DIR, mnist:DIR, cifar10:DIR,
// imagefolder:DIR). For image folders the load is the decoder (JPEG/PNG, centre crop, resize to
// --image-size), run on 1 thread and then on --threads threads; for IDX/CIFAR the iterator runs at
// batch 128 and 32 on --threads LibTorch threads, without and with crop+flip augmentation.
#include "../datasets.h"

#include <torch/torch.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point t)
{
    return std::chrono::duration<double>(Clock::now() - t).count();
}

int intArg(int argc, char **argv, const char *name, int fallback)
{
    for (int i = 0; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], name) == 0)
            return std::atoi(argv[i + 1]);
    }
    return fallback;
}

// One pass of the training loop's data work over the set; returns images/s.
double iterate(const ImageSet &set, const Normalization &norm, int64_t batch,
               const Augmentation &aug, int epochs)
{
    const int64_t steps = set.size() / batch;
    double checksum = 0;
    const auto start = Clock::now();
    for (int epoch = 0; epoch < epochs; ++epoch) {
        const EpochPlan plan = makeEpochPlan(set.size(), 1, epoch, aug, torch::kCPU);
        for (int64_t s = 0; s < steps; ++s) {
            const int64_t first = s * batch;
            const auto idx = plan.order.narrow(0, first, batch);
            auto x = normalizeBatch(set.images.index_select(0, idx), norm.mean, norm.std);
            const auto y = set.labels.index_select(0, idx);
            if (aug.isEnabled())
                x = augmentBatch(
                    x, aug.padding > 0 ? plan.offsets.narrow(0, first, batch) : torch::Tensor(),
                    aug.flip ? plan.flips.narrow(0, first, batch) : torch::Tensor(), aug);
            // one element of each batch is read, so nothing can be skipped
            checksum += x.data_ptr<float>()[0] + double(y.data_ptr<int64_t>()[0]);
        }
    }
    const double seconds = secondsSince(start);
    if (checksum == 12345.678) // never true; keeps the reads alive
        std::puts("");
    return double(steps * batch * epochs) / seconds;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2 || std::strcmp(argv[1], "--help") == 0) {
        std::fprintf(stderr,
                     "usage: patagon-train-databench SPEC [--threads N] [--image-size PX] "
                     "[--epochs N]\n");
        return 2;
    }
    const int threads = std::max(1, intArg(argc, argv, "--threads", 1));
    const int imageSize = intArg(argc, argv, "--image-size", 224);
    const int epochs = std::max(1, intArg(argc, argv, "--epochs", 2));
    try {
        const DataSpec spec = parseDataSpec(argv[1]);
        torch::set_num_threads(threads);
        LoadOptions load;
        load.imageSize = imageSize;
        if (spec.kind == "imagefolder") {
            for (const int t : {1, threads}) {
                load.threads = t;
                const auto start = Clock::now();
                const Dataset data = loadDataset(spec, load);
                const double seconds = secondsSince(start);
                const int64_t n = data.train.size() + data.test.size();
                std::printf("imagefolder decode+resize to %dx%d: %lld images, %d thread(s): "
                            "%.0f images/s (%.0f per thread)\n",
                            imageSize, imageSize, (long long)n, t, double(n) / seconds,
                            double(n) / seconds / t);
                if (threads == 1)
                    break;
            }
            return 0;
        }
        load.threads = threads;
        const auto start = Clock::now();
        const Dataset data = loadDataset(spec, load);
        const double seconds = secondsSince(start);
        const int64_t n = data.train.size() + data.test.size();
        std::printf("%s load (read%s, parse): %lld images in %.2f s, %.0f images/s\n",
                    spec.kind.c_str(), spec.kind == "cifar10" ? "" : ", gunzip if .gz",
                    (long long)n, seconds, double(n) / seconds);
        const Normalization norm = computeNormalization(data.train);
        Augmentation none;
        Augmentation cropFlip;
        cropFlip.padding = int(std::max<int64_t>(1, data.height / 8));
        cropFlip.flip = true;
        for (const int64_t batch : {128, 32}) {
            for (const Augmentation *aug : {&none, &cropFlip}) {
                const double ips = iterate(data.train, norm, batch, *aug, epochs);
                std::printf("%s batch iterator, %lldx%lldx%lld, batch %lld, %s, %d thread(s): "
                            "%.0f images/s (%.0f per thread)\n",
                            spec.kind.c_str(), (long long)data.channels, (long long)data.height,
                            (long long)data.width, (long long)batch,
                            aug->isEnabled() ? "crop+flip" : "no augmentation", threads, ips,
                            ips / threads);
            }
        }
    } catch (const std::exception &e) {
        std::fprintf(stderr, "patagon-train-databench: %s\n", e.what());
        return 1;
    }
    return 0;
}
