// Command-line options of patagon-train: one table per command, parsing and --help text.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

// Exit codes, documented in README.md; the generated Slurm scripts rely on them.
enum ExitCode : int
{
    kExitOk = 0,
    kExitError = 1, // bad data, bad checkpoint, runtime failure: the message names the cause
    kExitUsage = 2, // unknown command or option, malformed value
    kExitInterrupted = 3, // SIGUSR1/SIGTERM/SIGINT: last.pt written, continue with --resume auto
};

struct Options
{
    std::string command; // train | eval | predict | info
    bool help = false;

    // data
    std::string data; // SPEC: fashion-mnist:DIR, mnist:DIR, cifar10:DIR, imagefolder:DIR
    int64_t limitTrain = 0; // 0: all
    int64_t limitTest = 0;
    double valSplit = 0.1;
    int imageSize = 0; // imagefolder only; 0: 64, or the checkpoint's size for eval/predict
    std::string augment = "auto"; // auto | none | flip | crop | crop+flip
    int cropPadding = -1; // -1: an eighth of the image side
    std::string cacheDir; // imagefolder decode cache; "": the default, "none": off

    // model and optimisation
    std::string model = "smallcnn"; // smallcnn | resnet9 | resnet18
    int epochs = 10;
    int batchSize = 128;
    int evalBatchSize = 0; // 0: 1000 on CUDA, 64 on the CPU (cache-sized batches are faster)
    std::string optimizer = "sgd"; // sgd | adamw
    double lr = -1; // -1: 0.05 for sgd, 0.002 for adamw
    double momentum = 0.9;
    double weightDecay = -1; // -1: 5e-4 for sgd, 0.05 for adamw
    double labelSmoothing = 0.0;
    std::string schedule = "onecycle"; // onecycle | cosine | constant
    double warmupEpochs = 0.0; // cosine and constant; onecycle warms up over --pct-start
    double pctStart = 0.25;
    double clipGrad = 0.0; // 0: off
    std::string amp = "off"; // off | bf16
    std::string channelsLast = "on"; // on | off: weights and inputs in NHWC
    std::string fusedOptimizer = "auto"; // auto (fused steps where LibTorch has them) | off

    // runtime
    std::string device = "auto"; // auto | cpu | cuda
    std::string distBackend = "auto"; // auto | gloo | nccl
    int threads = 0; // 0: SLURM_CPUS_PER_TASK, else LibTorch's default
    uint64_t seed = 0;
    std::string out; // RUN_DIR
    std::string resume; // "" | auto | PATH
    std::string progress = "auto"; // auto (bar on a terminal) | bar | lines | none
    int64_t signalAtStep = -1; // testing aid: raise SIGUSR1 after this global step
    double checkpointEvery = 60; // seconds between last.pt writes at epoch ends; 0: every epoch
    double progressInterval = 0; // seconds between `progress` events in metrics.jsonl; 0: none

    // eval / predict / info
    std::string checkpoint;
    std::string output; // predict: CSV file ("" or "-": stdout)
    int topK = 1; // predict: classes listed for each image
    bool json = false;
    std::vector<std::string> inputs; // predict: image files
};

class UsageError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// Parses argv (argv[0] is the program). Throws UsageError with a one-line message.
Options parseOptions(int argc, char **argv);
// The --help text of a command ("" for the general help).
std::string helpText(const std::string &command);
// The options that change what training computes, as JSON: compared on --resume so that a
// run is never continued with a different schedule, and written into the start event.
std::string trainingConfigJson(const Options &options);
// The folder of the image-folder decode cache: --cache-dir, else $XDG_CACHE_HOME/patagon-train,
// else ~/.cache/patagon-train; empty for --cache-dir none or when there is no home.
std::string resolveCacheDir(const Options &options);
// Every option as JSON (the start event's "config").
std::string optionsJson(const Options &options);
