// The Train page.
#include "app/pages/trainpage.h"

#include "app/containers/containerlistmodel.h"
#include "app/train/metricschart.h"
#include "app/train/resultsview.h"
#include "app/train/runactionbar.h"
#include "app/train/runlistmodel.h"
#include "app/train/runprogressview.h"
#include "app/train/runsview.h"
#include "app/train/trainform.h"
#include "core/remote/remotehost.h"
#include "core/settingskeys.h"
#include "core/slurm/clusterfactsfetcher.h"
#include "core/train/runstore.h"
#include "core/train/runwatcher.h"

#include <QAction>
#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace Patagon {

using namespace Patagon::Train;
using Step = TrainRun::Step;

TrainPage::TrainPage(RemoteHost *host, Slurm::SlurmClient *client,
                     Container::ContainerService *containers, ContainerListModel *containerModel,
                     RunStore *store, QWidget *parent)
    : QWidget(parent)
    , m_host(host)
    , m_client(client)
    , m_containers(containers)
    , m_store(store)
    , m_title(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_scroll(new QScrollArea(this))
    , m_form(new TrainForm(this))
    , m_formToggle(new QToolButton(this))
    , m_validation(new QLabel(this))
    , m_train(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_banner(new QWidget(this))
    , m_bannerText(new QLabel(this))
    , m_back(new QPushButton(this))
    , m_views(new QStackedWidget(this))
    , m_live(new RunProgressView(this))
    , m_record(new RunProgressView(this))
    , m_runs(new RunsView(store, this))
    , m_results(new ResultsView(host, this))
{
    m_review = new QCheckBox(this);
    m_review->setObjectName(QStringLiteral("reviewScript"));
    m_review->setChecked(QSettings()
                             .value(QLatin1String(SettingsKeys::kTrainReviewScript),
                                    SettingsKeys::kTrainReviewScriptDefault)
                             .toBool());
    m_actions = new RunActionBar(containers, this);
    m_containerModel = containerModel;
    setObjectName(QStringLiteral("trainPage"));
    m_title->setObjectName(QStringLiteral("title"));
    m_tabs->setObjectName(QStringLiteral("trainTabs"));
    m_validation->setObjectName(QStringLiteral("validation"));
    m_formToggle->setObjectName(QStringLiteral("settingsToggle"));
    m_train->setObjectName(QStringLiteral("trainButton"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_bannerText->setObjectName(QStringLiteral("bannerText"));
    m_back->setObjectName(QStringLiteral("backToLiveRun"));
    m_live->setObjectName(QStringLiteral("liveRun"));
    m_record->setObjectName(QStringLiteral("recordedRun"));

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_validation->setWordWrap(true);
    m_validation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_bannerText->setWordWrap(true);
    m_formToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_formToggle->setArrowType(Qt::DownArrow);
    m_formToggle->setAutoRaise(true);
    m_train->setDefault(true);
    m_train->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_form->setContainerModel(containerModel);
    m_form->setHost(host);
    m_record->setReadOnly(true);

    // Shortcuts work while the page is shown (the actions live on the page).
    auto addShortcut = [this](const QList<QKeySequence> &keys, const std::function<void()> &slot) {
        auto *action = new QAction(this);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    addShortcut({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)},
                [this] { train(); });
    // Esc belongs to the page only while there is something to cancel.
    m_cancelAction = addShortcut({QKeySequence(Qt::Key_Escape)}, [this] { cancelRun(); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_formToggle, 0, Qt::AlignTop);
    buttons->addWidget(m_validation, 1);
    buttons->addWidget(m_review);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_train);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(0, 0, 0, 0);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_back);
    m_banner->hide();
    m_views->addWidget(m_live);
    m_views->addWidget(m_record);

    auto *content = new QWidget(m_scroll);
    auto *runLayout = new QVBoxLayout(content);
    runLayout->addWidget(m_form);
    runLayout->addLayout(buttons);
    runLayout->addWidget(m_actions);
    runLayout->addWidget(m_banner);
    runLayout->addWidget(m_views, 1);
    runLayout->addWidget(m_results);
    m_results->hide();
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_tabs->addTab(m_scroll, QString());
    m_tabs->addTab(m_runs, QString());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_tabs, 1);

    connect(m_form, &TrainForm::changed, this, &TrainPage::updatePrecision);
    connect(m_form, &TrainForm::changed, this, &TrainPage::updateActions);
    connect(m_review, &QCheckBox::toggled, this, [](bool on) {
        QSettings().setValue(QLatin1String(SettingsKeys::kTrainReviewScript), on);
    });
    connect(m_actions, &RunActionBar::openScriptRequested, this, &TrainPage::openScriptRequested);
    connect(m_actions, &RunActionBar::submitApproved, this, [this] {
        if (m_run)
            m_run->approveSubmit();
    });
    connect(m_actions, &RunActionBar::fixFinished, this,
            [this](const Result &result, const QString &created) {
                if (!result || created.isEmpty())
                    return;
                TrainConfig c = config();
                c.container = created;
                c.node.clear();
                setConfig(c);
                setFormVisible(true);
            });
    connect(m_train, &QPushButton::clicked, this, &TrainPage::train);
    connect(m_cancel, &QPushButton::clicked, this, [this] { cancelRun(); });
    connect(m_back, &QPushButton::clicked, this, &TrainPage::showLiveRun);
    connect(m_formToggle, &QToolButton::clicked, this,
            [this] { setFormVisible(!isFormVisible()); });
    for (RunProgressView *view : {m_live, m_record}) {
        connect(view, &RunProgressView::openLogsRequested, this, &TrainPage::openLogsRequested);
        connect(view, &RunProgressView::openScriptRequested, this, &TrainPage::openScriptRequested);
    }
    m_runs->setHost(host);
    connect(m_runs, &RunsView::showRequested, this, &TrainPage::showRecord);
    connect(m_runs, &RunsView::compareRequested, this, &TrainPage::compareRuns);
    connect(m_runs, &RunsView::rerunRequested, this, &TrainPage::rerun);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_runs)
            m_runs->reload(); // the CLI may have added runs
    });
    if (m_host) {
        connect(m_host, &RemoteHost::stateChanged, this, &TrainPage::updateActions);
        connect(m_host, &RemoteHost::connected, this, [this] {
            if (!m_host)
                return;
            resumeUnfinished(m_host->name());
            m_facts = Slurm::ClusterFacts::loadFromCache(m_host->name());
            if (!m_facts) {
                auto *fetcher = new Slurm::ClusterFactsFetcher(m_host, this);
                connect(fetcher, &Slurm::ClusterFactsFetcher::fetched, this,
                        [this, fetcher](const Slurm::ClusterFacts &facts) {
                            m_facts = facts;
                            fetcher->deleteLater();
                            updatePrecision();
                            updateActions();
                        });
                connect(fetcher, &Slurm::ClusterFactsFetcher::failed, fetcher,
                        &QObject::deleteLater);
                fetcher->fetch();
            }
            updatePrecision();
            updateActions();
        });
    }
    retranslate();
    updatePrecision();
}

TrainPage::~TrainPage() = default;

TrainConfig TrainPage::config() const
{
    return m_form->config();
}

void TrainPage::setConfig(const TrainConfig &config)
{
    // Offered or not for the new settings first, so that a bf16 run's bf16 is kept.
    const Bf16Support bf16 = bf16Support(config);
    m_form->setBf16Available(bf16.offered(), bf16.why);
    m_form->setConfig(config);
}

bool TrainPage::isRunActive() const
{
    return m_run && m_run->step() != Step::Idle && m_run->step() != Step::Finished;
}

MetricsChart *TrainPage::chart() const
{
    return m_live->chart();
}

RunListModel *TrainPage::runsModel() const
{
    return m_runs->model();
}

bool TrainPage::isShowingLiveRun() const
{
    return m_views->currentWidget() == m_live;
}

QString TrainPage::validationText() const
{
    return m_validation->text();
}

bool TrainPage::isFormVisible() const
{
    return !m_form->isHidden();
}

void TrainPage::setFormVisible(bool visible)
{
    m_form->setVisible(visible);
    m_formToggle->setArrowType(visible ? Qt::DownArrow : Qt::RightArrow);
    updateActions(); // the toggle says what is folded away
}

void TrainPage::showLatestRun(const QString &profile)
{
    if (!m_store || isRunActive())
        return;
    RunStore::Filter filter;
    filter.profile = profile;
    const auto runs = m_store->list(filter);
    if (!runs)
        return;
    for (const RunRecord &record : *runs) { // newest first
        if (!record.lastJobId().isEmpty()) {
            showRecord(record);
            return;
        }
    }
}

void TrainPage::showStoreError(const QString &message)
{
    const QString text
        = tr("Runs are not recorded on this computer, so they will not be listed under Runs: %1")
              .arg(message);
    m_live->setError(text);
    m_runs->setUnavailable(text);
}

void TrainPage::showRecord(const RunRecord &record)
{
    m_compared = 0;
    m_record->reset();
    m_record->setRecord(record);
    m_record->setError(record.error);
    m_record->chart()->setEpochs(storedEpochs(record.id));
    const QString state = RunListModel::stateText(record.state);
    m_record->setStatusText(
        record.testAccuracy
            ? tr("Run %1, %2: %3, test accuracy %4.")
                  .arg(record.id)
                  .arg(record.name, state, RunListModel::percentText(record.testAccuracy))
            : tr("Run %1, %2: %3.").arg(record.id).arg(record.name, state));
    m_views->setCurrentWidget(m_record);
    m_tabs->setCurrentWidget(m_scroll);
    setFormVisible(false);
    updateBanner();
    updateResults();
}

void TrainPage::compareRuns(const QList<RunRecord> &runs)
{
    if (runs.size() < 2)
        return;
    m_record->reset();
    QList<MetricsChart::NamedEpochs> curves;
    QStringList names;
    for (const RunRecord &r : runs) {
        curves.append({tr("%1: %2").arg(r.id).arg(r.name), storedEpochs(r.id)});
        names << QString::number(r.id);
    }
    m_record->chart()->showRuns(curves);
    m_compared = int(runs.size());
    m_views->setCurrentWidget(m_record);
    m_tabs->setCurrentWidget(m_scroll);
    setFormVisible(false);
    updateBanner();
    updateResults();
}

void TrainPage::rerun(const RunRecord &record)
{
    TrainConfig config = TrainConfig::fromJson(record.config);
    config.node.clear(); // found again: the container may have moved
    setConfig(config);
    m_tabs->setCurrentWidget(m_scroll);
    setFormVisible(true);
    m_scroll->ensureWidgetVisible(m_form);
    m_form->dataDirEdit()->setFocus();
}

void TrainPage::showLiveRun()
{
    m_views->setCurrentWidget(m_live);
    m_compared = 0;
    updateBanner();
    updateActions();
    updateResults();
}

// The results of the one run shown, once it has completed; none while comparing.
void TrainPage::updateResults()
{
    const bool record = m_views->currentWidget() == m_record;
    const RunRecord &shown = record ? m_record->record() : m_live->record();
    const bool show
        = !(record && m_compared > 0) && shown.isValid() && shown.state == RunState::Completed;
    if (show)
        m_results->setRecord(shown);
    m_results->setVisible(show);
}

void TrainPage::updateBanner()
{
    const bool record = m_views->currentWidget() == m_record;
    m_banner->setVisible(record);
    if (!record)
        return;
    m_bannerText->setText(m_compared > 0 ? tr("Comparing %n recorded run(s).", nullptr, m_compared)
                                         : tr("A recorded run, as it was stored."));
    m_back->setText(m_run ? tr("Back to the current run") : tr("Close"));
}

// bf16 is offered for GPUs known to compute in it: from the last probe of this container when
// it saw the GPU, else from the GPU type.
void TrainPage::updatePrecision()
{
    TrainConfig c = config();
    // "Any" GPU of a partition whose GPUs are all of one type is of that type.
    if (c.gresType.isEmpty() && m_facts) {
        if (const Slurm::PartitionFacts *p = m_facts->partition(c.partition)) {
            const QStringList types = p->gresTypes(QStringLiteral("gpu"));
            if (types.size() == 1)
                c.gresType = types.first();
        }
    }
    const ToolchainReport *probe
        = m_run && m_run->config().container == c.container && m_run->toolchain().complete()
        ? &m_run->toolchain()
        : nullptr;
    const Bf16Support bf16 = bf16Support(c, probe);
    m_form->setBf16Available(bf16.offered(), bf16.why);
}

void TrainPage::updateActions()
{
    const bool active = isRunActive();
    Result valid = config().validate();
    const bool connected = m_host && m_host->isConnected();
    QString warning;
    if (valid && connected && m_facts) {
        // The same checker as the Script page's, on the script this run would submit.
        for (const Slurm::ScriptProblem &p : checkAgainstCluster(config(), *m_facts)) {
            if (p.severity == Slurm::ScriptProblem::Severity::Error) {
                valid = Result::error(ErrorCode::InvalidInput, p.message);
                break;
            }
            if (warning.isEmpty())
                warning = p.message;
        }
    }
    m_train->setEnabled(!active && valid && connected);
    m_cancel->setEnabled(active);
    m_cancelAction->setEnabled(active);
    // Offline, an empty container box is no mistake yet: the list comes with the connection.
    const bool offlineHint = !connected && !active && (valid || config().container.isEmpty());
    const QString hint = offlineHint
        ? tr("Not connected. Connect to the cluster on the Connection page, then press Train.")
        : valid ? warning
                : valid.message();
    m_validation->setText(hint);
    m_validation->setStyleSheet(offlineHint || hint.isEmpty() ? QString()
                                    : valid                   ? QStringLiteral("color: #a15c00")
                                                              : QStringLiteral("color: #c62828"));
    const QString shortcut
        = QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText);
    if (active)
        m_train->setToolTip(tr("A run is in progress. Wait for it to end or cancel it to start "
                               "another."));
    else if (!valid || !connected)
        m_train->setToolTip(hint);
    else
        m_train->setToolTip(
            tr("Build the trainer if needed and submit this run (%1)").arg(shortcut));
    m_cancel->setToolTip(tr("Stop the run (Esc). A submitted job is cancelled after asking."));
    const TrainConfig c = config();
    // Beside a recorded run the form is the next run's, not the one shown.
    const bool showingRecord = m_views->currentWidget() == m_record;
    m_formToggle->setText(
        isFormVisible() ? tr("Settings")
            : showingRecord
            ? tr("Next run: %1, %n epoch(s)", nullptr, c.epochs).arg(c.displayName())
            : tr("Settings: %1, %n epoch(s)", nullptr, c.epochs).arg(c.displayName()));
    m_formToggle->setToolTip(tr("Show or hide this run's settings"));
    m_runs->setActiveRunId(active && m_run ? m_run->record().id : 0);
}

void TrainPage::retranslate()
{
    m_title->setText(tr("Train"));
    m_tabs->setTabText(0, tr("&New run"));
    m_tabs->setTabText(1, tr("R&uns"));
    m_train->setText(tr("Train"));
    m_cancel->setText(tr("Cancel"));
    m_review->setText(tr("Review the script first"));
    m_review->setToolTip(tr("Stop before submitting, so that the batch script can be read on "
                            "the Script page"));
    updateBanner();
    updateActions();
}

void TrainPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Patagon
