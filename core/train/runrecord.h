// One training run as the app remembers it: what was asked, where it ran, what it gave. Kept
// in the runs database (RunStore) by the GUI and the CLI alike.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace Patagon::Train {

// Where a run is. Stored as the lower-case name (runStateName); the order is the flow's.
enum class RunState
{
    Preparing, // deploy, probe, build: nothing submitted yet
    Submitted, // sbatch accepted; the job has not started
    Running,
    Completed,
    Failed,
    Cancelled,
};

QString runStateName(RunState state);
// Unknown names read as Failed (a newer app's state seen by an older one).
RunState runStateFromName(const QString &name);
inline bool isFinalState(RunState state)
{
    return state == RunState::Completed || state == RunState::Failed
        || state == RunState::Cancelled;
}

// One `epoch` event of the trainer's metrics.jsonl (gpu_runner/README.md, protocol format 1).
struct EpochRecord
{
    int epoch = 0; // 1-based
    int epochs = 0;
    qint64 globalStep = 0;
    double trainLoss = 0;
    double trainAccuracy = 0;
    double valLoss = 0;
    double valAccuracy = 0;
    double imagesPerSecond = 0;
    double learningRate = 0;
    double epochSeconds = 0;
    double elapsedSeconds = 0;

    // Spelled out: the project builds as C++17 (no defaulted comparisons).
    bool operator==(const EpochRecord &o) const
    {
        return epoch == o.epoch && epochs == o.epochs && globalStep == o.globalStep
            && trainLoss == o.trainLoss && trainAccuracy == o.trainAccuracy && valLoss == o.valLoss
            && valAccuracy == o.valAccuracy && imagesPerSecond == o.imagesPerSecond
            && learningRate == o.learningRate && epochSeconds == o.epochSeconds
            && elapsedSeconds == o.elapsedSeconds;
    }
    bool operator!=(const EpochRecord &o) const { return !(*this == o); }
};

struct RunRecord
{
    qint64 id = 0; // 0 until stored
    QString profile; // the connection profile's name
    QString name; // shown in lists; e.g. "smallcnn on fashion-mnist"
    RunState state = RunState::Preparing;
    QDateTime created; // UTC
    QDateTime started; // the job started (first time)
    QDateTime finished;
    QJsonObject config; // TrainConfig::toJson()
    QByteArray script; // the batch script as submitted
    QString container; // the named container
    QString node; // where it ran (the container's node)
    QJsonObject manifest; // the container's package manifest when submitted (may be empty)
    QString bundleHash;
    QStringList jobIds; // every job id, in order (one, unless submitted again)
    QString runDir; // absolute path on the cluster
    QString error; // why it failed, in words
    std::optional<double> testAccuracy;
    std::optional<double> bestValAccuracy;
    QJsonObject summary; // the trainer's summary.json
    QJsonObject accounting; // sacct's fields of the last job

    bool isValid() const { return id > 0; }
    QString lastJobId() const { return jobIds.isEmpty() ? QString() : jobIds.constLast(); }
};

} // namespace Patagon::Train

Q_DECLARE_METATYPE(Patagon::Train::EpochRecord)
Q_DECLARE_METATYPE(Patagon::Train::RunRecord)
