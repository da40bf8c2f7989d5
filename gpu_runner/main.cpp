// patagon-train: the standalone LibTorch trainer of Patagon Studio (train, eval, predict, info).
#include "checkpoint.h"
#include "cudainfo.h"
#include "datasets.h"
#include "distributed.h"
#include "imagedecode.h"
#include "json.h"
#include "models.h"
#include "options.h"
#include "rundir.h"
#include "runtime.h"
#include "trainer.h"

#include <torch/torch.h>
#include <torch/version.h>

#include <cmath>
#include <cstdio>
#include <iostream>

namespace {

struct LoadedCheckpoint
{
    ClassifierPtr model;
    CheckpointMeta meta;
    Normalization norm;
};

LoadedCheckpoint loadForInference(const std::string &path, const torch::Device &device)
{
    Checkpoint checkpoint(path, device);
    LoadedCheckpoint loaded;
    loaded.meta = checkpoint.meta();
    loaded.model = makeModel(loaded.meta.model, loaded.meta.shape);
    checkpoint.loadModel(*loaded.model);
    loaded.model->to(device);
    loaded.norm = {loaded.meta.mean.to(device), loaded.meta.std.to(device)};
    return loaded;
}

RunSettings settingsFor(const Options &o, const torch::Device &device)
{
    RunSettings s;
    s.device = device;
    s.amp = o.amp == "bf16";
    s.channelsLast = o.channelsLast == "on";
    return s;
}

// The test split of --data, shaped as the checkpoint expects; refuses data of another shape.
Dataset loadTestData(const Options &o, const CheckpointMeta &meta, int threads)
{
    const DataSpec spec = parseDataSpec(o.data);
    LoadOptions load;
    load.limitTest = o.limitTest;
    load.loadTrain = false;
    load.threads = threads;
    load.imageSize = int(meta.shape.height);
    load.cacheDir = resolveCacheDir(o);
    Dataset data = loadDataset(spec, load);
    const ModelShape shape {data.channels, int64_t(data.classNames.size()), data.height,
                            data.width};
    Checkpoint::checkCompatibleShape(o.checkpoint, meta, shape);
    return data;
}

int runEval(const Options &o)
{
    const torch::Device device = chooseDevice(o.device);
    const int threads = configureThreads(o.threads);
    LoadedCheckpoint ck = loadForInference(o.checkpoint, device);
    const RunSettings settings = settingsFor(o, device);
    const int evalBatch = resolveEvalBatchSize(o.evalBatchSize, device);
    if (settings.channelsLast)
        useChannelsLast(*ck.model);
    Dataset data = loadTestData(o, ck.meta, threads);
    data.test.images = data.test.images.to(device);
    data.test.labels = data.test.labels.to(device);
    const int64_t classes = int64_t(ck.meta.classNames.size());
    const EvalResult r
        = evaluate(*ck.model, data.test, ck.norm, evalBatch, settings, nullptr, classes);
    // per class: the share of its test images predicted right (null for a class without any)
    std::vector<double> perClass(size_t(classes), std::nan(""));
    const auto confusion = r.confusion.accessor<int64_t, 2>();
    for (int64_t c = 0; c < classes; ++c) {
        int64_t total = 0;
        for (int64_t k = 0; k < classes; ++k)
            total += confusion[c][k];
        if (total > 0)
            perClass[size_t(c)] = double(confusion[c][c]) / double(total);
    }
    if (o.json) {
        JsonArray names, accuracies, matrix;
        for (int64_t c = 0; c < classes; ++c) {
            names.add(ck.meta.classNames[size_t(c)]);
            accuracies.addRaw(jsonNumber(perClass[size_t(c)]));
            JsonArray row;
            for (int64_t k = 0; k < classes; ++k)
                row.add(confusion[c][k]);
            matrix.addRaw(row.str());
        }
        JsonObject j;
        j.add("format", 1)
            .add("checkpoint", o.checkpoint)
            .add("model", ck.meta.model)
            .add("data", o.data)
            .add("device", device.str())
            .add("test_images", r.images)
            .add("test_accuracy", r.accuracy)
            .add("test_loss", r.loss)
            .addRaw("classes", names.str())
            .addRaw("per_class_accuracy", accuracies.str())
            .addRaw("confusion_matrix", matrix.str());
        std::cout << j.str() << std::endl;
    } else {
        std::printf("%s on %s: test accuracy %.2f%% (%lld images), test loss %.4f\n",
                    ck.meta.model.c_str(), o.data.c_str(), 100 * r.accuracy, (long long)r.images,
                    r.loss);
        std::printf("per class:\n");
        for (int64_t c = 0; c < classes; ++c) {
            if (std::isnan(perClass[size_t(c)]))
                std::printf("  %3lld %-20s      -  (no test images)\n", (long long)c,
                            ck.meta.classNames[size_t(c)].c_str());
            else
                std::printf("  %3lld %-20s %6.2f%%\n", (long long)c,
                            ck.meta.classNames[size_t(c)].c_str(), 100 * perClass[size_t(c)]);
        }
        std::printf("confusion matrix (rows: true class, columns: predicted class):\n     ");
        for (int64_t k = 0; k < classes; ++k)
            std::printf(" %6lld", (long long)k);
        std::printf("\n");
        for (int64_t c = 0; c < classes; ++c) {
            std::printf("  %3lld", (long long)c);
            for (int64_t k = 0; k < classes; ++k)
                std::printf(" %6lld", (long long)confusion[c][k]);
            std::printf("\n");
        }
    }
    return kExitOk;
}

std::string csvField(const std::string &text)
{
    if (text.find_first_of(",\"\n\r") == std::string::npos)
        return text;
    std::string s = "\"";
    for (const char c : text)
        s += c == '"' ? std::string("\"\"") : std::string(1, c);
    return s + "\"";
}

int runPredict(const Options &o)
{
    const torch::Device device = chooseDevice(o.device);
    const int threads = configureThreads(o.threads);
    LoadedCheckpoint ck = loadForInference(o.checkpoint, device);
    const RunSettings settings = settingsFor(o, device);
    const int evalBatch = resolveEvalBatchSize(o.evalBatchSize, device);
    if (settings.channelsLast)
        useChannelsLast(*ck.model);
    const auto &names = ck.meta.classNames;
    auto className = [&](int64_t c) {
        return c >= 0 && c < int64_t(names.size()) ? names[size_t(c)] : std::to_string(c);
    };
    // top-1 in the first columns (predicted, confidence, class); with --top-k K > 1 the
    // following places as predicted_2, confidence_2, class_2, ...
    const int64_t topK = std::min<int64_t>(o.topK, std::max<int64_t>(1, ck.meta.shape.classes));
    std::string extraHeader;
    for (int64_t k = 2; k <= topK; ++k) {
        const std::string n = std::to_string(k);
        extraHeader += ",predicted_" + n + ",confidence_" + n + ",class_" + n;
    }
    // the columns of places 2..K of row `row` of (probabilities, classes) from topk
    auto extraColumns = [&](const torch::Tensor &p, const torch::Tensor &c, int64_t row) {
        std::string columns;
        for (int64_t k = 1; k < topK; ++k) {
            const int64_t cls = c[row][k].item<int64_t>();
            char field[64];
            std::snprintf(field, sizeof field, ",%lld,%.6f,", (long long)cls,
                          p[row][k].item<double>());
            columns += field + csvField(className(cls));
        }
        return columns;
    };

    std::string csv;
    if (!o.data.empty()) {
        Dataset data = loadTestData(o, ck.meta, threads);
        csv = "index,label,predicted,confidence,class" + extraHeader + "\n";
        for (int64_t i = 0; i < data.test.size(); i += evalBatch) {
            const int64_t n = std::min<int64_t>(evalBatch, data.test.size() - i);
            const auto probs
                = torch::softmax(
                      predictLogits(*ck.model, data.test.images.narrow(0, i, n), ck.norm, settings),
                      1)
                      .cpu();
            const auto [p, c] = probs.topk(topK, 1);
            const auto labels = data.test.labels.narrow(0, i, n).cpu();
            for (int64_t k = 0; k < n; ++k) {
                const int64_t predicted = c[k][0].item<int64_t>();
                char line[64];
                std::snprintf(line, sizeof line, "%lld,%lld,%lld,%.6f,", (long long)(i + k),
                              (long long)labels[k].item<int64_t>(), (long long)predicted,
                              p[k][0].item<double>());
                csv += line + csvField(className(predicted)) + extraColumns(p, c, k) + "\n";
            }
        }
    } else {
        const int64_t channels = ck.meta.shape.channels;
        if (channels != 3 && channels != 1)
            throw DataError("checkpoint " + o.checkpoint + " expects " + std::to_string(channels)
                            + "-channel images; predict reads image files as RGB or grey only");
        csv = "path,predicted,confidence,class" + extraHeader + "\n";
        // decode everything first: one unreadable file fails the command before any output
        std::vector<torch::Tensor> images;
        for (const auto &path : o.inputs) {
            auto rgb = loadImageFile(path, int(ck.meta.shape.height));
            if (channels == 1) // a grey model (MNIST, Fashion-MNIST): ITU-R BT.601 luma
                rgb = (rgb.to(torch::kFloat)
                       * torch::tensor({0.299f, 0.587f, 0.114f}).view({3, 1, 1}))
                          .sum(0, true)
                          .round()
                          .clamp(0, 255)
                          .to(torch::kUInt8);
            images.push_back(rgb);
        }
        for (size_t i = 0; i < images.size(); i += size_t(evalBatch)) {
            const size_t n = std::min(images.size() - i, size_t(evalBatch));
            const auto batch = torch::stack(
                std::vector<torch::Tensor>(images.begin() + long(i), images.begin() + long(i + n)));
            const auto probs
                = torch::softmax(predictLogits(*ck.model, batch, ck.norm, settings), 1).cpu();
            const auto [p, c] = probs.topk(topK, 1);
            for (size_t k = 0; k < n; ++k) {
                const int64_t predicted = c[long(k)][0].item<int64_t>();
                char tail[64];
                std::snprintf(tail, sizeof tail, ",%lld,%.6f,", (long long)predicted,
                              p[long(k)][0].item<double>());
                csv += csvField(o.inputs[i + k]) + tail + csvField(className(predicted))
                    + extraColumns(p, c, int64_t(k)) + "\n";
            }
        }
    }
    if (o.output.empty() || o.output == "-")
        std::cout << csv << std::flush;
    else
        writeFileAtomically(o.output, csv);
    return kExitOk;
}

int runInfo(const Options &o)
{
    const torch::Device device = chooseDevice(o.device);
    const int threads = configureThreads(o.threads);
    JsonObject j;
    j.add("format", 1)
        .add("program", "patagon-train")
        .add("libtorch", TORCH_VERSION)
        .add("image_decoding", imageDecodingAvailable())
        .addRaw("environment", environmentJson(device, threads))
        .addRaw("cuda", cudaInfoJson())
        .addRaw("distributed", distributedJson(distributedFromEnvironment()));
    JsonArray models;
    for (const auto &m : modelNames())
        models.add(m);
    j.addRaw("models", models.str());
    std::string text = "patagon-train (LibTorch " TORCH_VERSION ")\n  device: " + device.str()
        + " (" + cudaInfoText() + ")" + "\n  threads: " + std::to_string(threads)
        + "\n  models: smallcnn, resnet9, resnet18\n  image folders: "
        + (imageDecodingAvailable() ? "yes" : "no (built without libpng/libjpeg)")
        + "\n  data-parallel: "
        + (distributedAvailable() ? "yes (" + backendsText(distributedBackends()) + ")"
                                  : std::string("no (built without Gloo or NCCL)"))
        + "\n";
    if (!o.data.empty()) {
        const DataSpec spec = parseDataSpec(o.data);
        LoadOptions load;
        load.threads = threads;
        load.imageSize = o.imageSize > 0 ? o.imageSize : 64;
        load.cacheDir = resolveCacheDir(o);
        const Dataset data = loadDataset(spec, load);
        JsonArray classes;
        for (const auto &c : data.classNames)
            classes.add(c);
        JsonObject d;
        d.add("kind", spec.kind)
            .add("dir", spec.dir)
            .add("train_images", data.train.size())
            .add("test_images", data.test.size())
            .add("channels", data.channels)
            .add("height", data.height)
            .add("width", data.width)
            .addRaw("classes", classes.str());
        if (spec.kind == "imagefolder")
            d.addRaw("decode_cache", decodeCacheJson(data, load.cacheDir));
        j.addRaw("data", d.str());
        text += "  data: " + spec.kind + " " + spec.dir + ": " + std::to_string(data.train.size())
            + " train, " + std::to_string(data.test.size()) + " test images, "
            + std::to_string(data.channels) + "x" + std::to_string(data.height) + "x"
            + std::to_string(data.width) + ", " + std::to_string(data.classNames.size())
            + " classes\n";
    }
    if (!o.checkpoint.empty()) {
        const Checkpoint ck(o.checkpoint);
        const auto &m = ck.meta();
        JsonObject c;
        c.add("path", o.checkpoint)
            .add("model", m.model)
            .add("channels", m.shape.channels)
            .add("classes", m.shape.classes)
            .add("height", m.shape.height)
            .add("width", m.shape.width)
            .add("data_kind", m.dataKind)
            .add("epoch", m.position.epoch)
            .add("step_in_epoch", m.position.stepInEpoch)
            .add("global_step", m.position.globalStep)
            .add("best_val_accuracy", m.position.bestValAccuracy)
            .addRaw("training_config", m.trainingConfig);
        j.addRaw("checkpoint", c.str());
        text += "  checkpoint: " + o.checkpoint + ": " + m.model + ", " + m.dataKind + ", epoch "
            + std::to_string(m.position.epoch) + " step " + std::to_string(m.position.stepInEpoch)
            + "\n";
    }
    std::cout << (o.json ? j.str() + "\n" : text) << std::flush;
    return kExitOk;
}

} // namespace

int main(int argc, char **argv)
{
    Options options;
    try {
        options = parseOptions(argc, argv);
    } catch (const UsageError &e) {
        std::cerr << "patagon-train: " << e.what() << std::endl;
        return kExitUsage;
    }
    if (options.help) {
        std::cout << helpText(options.command);
        return kExitOk;
    }
    try {
        if (options.command == "train")
            return runTrain(options);
        if (options.command == "eval")
            return runEval(options);
        if (options.command == "predict")
            return runPredict(options);
        return runInfo(options);
    } catch (const DataError &e) {
        std::cerr << "patagon-train: error: " << e.what() << std::endl;
    } catch (const CheckpointError &e) {
        std::cerr << "patagon-train: error: " << e.what() << std::endl;
    } catch (const RunError &e) {
        std::cerr << "patagon-train: error: " << e.what() << std::endl;
    } catch (const c10::Error &e) {
        std::cerr << "patagon-train: LibTorch error: " << e.what_without_backtrace() << std::endl;
    } catch (const std::bad_alloc &) {
        std::cerr << "patagon-train: error: out of memory" << std::endl;
    } catch (const std::exception &e) {
        std::cerr << "patagon-train: error: " << e.what() << std::endl;
    }
    return kExitError;
}
