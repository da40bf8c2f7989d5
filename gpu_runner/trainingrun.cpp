// A training run's setup, in order, and its checkpoints (see trainingrun.h).
#include "trainingrun.h"

#include "dataerror.h"
#include "optimizer.h"

#include <ATen/Context.h>

#include <algorithm>

namespace Trainer {

namespace {

std::string resolveAugment(const Options &o, const DataSpec &spec)
{
    if (o.augment != "auto")
        return o.augment;
    return spec.kind == "cifar10" || spec.kind == "imagefolder" ? "crop+flip" : "none";
}

// Whether metrics.jsonl records a run (a start event). One holding only the error of a start
// that failed does not: a new run may begin there.
bool holdsRun(const std::string &metricsPath)
{
    return pathExists(metricsPath)
        && readFile(metricsPath).find("\"event\":\"start\"") != std::string::npos;
}

} // namespace

TrainingRun::TrainingRun(const Options &options, RunFolder &runFolder)
    : o(options)
    , folder(runFolder)
    , wallStart(Clock::now())
{}

void TrainingRun::chooseHardware()
{
    dist = distributedFromEnvironment();
    checkpointDir = join(o.out, "checkpoints");
    lastPath = join(checkpointDir, "last.pt");
    bestPath = join(checkpointDir, "best.pt");
    metricsPath = join(o.out, "metrics.jsonl");
    // A folder that exists (a run to resume, or the one the app made for the job's log) is
    // locked before anything in it is read: a second trainer started on it stops here.
    if (dist.rank == 0 && isDirectory(o.out)) {
        folder.lock = RunLock(o.out);
        folder.mayRecordEarlyFailure = !holdsRun(metricsPath);
    }
    device = chooseDevice(o.device, dist.localRank);
    if (device.is_cuda())
        deviceGuard.reset_device(device);
    threads = configureThreads(o.threads);
    evalBatch = resolveEvalBatchSize(o.evalBatchSize, device);
    settings.device = device;
    settings.amp = o.amp == "bf16";
    settings.channelsLast = o.channelsLast == "on";
    if (device.is_cuda())
        at::globalContext().setBenchmarkCuDNN(true); // fixed shapes: let cuDNN pick the fastest
}

void TrainingRun::loadData()
{
    spec = parseDataSpec(o.data);
    if (spec.kind == "imagefolder" && o.imageSize <= 0)
        o.imageSize = 64;
    if (spec.kind != "imagefolder")
        o.imageSize = 0;
    o.augment = resolveAugment(o, spec);
    load.limitTrain = o.limitTrain;
    load.limitTest = o.limitTest;
    load.imageSize = o.imageSize;
    load.threads = threads;
    load.cacheDir = resolveCacheDir(o);
    data = loadDataset(spec, load);
    std::tie(train, val) = splitValidation(data.train, o.valSplit, o.seed);
    valIsTest = val.size() == 0;
    cpuNorm = computeNormalization(train);

    aug.flip = o.augment.find("flip") != std::string::npos;
    if (o.augment.find("crop") != std::string::npos)
        aug.padding
            = o.cropPadding >= 0 ? o.cropPadding : int(std::max<int64_t>(1, data.height / 8));
    o.cropPadding = aug.padding;

    world = dist.worldSize;
    rank = dist.rank;
    leader = rank == 0;
    batch = std::max<int64_t>(1, std::min<int64_t>(o.batchSize, train.size() / world));
    // the last partial batch is dropped: tiny batches make batch norm statistics noisy
    stepsPerEpoch = train.size() / (batch * world);
    if (stepsPerEpoch == 0)
        throw DataError("too few training images (" + std::to_string(train.size()) + ") for "
                        + std::to_string(world) + " processes");
    totalSteps = stepsPerEpoch * o.epochs;
    config = trainingConfigJson(o);
}

void TrainingRun::buildModel()
{
    shape = ModelShape {data.channels, int64_t(data.classNames.size()), data.height, data.width};
    torch::manual_seed(o.seed);
    model = makeModel(o.model, shape);
    model->to(device);
    if (settings.channelsLast)
        useChannelsLast(*model);
    params = model->parameters();
    optimizer = makeOptimizer(params, o);
}

void TrainingRun::resumeOrStartFresh()
{
    if (o.resume == "auto")
        resumeFrom = pathExists(lastPath) ? lastPath : "";
    else
        resumeFrom = o.resume;
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
    const auto refuseExistingRun = [this] {
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
}

void TrainingRun::joinProcesses()
{
    // Only now: every process has checked its input, and none has written yet. WORLD_SIZE=1
    // with a backend named: a group of one, which checks that backend end to end.
    if (!dist.isDistributed() && !(dist.source == "env" && o.distBackend != "auto"))
        return;
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

void TrainingRun::openLog()
{
    log = leader ? MetricsLog(metricsPath) : MetricsLog();
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
    norm = Normalization {cpuNorm.mean.to(device), cpuNorm.std.to(device)};
}

void TrainingRun::writeStartEvent()
{
    JsonArray classes;
    for (const auto &c : data.classNames)
        classes.add(c);
    JsonObject dataJson;
    dataJson.add("kind", spec.kind)
        .add("dir", spec.dir)
        .add("train_images", train.size())
        .add("val_images", valSet().size())
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

    progress = Progress(o.progress, leader);
    progress.message("patagon-train: " + o.model + " on " + spec.kind + " ("
                     + std::to_string(train.size()) + " train, " + std::to_string(valSet().size())
                     + (valIsTest ? " val=test, " : " val, ") + std::to_string(data.test.size())
                     + " test images), device " + device.str() + ", " + std::to_string(threads)
                     + " threads" + (comm ? ", " + std::to_string(world) + " processes" : "")
                     + (resumeFrom.empty() ? ""
                                           : ", resumed at epoch " + std::to_string(pos.epoch + 1)
                                + " step " + std::to_string(pos.stepInEpoch)));

    meta.model = o.model;
    meta.shape = shape;
    meta.classNames = data.classNames;
    meta.dataKind = spec.kind;
    meta.trainingConfig = config;
    meta.mean = cpuNorm.mean;
    meta.std = cpuNorm.std;
    lastWrite = Clock::now();
}

// ------------------------------------------------------------------ checkpoints

// At 0.6 s per ResNet-9 epoch on an H200, writing both files every epoch left the GPU idle a
// quarter of the time: they are written on another thread. The "checkpoint" event may precede
// the file on disk by a write: after a crash the old file is there, and resuming from it cuts
// the log back to its lines.
void TrainingRun::writeCheckpointOf(ClassifierImpl &m, torch::optim::Optimizer &opt,
                                    const RunPosition &at, const std::string &path,
                                    const char *kind, const char *reason)
{
    CheckpointMeta cm = meta;
    cm.position = at;
    checkpointWriter.write(path, checkpointBytes(cm, m, &opt));
    JsonObject e = event("checkpoint");
    e.add("kind", kind)
        .add("reason", reason)
        .add("path",
             std::string("checkpoints/") + (std::string(kind) == "best" ? "best.pt" : "last.pt"))
        .add("epoch", at.epoch)
        .add("step_in_epoch", at.stepInEpoch)
        .add("global_step", at.globalStep);
    log.append(e.str());
}

void TrainingRun::writeCheckpoint(const std::string &path, const char *kind, const char *reason,
                                  int64_t followingEvents)
{
    if (!leader)
        return;
    // the checkpoint counts its own event, so a resumed log keeps it
    RunPosition at = pos;
    at.elapsedSeconds = elapsed();
    at.metricsLines = int64_t(log.lineCount()) + 1 + followingEvents;
    writeCheckpointOf(*model, *optimizer, at, path, kind, reason);
}

void TrainingRun::keepBest()
{
    if (!leader)
        return;
    if (!best)
        best = std::make_unique<TrainingSnapshot>(o, shape, device, settings.channelsLast);
    best->copyFrom(*model, *optimizer);
    bestAt = pos;
    bestAt.elapsedSeconds = elapsed();
    bestAt.metricsLines = int64_t(log.lineCount()); // a resumed log ends at this epoch
    bestPending = true;
}

void TrainingRun::writePendingBest(const char *reason)
{
    if (leader && bestPending)
        writeCheckpointOf(best->model(), best->optimizer(), bestAt, bestPath, "best", reason);
    bestPending = false;
}

} // namespace Trainer
