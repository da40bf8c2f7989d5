// The train command: the training loop, checkpoints, signals and the run protocol.
#include "trainer.h"

#include "checkpoint.h"
#include "distributed.h"
#include "json.h"
#include "optimizer.h"
#include "options.h"
#include "progress.h"
#include "rundir.h"
#include "runtime.h"
#include "snapshot.h"

#include <ATen/Context.h>
#include <c10/core/DeviceGuard.h>
#include <torch/torch.h>

#include <chrono>
#include <cmath>
#include <csignal>
#include <cstdio>

namespace {

// ------------------------------------------------------------------ signals

volatile std::sig_atomic_t s_stopSignal = 0;

extern "C" void onStopSignal(int signal)
{
    s_stopSignal = signal;
}

void installSignalHandlers()
{
    struct sigaction action = {};
    action.sa_handler = onStopSignal;
    sigemptyset(&action.sa_mask);
    // SIGUSR1: Slurm's --signal before the time limit; SIGTERM: preemption, scancel;
    // SIGINT: Ctrl-C. All three finish the step and write last.pt.
    for (const int s : {SIGUSR1, SIGTERM, SIGINT})
        sigaction(s, &action, nullptr);
}

const char *signalName(int signal)
{
    switch (signal) {
    case SIGUSR1:
        return "SIGUSR1";
    case SIGTERM:
        return "SIGTERM";
    case SIGINT:
        return "SIGINT";
    default:
        return "signal";
    }
}

// ------------------------------------------------------------------ small helpers

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point t)
{
    return std::chrono::duration<double>(Clock::now() - t).count();
}

double unixTime()
{
    return std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

std::string join(const std::string &dir, const std::string &name)
{
    return dir.empty() || dir.back() == '/' ? dir + name : dir + "/" + name;
}

// Starts every record of metrics.jsonl: format version, event name, wall-clock time.
JsonObject event(const char *name)
{
    JsonObject j;
    j.add("format", 1).add("event", name).add("time", unixTime());
    return j;
}

int64_t parameterCount(ClassifierImpl &model)
{
    int64_t n = 0;
    for (const auto &p : model.parameters())
        n += p.numel();
    return n;
}

std::string resolveAugment(const Options &o, const DataSpec &spec)
{
    if (o.augment != "auto")
        return o.augment;
    return spec.kind == "cifar10" || spec.kind == "imagefolder" ? "crop+flip" : "none";
}

} // namespace

// ------------------------------------------------------------------ the train command

namespace {

// Rank 0's lock on the run folder, and whether a failure before the start event goes into its
// metrics.jsonl too: only when that file holds no run yet (the folder the app made for a new
// job), never into a run's log, not even the one a resume was refused for.
struct RunFolder
{
    RunLock lock;
    bool mayRecordEarlyFailure = false;
    bool started = false; // the start event is written; later failures are logged by the run
};

// Whether metrics.jsonl records a run (a start event). One holding only the error of a start
// that failed does not: a new run may begin there.
bool holdsRun(const std::string &metricsPath)
{
    return pathExists(metricsPath)
        && readFile(metricsPath).find("\"event\":\"start\"") != std::string::npos;
}

int trainInFolder(const Options &given, RunFolder &folder)
{
    Options o = given;
    const auto wallStart = Clock::now();

    // Installed first: a signal while the data loads stops the run at its first step, with a
    // resumable checkpoint, instead of killing it.
    installSignalHandlers();

    // Everything that can fail on bad input happens before the run folder is touched.
    const DistributedConfig dist = distributedFromEnvironment();
    const std::string checkpointDir = join(o.out, "checkpoints");
    const std::string lastPath = join(checkpointDir, "last.pt");
    const std::string metricsPath = join(o.out, "metrics.jsonl");
    // A folder that exists (a run to resume, or the one the app made for the job's log) is
    // locked before anything in it is read: a second trainer started on it stops here.
    if (dist.rank == 0 && isDirectory(o.out)) {
        folder.lock = RunLock(o.out);
        folder.mayRecordEarlyFailure = !holdsRun(metricsPath);
    }
    const torch::Device device = chooseDevice(o.device, dist.localRank);
    // This process's GPU is also the current one, for whatever allocates without naming a device
    // (NCCL's communicators, LibTorch internals) when several processes share a node's GPUs.
    c10::OptionalDeviceGuard deviceGuard;
    if (device.is_cuda())
        deviceGuard.reset_device(device);
    const int threads = configureThreads(o.threads);
    const int evalBatch = resolveEvalBatchSize(o.evalBatchSize, device);
    RunSettings settings;
    settings.device = device;
    settings.amp = o.amp == "bf16";
    settings.channelsLast = o.channelsLast == "on";
    if (device.is_cuda())
        at::globalContext().setBenchmarkCuDNN(true); // fixed shapes: let cuDNN pick the fastest

    const DataSpec spec = parseDataSpec(o.data);
    if (spec.kind == "imagefolder" && o.imageSize <= 0)
        o.imageSize = 64;
    if (spec.kind != "imagefolder")
        o.imageSize = 0;
    o.augment = resolveAugment(o, spec);
    LoadOptions load;
    load.limitTrain = o.limitTrain;
    load.limitTest = o.limitTest;
    load.imageSize = o.imageSize;
    load.threads = threads;
    load.cacheDir = resolveCacheDir(o);
    Dataset data = loadDataset(spec, load);
    auto [train, val] = splitValidation(data.train, o.valSplit, o.seed);
    const bool valIsTest = val.size() == 0;
    const Normalization cpuNorm = computeNormalization(train);

    Augmentation aug;
    aug.flip = o.augment.find("flip") != std::string::npos;
    if (o.augment.find("crop") != std::string::npos)
        aug.padding
            = o.cropPadding >= 0 ? o.cropPadding : int(std::max<int64_t>(1, data.height / 8));
    o.cropPadding = aug.padding;

    const int64_t world = dist.worldSize;
    const int64_t rank = dist.rank;
    const bool leader = rank == 0; // the process that writes the run folder and prints
    const int64_t batch
        = std::max<int64_t>(1, std::min<int64_t>(o.batchSize, train.size() / world));
    // the last partial batch is dropped: tiny batches make batch norm statistics noisy
    const int64_t stepsPerEpoch = train.size() / (batch * world);
    if (stepsPerEpoch == 0)
        throw DataError("too few training images (" + std::to_string(train.size()) + ") for "
                        + std::to_string(world) + " processes");
    const int64_t totalSteps = stepsPerEpoch * o.epochs;
    const std::string config = trainingConfigJson(o);

    const ModelShape shape {data.channels, int64_t(data.classNames.size()), data.height,
                            data.width};
    torch::manual_seed(o.seed);
    ClassifierPtr model = makeModel(o.model, shape);
    model->to(device);
    if (settings.channelsLast)
        useChannelsLast(*model);
    const std::vector<torch::Tensor> params = model->parameters();
    auto optimizer = makeOptimizer(params, o);

    const std::string bestPath = join(checkpointDir, "best.pt");

    std::string resumeFrom;
    if (o.resume == "auto")
        resumeFrom = pathExists(lastPath) ? lastPath : "";
    else
        resumeFrom = o.resume;
    RunPosition pos;
    if (!resumeFrom.empty()) {
        Checkpoint checkpoint(resumeFrom, device);
        checkpoint.checkCompatible(o.model, shape);
        if (checkpoint.meta().trainingConfig != config)
            throw CheckpointError("checkpoint " + resumeFrom
                                  + " was written by a run with other training options; resuming "
                                    "would not repeat its schedule. It has "
                                  + checkpoint.meta().trainingConfig + ", this run has " + config);
        checkpoint.loadModel(*model);
        checkpoint.loadOptimizer(*optimizer);
        pos = checkpoint.meta().position;
    }
    const auto refuseExistingRun = [&] {
        if (resumeFrom.empty() && holdsRun(metricsPath))
            throw RunError(o.out
                           + " already holds a run (metrics.jsonl); continue it with --resume "
                             "auto or choose another --out");
    };
    refuseExistingRun();
    if (leader && !folder.lock.isHeld()) {
        // made now, so locked now, before anything is written; checked again under the lock, as
        // another trainer may have made and used it since the check above
        makeDirectories(o.out);
        folder.lock = RunLock(o.out);
        refuseExistingRun();
        folder.mayRecordEarlyFailure = true;
    }

    // Rendezvous only now: every process has checked its input, and none has written yet.
    std::unique_ptr<Communicator> comm;
    // WORLD_SIZE=1 with a backend named: a group of one, which checks that backend end to end
    if (dist.isDistributed() || (dist.source == "env" && o.distBackend != "auto")) {
        comm = std::make_unique<Communicator>(dist, device, o.distBackend);
        // identical starting weights everywhere (the seed makes them so; this makes sure)
        std::vector<torch::Tensor> state;
        for (const auto &p : model->parameters())
            state.push_back(p.data());
        for (const auto &b : model->buffers())
            state.push_back(b.data());
        torch::NoGradGuard noGrad;
        comm->broadcast(state);
    }
    // batch norm statistics differ between processes; averaged before they are used or saved
    auto averageBuffers = [&] {
        if (!comm)
            return;
        std::vector<torch::Tensor> buffers;
        for (const auto &b : model->buffers()) {
            if (b.is_floating_point())
                buffers.push_back(b.data());
        }
        torch::NoGradGuard noGrad;
        comm->sum(buffers);
        for (auto &b : buffers)
            b.div_(double(world));
    };
    auto agreeToStop = [&] {
        const bool stop = s_stopSignal != 0;
        return comm ? comm->anyStop(stop) : stop;
    };

    MetricsLog log = leader ? MetricsLog(metricsPath) : MetricsLog();
    if (leader) {
        makeDirectories(checkpointDir);
        if (!resumeFrom.empty())
            log.loadExisting(size_t(pos.metricsLines));
    }

    // the data moves to the device once; batches are index_select on it
    train.images = train.images.to(device);
    train.labels = train.labels.to(device);
    val.images = val.images.defined() ? val.images.to(device) : val.images;
    val.labels = val.labels.defined() ? val.labels.to(device) : val.labels;
    data.test.images = data.test.images.to(device);
    data.test.labels = data.test.labels.to(device);
    const Normalization norm {cpuNorm.mean.to(device), cpuNorm.std.to(device)};
    const ImageSet &valSet = valIsTest ? data.test : val;

    JsonArray classes;
    for (const auto &c : data.classNames)
        classes.add(c);
    JsonObject dataJson;
    dataJson.add("kind", spec.kind)
        .add("dir", spec.dir)
        .add("train_images", train.size())
        .add("val_images", valSet.size())
        .add("test_images", data.test.size())
        .add("val_source", valIsTest ? "test" : "split")
        .add("channels", data.channels)
        .add("height", data.height)
        .add("width", data.width)
        .addRaw("classes", classes.str());
    if (spec.kind == "imagefolder")
        dataJson.addRaw("decode_cache", decodeCacheJson(data, load.cacheDir));
    JsonObject resolved;
    resolved.add("augment", o.augment)
        .add("crop_padding", aug.padding)
        .add("batch_size", batch)
        .add("steps_per_epoch", stepsPerEpoch)
        .add("total_steps", totalSteps)
        .add("lr", o.lr)
        .add("weight_decay", o.weightDecay)
        .add("amp", settings.amp)
        .add("channels_last", settings.channelsLast)
        .add("fused_optimizer", o.fusedOptimizer != "off" && FusedSgd::isAvailable())
        .add("parameters", parameterCount(*model))
        .add("global_batch_size", batch * world)
        .add("eval_batch_size", evalBatch)
        .addRaw("distributed", distributedJson(dist))
        .add("backend", comm ? comm->backendName() : "none");
    JsonObject start = event("start");
    start.addRaw("config", optionsJson(o))
        .addRaw("resolved", resolved.str())
        .addRaw("data", dataJson.str())
        .addRaw("environment", environmentJson(device, threads));
    if (resumeFrom.empty()) {
        start.add("resumed", false);
    } else {
        JsonObject r;
        r.add("checkpoint", resumeFrom)
            .add("epoch", pos.epoch)
            .add("step_in_epoch", pos.stepInEpoch)
            .add("global_step", pos.globalStep);
        start.addRaw("resumed", r.str());
    }
    log.append(start.str());
    folder.started = true;

    Progress progress(o.progress, leader);
    progress.message("patagon-train: " + o.model + " on " + spec.kind + " ("
                     + std::to_string(train.size()) + " train, " + std::to_string(valSet.size())
                     + (valIsTest ? " val=test, " : " val, ") + std::to_string(data.test.size())
                     + " test images), device " + device.str() + ", " + std::to_string(threads)
                     + " threads" + (comm ? ", " + std::to_string(world) + " processes" : "")
                     + (resumeFrom.empty() ? ""
                                           : ", resumed at epoch " + std::to_string(pos.epoch + 1)
                                + " step " + std::to_string(pos.stepInEpoch)));

    CheckpointMeta meta;
    meta.model = o.model;
    meta.shape = shape;
    meta.classNames = data.classNames;
    meta.dataKind = spec.kind;
    meta.trainingConfig = config;
    meta.mean = cpuNorm.mean;
    meta.std = cpuNorm.std;

    auto elapsed = [&] { return pos.elapsedSeconds + secondsSince(wallStart); };
    // Checkpoints are serialised here and written to disk on another thread, while training
    // goes on, and at most every --checkpoint-every seconds (at 0.6 s per ResNet-9 epoch on an
    // H200, writing both files every epoch left the GPU idle a quarter of the time). The
    // "checkpoint" event may precede the file on disk by a write: after a crash the old file is
    // there, and resuming from it cuts the log back to its lines.
    BackgroundWriter checkpointWriter;
    auto writeCheckpointOf
        = [&](ClassifierImpl &m, torch::optim::Optimizer &opt, const RunPosition &at,
              const std::string &path, const char *kind, const char *reason) {
              CheckpointMeta cm = meta;
              cm.position = at;
              checkpointWriter.write(path, checkpointBytes(cm, m, &opt));
              JsonObject e = event("checkpoint");
              e.add("kind", kind)
                  .add("reason", reason)
                  .add("path",
                       std::string("checkpoints/")
                           + (std::string(kind) == "best" ? "best.pt" : "last.pt"))
                  .add("epoch", at.epoch)
                  .add("step_in_epoch", at.stepInEpoch)
                  .add("global_step", at.globalStep);
              log.append(e.str());
          };
    // followingEvents: events written right after this one that a resumed log should keep
    auto writeCheckpoint = [&](const std::string &path, const char *kind, const char *reason,
                               int64_t followingEvents = 0) {
        if (!leader)
            return;
        // the checkpoint counts its own event, so a resumed log keeps it
        RunPosition at = pos;
        at.elapsedSeconds = elapsed();
        at.metricsLines = int64_t(log.lineCount()) + 1 + followingEvents;
        writeCheckpointOf(*model, *optimizer, at, path, kind, reason);
    };
    // The best epoch's state between writes: a copy on the device, written at the next one.
    std::unique_ptr<TrainingSnapshot> best;
    RunPosition bestAt;
    bool bestPending = false;
    auto keepBest = [&] {
        if (!leader)
            return;
        if (!best)
            best = std::make_unique<TrainingSnapshot>(o, shape, device, settings.channelsLast);
        best->copyFrom(*model, *optimizer);
        bestAt = pos;
        bestAt.elapsedSeconds = elapsed();
        bestAt.metricsLines = int64_t(log.lineCount()); // a resumed log ends at this epoch
        bestPending = true;
    };
    auto writePendingBest = [&](const char *reason) {
        if (leader && bestPending)
            writeCheckpointOf(best->model(), best->optimizer(), bestAt, bestPath, "best", reason);
        bestPending = false;
    };
    auto lastWrite = Clock::now();

    try {
        const auto opts = torch::TensorOptions().device(device);
        model->train();
        while (pos.epoch < o.epochs) {
            if (agreeToStop())
                break;
            const EpochPlan plan = makeEpochPlan(train.size(), o.seed, pos.epoch, aug, device);
            // running sums stay on the device; the host reads them once per epoch. The saved
            // sums are global: one process carries them, the others start from zero.
            auto lossSum
                = torch::full({}, leader ? pos.trainLossSum : 0.0, opts.dtype(torch::kDouble));
            auto correct = torch::full({}, leader ? pos.trainCorrect : 0, opts.dtype(torch::kLong));
            bool stopping = false;
            progress.epochStarted(pos.epoch, o.epochs, stepsPerEpoch, batch);
            auto segmentStart = Clock::now();
            // `progress` events: the host clock decides when (no device sync per step); the
            // loss sum is read then, once per interval.
            auto lastReport = segmentStart;
            double lastReportLoss = leader ? pos.trainLossSum : 0.0;
            int64_t lastReportStep = pos.stepInEpoch;
            for (; pos.stepInEpoch < stepsPerEpoch;) {
                // each process takes its slice of the global batch
                const int64_t first = (pos.stepInEpoch * world + rank) * batch;
                const auto idx = plan.order.narrow(0, first, batch);
                auto x = normalizeBatch(train.images.index_select(0, idx), norm.mean, norm.std);
                const auto y = train.labels.index_select(0, idx);
                if (aug.isEnabled())
                    x = augmentBatch(
                        x, aug.padding > 0 ? plan.offsets.narrow(0, first, batch) : torch::Tensor(),
                        aug.flip ? plan.flips.narrow(0, first, batch) : torch::Tensor(), aug);
                if (settings.channelsLast)
                    x = x.contiguous(at::MemoryFormat::ChannelsLast);
                setLearningRate(*optimizer,
                                learningRate(o, pos.globalStep, totalSteps, stepsPerEpoch));
                optimizer->zero_grad(true);
                torch::Tensor logits;
                {
                    AutocastGuard autocast(settings.amp, device.type());
                    logits = model->forward(x);
                }
                logits = logits.to(torch::kFloat);
                const auto loss = torch::nn::functional::cross_entropy(
                    logits, y,
                    torch::nn::functional::CrossEntropyFuncOptions().label_smoothing(
                        o.labelSmoothing));
                loss.backward();
                if (comm)
                    comm->averageGradients(params);
                if (o.clipGrad > 0)
                    clipGradients(params, o.clipGrad);
                optimizer->step();
                {
                    torch::NoGradGuard noGrad;
                    lossSum += loss.detach().to(torch::kDouble) * double(batch);
                    correct += logits.detach().argmax(1).eq(y).sum();
                }
                ++pos.stepInEpoch;
                ++pos.globalStep;
                pos.trainSeen += batch * world;
                progress.stepDone(pos.stepInEpoch);
                if (leader && o.progressInterval > 0 && pos.stepInEpoch < stepsPerEpoch
                    && secondsSince(lastReport) >= o.progressInterval) {
                    const auto now = Clock::now();
                    const double lossNow = lossSum.item<double>();
                    const int64_t steps = pos.stepInEpoch - lastReportStep;
                    const double seconds = std::chrono::duration<double>(now - lastReport).count();
                    JsonObject p = event("progress");
                    p.add("epoch", pos.epoch + 1)
                        .add("epochs", int64_t(o.epochs))
                        .add("step_in_epoch", pos.stepInEpoch)
                        .add("steps_per_epoch", stepsPerEpoch)
                        .add("global_step", pos.globalStep)
                        .add("train_loss",
                             (lossNow - lastReportLoss)
                                 / double(std::max<int64_t>(1, steps * batch)))
                        .add("images_per_second",
                             double(steps * batch * world) / std::max(1e-9, seconds))
                        .add("lr", learningRate(o, pos.globalStep - 1, totalSteps, stepsPerEpoch))
                        .add("elapsed_seconds", elapsed());
                    log.append(p.str());
                    lastReport = now;
                    lastReportLoss = lossNow;
                    lastReportStep = pos.stepInEpoch;
                }
                if (o.signalAtStep >= 0 && pos.globalStep == o.signalAtStep)
                    std::raise(SIGUSR1);
                if (pos.stepInEpoch < stepsPerEpoch && agreeToStop()) {
                    stopping = true;
                    break;
                }
            }
            // one host read per epoch (or per interruption)
            std::vector<torch::Tensor> stats {torch::stack({lossSum, correct.to(torch::kDouble)})};
            if (comm)
                comm->sum(stats);
            const auto hostStats = stats[0].cpu();
            pos.trainLossSum = hostStats[0].item<double>();
            pos.trainCorrect = int64_t(std::llround(hostStats[1].item<double>()));
            pos.epochTrainSeconds += secondsSince(segmentStart);
            averageBuffers();
            if (stopping)
                break; // interrupted inside the epoch

            const double trainLoss = pos.trainLossSum / double(std::max<int64_t>(1, pos.trainSeen));
            const double trainAcc
                = double(pos.trainCorrect) / double(std::max<int64_t>(1, pos.trainSeen));
            const double imagesPerSecond
                = double(pos.trainSeen) / std::max(1e-9, pos.epochTrainSeconds);
            pos.totalTrainImages += pos.trainSeen;
            pos.totalTrainSeconds += pos.epochTrainSeconds;
            const EvalResult v = evaluate(*model, valSet, norm, evalBatch, settings, comm.get());
            const double lr = learningRate(o, std::max<int64_t>(0, pos.globalStep - 1), totalSteps,
                                           stepsPerEpoch);
            const int64_t epochNumber = pos.epoch + 1;
            JsonObject e = event("epoch");
            e.add("epoch", epochNumber)
                .add("epochs", int64_t(o.epochs))
                .add("global_step", pos.globalStep)
                .add("train_loss", trainLoss)
                .add("train_accuracy", trainAcc)
                .add("val_loss", v.loss)
                .add("val_accuracy", v.accuracy)
                .add("images_per_second", imagesPerSecond)
                .add("lr", lr)
                .add("epoch_seconds", pos.epochTrainSeconds)
                .add("elapsed_seconds", elapsed());
            log.append(e.str());
            char line[256];
            std::snprintf(line, sizeof line,
                          "epoch %lld/%d  train loss %.4f acc %.2f%%  val loss %.4f acc %.2f%%  "
                          "%.0f img/s  lr %.4g  %.1fs",
                          (long long)epochNumber, o.epochs, trainLoss, 100 * trainAcc, v.loss,
                          100 * v.accuracy, imagesPerSecond, lr, elapsed());
            progress.message(line);

            const bool improved = v.accuracy > pos.bestValAccuracy;
            if (improved) {
                pos.bestValAccuracy = v.accuracy;
                pos.bestEpoch = epochNumber;
            }
            pos.epoch += 1;
            pos.stepInEpoch = 0;
            pos.trainLossSum = 0;
            pos.trainCorrect = 0;
            pos.trainSeen = 0;
            pos.epochTrainSeconds = 0;
            const bool due = pos.epoch == o.epochs || o.checkpointEvery <= 0
                || secondsSince(lastWrite) >= o.checkpointEvery;
            if (improved && due) {
                bestPending = false;
                writeCheckpoint(bestPath, "best", "epoch");
            } else if (improved) {
                keepBest();
            }
            if (due) {
                writePendingBest("epoch");
                writeCheckpoint(lastPath, "last", "epoch");
                lastWrite = Clock::now();
            }
        }

        const bool interrupted = pos.epoch < o.epochs;
        if (interrupted) {
            // written even at an epoch's end, so that the resumed log keeps the interruption
            writePendingBest("interrupted");
            writeCheckpoint(lastPath, "last", "interrupted", 1);
            checkpointWriter.wait(); // "resumable" only once it is on disk
            JsonObject e = event("interrupted");
            e.add("signal", s_stopSignal ? signalName(s_stopSignal) : "another process's signal")
                .add("epoch", pos.epoch)
                .add("step_in_epoch", pos.stepInEpoch)
                .add("global_step", pos.globalStep)
                .add("resumable", true)
                .add("exit_code", int(kExitInterrupted))
                .add("elapsed_seconds", elapsed());
            log.append(e.str());
            progress.message(
                std::string("patagon-train: ")
                + (s_stopSignal ? signalName(s_stopSignal) : "another process's signal")
                + " received; checkpoint written to " + lastPath + "; continue with --resume auto");
            return kExitInterrupted;
        }

        const EvalResult test = evaluate(*model, data.test, norm, evalBatch, settings, comm.get());
        checkpointWriter.wait(); // the summary names the checkpoints
        if (!leader)
            return kExitOk;
        const double imagesPerSecond
            = double(pos.totalTrainImages) / std::max(1e-9, pos.totalTrainSeconds);
        JsonObject summary;
        summary.add("format", 1)
            .add("status", "completed")
            .add("model", o.model)
            .add("data", o.data)
            .add("device", device.str())
            .add("epochs", int64_t(o.epochs))
            .add("global_steps", pos.globalStep)
            .add("train_images", train.size())
            .add("val_images", valSet.size())
            .add("val_source", valIsTest ? "test" : "split")
            .add("test_images", data.test.size())
            .add("test_accuracy", test.accuracy)
            .add("test_loss", test.loss)
            .add("best_val_accuracy", pos.bestValAccuracy)
            .add("best_epoch", pos.bestEpoch)
            .add("images_per_second", imagesPerSecond)
            .add("train_seconds", pos.totalTrainSeconds)
            .add("elapsed_seconds", elapsed())
            .add("parameters", parameterCount(*model))
            .add("last_checkpoint", "checkpoints/last.pt")
            .add("best_checkpoint", "checkpoints/best.pt");
        writeFileAtomically(join(o.out, "summary.json"), summary.str() + "\n");
        JsonObject done = event("done");
        done.add("test_accuracy", test.accuracy)
            .add("test_loss", test.loss)
            .add("best_val_accuracy", pos.bestValAccuracy)
            .add("images_per_second", imagesPerSecond)
            .add("elapsed_seconds", elapsed());
        log.append(done.str());
        char line[200];
        std::snprintf(line, sizeof line,
                      "done: test accuracy %.2f%%, test loss %.4f, best val %.2f%%, %.0f img/s, "
                      "%.1fs",
                      100 * test.accuracy, test.loss, 100 * pos.bestValAccuracy, imagesPerSecond,
                      elapsed());
        progress.message(line);
        return kExitOk;
    } catch (const std::exception &e) {
        // after the start event, failures are recorded in the log as well as on stderr
        const std::string message = e.what();
        try {
            JsonObject err = event("error");
            err.add("message", message).add("epoch", pos.epoch).add("global_step", pos.globalStep);
            log.append(err.str());
        } catch (...) {}
        throw;
    }
}

} // namespace

int runTrain(const Options &options)
{
    RunFolder folder;
    try {
        return trainInFolder(options, folder);
    } catch (const std::exception &e) {
        // before the start event (loading the data or the checkpoint, e.g. out of memory in a
        // decoding thread): recorded too where the app reads it, if the log is this run's
        if (folder.lock.isHeld() && folder.mayRecordEarlyFailure && !folder.started) {
            try {
                MetricsLog log(join(options.out, "metrics.jsonl"));
                log.loadExisting(SIZE_MAX);
                JsonObject err = event("error");
                err.add("message", std::string(e.what()));
                log.append(err.str());
            } catch (...) { // stderr still says what went wrong
            }
        }
        throw;
    }
}
