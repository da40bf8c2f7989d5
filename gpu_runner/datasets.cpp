// Datasets held entirely as uint8 tensors (IDX, CIFAR-10 binary; image folders: imagefolder.cpp)
// and the batched, on-device normalisation and augmentation applied to them.
#include "datasets.h"

#include "datasets_p.h"

#include "cifarfile.h"
#include "idxfile.h"
#include "imagedecode.h"
#include "rundir.h"

#include <ATen/CPUGeneratorImpl.h>
#include <torch/torch.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <dirent.h>
#include <fstream>
#include <iterator>
#include <memory>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace DatasetDetail {

bool exists(const std::string &path)
{
    struct stat st;
    return ::stat(path.c_str(), &st) == 0;
}

bool isDir(const std::string &path)
{
    struct stat st;
    return ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

std::string join(const std::string &dir, const std::string &name)
{
    return dir.empty() || dir.back() == '/' ? dir + name : dir + "/" + name;
}

// Sorted entries of a folder, without hidden ones; throws DataError naming the folder.
std::vector<std::string> listFolder(const std::string &dir)
{
    DIR *d = ::opendir(dir.c_str());
    if (!d)
        throw DataError("cannot read folder " + dir + ": " + std::strerror(errno));
    std::vector<std::string> names;
    while (const dirent *e = ::readdir(d)) {
        if (e->d_name[0] != '.')
            names.emplace_back(e->d_name);
    }
    ::closedir(d);
    std::sort(names.begin(), names.end());
    return names;
}

} // namespace DatasetDetail

using namespace DatasetDetail;

namespace {

const std::vector<std::string> kFashionClasses
    = {"T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
       "Sandal",      "Shirt",   "Sneaker",  "Bag",   "Ankle boot"};
const std::vector<std::string> kCifarClasses
    = {"airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse", "ship", "truck"};

// Finds the first existing candidate in dir; throws DataError listing what was looked for.
std::string findFile(const std::string &dir, const std::vector<std::string> &names,
                     const std::string &what)
{
    for (const auto &n : names) {
        const std::string p = join(dir, n);
        if (exists(p))
            return p;
    }
    std::string list;
    for (const auto &n : names)
        list += (list.empty() ? "" : " or ") + n;
    throw DataError("no " + what + " in " + dir + ": expected " + list);
}

void checkLabels(const torch::Tensor &labels, int64_t classes, const std::string &path)
{
    const auto bad = (labels >= classes).nonzero();
    if (bad.size(0) > 0) {
        const int64_t i = bad[0][0].item<int64_t>();
        throw DataError(path + ": label " + std::to_string(labels[i].item<int64_t>()) + " of item "
                        + std::to_string(i) + " is out of range 0-" + std::to_string(classes - 1));
    }
}

// An IDX file's bytes as a uint8 tensor of its shape; the tensor owns them: no copy of what
// may be gigabytes.
torch::Tensor readIdxTensor(const std::string &path, int expectedDims)
{
    IdxData idx = readIdx(path, expectedDims);
    auto *owned = new std::vector<uint8_t>(std::move(idx.bytes));
    return torch::from_blob(
        owned->data(), idx.dims, [owned](void *) { delete owned; }, torch::kUInt8);
}

ImageSet loadIdxPair(const std::string &dir, const std::string &prefix, int64_t limit)
{
    const std::string imagesPath
        = findFile(dir,
                   {prefix + "-images-idx3-ubyte", prefix + "-images-idx3-ubyte.gz",
                    prefix + "-images.idx3-ubyte", prefix + "-images.idx3-ubyte.gz"},
                   prefix == "train" ? "training images" : "test images");
    const std::string labelsPath
        = findFile(dir,
                   {prefix + "-labels-idx1-ubyte", prefix + "-labels-idx1-ubyte.gz",
                    prefix + "-labels.idx1-ubyte", prefix + "-labels.idx1-ubyte.gz"},
                   prefix == "train" ? "training labels" : "test labels");
    const torch::Tensor images = readIdxTensor(imagesPath, 3);
    const torch::Tensor labels = readIdxTensor(labelsPath, 1);
    if (images.size(0) != labels.size(0))
        throw DataError(imagesPath + " holds " + std::to_string(images.size(0)) + " images but "
                        + labelsPath + " holds " + std::to_string(labels.size(0)) + " labels");
    ImageSet set;
    const int64_t n = limit > 0 ? std::min(limit, images.size(0)) : images.size(0);
    set.images = images.narrow(0, 0, n).unsqueeze(1).contiguous();
    set.labels = labels.narrow(0, 0, n).to(torch::kLong);
    checkLabels(set.labels, 10, labelsPath);
    return set;
}

Dataset loadIdxDataset(const DataSpec &spec, const LoadOptions &options)
{
    Dataset data;
    data.spec = spec;
    if (options.loadTrain)
        data.train = loadIdxPair(spec.dir, "train", options.limitTrain);
    data.test = loadIdxPair(spec.dir, "t10k", options.limitTest);
    if (spec.kind == "fashion-mnist") {
        data.classNames = kFashionClasses;
    } else {
        for (int i = 0; i < 10; ++i)
            data.classNames.push_back(std::to_string(i));
    }
    const ImageSet &any = options.loadTrain ? data.train : data.test;
    data.channels = 1;
    data.height = any.images.size(2);
    data.width = any.images.size(3);
    if (options.loadTrain
        && (data.test.images.size(2) != data.height || data.test.images.size(3) != data.width))
        throw DataError("the training and test images in " + spec.dir + " differ in size");
    return data;
}

ImageSet readCifarFiles(const std::vector<std::string> &paths, int64_t limit)
{
    std::vector<torch::Tensor> images, labels;
    int64_t count = 0;
    for (const auto &path : paths) {
        if (limit > 0 && count >= limit)
            break;
        std::vector<uint8_t> bytes = readCifarFile(path);
        const int64_t n = cifarRecordCount(bytes, path, limit > 0 ? limit - count : 0);
        const auto records
            = torch::from_blob(bytes.data(), {n, kCifarRecordBytes}, torch::kUInt8).clone();
        labels.push_back(records.select(1, 0).to(torch::kLong));
        images.push_back(records.narrow(1, 1, kCifarRecordBytes - 1).reshape({n, 3, 32, 32}));
        count += n;
    }
    return {torch::cat(images).contiguous(), torch::cat(labels)};
}

Dataset loadCifarDataset(const DataSpec &spec, const LoadOptions &options)
{
    std::string dir = spec.dir;
    if (!exists(join(dir, "test_batch.bin")) && isDir(join(dir, "cifar-10-batches-bin")))
        dir = join(dir, "cifar-10-batches-bin");
    Dataset data;
    data.spec = spec;
    if (options.loadTrain) {
        std::vector<std::string> trainFiles;
        for (int i = 1; exists(join(dir, "data_batch_" + std::to_string(i) + ".bin")); ++i)
            trainFiles.push_back(join(dir, "data_batch_" + std::to_string(i) + ".bin"));
        if (trainFiles.empty())
            throw DataError("no training batches in " + dir + ": expected data_batch_1.bin");
        data.train = readCifarFiles(trainFiles, options.limitTrain);
    }
    const std::string testFile = join(dir, "test_batch.bin");
    if (!exists(testFile))
        throw DataError("no test batch in " + dir + ": expected test_batch.bin");
    data.test = readCifarFiles({testFile}, options.limitTest);
    data.classNames = kCifarClasses;
    // batches.meta.txt names the classes, one a line, when present
    if (std::ifstream meta(join(dir, "batches.meta.txt")); meta) {
        if (std::vector<std::string> names = readCifarClassNames(meta); !names.empty())
            data.classNames = std::move(names);
    }
    data.channels = 3;
    data.height = 32;
    data.width = 32;
    return data;
}

} // namespace

DataSpec parseDataSpec(const std::string &spec)
{
    const auto colon = spec.find(':');
    if (colon == std::string::npos || colon == 0 || colon + 1 == spec.size())
        throw DataError("data specification '" + spec
                        + "' is not KIND:DIR (kinds: fashion-mnist, mnist, cifar10, imagefolder)");
    DataSpec s {spec.substr(0, colon), spec.substr(colon + 1)};
    if (s.kind != "fashion-mnist" && s.kind != "mnist" && s.kind != "cifar10"
        && s.kind != "imagefolder")
        throw DataError("unknown dataset kind '" + s.kind
                        + "' (kinds: fashion-mnist, mnist, cifar10, imagefolder)");
    if (!exists(s.dir))
        throw DataError("data folder " + s.dir + " does not exist");
    if (!isDir(s.dir))
        throw DataError("data folder " + s.dir + " is not a folder");
    return s;
}

Dataset loadDataset(const DataSpec &spec, const LoadOptions &options)
{
    torch::NoGradGuard noGrad;
    Dataset data;
    if (spec.kind == "cifar10")
        data = loadCifarDataset(spec, options);
    else if (spec.kind == "imagefolder")
        data = loadImageFolder(spec, options);
    else
        data = loadIdxDataset(spec, options);
    if (data.test.size() == 0)
        throw DataError("the test split of " + spec.dir + " is empty");
    return data;
}

uint64_t mixSeed(uint64_t seed, uint64_t stream)
{
    // splitmix64 finaliser over the pair
    uint64_t z = seed * 0x9E3779B97F4A7C15ull + stream + 0x632BE59BD9B4E019ull;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return (z ^ (z >> 31)) & 0x7FFFFFFFFFFFFFFFull;
}

std::pair<ImageSet, ImageSet> splitValidation(const ImageSet &set, double fraction, uint64_t seed)
{
    const int64_t n = set.size();
    int64_t held = int64_t(std::llround(fraction * double(n)));
    if (fraction > 0 && held == 0 && n >= 2)
        held = 1;
    if (held <= 0)
        return {set, ImageSet()};
    if (held >= n)
        throw DataError("--val-split leaves no training images (" + std::to_string(n)
                        + " images in all)");
    auto gen = at::detail::createCPUGenerator(mixSeed(seed, 0xDA7A));
    const auto perm = torch::randperm(n, gen, torch::kLong);
    // sorted, so both parts keep the file order (and limited subsets stay comparable)
    const auto valIdx = std::get<0>(perm.narrow(0, 0, held).sort());
    const auto trainIdx = std::get<0>(perm.narrow(0, held, n - held).sort());
    ImageSet train {set.images.index_select(0, trainIdx), set.labels.index_select(0, trainIdx)};
    ImageSet val {set.images.index_select(0, valIdx), set.labels.index_select(0, valIdx)};
    return {train, val};
}

Normalization computeNormalization(const ImageSet &set)
{
    torch::NoGradGuard noGrad;
    // in chunks, so a large uint8 set is never converted to float all at once
    const int64_t c = set.images.size(1);
    auto sum = torch::zeros({c}, torch::kDouble);
    auto sumSq = torch::zeros({c}, torch::kDouble);
    const int64_t chunk = 4096;
    for (int64_t i = 0; i < set.size(); i += chunk) {
        const auto x = set.images.narrow(0, i, std::min(chunk, set.size() - i))
                           .to(torch::kCPU)
                           .to(torch::kDouble)
                           .div_(255.0);
        sum += x.sum({0, 2, 3});
        sumSq += x.pow(2).sum({0, 2, 3});
    }
    const double count = double(set.size()) * set.images.size(2) * set.images.size(3);
    const auto mean = sum / count;
    const auto var = (sumSq / count - mean.pow(2)).clamp_min(1e-12);
    return {mean.to(torch::kFloat), var.sqrt().to(torch::kFloat)};
}

torch::Tensor normalizeBatch(const torch::Tensor &images, const torch::Tensor &mean,
                             const torch::Tensor &std)
{
    const int64_t c = images.size(1);
    return images.to(torch::kFloat)
        .div_(255.0)
        .sub_(mean.view({1, c, 1, 1}))
        .div_(std.view({1, c, 1, 1}));
}

EpochPlan makeEpochPlan(int64_t size, uint64_t seed, int64_t epoch, const Augmentation &aug,
                        const torch::Device &device)
{
    auto gen = at::detail::createCPUGenerator(mixSeed(seed, uint64_t(epoch) + 1));
    EpochPlan plan;
    plan.order = torch::randperm(size, gen, torch::kLong).to(device);
    if (aug.padding > 0)
        plan.offsets
            = torch::randint(0, 2 * aug.padding + 1, {size, 2}, gen, torch::kLong).to(device);
    if (aug.flip)
        plan.flips = (torch::rand({size}, gen, torch::kFloat) < 0.5).to(device);
    return plan;
}

torch::Tensor augmentBatch(const torch::Tensor &batch, const torch::Tensor &offsets,
                           const torch::Tensor &flips, const Augmentation &aug)
{
    torch::Tensor x = batch;
    const int64_t b = x.size(0), c = x.size(1), h = x.size(2), w = x.size(3);
    if (aug.padding > 0) {
        const int64_t p = aug.padding;
        // zero padding after normalisation: the pad has the dataset's mean colour
        const auto padded = torch::constant_pad_nd(x, {p, p, p, p}, 0);
        const auto opts = torch::TensorOptions().dtype(torch::kLong).device(x.device());
        const auto rows
            = (offsets.select(1, 0).view({b, 1, 1, 1}) + torch::arange(h, opts).view({1, 1, h, 1}))
                  .expand({b, c, h, w + 2 * p});
        const auto cols
            = (offsets.select(1, 1).view({b, 1, 1, 1}) + torch::arange(w, opts).view({1, 1, 1, w}))
                  .expand({b, c, h, w});
        x = padded.gather(2, rows).gather(3, cols);
    }
    if (aug.flip)
        x = torch::where(flips.view({b, 1, 1, 1}), x.flip({3}), x);
    return x;
}
