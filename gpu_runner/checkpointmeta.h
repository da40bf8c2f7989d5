// A checkpoint's metadata (everything in it but tensors), read back and checked before a model
// is built from it. No LibTorch here (checkpoint.cpp reads the archive), so tests/fuzz can fuzz
// what a damaged or hostile checkpoint may claim.
#pragma once

#include <cstdint>
#include <functional>
#include <stdexcept>
#include <string>
#include <variant>
#include <vector>

class CheckpointError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

constexpr int64_t kCheckpointFormat = 1;

// The images a model takes and the classes it tells apart.
struct ModelShape
{
    int64_t channels = 1;
    int64_t classes = 10;
    int64_t height = 28;
    int64_t width = 28;
};

// What a checkpoint may claim and the trainer can use: more channels, classes or pixels than
// these are refused (a model that large is not one of ours, and building it could take all memory).
constexpr int64_t kMaxCheckpointChannels = 4;
constexpr int64_t kMaxCheckpointClasses = 100000;
constexpr int64_t kMaxCheckpointSide = 65536;

// Where a run stands; everything a resumed run needs besides the weights and optimizer state.
struct RunPosition
{
    int64_t epoch = 0; // the epoch in progress (0-based); == epochs once training is over
    int64_t stepInEpoch = 0; // steps of that epoch already taken
    int64_t globalStep = 0;
    double trainLossSum = 0; // the epoch in progress, so far
    int64_t trainCorrect = 0;
    int64_t trainSeen = 0;
    double epochTrainSeconds = 0;
    double totalTrainSeconds = 0; // all epochs, for the average images/s
    int64_t totalTrainImages = 0;
    double elapsedSeconds = 0; // wall time of all earlier segments of the run
    double bestValAccuracy = -1;
    int64_t bestEpoch = 0;
    int64_t metricsLines = 0; // lines of metrics.jsonl this checkpoint knows about
};

struct CheckpointInfo
{
    int64_t format = kCheckpointFormat;
    std::string model;
    ModelShape shape;
    std::vector<std::string> classNames; // shape.classes of them
    std::string dataKind;
    std::string trainingConfig; // a JSON object, see trainingConfigJson()
    RunPosition position;
};

// One value of a checkpoint under a key: an integer, a floating-point number or a string;
// monostate when the key is missing or holds something else.
using CheckpointValue = std::variant<std::monostate, int64_t, double, std::string>;
using CheckpointLookup = std::function<CheckpointValue(const char *key)>;

// Reads the metadata through lookup. Throws CheckpointError naming path when a key is missing or
// of another type, the format is not ours, or a value is out of range: a shape beyond the
// limits above, a class count other than the number of class names, a negative count, time or
// position, a best accuracy outside [0, 1] (or -1: none yet), training options that are not a
// JSON object.
CheckpointInfo readCheckpointInfo(const std::string &path, const CheckpointLookup &lookup);
