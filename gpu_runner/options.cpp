// Command-line options of patagon-train: one table per command, parsing and --help text.
#include "options.h"

#include "json.h"

#include <cerrno>
#include <cstdlib>
#include <functional>
#include <sstream>

namespace {

using Setter = std::function<void(Options &, const std::string &)>;

struct OptionSpec
{
    const char *name; // without the leading dashes
    const char *metavar; // nullptr: a flag without a value
    const char *commands; // space-separated commands that accept it
    const char *help;
    Setter set;
};

int64_t toInt(const std::string &name, const std::string &text, int64_t min, int64_t max)
{
    errno = 0;
    char *end = nullptr;
    const long long v = std::strtoll(text.c_str(), &end, 10);
    if (text.empty() || *end != '\0' || errno == ERANGE || v < min || v > max) {
        throw UsageError("--" + name + " expects an integer from " + std::to_string(min) + " to "
                         + std::to_string(max) + ", not '" + text + "'");
    }
    return v;
}

double toDouble(const std::string &name, const std::string &text, double min, double max)
{
    errno = 0;
    char *end = nullptr;
    const double v = std::strtod(text.c_str(), &end);
    if (text.empty() || *end != '\0' || errno == ERANGE || !(v >= min && v <= max)) {
        std::ostringstream s;
        s << "--" << name << " expects a number from " << min << " to " << max << ", not '" << text
          << "'";
        throw UsageError(s.str());
    }
    return v;
}

std::string oneOf(const std::string &name, const std::string &text,
                  const std::vector<std::string> &choices)
{
    std::string list;
    for (const auto &c : choices) {
        if (c == text)
            return text;
        list += (list.empty() ? "" : ", ") + c;
    }
    throw UsageError("--" + name + " expects one of " + list + ", not '" + text + "'");
}

const std::vector<OptionSpec> &optionTable()
{
    static const std::vector<OptionSpec> table = {
        {"data", "SPEC", "train eval predict info",
         "dataset: fashion-mnist:DIR, mnist:DIR, cifar10:DIR or imagefolder:DIR",
         [](Options &o, const std::string &v) { o.data = v; }},
        {"model", "NAME", "train", "smallcnn (default), resnet9 or resnet18",
         [](Options &o, const std::string &v) {
             o.model = oneOf("model", v, {"smallcnn", "resnet9", "resnet18"});
         }},
        {"epochs", "N", "train", "number of epochs (default 10)",
         [](Options &o, const std::string &v) { o.epochs = int(toInt("epochs", v, 1, 100000)); }},
        {"batch-size", "N", "train", "images per step and process (default 128)",
         [](Options &o, const std::string &v) {
             o.batchSize = int(toInt("batch-size", v, 1, 1 << 20));
         }},
        {"eval-batch-size", "N", "train eval predict",
         "images per evaluation batch (default 1000 on CUDA, 64 on the CPU)",
         [](Options &o, const std::string &v) {
             o.evalBatchSize = int(toInt("eval-batch-size", v, 1, 1 << 20));
         }},
        {"optimizer", "NAME", "train", "sgd (Nesterov momentum, default) or adamw",
         [](Options &o, const std::string &v) {
             o.optimizer = oneOf("optimizer", v, {"sgd", "adamw"});
         }},
        {"lr", "X", "train", "peak learning rate (default 0.05 for sgd, 0.002 for adamw)",
         [](Options &o, const std::string &v) { o.lr = toDouble("lr", v, 1e-12, 100); }},
        {"momentum", "X", "train", "SGD momentum (default 0.9)",
         [](Options &o, const std::string &v) { o.momentum = toDouble("momentum", v, 0, 0.9999); }},
        {"weight-decay", "X", "train",
         "weight decay on weights, not on biases or norms (default 5e-4 sgd, 0.05 adamw)",
         [](Options &o, const std::string &v) {
             o.weightDecay = toDouble("weight-decay", v, 0, 10);
         }},
        {"label-smoothing", "X", "train", "label smoothing of the training loss (default 0)",
         [](Options &o, const std::string &v) {
             o.labelSmoothing = toDouble("label-smoothing", v, 0, 0.99);
         }},
        {"schedule", "NAME", "train", "onecycle (default), cosine or constant",
         [](Options &o, const std::string &v) {
             o.schedule = oneOf("schedule", v, {"onecycle", "cosine", "constant"});
         }},
        {"warmup-epochs", "X", "train", "linear warm-up for cosine and constant (default 0)",
         [](Options &o, const std::string &v) {
             o.warmupEpochs = toDouble("warmup-epochs", v, 0, 100000);
         }},
        {"pct-start", "X", "train", "fraction of a one-cycle run spent rising (default 0.25)",
         [](Options &o, const std::string &v) { o.pctStart = toDouble("pct-start", v, 0, 0.99); }},
        {"clip-grad", "X", "train", "clip the global gradient norm to X (default 0: off)",
         [](Options &o, const std::string &v) { o.clipGrad = toDouble("clip-grad", v, 0, 1e9); }},
        {"amp", "MODE", "train eval predict", "off (default) or bf16 (autocast)",
         [](Options &o, const std::string &v) { o.amp = oneOf("amp", v, {"off", "bf16"}); }},
        {"channels-last", "MODE", "train eval predict",
         "on (default: the layout cuDNN and oneDNN convolve fastest) or off",
         [](Options &o, const std::string &v) {
             // auto, the former default, is on everywhere now
             o.channelsLast
                 = oneOf("channels-last", v, {"on", "off", "auto"}) == "off" ? "off" : "on";
         }},
        {"fused-optimizer", "MODE", "train",
         "auto (SGD and AdamW step in one fused kernel where LibTorch >= 2.4 has it, default) "
         "or off",
         [](Options &o, const std::string &v) {
             o.fusedOptimizer = oneOf("fused-optimizer", v, {"auto", "off"});
         }},
        {"augment", "MODE", "train",
         "auto (crop+flip for cifar10 and imagefolder, none otherwise), none, flip, crop, "
         "crop+flip",
         [](Options &o, const std::string &v) {
             o.augment = oneOf("augment", v, {"auto", "none", "flip", "crop", "crop+flip"});
         }},
        {"crop-padding", "N", "train", "padding of the random crop (default: image side / 8)",
         [](Options &o, const std::string &v) {
             o.cropPadding = int(toInt("crop-padding", v, 0, 1024));
         }},
        {"limit-train", "N", "train", "use only the first N training images (default: all)",
         [](Options &o, const std::string &v) {
             o.limitTrain = toInt("limit-train", v, 1, INT64_MAX);
         }},
        {"limit-test", "N", "train eval predict", "use only the first N test images",
         [](Options &o, const std::string &v) {
             o.limitTest = toInt("limit-test", v, 1, INT64_MAX);
         }},
        {"val-split", "X", "train",
         "fraction of the training images held out for validation (default 0.1; 0: validate "
         "on the test set)",
         [](Options &o, const std::string &v) { o.valSplit = toDouble("val-split", v, 0, 0.9); }},
        {"image-size", "N", "train info",
         "imagefolder: side of the square images fed to the model (default 64)",
         [](Options &o, const std::string &v) {
             o.imageSize = int(toInt("image-size", v, 8, 4096));
         }},
        {"cache-dir", "DIR", "train eval predict info",
         "imagefolder: keep decoded images (splits up to 4 GiB) in DIR for later runs "
         "(default $XDG_CACHE_HOME/patagon-train or ~/.cache/patagon-train; none: off)",
         [](Options &o, const std::string &v) {
             if (v.empty())
                 throw UsageError("--cache-dir expects a folder or none");
             o.cacheDir = v;
         }},
        {"device", "NAME", "train eval predict info",
         "auto (CUDA when present, default), cpu, cuda",
         [](Options &o, const std::string &v) {
             o.device = oneOf("device", v, {"auto", "cpu", "cuda"});
         }},
        {"dist-backend", "NAME", "train",
         "data-parallel reduction: auto (NCCL on CUDA when built with it and each process has its "
         "own GPU, else Gloo; default), gloo, nccl (with WORLD_SIZE=1: a group of one, to "
         "check it)",
         [](Options &o, const std::string &v) {
             o.distBackend = oneOf("dist-backend", v, {"auto", "gloo", "nccl"});
         }},
        {"threads", "N", "train eval predict info",
         "CPU threads (default: SLURM_CPUS_PER_TASK, else all cores)",
         [](Options &o, const std::string &v) { o.threads = int(toInt("threads", v, 1, 4096)); }},
        {"seed", "N", "train", "seed of initialisation, shuffling and augmentation (default 0)",
         [](Options &o, const std::string &v) {
             o.seed = uint64_t(toInt("seed", v, 0, INT64_MAX));
         }},
        {"out", "RUN_DIR", "train",
         "folder for metrics.jsonl, summary.json and checkpoints/ (required)",
         [](Options &o, const std::string &v) { o.out = v; }},
        {"resume", "auto|PATH", "train",
         "continue from RUN_DIR/checkpoints/last.pt (auto: if it exists) or from PATH",
         [](Options &o, const std::string &v) { o.resume = v; }},
        {"progress", "MODE", "train", "auto (a bar on a terminal, default), bar, lines, none",
         [](Options &o, const std::string &v) {
             o.progress = oneOf("progress", v, {"auto", "bar", "lines", "none"});
         }},
        {"checkpoint-every", "SECONDS", "train",
         "write checkpoints at the end of an epoch when SECONDS have passed since the last "
         "(default 60; 0: every epoch); always after the last epoch and when interrupted",
         [](Options &o, const std::string &v) {
             o.checkpointEvery = toDouble("checkpoint-every", v, 0, 1e7);
         }},
        {"progress-interval", "SECONDS", "train",
         "write a `progress` event to metrics.jsonl at most every SECONDS within an epoch "
         "(default 0: none)",
         [](Options &o, const std::string &v) {
             o.progressInterval = toDouble("progress-interval", v, 0, 86400);
         }},
        {"signal-at-step", "N", "train", "testing aid: send SIGUSR1 to itself after global step N",
         [](Options &o, const std::string &v) {
             o.signalAtStep = toInt("signal-at-step", v, 0, INT64_MAX);
         }},
        {"checkpoint", "FILE", "eval predict info", "a checkpoint written by train",
         [](Options &o, const std::string &v) { o.checkpoint = v; }},
        {"output", "FILE", "predict", "write the predictions (CSV) to FILE (default: stdout)",
         [](Options &o, const std::string &v) { o.output = v; }},
        {"top-k", "K", "predict",
         "list the K most probable classes of each image (default 1; at most the class count)",
         [](Options &o, const std::string &v) { o.topK = int(toInt("top-k", v, 1, 1000)); }},
        {"json", nullptr, "eval info", "print one JSON object instead of text",
         [](Options &o, const std::string &) { o.json = true; }},
    };
    return table;
}

bool accepts(const OptionSpec &spec, const std::string &command)
{
    std::istringstream in(spec.commands);
    std::string c;
    while (in >> c) {
        if (c == command)
            return true;
    }
    return false;
}

const char *summaryOf(const std::string &command)
{
    if (command == "train")
        return "Train a model; writes RUN_DIR/metrics.jsonl, summary.json and checkpoints/.";
    if (command == "eval")
        return "Evaluate a checkpoint on a dataset's test split.";
    if (command == "predict")
        return "Predict classes of a dataset's test split or of image files (CSV output).";
    if (command == "info")
        return "Show the device, LibTorch, and optionally a dataset or checkpoint.";
    return "";
}

const std::vector<std::string> kCommands = {"train", "eval", "predict", "info"};

} // namespace

std::string helpText(const std::string &command)
{
    std::ostringstream s;
    if (command.empty()) {
        s << "usage: patagon-train COMMAND [OPTIONS]\n\n"
             "The standalone LibTorch trainer of Patagon Studio.\n\nCommands:\n";
        for (const auto &c : kCommands)
            s << "  " << c << std::string(10 - c.size(), ' ') << summaryOf(c) << "\n";
        s << "\n'patagon-train COMMAND --help' lists a command's options.\n"
             "Exit codes: 0 success, 1 error, 2 usage error, 3 interrupted by a signal "
             "(resumable).\n";
        return s.str();
    }
    s << "usage: patagon-train " << command << " [OPTIONS]"
      << (command == "predict" ? " [IMAGE...]" : "") << "\n\n"
      << summaryOf(command) << "\n\nOptions:\n";
    for (const auto &spec : optionTable()) {
        if (!accepts(spec, command))
            continue;
        std::string left = std::string("  --") + spec.name;
        if (spec.metavar)
            left += std::string(" ") + spec.metavar;
        if (left.size() < 28)
            left += std::string(28 - left.size(), ' ');
        else
            left += "\n" + std::string(28, ' ');
        s << left << spec.help << "\n";
    }
    s << "  --help                    show this text\n";
    return s.str();
}

Options parseOptions(int argc, char **argv)
{
    Options o;
    if (argc < 2)
        throw UsageError("no command given (try 'patagon-train --help')");
    const std::string first = argv[1];
    if (first == "--help" || first == "-h" || first == "help") {
        o.help = true;
        return o;
    }
    bool known = false;
    for (const auto &c : kCommands)
        known = known || c == first;
    if (!known)
        throw UsageError("unknown command '" + first + "' (try 'patagon-train --help')");
    o.command = first;

    for (int i = 2; i < argc; ++i) {
        std::string arg = argv[i];
        if (arg == "--help" || arg == "-h") {
            o.help = true;
            continue;
        }
        if (arg.rfind("--", 0) != 0) {
            if (o.command == "predict") {
                o.inputs.push_back(arg);
                continue;
            }
            throw UsageError("unexpected argument '" + arg + "' for " + o.command);
        }
        std::string name = arg.substr(2);
        std::string value;
        bool hasValue = false;
        if (const auto eq = name.find('='); eq != std::string::npos) {
            value = name.substr(eq + 1);
            name = name.substr(0, eq);
            hasValue = true;
        }
        const OptionSpec *spec = nullptr;
        for (const auto &s : optionTable()) {
            if (name == s.name && accepts(s, o.command))
                spec = &s;
        }
        if (!spec)
            throw UsageError("unknown option '--" + name + "' for " + o.command + " (try '"
                             + "patagon-train " + o.command + " --help')");
        if (spec->metavar && !hasValue) {
            if (i + 1 >= argc)
                throw UsageError("--" + name + " needs a value (" + spec->metavar + ")");
            value = argv[++i];
        } else if (!spec->metavar && hasValue) {
            throw UsageError("--" + name + " takes no value");
        }
        spec->set(o, value);
    }
    if (o.help)
        return o;

    if (o.command == "train") {
        if (o.data.empty())
            throw UsageError("train needs --data SPEC");
        if (o.out.empty())
            throw UsageError("train needs --out RUN_DIR");
    } else if (o.command == "eval") {
        if (o.data.empty() || o.checkpoint.empty())
            throw UsageError("eval needs --checkpoint FILE and --data SPEC");
    } else if (o.command == "predict") {
        if (o.checkpoint.empty())
            throw UsageError("predict needs --checkpoint FILE");
        if (o.data.empty() == o.inputs.empty())
            throw UsageError("predict needs either --data SPEC or image files, not both");
    }
    if (o.lr < 0)
        o.lr = o.optimizer == "adamw" ? 0.002 : 0.05;
    if (o.weightDecay < 0)
        o.weightDecay = o.optimizer == "adamw" ? 0.05 : 5e-4;
    return o;
}

std::string trainingConfigJson(const Options &o)
{
    JsonObject j;
    j.add("data", o.data)
        .add("limit_train", o.limitTrain)
        .add("val_split", o.valSplit)
        .add("image_size", o.imageSize)
        .add("augment", o.augment)
        .add("crop_padding", o.cropPadding)
        .add("model", o.model)
        .add("epochs", o.epochs)
        .add("batch_size", o.batchSize)
        .add("optimizer", o.optimizer)
        .add("lr", o.lr)
        .add("momentum", o.momentum)
        .add("weight_decay", o.weightDecay)
        .add("label_smoothing", o.labelSmoothing)
        .add("schedule", o.schedule)
        .add("warmup_epochs", o.warmupEpochs)
        .add("pct_start", o.pctStart)
        .add("clip_grad", o.clipGrad)
        .add("amp", o.amp)
        .add("seed", o.seed);
    return j.str();
}

std::string resolveCacheDir(const Options &o)
{
    if (o.cacheDir == "none")
        return {};
    if (!o.cacheDir.empty())
        return o.cacheDir;
    const char *xdg = std::getenv("XDG_CACHE_HOME");
    if (xdg && *xdg == '/')
        return std::string(xdg) + "/patagon-train";
    const char *home = std::getenv("HOME");
    if (home && *home == '/')
        return std::string(home) + "/.cache/patagon-train";
    return {};
}

std::string optionsJson(const Options &o)
{
    JsonObject j;
    j.add("command", o.command)
        .add("data", o.data)
        .add("limit_train", o.limitTrain)
        .add("limit_test", o.limitTest)
        .add("val_split", o.valSplit)
        .add("image_size", o.imageSize)
        .add("augment", o.augment)
        .add("crop_padding", o.cropPadding)
        .add("cache_dir", o.cacheDir)
        .add("model", o.model)
        .add("epochs", o.epochs)
        .add("batch_size", o.batchSize)
        .add("eval_batch_size", o.evalBatchSize)
        .add("optimizer", o.optimizer)
        .add("lr", o.lr)
        .add("momentum", o.momentum)
        .add("weight_decay", o.weightDecay)
        .add("label_smoothing", o.labelSmoothing)
        .add("schedule", o.schedule)
        .add("warmup_epochs", o.warmupEpochs)
        .add("pct_start", o.pctStart)
        .add("clip_grad", o.clipGrad)
        .add("amp", o.amp)
        .add("channels_last", o.channelsLast)
        .add("fused_optimizer", o.fusedOptimizer)
        .add("device", o.device)
        .add("threads", o.threads)
        .add("seed", o.seed)
        .add("out", o.out)
        .add("resume", o.resume)
        .add("progress_interval", o.progressInterval)
        .add("checkpoint_every", o.checkpointEvery)
        .add("dist_backend", o.distBackend);
    return j.str();
}
