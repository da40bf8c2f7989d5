// The training curves.
#include "app/train/metricschart.h"

#include "app/jobs/jobtablemodel.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace Patagon {

using namespace Patagon::Train;

namespace {

// Train and validation in every chart; the compare mode's runs after them.
const QColor kTrain(0x1f, 0x77, 0xb4);
const QColor kValidation(0xff, 0x7f, 0x0e);
const QList<QColor> kRuns
    = {QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c),
       QColor(0xd6, 0x27, 0x28), QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b),
       QColor(0xe3, 0x77, 0xc2), QColor(0x7f, 0x7f, 0x7f), QColor(0xbc, 0xbd, 0x22),
       QColor(0x17, 0xbe, 0xcf)};

// A whole number of epochs between ticks, at most about eight ticks.
double tickStep(double range)
{
    const double raw = qMax(1.0, range / 8);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        if (m * magnitude >= raw)
            return m * magnitude;
    }
    return 10 * magnitude;
}

QLineSeries *newSeries(QObject *parent)
{
    auto *s = new QLineSeries(parent);
    s->setPointsVisible(true);
    return s;
}

QChart *newChart()
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation); // epochs must not queue animations
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

} // namespace

MetricsChart::MetricsChart(QWidget *parent)
    : QWidget(parent)
    , m_lossChart(newChart())
    , m_accuracyChart(newChart())
    , m_lossView(new QChartView(m_lossChart, this))
    , m_accuracyView(new QChartView(m_accuracyChart, this))
    , m_trainLoss(newSeries(this))
    , m_valLoss(newSeries(this))
    , m_trainAccuracy(newSeries(this))
    , m_valAccuracy(newSeries(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("metricsChart"));
    m_summary->setObjectName(QStringLiteral("metricsSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QChartView *view : {m_lossView, m_accuracyView}) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(200, 190);
        view->setFrameShape(QFrame::NoFrame);
    }
    for (auto [chart, axes] :
         {std::pair {m_lossChart, &m_lossAxes}, std::pair {m_accuracyChart, &m_accuracyAxes}}) {
        axes->x = new QValueAxis(chart);
        axes->y = new QValueAxis(chart);
        axes->x->setLabelFormat(QStringLiteral("%.0f"));
        axes->x->setTickType(QValueAxis::TicksDynamic);
        axes->x->setTickAnchor(0);
        chart->addAxis(axes->x, Qt::AlignBottom);
        chart->addAxis(axes->y, Qt::AlignLeft);
    }
    m_lossAxes.y->setLabelFormat(QStringLiteral("%.3g"));
    m_accuracyAxes.y->setLabelFormat(QStringLiteral("%.0f"));
    m_accuracyAxes.y->setTickType(QValueAxis::TicksDynamic);
    m_accuracyAxes.y->setTickAnchor(0);
    attach(m_lossChart, m_lossAxes, m_trainLoss);
    attach(m_lossChart, m_lossAxes, m_valLoss);
    attach(m_accuracyChart, m_accuracyAxes, m_trainAccuracy);
    attach(m_accuracyChart, m_accuracyAxes, m_valAccuracy);

    auto *charts = new QHBoxLayout;
    charts->setContentsMargins(0, 0, 0, 0);
    charts->addWidget(m_lossView, 1);
    charts->addWidget(m_accuracyView, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(charts, 1);
    layout->addWidget(m_summary);

    applyTheme();
    retranslate();
    rescale();
}

MetricsChart::~MetricsChart() = default;

void MetricsChart::attach(QChart *chart, const Axes &axes, QLineSeries *series)
{
    chart->addSeries(series);
    series->attachAxis(axes.x);
    series->attachAxis(axes.y);
}

QList<QLineSeries *> MetricsChart::series() const
{
    if (m_comparing)
        return m_compared;
    return {m_trainLoss, m_valLoss, m_trainAccuracy, m_valAccuracy};
}

void MetricsChart::clear()
{
    setEpochs({});
}

void MetricsChart::setEpochs(const QList<EpochRecord> &epochs)
{
    leaveCompareMode();
    m_epochs.clear();
    for (const EpochRecord &e : epochs) {
        auto it = std::lower_bound(m_epochs.begin(), m_epochs.end(), e.epoch,
                                   [](const EpochRecord &a, int b) { return a.epoch < b; });
        if (it != m_epochs.end() && it->epoch == e.epoch)
            *it = e; // the later one wins, as in addEpoch
        else
            m_epochs.insert(it, e);
    }
    QList<QPointF> trainLoss, valLoss, trainAccuracy, valAccuracy;
    for (const EpochRecord &e : std::as_const(m_epochs)) {
        trainLoss.append(QPointF(e.epoch, e.trainLoss));
        valLoss.append(QPointF(e.epoch, e.valLoss));
        trainAccuracy.append(QPointF(e.epoch, e.trainAccuracy * 100));
        valAccuracy.append(QPointF(e.epoch, e.valAccuracy * 100));
    }
    m_trainLoss->replace(trainLoss);
    m_valLoss->replace(valLoss);
    m_trainAccuracy->replace(trainAccuracy);
    m_valAccuracy->replace(valAccuracy);
    rescale();
    updateSummary();
}

void MetricsChart::addEpoch(const EpochRecord &epoch)
{
    leaveCompareMode();
    auto it = std::lower_bound(m_epochs.begin(), m_epochs.end(), epoch.epoch,
                               [](const EpochRecord &a, int b) { return a.epoch < b; });
    const int index = int(it - m_epochs.begin());
    const QPointF points[4]
        = {QPointF(epoch.epoch, epoch.trainLoss), QPointF(epoch.epoch, epoch.valLoss),
           QPointF(epoch.epoch, epoch.trainAccuracy * 100),
           QPointF(epoch.epoch, epoch.valAccuracy * 100)};
    QLineSeries *const lines[4] = {m_trainLoss, m_valLoss, m_trainAccuracy, m_valAccuracy};
    if (it != m_epochs.end() && it->epoch == epoch.epoch) {
        *it = epoch;
        for (int i = 0; i < 4; ++i)
            lines[i]->replace(index, points[i]);
    } else {
        const bool last = it == m_epochs.end();
        m_epochs.insert(it, epoch);
        for (int i = 0; i < 4; ++i) {
            if (last)
                lines[i]->append(points[i]);
            else
                lines[i]->insert(index, points[i]);
        }
    }
    rescale();
    updateSummary();
}

void MetricsChart::showRuns(const QList<NamedEpochs> &runs)
{
    leaveCompareMode();
    for (QLineSeries *s : {m_trainLoss, m_valLoss})
        m_lossChart->removeSeries(s);
    for (QLineSeries *s : {m_trainAccuracy, m_valAccuracy})
        m_accuracyChart->removeSeries(s);
    // removeSeries hands them back: keep them until the mode ends.
    for (QLineSeries *s : {m_trainLoss, m_valLoss, m_trainAccuracy, m_valAccuracy})
        s->setParent(this);
    m_comparing = true;
    for (const NamedEpochs &run : runs) {
        QList<EpochRecord> epochs = run.second;
        std::sort(epochs.begin(), epochs.end(),
                  [](const EpochRecord &a, const EpochRecord &b) { return a.epoch < b.epoch; });
        QList<QPointF> loss, accuracy;
        for (const EpochRecord &e : std::as_const(epochs)) {
            loss.append(QPointF(e.epoch, e.valLoss));
            accuracy.append(QPointF(e.epoch, e.valAccuracy * 100));
        }
        auto *lossSeries = newSeries(m_lossChart);
        auto *accuracySeries = newSeries(m_accuracyChart);
        lossSeries->replace(loss);
        accuracySeries->replace(accuracy);
        attach(m_lossChart, m_lossAxes, lossSeries);
        attach(m_accuracyChart, m_accuracyAxes, accuracySeries);
        m_compared << lossSeries << accuracySeries;
        m_comparedNames << run.first;
    }
    applyTheme();
    retranslate();
    rescale();
}

void MetricsChart::leaveCompareMode()
{
    if (!m_comparing)
        return;
    for (QLineSeries *s : std::as_const(m_compared)) {
        if (QChart *chart = s->chart())
            chart->removeSeries(s);
        delete s;
    }
    m_compared.clear();
    m_comparedNames.clear();
    m_comparing = false;
    attach(m_lossChart, m_lossAxes, m_trainLoss);
    attach(m_lossChart, m_lossAxes, m_valLoss);
    attach(m_accuracyChart, m_accuracyAxes, m_trainAccuracy);
    attach(m_accuracyChart, m_accuracyAxes, m_valAccuracy);
    applyTheme();
    retranslate();
}

void MetricsChart::rescale()
{
    // At most a few hundred points: reading them back is cheaper than keeping running extremes
    // that a replaced epoch would invalidate.
    double lastEpoch = 1;
    double maxLoss = 0;
    double minAccuracy = 100;
    bool anyAccuracy = false;
    for (QLineSeries *s : series()) {
        const bool isLoss = s->chart() == m_lossChart;
        for (const QPointF &p : s->points()) {
            lastEpoch = qMax(lastEpoch, p.x());
            if (isLoss) {
                maxLoss = qMax(maxLoss, p.y());
            } else {
                minAccuracy = qMin(minAccuracy, p.y());
                anyAccuracy = true;
            }
        }
    }
    // A run's x axis spans its planned epochs from the first one on.
    const double planned = m_comparing || m_epochs.isEmpty() ? 0 : m_epochs.constLast().epochs;
    const double maxX
        = qMax(qMax(lastEpoch, planned), m_epochs.isEmpty() && !m_comparing ? 10.0 : 2.0);
    for (QValueAxis *x : {m_lossAxes.x, m_accuracyAxes.x}) {
        // Never a wide range with a small interval, even for a moment: that lays out hundreds
        // of tick labels (about 90 ms on the GUI thread for 300 epochs). Growing: the interval
        // first; shrinking: the range first.
        if (maxX > x->max()) {
            x->setTickInterval(tickStep(maxX - 1));
            x->setRange(1, maxX);
        } else {
            x->setRange(1, maxX);
            x->setTickInterval(tickStep(maxX - 1));
        }
    }
    m_lossAxes.y->setRange(0, maxLoss > 0 ? maxLoss * 1.1 : 1.0);
    m_lossAxes.y->applyNiceNumbers();
    const double low = anyAccuracy ? qBound(0.0, std::floor(minAccuracy / 10) * 10, 90.0) : 0.0;
    m_accuracyAxes.y->setRange(low, 100);
    m_accuracyAxes.y->setTickInterval(100 - low > 50 ? 20 : 10);
}

void MetricsChart::setShowsTimeLeft(bool show)
{
    m_showsTimeLeft = show;
    updateSummary();
}

QString MetricsChart::summaryText() const
{
    return m_summary->text();
}

void MetricsChart::updateSummary()
{
    // Comparing, one legend for both charts (theirs would elide the runs' names): a line of
    // coloured squares and names that wraps.
    for (QChart *chart : {m_lossChart, m_accuracyChart})
        chart->legend()->setVisible(!m_comparing);
    m_summary->setTextFormat(m_comparing ? Qt::RichText : Qt::PlainText);
    if (m_comparing) {
        QStringList legend;
        for (int i = 0; i < m_compared.size(); i += 2) {
            legend << QStringLiteral("<span style=\"color:%1\">&#9632;</span>&nbsp;%2")
                          .arg(m_compared.at(i)->color().name(),
                               m_comparedNames.value(i / 2).toHtmlEscaped());
        }
        m_summary->setText(tr("Comparing %n run(s): validation loss and validation accuracy by "
                              "epoch.",
                              nullptr, int(m_comparedNames.size()))
                               .toHtmlEscaped()
                           + QStringLiteral("<br>") + legend.join(QStringLiteral(" &nbsp; ")));
        return;
    }
    if (m_epochs.isEmpty()) {
        m_summary->setText(tr("The curves appear once the trainer has finished its first epoch."));
        return;
    }
    const EpochRecord &e = m_epochs.constLast();
    const QLocale locale;
    const QString speed = locale.toString(e.imagesPerSecond, 'f', 0);
    const QString rate = locale.toString(e.learningRate, 'g', 3);
    const int remaining = e.epochs - e.epoch;
    if (m_showsTimeLeft && remaining > 0 && e.epochSeconds > 0) {
        const QString left
            = JobTableModel::durationText(qint64(std::ceil(e.epochSeconds * remaining)));
        m_summary->setText(tr("Epoch %1 of %2 · %3 images/s · learning rate %4 · about %5 left")
                               .arg(e.epoch)
                               .arg(e.epochs)
                               .arg(speed, rate, left));
    } else {
        m_summary->setText(tr("Epoch %1 of %2 · %3 images/s · learning rate %4")
                               .arg(e.epoch)
                               .arg(e.epochs)
                               .arg(speed, rate));
    }
}

void MetricsChart::applyTheme()
{
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const QChart::ChartTheme theme = dark ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    for (QChart *chart : {m_lossChart, m_accuracyChart}) {
        chart->setTheme(theme); // also recolours the series: set ours after it
        QFont title = font();
        title.setBold(true);
        chart->setTitleFont(title);
        chart->legend()->setFont(font());
        for (QAbstractAxis *axis : chart->axes())
            axis->setLabelsFont(font());
    }
    auto style = [dark](QLineSeries *s, QColor color) {
        if (dark)
            color = color.lighter(130);
        QPen pen(color, 2);
        s->setPen(pen);
        s->setColor(color);
    };
    style(m_trainLoss, kTrain);
    style(m_trainAccuracy, kTrain);
    style(m_valLoss, kValidation);
    style(m_valAccuracy, kValidation);
    for (int i = 0; i < m_compared.size(); ++i)
        style(m_compared.at(i), kRuns.at((i / 2) % kRuns.size()));
    if (m_comparing)
        updateSummary(); // the legend's colours
}

void MetricsChart::retranslate()
{
    m_lossChart->setTitle(tr("Loss"));
    m_accuracyChart->setTitle(tr("Accuracy (%)"));
    m_lossAxes.x->setTitleText(tr("Epoch"));
    m_accuracyAxes.x->setTitleText(tr("Epoch"));
    m_trainLoss->setName(tr("Training"));
    m_trainAccuracy->setName(tr("Training"));
    m_valLoss->setName(tr("Validation"));
    m_valAccuracy->setName(tr("Validation"));
    for (int i = 0; i < m_compared.size(); ++i)
        m_compared.at(i)->setName(m_comparedNames.value(i / 2));
    updateSummary();
}

void MetricsChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyTheme();
    QWidget::changeEvent(event);
}

} // namespace Patagon
