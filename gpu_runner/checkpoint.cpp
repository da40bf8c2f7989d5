// Checkpoints (last.pt, best.pt): model, optimizer and the position of the run, with metadata
// checked before anything is loaded, so a checkpoint of another model is refused by name.
#include "checkpoint.h"

#include "rundir.h"

#include <torch/torch.h>

#include <sstream>
#include <utility>

namespace {

std::string joinLines(const std::vector<std::string> &lines)
{
    std::string s;
    for (const auto &l : lines)
        s += l + "\n";
    return s;
}

std::string shapeText(const ModelShape &s)
{
    return std::to_string(s.channels) + " channel(s), " + std::to_string(s.height) + "x"
        + std::to_string(s.width) + " px, " + std::to_string(s.classes) + " classes";
}

std::string sizesText(const torch::Tensor &t)
{
    std::string s = "[";
    for (int64_t i = 0; i < t.dim(); ++i)
        s += (i ? ", " : "") + std::to_string(t.size(i));
    return s + "]";
}

// Module::save nests one archive per sub-module; follow a dotted name down to its tensor.
bool readNested(torch::serialize::InputArchive &root, const std::string &dotted, torch::Tensor &out,
                bool isBuffer)
{
    std::vector<std::string> parts;
    std::istringstream in(dotted);
    std::string p;
    while (std::getline(in, p, '.'))
        parts.push_back(p);
    std::vector<torch::serialize::InputArchive> chain(parts.size());
    torch::serialize::InputArchive *current = &root;
    for (size_t i = 0; i + 1 < parts.size(); ++i) {
        if (!current->try_read(parts[i], chain[i]))
            return false;
        current = &chain[i];
    }
    return current->try_read(parts.back(), out, isBuffer);
}

} // namespace

std::string checkpointBytes(const CheckpointMeta &meta, ClassifierImpl &model,
                            torch::optim::Optimizer *optimizer)
{
    torch::serialize::OutputArchive archive;
    const RunPosition &p = meta.position;
    archive.write("format", c10::IValue(kCheckpointFormat));
    archive.write("producer", c10::IValue(std::string("patagon-train")));
    archive.write("model_name", c10::IValue(meta.model));
    archive.write("in_channels", c10::IValue(meta.shape.channels));
    archive.write("num_classes", c10::IValue(meta.shape.classes));
    archive.write("image_height", c10::IValue(meta.shape.height));
    archive.write("image_width", c10::IValue(meta.shape.width));
    archive.write("class_names", c10::IValue(joinLines(meta.classNames)));
    archive.write("data_kind", c10::IValue(meta.dataKind));
    archive.write("training_config", c10::IValue(meta.trainingConfig));
    archive.write("mean", meta.mean.to(torch::kCPU), true);
    archive.write("std", meta.std.to(torch::kCPU), true);
    archive.write("epoch", c10::IValue(p.epoch));
    archive.write("step_in_epoch", c10::IValue(p.stepInEpoch));
    archive.write("global_step", c10::IValue(p.globalStep));
    archive.write("train_loss_sum", c10::IValue(p.trainLossSum));
    archive.write("train_correct", c10::IValue(p.trainCorrect));
    archive.write("train_seen", c10::IValue(p.trainSeen));
    archive.write("epoch_train_seconds", c10::IValue(p.epochTrainSeconds));
    archive.write("total_train_seconds", c10::IValue(p.totalTrainSeconds));
    archive.write("total_train_images", c10::IValue(p.totalTrainImages));
    archive.write("elapsed_seconds", c10::IValue(p.elapsedSeconds));
    archive.write("best_val_accuracy", c10::IValue(p.bestValAccuracy));
    archive.write("best_epoch", c10::IValue(p.bestEpoch));
    archive.write("metrics_lines", c10::IValue(p.metricsLines));

    torch::serialize::OutputArchive modelArchive;
    model.save(modelArchive);
    archive.write("model", modelArchive);
    if (optimizer) {
        torch::serialize::OutputArchive optimizerArchive;
        optimizer->save(optimizerArchive);
        archive.write("optimizer", optimizerArchive);
    }
    std::ostringstream bytes;
    archive.save_to(bytes);
    return std::move(bytes).str();
}

void saveCheckpoint(const std::string &path, const CheckpointMeta &meta, ClassifierImpl &model,
                    torch::optim::Optimizer *optimizer)
{
    writeFileAtomically(path, checkpointBytes(meta, model, optimizer));
}

Checkpoint::Checkpoint(const std::string &path, const torch::Device &device)
    : m_path(path)
    , m_archive(std::make_unique<torch::serialize::InputArchive>())
{
    if (!pathExists(path))
        throw CheckpointError("checkpoint " + path + " does not exist");
    try {
        m_archive->load_from(path, device);
    } catch (const c10::Error &) {
        throw CheckpointError("checkpoint " + path
                              + " is not a patagon-train checkpoint (not a readable "
                                "LibTorch archive; truncated or another format)");
    }
    const CheckpointLookup lookup = [&](const char *key) -> CheckpointValue {
        c10::IValue v;
        if (!m_archive->try_read(key, v))
            return {};
        if (v.isInt())
            return v.toInt();
        if (v.isDouble())
            return v.toDouble();
        if (v.isString())
            return v.toStringRef();
        return {};
    };
    static_cast<CheckpointInfo &>(m_meta) = readCheckpointInfo(path, lookup);
    if (!m_archive->try_read("mean", m_meta.mean, true)
        || !m_archive->try_read("std", m_meta.std, true))
        throw CheckpointError("checkpoint " + path
                              + " is not a patagon-train checkpoint (no normalisation)");
    // normalizeBatch divides each channel by its std: one value per channel, nothing else
    for (const torch::Tensor *t : {&m_meta.mean, &m_meta.std}) {
        if (t->dim() != 1 || t->size(0) != m_meta.shape.channels || !t->is_floating_point())
            throw CheckpointError("checkpoint " + path
                                  + " is not a patagon-train checkpoint "
                                    "(its normalisation does not fit "
                                  + std::to_string(m_meta.shape.channels) + " channel(s))");
    }
}

void Checkpoint::checkCompatible(const std::string &model, const ModelShape &shape) const
{
    if (m_meta.model != model)
        throw CheckpointError("checkpoint " + m_path + " holds a " + m_meta.model
                              + " model, not the " + model + " asked for");
    checkCompatibleShape(m_path, m_meta, shape);
}

void Checkpoint::checkCompatibleShape(const std::string &path, const CheckpointMeta &meta,
                                      const ModelShape &shape)
{
    if (meta.shape.channels != shape.channels || meta.shape.classes != shape.classes
        || meta.shape.height != shape.height || meta.shape.width != shape.width)
        throw CheckpointError("checkpoint " + path + " was trained on images of "
                              + shapeText(meta.shape) + ", but the data has " + shapeText(shape));
}

void Checkpoint::loadModel(ClassifierImpl &model)
{
    torch::serialize::InputArchive modelArchive;
    if (!m_archive->try_read("model", modelArchive))
        throw CheckpointError("checkpoint " + m_path + " holds no model weights");
    // read and check everything before changing the model, so a bad file leaves it untouched
    std::vector<std::pair<torch::Tensor, torch::Tensor>> pending;
    auto collect = [&](const std::string &name, const torch::Tensor &target, bool isBuffer) {
        torch::Tensor loaded;
        if (!readNested(modelArchive, name, loaded, isBuffer))
            throw CheckpointError("checkpoint " + m_path + " does not fit the " + m_meta.model
                                  + " model: tensor '" + name + "' is missing");
        if (loaded.sizes() != target.sizes())
            throw CheckpointError("checkpoint " + m_path + " does not fit the " + m_meta.model
                                  + " model: tensor '" + name + "' has shape " + sizesText(loaded)
                                  + ", expected " + sizesText(target));
        pending.emplace_back(target, loaded);
    };
    for (const auto &p : model.named_parameters())
        collect(p.key(), p.value(), false);
    for (const auto &b : model.named_buffers())
        collect(b.key(), b.value(), true);
    torch::NoGradGuard noGrad;
    for (auto &[target, loaded] : pending)
        target.copy_(loaded);
}

void Checkpoint::loadOptimizer(torch::optim::Optimizer &optimizer)
{
    torch::serialize::InputArchive optimizerArchive;
    if (!m_archive->try_read("optimizer", optimizerArchive))
        throw CheckpointError("checkpoint " + m_path
                              + " holds no optimizer state (cannot resume from it)");
    try {
        optimizer.load(optimizerArchive);
    } catch (const c10::Error &e) {
        throw CheckpointError("checkpoint " + m_path + " holds optimizer state that does not fit: "
                              + e.what_without_backtrace());
    }
}
