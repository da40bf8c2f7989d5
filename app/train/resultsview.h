// What a finished run gives, as the Train page shows it under the run's curves: the test set's
// per-class accuracy and confusion matrix (Evaluation), the model's top answers for the user's
// own images (Try it), and the run's files downloaded to this computer (Download). The work is
// RunResults'; this view only asks and shows. Disabled, with a hint, offline or for a run that
// did not complete.
#pragma once

#include "core/result.h"
#include "core/train/runrecord.h"
#include "core/train/runresults.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QAbstractItemModel;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace Patagon {

class ConfusionModel;
class RemoteHost;

class ResultsView : public QWidget
{
    Q_OBJECT

public:
    explicit ResultsView(RemoteHost *host, QWidget *parent = nullptr);

    // A new record cancels what the last one was doing and clears what it showed.
    void setRecord(const Train::RunRecord &record);
    const Train::RunRecord &record() const { return m_record; }
    // Connected and the run completed.
    bool isAvailable() const;
    QString hintText() const;

    // The actions; the buttons' dialogs only pick the arguments.
    void evaluate();
    void tryImages(const QStringList &paths);
    void downloadTo(const QString &folder);

    // The last evaluation's report; none before one, or after a new record.
    const std::optional<Train::EvalReport> &report() const { return m_report; }
    ConfusionModel *confusionModel() const { return m_confusionModel; }
    QTableView *confusionView() const { return m_confusion; }
    QTableWidget *perClassTable() const { return m_perClass; }
    // One row per image: the thumbnail, the file name and the top answers; kAnswersRole holds
    // the answers' class names, most probable first.
    QAbstractItemModel *predictionsModel() const;
    static constexpr int kAnswersRole = Qt::UserRole + 1;
    QTabWidget *tabs() const { return m_tabs; }
    QString savedText() const;

signals:
    void evaluated(const Patagon::Result &result);
    void predicted(const Patagon::Result &result);
    void downloaded(const Patagon::Result &result);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Busy
    {
        None,
        Evaluating,
        Predicting,
        Downloading,
    };

    void retranslate();
    void updateActions();
    void clearResults();
    void setBusy(Busy busy);
    void showError(QLabel *label, const Result &result);
    void showReport(const Train::EvalReport &report);
    void showPredictions(const QList<Train::Prediction> &predictions);
    void onProgress(const QString &text, qint64 done, qint64 maximum);
    void fitTableHeight(QTableView *view);

    QPointer<RemoteHost> m_host;
    Train::RunRecord m_record;
    Train::RunResults *m_results = nullptr; // a child, one per record
    Busy m_busy = Busy::None;
    std::optional<Train::EvalReport> m_report;
    QString m_savedFolder;

    QLabel *m_hint;
    QTabWidget *m_tabs;
    // Evaluation
    QPushButton *m_evaluate;
    QProgressBar *m_evalBusy;
    QLabel *m_evalSummary;
    QLabel *m_evalError;
    QTableWidget *m_perClass;
    QLabel *m_confusionTitle;
    QTableView *m_confusion;
    ConfusionModel *m_confusionModel;
    // Try it
    QPushButton *m_try;
    QLabel *m_tryStatus;
    QLabel *m_tryError;
    QListWidget *m_predictions;
    // Download
    QPushButton *m_download;
    QProgressBar *m_downloadBar;
    QLabel *m_downloadStatus;
    QLabel *m_downloadError;
    QLabel *m_saved;
    QPushButton *m_openFolder;
};

} // namespace Patagon
