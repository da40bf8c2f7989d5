// One training run as the Train page shows it.
#include "app/train/runprogressview.h"

#include "app/train/metricschart.h"
#include "core/slurm/jobstate.h"
#include "core/slurm/pendingreason.h"

#include <QApplication>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QMetaEnum>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QStyle>
#include <QTextCursor>
#include <QToolButton>
#include <QVBoxLayout>

#include <limits>

namespace Patagon {

using namespace Patagon::Train;
using Step = TrainRun::Step;

namespace {
constexpr int kOutputBlocks = 5000;

Step stepAt(int index)
{
    return Step(index + 1); // Idle is not shown
}
} // namespace

RunProgressView::RunProgressView(QWidget *parent)
    : QWidget(parent)
    , m_stepRow(new QWidget(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_job(new QLabel(this))
    , m_error(new QLabel(this))
    , m_findings(new QWidget(this))
    , m_outputToggle(new QToolButton(this))
    , m_output(new QPlainTextEdit(this))
    , m_logs(new QPushButton(this))
    , m_script(new QPushButton(this))
    , m_chart(new MetricsChart(this))
{
    m_progress->setObjectName(QStringLiteral("trainProgress"));
    m_status->setObjectName(QStringLiteral("trainStatus"));
    m_job->setObjectName(QStringLiteral("jobState"));
    m_error->setObjectName(QStringLiteral("error"));
    m_findings->setObjectName(QStringLiteral("toolchainFindings"));
    m_outputToggle->setObjectName(QStringLiteral("buildOutputToggle"));
    m_output->setObjectName(QStringLiteral("buildOutput"));
    m_logs->setObjectName(QStringLiteral("showLogs"));
    m_script->setObjectName(QStringLiteral("openScript"));

    auto *steps = new QHBoxLayout(m_stepRow);
    steps->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < kSteps; ++i) {
        if (i > 0) {
            auto *arrow = new QLabel(QStringLiteral("›"), m_stepRow);
            arrow->setEnabled(false);
            steps->addWidget(arrow);
        }
        m_steps[i] = new QLabel(m_stepRow);
        m_steps[i]->setObjectName(
            QStringLiteral("step_")
            + QString::fromLatin1(QMetaEnum::fromType<Step>().valueToKey(int(stepAt(i))))
                  .toLower());
        steps->addWidget(m_steps[i]);
    }
    steps->addStretch();

    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_job->setWordWrap(true);
    m_job->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setFrameShape(QFrame::StyledPanel);
    m_error->setMargin(8);
    m_error->setStyleSheet(QStringLiteral("QLabel#error { background: #fdecea; color: #611a15; }"));
    auto *findings = new QVBoxLayout(m_findings);
    findings->setContentsMargins(0, 0, 0, 0);
    findings->setSpacing(2);
    m_outputToggle->setCheckable(true);
    m_outputToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_outputToggle->setArrowType(Qt::RightArrow);
    m_output->setReadOnly(true);
    m_output->setMaximumBlockCount(kOutputBlocks);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_output->setLineWrapMode(QPlainTextEdit::NoWrap);
    // About a dozen lines: the curves stay in sight below it.
    m_output->setFixedHeight(m_output->fontMetrics().lineSpacing() * 12 + 2 * m_output->frameWidth()
                             + 8);

    // The buttons stay put while the bar comes and goes.
    QSizePolicy keep = m_progress->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    m_progress->setSizePolicy(keep);
    m_status->hide();

    auto *row = new QHBoxLayout;
    row->addWidget(m_progress, 1);
    row->addWidget(m_outputToggle);
    row->addWidget(m_logs);
    row->addWidget(m_script);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stepRow);
    layout->addLayout(row);
    layout->addWidget(m_status);
    layout->addWidget(m_job);
    layout->addWidget(m_error);
    layout->addWidget(m_findings);
    layout->addWidget(m_output);
    layout->addWidget(m_chart, 1);

    connect(m_outputToggle, &QToolButton::toggled, this, &RunProgressView::setBuildOutputVisible);
    connect(m_logs, &QPushButton::clicked, this, [this] {
        if (!m_record.lastJobId().isEmpty())
            emit openLogsRequested(logJob(m_record));
    });
    connect(m_script, &QPushButton::clicked, this, [this] {
        if (!m_record.script.isEmpty())
            emit openScriptRequested(m_record.script);
    });
    retranslate();
    reset();
}

void RunProgressView::reset()
{
    m_step = m_failedStep = Step::Idle;
    m_cancelled = false;
    m_visited.clear();
    m_findingList.clear();
    m_record = {};
    m_jobInfo = {};
    m_epoch = m_epochs = 0;
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->resetFormat();
    m_progress->hide();
    setStatusText(QString());
    m_job->clear();
    m_job->hide();
    setFindings({});
    m_output->clear();
    setBuildOutputVisible(false);
    setError(QString());
    m_chart->clear();
    m_chart->setShowsTimeLeft(!m_readOnly);
    updateSteps();
    updateButtons();
}

void RunProgressView::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_stepRow->setVisible(!readOnly);
    m_outputToggle->setVisible(!readOnly);
    QSizePolicy policy = m_progress->sizePolicy();
    policy.setRetainSizeWhenHidden(!readOnly);
    m_progress->setSizePolicy(policy);
    m_chart->setShowsTimeLeft(!readOnly);
    if (readOnly) {
        m_progress->hide();
        setBuildOutputVisible(false);
    }
    updateButtons();
}

QLabel *RunProgressView::stepLabel(Step step) const
{
    const int i = int(step) - 1;
    return i >= 0 && i < kSteps ? m_steps[i] : nullptr;
}

void RunProgressView::setStep(Step step)
{
    if (step == m_step)
        return;
    m_step = step;
    if (!m_visited.contains(step))
        m_visited.append(step);
    if (step != Step::Finished && step != Step::Idle) {
        setStatusText(TrainRun::stepLabel(step));
        m_progress->setRange(0, 0); // busy until the step says how far it is
        m_progress->resetFormat();
        m_progress->show();
    }
    updateSteps();
}

void RunProgressView::setStepsDoneBefore(Step step)
{
    for (int i = 0; i < int(step) - 1; ++i) {
        if (!m_visited.contains(stepAt(i)))
            m_visited.append(stepAt(i));
    }
    updateSteps();
}

void RunProgressView::setProgress(const QString &text, qint64 done, qint64 maximum)
{
    if (!text.isEmpty())
        setStatusText(text);
    if (m_step == Step::Finished || m_step == Step::Idle)
        return;
    m_progress->show();
    m_progress->resetFormat();
    if (maximum <= 0) {
        m_progress->setRange(0, 0);
        return;
    }
    // QProgressBar counts in int: bytes beyond that are shown in thousandths.
    const bool scale = maximum > std::numeric_limits<int>::max();
    m_progress->setRange(0, scale ? 1000 : int(maximum));
    m_progress->setValue(scale ? int(done * 1000 / maximum)
                               : int(qBound<qint64>(0, done, maximum)));
}

void RunProgressView::setEpochProgress(int epoch, int epochs)
{
    m_epoch = epoch;
    m_epochs = epochs;
    if (epochs <= 0)
        return;
    m_progress->show();
    m_progress->setRange(0, epochs);
    m_progress->setValue(qBound(0, epoch, epochs));
    m_progress->setFormat(tr("Epoch %1 of %2").arg(epoch).arg(epochs));
}

void RunProgressView::setStatusText(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

QString RunProgressView::statusText() const
{
    return m_status->text();
}

void RunProgressView::appendOutput(const QByteArray &chunk)
{
    // Chunks end anywhere, mid-line too: inserted as they come, not as paragraphs.
    QScrollBar *bar = m_output->verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum() - 2;
    QTextCursor cursor(m_output->document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(QString::fromUtf8(chunk));
    if (atEnd)
        bar->setValue(bar->maximum());
}

void RunProgressView::setBuildOutputVisible(bool visible)
{
    m_output->setVisible(visible);
    const QSignalBlocker blocker(m_outputToggle);
    m_outputToggle->setChecked(visible);
    m_outputToggle->setArrowType(visible ? Qt::DownArrow : Qt::RightArrow);
}

bool RunProgressView::isBuildOutputVisible() const
{
    return m_outputToggle->isChecked();
}

void RunProgressView::setFindings(const QList<ToolchainFinding> &findings)
{
    m_findingList.clear();
    for (const ToolchainFinding &f : findings) {
        if (f.severity != ToolchainFinding::Severity::Missing)
            m_findingList.append(f);
    }
    qDeleteAll(m_findings->findChildren<QWidget *>(Qt::FindDirectChildrenOnly));
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    for (const ToolchainFinding &f : std::as_const(m_findingList)) {
        const bool warning = f.severity == ToolchainFinding::Severity::Warning;
        auto *row = new QWidget(m_findings);
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        auto *icon = new QLabel(row);
        icon->setPixmap(style()
                            ->standardIcon(warning ? QStyle::SP_MessageBoxWarning
                                                   : QStyle::SP_MessageBoxInformation)
                            .pixmap(iconSize, iconSize));
        icon->setAlignment(Qt::AlignTop);
        auto *text = new QLabel(f.message, row);
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        rowLayout->addWidget(icon);
        rowLayout->addWidget(text, 1);
        m_findings->layout()->addWidget(row);
    }
    m_findings->setVisible(!m_findingList.isEmpty());
}

int RunProgressView::findingCount() const
{
    return int(m_findingList.size());
}

void RunProgressView::setJob(const Slurm::JobInfo &job)
{
    m_jobInfo = job;
    updateJobText();
}

void RunProgressView::setGpuText(const QString &text)
{
    m_gpuText = text;
    updateJobText();
}

QString RunProgressView::jobText() const
{
    return m_job->text();
}

void RunProgressView::updateJobText()
{
    using namespace Patagon::Slurm;
    const JobInfo &job = m_jobInfo;
    QString text;
    if (job.isValid()) {
        const QString state = jobStateLabel(job.state);
        const QString reason
            = job.state == JobState::Pending ? PendingReason::describe(job.reason) : QString();
        if (!reason.isEmpty())
            text = tr("Job %1: %2. %3").arg(job.id, state, reason);
        else if (!job.nodes.isEmpty())
            text = tr("Job %1: %2 on %3").arg(job.id, state, job.nodes);
        else
            text = tr("Job %1: %2").arg(job.id, state);
    } else if (!m_record.lastJobId().isEmpty()) {
        text = m_record.node.isEmpty()
            ? tr("Job %1").arg(m_record.lastJobId())
            : tr("Job %1 on node %2").arg(m_record.lastJobId(), m_record.node);
    }
    if (!text.isEmpty() && !m_gpuText.isEmpty())
        text += QStringLiteral(" · ") + m_gpuText;
    m_job->setText(text);
    m_job->setVisible(!text.isEmpty());
}

void RunProgressView::setRecord(const RunRecord &record)
{
    m_record = record;
    updateJobText();
    updateButtons();
}

void RunProgressView::setFinished(const Result &result, bool buildFailed)
{
    m_step = Step::Finished;
    m_chart->setShowsTimeLeft(false);
    if (!m_visited.contains(Step::Finished))
        m_visited.append(Step::Finished);
    if (!result) {
        // The step that was running when it stopped: the furthest one reached.
        m_failedStep = Step::Checking;
        for (Step s : std::as_const(m_visited)) {
            if (s != Step::Finished && int(s) > int(m_failedStep))
                m_failedStep = s;
        }
        m_cancelled = result.code() == ErrorCode::Cancelled;
        setError(result.message());
        m_progress->hide();
    } else if (m_epochs > 0) {
        setEpochProgress(m_epochs, m_epochs);
    } else {
        m_progress->setRange(0, 1);
        m_progress->setValue(1);
    }
    if (buildFailed)
        setBuildOutputVisible(true);
    updateSteps();
}

void RunProgressView::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString RunProgressView::errorText() const
{
    return m_error->text();
}

bool RunProgressView::isShowingError() const
{
    return !m_error->isHidden();
}

Slurm::JobInfo RunProgressView::logJob(const RunRecord &record)
{
    Slurm::JobInfo job;
    job.id = record.lastJobId();
    job.jobId = job.id.toLongLong();
    job.name = record.name;
    job.standardOutput
        = record.runDir + QStringLiteral("/slurm-") + job.id + QStringLiteral(".out");
    job.standardError = job.standardOutput; // the batch script sends both streams there
    job.workDir = record.runDir;
    switch (record.state) {
    case RunState::Completed:
        job.state = Slurm::JobState::Completed;
        break;
    case RunState::Failed:
        job.state = Slurm::JobState::Failed;
        break;
    case RunState::Cancelled:
        job.state = Slurm::JobState::Cancelled;
        break;
    case RunState::Running:
        job.state = Slurm::JobState::Running;
        break;
    case RunState::Preparing:
    case RunState::Submitted:
        job.state = Slurm::JobState::Pending;
        break;
    }
    return job;
}

void RunProgressView::updateSteps()
{
    const QString names[kSteps] = {tr("Check"),  tr("Deploy"), tr("Probe"),   tr("Build"),
                                   tr("Submit"), tr("Watch"),  tr("Finished")};
    const int current = m_step == Step::Idle ? -1 : int(m_step) - 1;
    const bool failed = m_failedStep != Step::Idle;
    for (int i = 0; i < kSteps; ++i) {
        const Step step = stepAt(i);
        const bool visited = m_visited.contains(step);
        QString text = names[i];
        if (step == Step::Finished && m_step == Step::Finished && failed)
            text = m_cancelled ? tr("Cancelled") : tr("Failed");
        QString mark;
        if (failed && step == m_failedStep)
            mark = QStringLiteral("✗ ");
        else if (visited && (i < current || (step == Step::Finished && !failed)))
            mark = QStringLiteral("✓ ");
        QLabel *label = m_steps[i];
        label->setText(mark + text);
        QFont f = font();
        f.setBold(i == current);
        label->setFont(f);
        label->setEnabled(visited || i == current);
        label->setToolTip(i < current && !visited
                              ? tr("%1: not needed this time").arg(TrainRun::stepLabel(step))
                              : TrainRun::stepLabel(step));
    }
}

void RunProgressView::updateButtons()
{
    m_logs->setEnabled(!m_record.lastJobId().isEmpty());
    m_script->setEnabled(!m_record.script.isEmpty());
    // Compared runs have no one log or script.
    m_logs->setVisible(!m_readOnly || m_record.isValid());
    m_script->setVisible(!m_readOnly || m_record.isValid());
}

void RunProgressView::retranslate()
{
    m_outputToggle->setText(tr("Build output"));
    m_outputToggle->setToolTip(tr("What the toolchain check and the compiler printed"));
    m_logs->setText(tr("Show logs"));
    m_logs->setToolTip(tr("Follow the job's output on the Logs page"));
    m_script->setText(tr("Open script"));
    m_script->setToolTip(tr("Open the batch script of this run on the Script page"));
    if (m_epochs > 0 && m_progress->maximum() == m_epochs)
        setEpochProgress(m_epoch, m_epochs);
    updateSteps();
    updateJobText();
}

void RunProgressView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Patagon
