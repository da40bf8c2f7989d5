// The train command: the training loop, signals and the end of a run (its setup and
// checkpoints: trainingrun.cpp).
#include "trainer.h"

#include "optimizer.h"
#include "trainingrun.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <csignal>
#include <cstdio>

namespace Trainer {

// ------------------------------------------------------------------ signals

namespace {

volatile std::sig_atomic_t s_stopSignal = 0;

extern "C" void onStopSignal(int signal)
{
    s_stopSignal = signal;
}

double unixTime()
{
    return std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

} // namespace

void installSignalHandlers()
{
    struct sigaction action = {};
    action.sa_handler = onStopSignal;
    sigemptyset(&action.sa_mask);
    for (const int s : {SIGUSR1, SIGTERM, SIGINT})
        sigaction(s, &action, nullptr);
}

int stopSignal()
{
    return s_stopSignal;
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

double secondsSince(Clock::time_point t)
{
    return std::chrono::duration<double>(Clock::now() - t).count();
}

std::string join(const std::string &dir, const std::string &name)
{
    return dir.empty() || dir.back() == '/' ? dir + name : dir + "/" + name;
}

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

// ------------------------------------------------------------------ the run

int TrainingRun::run()
{
    // Installed first: a signal while the data loads stops the run at its first step, with a
    // resumable checkpoint, instead of killing it.
    installSignalHandlers();
    chooseHardware();
    loadData();
    buildModel();
    resumeOrStartFresh();
    joinProcesses();
    openLog();
    writeStartEvent();
    try {
        while (pos.epoch < o.epochs) {
            if (agreeToStop() || !trainSteps())
                break;
            endEpoch();
        }
        return pos.epoch < o.epochs ? endInterrupted() : endCompleted();
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

bool TrainingRun::agreeToStop()
{
    const bool stop = s_stopSignal != 0;
    return comm ? comm->anyStop(stop) : stop;
}

void TrainingRun::averageBuffers()
{
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
}

bool TrainingRun::trainSteps()
{
    const auto opts = torch::TensorOptions().device(device);
    model->train();
    const EpochPlan plan = makeEpochPlan(train.size(), o.seed, pos.epoch, aug, device);
    // running sums stay on the device; the host reads them once per epoch. The saved sums are
    // global: one process carries them, the others start from zero.
    auto lossSum = torch::full({}, leader ? pos.trainLossSum : 0.0, opts.dtype(torch::kDouble));
    auto correct = torch::full({}, leader ? pos.trainCorrect : 0, opts.dtype(torch::kLong));
    bool stopping = false;
    progress.epochStarted(pos.epoch, o.epochs, stepsPerEpoch, batch);
    const auto segmentStart = Clock::now();
    // `progress` events: the host clock decides when (no device sync per step); the loss sum
    // is read then, once per interval.
    auto lastReport = segmentStart;
    double lastReportLoss = leader ? pos.trainLossSum : 0.0;
    int64_t lastReportStep = pos.stepInEpoch;
    while (pos.stepInEpoch < stepsPerEpoch) {
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
        setLearningRate(*optimizer, learningRate(o, pos.globalStep, totalSteps, stepsPerEpoch));
        optimizer->zero_grad(true);
        torch::Tensor logits;
        {
            AutocastGuard autocast(settings.amp, device.type());
            logits = model->forward(x);
        }
        logits = logits.to(torch::kFloat);
        const auto loss = torch::nn::functional::cross_entropy(
            logits, y,
            torch::nn::functional::CrossEntropyFuncOptions().label_smoothing(o.labelSmoothing));
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
                     (lossNow - lastReportLoss) / double(std::max<int64_t>(1, steps * batch)))
                .add("images_per_second", double(steps * batch * world) / std::max(1e-9, seconds))
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
    return !stopping;
}

void TrainingRun::endEpoch()
{
    const double trainLoss = pos.trainLossSum / double(std::max<int64_t>(1, pos.trainSeen));
    const double trainAcc = double(pos.trainCorrect) / double(std::max<int64_t>(1, pos.trainSeen));
    const double imagesPerSecond = double(pos.trainSeen) / std::max(1e-9, pos.epochTrainSeconds);
    pos.totalTrainImages += pos.trainSeen;
    pos.totalTrainSeconds += pos.epochTrainSeconds;
    const EvalResult v = evaluate(*model, valSet(), norm, evalBatch, settings, comm.get());
    const double lr
        = learningRate(o, std::max<int64_t>(0, pos.globalStep - 1), totalSteps, stepsPerEpoch);
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

int TrainingRun::endInterrupted()
{
    // written even at an epoch's end, so that the resumed log keeps the interruption
    writePendingBest("interrupted");
    writeCheckpoint(lastPath, "last", "interrupted", 1);
    checkpointWriter.wait(); // "resumable" only once it is on disk
    const char *signal = s_stopSignal ? signalName(s_stopSignal) : "another process's signal";
    JsonObject e = event("interrupted");
    e.add("signal", signal)
        .add("epoch", pos.epoch)
        .add("step_in_epoch", pos.stepInEpoch)
        .add("global_step", pos.globalStep)
        .add("resumable", true)
        .add("exit_code", int(kExitInterrupted))
        .add("elapsed_seconds", elapsed());
    log.append(e.str());
    progress.message(std::string("patagon-train: ") + signal + " received; checkpoint written to "
                     + lastPath + "; continue with --resume auto");
    return kExitInterrupted;
}

int TrainingRun::endCompleted()
{
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
        .add("val_images", valSet().size())
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
                  "done: test accuracy %.2f%%, test loss %.4f, best val %.2f%%, %.0f img/s, %.1fs",
                  100 * test.accuracy, test.loss, 100 * pos.bestValAccuracy, imagesPerSecond,
                  elapsed());
    progress.message(line);
    return kExitOk;
}

} // namespace Trainer

int runTrain(const Options &options)
{
    Trainer::RunFolder folder;
    try {
        return Trainer::TrainingRun(options, folder).run();
    } catch (const std::exception &e) {
        // before the start event (loading the data or the checkpoint, e.g. out of memory in a
        // decoding thread): recorded too where the app reads it, if the log is this run's
        if (folder.lock.isHeld() && folder.mayRecordEarlyFailure && !folder.started) {
            try {
                MetricsLog log(Trainer::join(options.out, "metrics.jsonl"));
                log.loadExisting(SIZE_MAX);
                JsonObject err = Trainer::event("error");
                err.add("message", std::string(e.what()));
                log.append(err.str());
            } catch (...) { // stderr still says what went wrong
            }
        }
        throw;
    }
}
