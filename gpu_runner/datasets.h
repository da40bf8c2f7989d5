// Datasets held entirely as uint8 tensors (IDX, CIFAR-10 binary, image folders) and the batched,
// on-device normalisation and augmentation applied to them.
#pragma once

#include "dataerror.h"

#include <torch/types.h>

#include <cstdint>
#include <string>
#include <vector>

struct DataSpec
{
    std::string kind; // fashion-mnist | mnist | cifar10 | imagefolder
    std::string dir;
    bool isValid() const { return !kind.empty() && !dir.empty(); }
};

// Throws DataError for an unknown kind or a missing folder.
DataSpec parseDataSpec(const std::string &spec);

struct ImageSet
{
    torch::Tensor images; // uint8 [N, C, H, W]
    torch::Tensor labels; // int64 [N]
    int64_t size() const { return labels.defined() ? labels.size(0) : 0; }
};

struct Dataset
{
    DataSpec spec;
    ImageSet train;
    ImageSet test;
    std::vector<std::string> classNames;
    int64_t channels = 0;
    int64_t height = 0;
    int64_t width = 0;
    // imagefolder: what the decoded-image cache did for each split (off, hit, written,
    // too-large, unwritable); empty for the other kinds
    std::string trainCache;
    std::string testCache;
};

struct LoadOptions
{
    int64_t limitTrain = 0; // 0: all
    int64_t limitTest = 0;
    int imageSize = 64; // imagefolder: side of the square images
    int threads = 1; // imagefolder: decoding threads
    bool loadTrain = true; // eval/predict need only the test split
    std::string cacheDir; // imagefolder: where decoded images are kept; empty: nowhere
};

Dataset loadDataset(const DataSpec &spec, const LoadOptions &options);

// Decodes one image file and brings it to the square side the model expects (predict).
// Returns uint8 [3, size, size]; throws DataError naming the file.
torch::Tensor loadImageFile(const std::string &path, int size);

// A deterministic 64-bit mix of a seed and a stream number (epoch, split), so each epoch's
// randomness depends only on (seed, epoch): what makes resumed runs repeat uninterrupted ones.
uint64_t mixSeed(uint64_t seed, uint64_t stream);

// Holds out round(fraction * N) images, chosen by seed; returns {train, validation}.
std::pair<ImageSet, ImageSet> splitValidation(const ImageSet &set, double fraction, uint64_t seed);

struct Normalization
{
    torch::Tensor mean; // float [C], in the 0..1 scale
    torch::Tensor std;
};

Normalization computeNormalization(const ImageSet &set);

// uint8 [B, C, H, W] on any device -> float, normalised per channel.
torch::Tensor normalizeBatch(const torch::Tensor &images, const torch::Tensor &mean,
                             const torch::Tensor &std);

struct Augmentation
{
    int padding = 0; // random crop: pad by this much, then crop back to the original size
    bool flip = false; // random horizontal flip
    bool isEnabled() const { return padding > 0 || flip; }
};

// One epoch's order and augmentation draws, made on the CPU from (seed, epoch) and moved to the
// device once, so the step loop only slices device tensors.
struct EpochPlan
{
    torch::Tensor order; // int64 [N], a permutation
    torch::Tensor offsets; // int64 [N, 2], crop offsets in [0, 2 * padding]
    torch::Tensor flips; // bool [N]
};

EpochPlan makeEpochPlan(int64_t size, uint64_t seed, int64_t epoch, const Augmentation &aug,
                        const torch::Device &device);

// Random crop with zero padding and horizontal flip of a whole batch, on the batch's device.
// offsets [B, 2] and flips [B] are the batch's slice of the EpochPlan.
torch::Tensor augmentBatch(const torch::Tensor &batch, const torch::Tensor &offsets,
                           const torch::Tensor &flips, const Augmentation &aug);
