// A checkpoint's metadata, read back through a lookup and checked.
#include "checkpointmeta.h"

#include "json.h"

#include <cmath>
#include <sstream>

namespace {

std::vector<std::string> splitLines(const std::string &text)
{
    std::vector<std::string> lines;
    std::istringstream in(text);
    std::string l;
    while (std::getline(in, l))
        lines.push_back(l);
    return lines;
}

class MetaReader
{
public:
    MetaReader(const std::string &path, const CheckpointLookup &lookup)
        : m_path(path)
        , m_lookup(lookup)
    {}

    [[noreturn]] void refuse(const std::string &why) const
    {
        throw CheckpointError("checkpoint " + m_path + " is not a patagon-train checkpoint (" + why
                              + ")");
    }

    template<typename T> T read(const char *key) const
    {
        CheckpointValue v = m_lookup(key);
        if (!std::holds_alternative<T>(v))
            refuse("'" + std::string(key) + "' is missing");
        return std::get<T>(std::move(v));
    }

    int64_t readInRange(const char *key, int64_t lowest, int64_t highest) const
    {
        const int64_t v = read<int64_t>(key);
        if (v < lowest || v > highest)
            refuse("'" + std::string(key) + "' is " + std::to_string(v) + ", outside "
                   + std::to_string(lowest) + "-" + std::to_string(highest));
        return v;
    }

    int64_t readCount(const char *key) const { return readInRange(key, 0, INT64_MAX); }

    double readSeconds(const char *key) const
    {
        const double v = read<double>(key);
        if (!std::isfinite(v) || v < 0)
            refuse("'" + std::string(key) + "' is " + std::to_string(v) + " seconds");
        return v;
    }

private:
    const std::string &m_path;
    const CheckpointLookup &m_lookup;
};

} // namespace

CheckpointInfo readCheckpointInfo(const std::string &path, const CheckpointLookup &lookup)
{
    const MetaReader r(path, lookup);
    CheckpointInfo info;
    info.format = r.read<int64_t>("format");
    if (info.format != kCheckpointFormat)
        throw CheckpointError("checkpoint " + path + " has format " + std::to_string(info.format)
                              + "; this patagon-train reads " + std::to_string(kCheckpointFormat));
    info.model = r.read<std::string>("model_name");
    info.shape.channels = r.readInRange("in_channels", 1, kMaxCheckpointChannels);
    info.shape.classes = r.readInRange("num_classes", 1, kMaxCheckpointClasses);
    info.shape.height = r.readInRange("image_height", 1, kMaxCheckpointSide);
    info.shape.width = r.readInRange("image_width", 1, kMaxCheckpointSide);
    info.classNames = splitLines(r.read<std::string>("class_names"));
    if (int64_t(info.classNames.size()) != info.shape.classes)
        r.refuse("it names " + std::to_string(info.classNames.size()) + " classes for a model of "
                 + std::to_string(info.shape.classes));
    info.dataKind = r.read<std::string>("data_kind");
    info.trainingConfig = r.read<std::string>("training_config");
    if (!isJsonObject(info.trainingConfig))
        r.refuse("its training options are not a JSON object");
    RunPosition &p = info.position;
    p.epoch = r.readCount("epoch");
    p.stepInEpoch = r.readCount("step_in_epoch");
    p.globalStep = r.readCount("global_step");
    p.trainLossSum = r.read<double>("train_loss_sum"); // NaN when training diverged
    p.trainCorrect = r.readCount("train_correct");
    p.trainSeen = r.readCount("train_seen");
    p.epochTrainSeconds = r.readSeconds("epoch_train_seconds");
    p.totalTrainSeconds = r.readSeconds("total_train_seconds");
    p.totalTrainImages = r.readCount("total_train_images");
    p.elapsedSeconds = r.readSeconds("elapsed_seconds");
    p.bestValAccuracy = r.read<double>("best_val_accuracy");
    if (p.bestValAccuracy != -1 && !(p.bestValAccuracy >= 0 && p.bestValAccuracy <= 1))
        r.refuse("'best_val_accuracy' is " + std::to_string(p.bestValAccuracy));
    p.bestEpoch = r.readCount("best_epoch");
    p.metricsLines = r.readCount("metrics_lines");
    return info;
}
