// What a finished run gives after training: the test set's per-class accuracy and confusion
// matrix (`patagon-train eval --json`), the model's top answers for images from the laptop
// ("Try it": `patagon-train predict`), and the run's files downloaded. The trainer runs in
// the run's container on its node, as the training did, with the binary that trained.
#pragma once

#include "core/result.h"
#include "core/train/runrecord.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <optional>

namespace Patagon {
class RemoteHost;
}

namespace Patagon::Train {

struct EvalReport
{
    double testAccuracy = 0;
    double testLoss = 0;
    int testImages = 0;
    QStringList classes;
    QList<std::optional<double>> perClassAccuracy; // none for a class without test images
    QList<QList<qint64>> confusion; // rows: true class, columns: predicted

    static Expected<EvalReport> parse(const QByteArray &json);
};

struct Prediction
{
    QString image; // as given (a local path for Try it)
    struct Answer
    {
        QString className;
        double confidence = 0;
    };
    QList<Answer> answers; // most probable first
};
// predict's CSV for image files (path,predicted,confidence,class[,predicted_2,...]).
Expected<QList<Prediction>> parsePredictions(const QByteArray &csv);

class RunResults : public QObject
{
    Q_OBJECT

public:
    RunResults(RemoteHost *host, const RunRecord &record, QObject *parent = nullptr);

    template<typename T> using Callback = std::function<void(const Expected<T> &)>;
    // eval --json of the best checkpoint on the run's dataset.
    void evaluate(Callback<EvalReport> done);
    // Uploads the images (at most 64, each at most 20 MB) into RUN_DIR/try-it/, predicts the
    // top `topK` classes of each with the best checkpoint. Answers are in the order given.
    void predict(const QStringList &localImages, int topK, Callback<QList<Prediction>> done);
    // best.pt, metrics.jsonl and summary.json into `localFolder` (created); progress() as it
    // goes. An error names the file.
    void download(const QString &localFolder, std::function<void(const Result &)> done);
    // Deletes the run folder on the cluster (checkpoints, metrics, logs): only a finished
    // run's, and only a folder the app made (it holds train.sbatch). A folder already gone is
    // no error.
    void removeFolder(std::function<void(const Result &)> done);
    void cancel();

signals:
    void progress(const QString &text, qint64 done, qint64 maximum);

private:
    QStringList trainerCommand(const QStringList &arguments) const;
    Result checkRecord() const;

    QPointer<RemoteHost> m_host;
    RunRecord m_record;
    QObject *m_context;
};

} // namespace Patagon::Train
