// What the user asks of one training run (the Train page's form, the CLI's options), its checks,
// and what it becomes on the cluster: the trainer's command line and the batch script.
#pragma once

#include "core/result.h"
#include "core/slurm/scriptproblem.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Patagon::Slurm {
struct ClusterFacts;
}

namespace Patagon::Train {

struct TrainConfig
{
    // The dataset: a folder on the cluster and its format (`fashion-mnist`, `mnist`, `cifar10`,
    // `imagefolder`; empty: detected from the folder's files before anything is submitted).
    QString dataKind;
    QString dataDir;
    // A folder on this computer uploaded to the cluster first (files already there with the
    // same size and hash are skipped); `dataDir` is then where it goes (empty: a folder named
    // after it under patagon-datasets beside the run folders).
    QString uploadFrom;
    QString model = QStringLiteral("smallcnn");
    int epochs = 10;
    int batchSize = 128;
    double learningRate = 0; // 0: the trainer's default for the optimizer
    QString optimizer = QStringLiteral("sgd"); // sgd, adamw
    QString precision = QStringLiteral("fp32"); // fp32, bf16
    int gpus = 1; // one task per GPU (data-parallel above 1)
    int cpusPerTask = 4;
    QString timeLimit = QStringLiteral("02:00:00");
    QString partition = QStringLiteral("gpu");
    QString gresType; // e.g. "A100": --gres=gpu:A100:N; empty: --gres=gpu:N
    bool requestGpus = true; // false: no --gres (a partition without GPUs)
    QString container; // a named container (--container-name)
    QString node; // the node that holds it; empty: found before submitting
    QString account;
    qint64 limitTrain = 0; // testing and quick tries: the first N training images (0: all)
    qint64 limitTest = 0;
    qint64 signalAtStep = 0; // testing aid: the trainer interrupts itself at this step
    QString runsFolder; // where run folders go on the cluster; empty: chosen (scratch, else home)
    QString torchPrefix; // a LibTorch the user names; empty: found by the probe

    QString dataSpec() const { return dataKind + u':' + dataDir; }
    // "smallcnn on fashion-mnist"
    QString displayName() const;

    // Checks what can be checked without the cluster: every message says what is wrong and
    // what to do. `requireDataKind`: the format must be known (it is after detection).
    Result validate(bool requireDataKind = false) const;

    QJsonObject toJson() const;
    static TrainConfig fromJson(const QJsonObject &json);

    // `--data SPEC`: `KIND:DIR`, or a bare folder (format detected later).
    static Expected<TrainConfig> withDataSpec(TrainConfig config, const QString &spec);
    static QStringList dataKinds();
    static QStringList models();

    // The trainer's arguments (after the binary) for `train`, with --resume auto; image
    // folders keep their decoded images in `cacheDir` (empty: the trainer's default).
    QStringList trainerArguments(const QString &runDir, const QString &cacheDir = {}) const;
};

// The dataset format of a folder from the names of its entries (`ls -A`; folders end in '/').
// Empty when it is none the trainer reads, with `why` saying what was found.
QString detectDataKind(const QStringList &entries, const QString &folder, QString *why);

// The batch script of a run: directives through the script model (job name, partition, GRES,
// tasks, time, output into the run folder, --signal=B:USR1@120, --requeue, --open-mode=append)
// and a body that starts the trainer in the container with srun, forwards the signal to it, and
// requeues the job when the trainer exits with 3 (interrupted, resumable).
struct ScriptInputs
{
    QString binary; // the built patagon-train on the cluster
    QString runDir;
    QString cacheDir; // the trainer's decode cache (image folders), beside the run folders
    QStringList mounts; // --container-mounts entries the container needs (run folder, data)
    QString jobName;
    QString submissionComment; // unused when empty
};
QByteArray generateBatchScript(const TrainConfig &config, const ScriptInputs &inputs);

// The run's batch script checked by the Script page's checker against the cluster's facts
// (partition, GRES and its type, time limit, ...): its warnings and errors, without line
// positions (the script is generated; the form is what the user edits).
QList<Slurm::ScriptProblem> checkAgainstCluster(const TrainConfig &config,
                                                const Slurm::ClusterFacts &facts);

} // namespace Patagon::Train
