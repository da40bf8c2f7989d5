// The training curves: loss (train, validation) and accuracy (train, validation) against the
// epoch, side by side, with a line under them saying images per second, the learning rate and
// the time left. Epochs arrive one at a time and only move points (no rebuild); a compare mode
// draws the validation loss and accuracy of several stored runs instead.
#pragma once

#include "core/train/runrecord.h"

#include <QList>
#include <QPair>
#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QLineSeries;
class QValueAxis;

namespace Patagon {

class MetricsChart : public QWidget
{
    Q_OBJECT

public:
    // A run's name and its epochs, for the compare mode.
    using NamedEpochs = QPair<QString, QList<Train::EpochRecord>>;

    explicit MetricsChart(QWidget *parent = nullptr);
    ~MetricsChart() override;

    void setEpochs(const QList<Train::EpochRecord> &epochs);
    // A new epoch, or one already shown again (a requeued job repeats it): it replaces that one.
    void addEpoch(const Train::EpochRecord &epoch);
    void clear();
    // Validation loss and accuracy of each run, one curve per run; setEpochs/addEpoch/clear
    // leave this mode.
    void showRuns(const QList<NamedEpochs> &runs);

    // Whether the summary says how long the remaining epochs take (not once the run ended).
    void setShowsTimeLeft(bool show);

    bool isComparing() const { return m_comparing; }
    const QList<Train::EpochRecord> &epochs() const { return m_epochs; }
    // The curves on show: train loss, validation loss, train accuracy, validation accuracy; or,
    // comparing, the validation loss then the validation accuracy of each run.
    QList<QLineSeries *> series() const;
    QChart *lossChart() const { return m_lossChart; }
    QChart *accuracyChart() const { return m_accuracyChart; }
    QString summaryText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Axes
    {
        QValueAxis *x = nullptr;
        QValueAxis *y = nullptr;
    };

    void retranslate();
    void applyTheme();
    void leaveCompareMode();
    void attach(QChart *chart, const Axes &axes, QLineSeries *series);
    void rescale();
    void updateSummary();

    QChart *m_lossChart;
    QChart *m_accuracyChart;
    QChartView *m_lossView;
    QChartView *m_accuracyView;
    Axes m_lossAxes;
    Axes m_accuracyAxes;
    QLineSeries *m_trainLoss;
    QLineSeries *m_valLoss;
    QLineSeries *m_trainAccuracy;
    QLineSeries *m_valAccuracy;
    QList<QLineSeries *> m_compared; // two per run: loss, accuracy
    QStringList m_comparedNames;
    QLabel *m_summary;
    QList<Train::EpochRecord> m_epochs; // by epoch, ascending
    bool m_comparing = false;
    bool m_showsTimeLeft = true;
};

} // namespace Patagon
