// One run of the train command, inside the trainer (not an interface of its own): what it
// holds from setup to the end, set up in order (trainingrun.cpp), then trained epoch by epoch
// and ended (trainer.cpp). Its parts keep the names the code uses for them, so each step reads
// as the protocol it follows.
#pragma once

#include "checkpoint.h"
#include "datasets.h"
#include "distributed.h"
#include "json.h"
#include "models.h"
#include "options.h"
#include "progress.h"
#include "rundir.h"
#include "runtime.h"
#include "snapshot.h"

#include <c10/core/DeviceGuard.h>
#include <torch/torch.h>

#include <chrono>
#include <memory>
#include <string>
#include <vector>

namespace Trainer {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point t);
std::string join(const std::string &dir, const std::string &name);
// Starts every record of metrics.jsonl: format version, event name, wall-clock time.
JsonObject event(const char *name);
int64_t parameterCount(ClassifierImpl &model);

// SIGUSR1 (Slurm's --signal before the time limit), SIGTERM (preemption, scancel) and SIGINT
// (Ctrl-C) each finish the step and write last.pt.
void installSignalHandlers();
int stopSignal(); // the last one received, 0 for none
const char *signalName(int signal);

// Rank 0's lock on the run folder, and whether a failure before the start event goes into its
// metrics.jsonl too: only when that file holds no run yet (the folder the app made for a new
// job), never into a run's log, not even the one a resume was refused for.
struct RunFolder
{
    RunLock lock;
    bool mayRecordEarlyFailure = false;
    bool started = false; // the start event is written; later failures are logged by the run
};

struct TrainingRun
{
    TrainingRun(const Options &options, RunFolder &runFolder);
    TrainingRun(const TrainingRun &) = delete;
    TrainingRun &operator=(const TrainingRun &) = delete;

    // Sets up, trains to the last epoch or a stop signal, ends; the process exit code.
    int run();

    // ---- setup, in this order (trainingrun.cpp). Everything that can fail on bad input
    // happens before the run folder is written.
    void chooseHardware();
    void loadData();
    void buildModel();
    void resumeOrStartFresh();
    void joinProcesses(); // the rendezvous of a distributed run
    void openLog();
    void writeStartEvent();

    // ---- training (trainer.cpp)
    bool agreeToStop();
    void averageBuffers(); // batch norm statistics, which differ between processes
    bool trainSteps(); // the rest of the epoch; false when a stop came inside it
    void endEpoch(); // validation, the epoch event, checkpoints
    int endInterrupted();
    int endCompleted();
    const ImageSet &valSet() const { return valIsTest ? data.test : val; }
    double elapsed() const { return pos.elapsedSeconds + secondsSince(wallStart); }

    // ---- checkpoints (trainingrun.cpp)
    void writeCheckpointOf(ClassifierImpl &m, torch::optim::Optimizer &opt, const RunPosition &at,
                           const std::string &path, const char *kind, const char *reason);
    // followingEvents: events written right after this one that a resumed log should keep
    void writeCheckpoint(const std::string &path, const char *kind, const char *reason,
                         int64_t followingEvents = 0);
    void keepBest();
    void writePendingBest(const char *reason);

    Options o;
    RunFolder &folder;
    const Clock::time_point wallStart;
    DistributedConfig dist;
    std::string checkpointDir, lastPath, bestPath, metricsPath;
    torch::Device device {torch::kCPU};
    // This process's GPU is also the current one, for whatever allocates without naming a
    // device (NCCL's communicators, LibTorch internals) when several processes share a node.
    c10::OptionalDeviceGuard deviceGuard;
    int threads = 1;
    int evalBatch = 0;
    RunSettings settings;

    DataSpec spec;
    LoadOptions load;
    Dataset data;
    ImageSet train, val;
    bool valIsTest = false;
    Normalization cpuNorm; // computed on the host, saved in checkpoints
    Normalization norm; // the same on the device
    Augmentation aug;

    int64_t world = 1, rank = 0;
    bool leader = true; // the process that writes the run folder and prints
    int64_t batch = 0, stepsPerEpoch = 0, totalSteps = 0;
    std::string config; // the training options a resumed run must share
    ModelShape shape;
    ClassifierPtr model;
    std::vector<torch::Tensor> params;
    std::unique_ptr<torch::optim::Optimizer> optimizer;

    std::string resumeFrom;
    RunPosition pos;
    std::unique_ptr<Communicator> comm;
    MetricsLog log;
    Progress progress {"none", false};
    CheckpointMeta meta;

    // Checkpoints are serialised here and written to disk on another thread, while training
    // goes on, and at most every --checkpoint-every seconds.
    BackgroundWriter checkpointWriter;
    // The best epoch's state between writes: a copy on the device, written at the next one.
    std::unique_ptr<TrainingSnapshot> best;
    RunPosition bestAt;
    bool bestPending = false;
    Clock::time_point lastWrite;
};

} // namespace Trainer
