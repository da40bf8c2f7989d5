// The Logs page.
#include "app/pages/logspage.h"

#include "app/jobs/jobcenter.h"
#include "app/jobs/logview.h"
#include "core/jobs/jobmonitor.h"
#include "core/jobs/logfollower.h"

#include <QCheckBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Patagon {

using namespace Patagon::Jobs;
using namespace Patagon::Slurm;

namespace {
constexpr qint64 kEarlierBlock = 4 * 1024 * 1024;
}

LogsPage::LogsPage(JobCenter *center, QWidget *parent)
    : QWidget(parent)
    , m_center(center)
    , m_title(new QLabel(this))
    , m_paths_label(new QLabel(this))
    , m_status(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_views {new LogView(this), new LogView(this)}
    , m_search(new QLineEdit(this))
    , m_previous(new QPushButton(this))
    , m_next(new QPushButton(this))
    , m_matches(new QLabel(this))
    , m_wrap(new QCheckBox(this))
    , m_follow(new QPushButton(this))
    , m_save(new QPushButton(this))
    , m_earlier(new QPushButton(this))
{
    setObjectName(QStringLiteral("logsPage"));
    m_views[0]->setObjectName(QStringLiteral("outputView"));
    m_views[1]->setObjectName(QStringLiteral("errorView"));
    m_search->setObjectName(QStringLiteral("logSearch"));
    m_wrap->setObjectName(QStringLiteral("wrapLines"));
    m_follow->setObjectName(QStringLiteral("followEnd"));
    m_save->setObjectName(QStringLiteral("saveCopy"));
    m_earlier->setObjectName(QStringLiteral("loadEarlier"));
    m_status->setObjectName(QStringLiteral("logStatus"));

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_paths_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_paths_label->setWordWrap(true);
    m_search->setClearButtonEnabled(true);

    m_tabs->addTab(m_views[0], QString());
    m_tabs->addTab(m_views[1], QString());
    m_tabs->setTabVisible(1, false);
    m_follow->setCheckable(true);

    // Two rows, the find bar under the output: in one row the page was wider than the window
    // at its first-start size (in Spanish).
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_wrap);
    bar->addStretch();
    bar->addWidget(m_earlier);
    bar->addWidget(m_follow);
    bar->addWidget(m_save);
    auto *findBar = new QHBoxLayout;
    findBar->addWidget(m_search, 1);
    findBar->addWidget(m_previous);
    findBar->addWidget(m_next);
    findBar->addWidget(m_matches);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_paths_label);
    layout->addLayout(bar);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(findBar);
    layout->addWidget(m_status);

    connect(m_search, &QLineEdit::textChanged, this, &LogsPage::setSearchText);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { findNext(false); });
    connect(m_next, &QPushButton::clicked, this, [this] { findNext(false); });
    connect(m_previous, &QPushButton::clicked, this, [this] { findNext(true); });
    connect(m_wrap, &QCheckBox::toggled, this, &LogsPage::setWrap);
    connect(m_follow, &QPushButton::clicked, this,
            [this](bool follow) { currentView()->setFollowing(follow); });
    connect(m_save, &QPushButton::clicked, this, &LogsPage::saveCopyDialog);
    connect(m_tabs, &QTabWidget::tabBarClicked, this, [this] { m_tabChosen = true; });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        setSearchText(m_search->text());
        updateHeader();
    });
    for (int i = 0; i < 2; ++i) {
        connect(m_views[i], &LogView::followingChanged, this, &LogsPage::updateHeader);
        connect(m_views[i], &LogView::earlierDropped, this, [this, i](qint64 offset) {
            if (!m_follower)
                return;
            if (offset >= 0)
                m_follower->forgetBefore(LogFollower::Stream(i), offset);
            else
                m_lostEarlier[i] = true;
            updateHeader();
        });
        connect(m_views[i], &LogView::laterDropped, this, [this, i] {
            m_detached[i] = true;
            updateHeader();
        });
        connect(m_views[i], &LogView::followingChanged, this, [this, i](bool following) {
            // Back at the end of a view that let its newest lines go: read the end again.
            if (!following || !m_detached[i] || !m_follower)
                return;
            m_detached[i] = false;
            m_lostEarlier[i] = false;
            m_views[i]->clear();
            m_follower->reopenAtTail(LogFollower::Stream(i));
            updateHeader();
        });
        connect(m_views[i], &LogView::topReached, this, [this, i] {
            if (m_follower && m_follower->hasEarlier(LogFollower::Stream(i)))
                m_follower->loadEarlier(LogFollower::Stream(i), kEarlierBlock,
                                        m_views[i]->maxLines() / 2);
        });
    }
    connect(m_earlier, &QPushButton::clicked, this, [this] {
        const int i = m_tabs->currentIndex();
        if (m_follower)
            m_follower->loadEarlier(LogFollower::Stream(i), kEarlierBlock,
                                    m_views[i]->maxLines() / 2);
    });
    connect(m_center->monitor(), &JobMonitor::jobFinished, this, [this](const JobInfo &job) {
        if (m_follower && job.id == m_job.id) {
            m_job = job;
            m_follower->setJobFinished();
            updateHeader();
        }
    });
    retranslate();
}

LogsPage::~LogsPage() = default;

LogView *LogsPage::currentView() const
{
    return m_views[qMax(0, m_tabs->currentIndex())];
}

void LogsPage::connectFollower()
{
    delete m_follower;
    m_follower = new LogFollower(m_center->host(), this);
    m_statusText = nullptr;
    m_tabChosen = false;
    for (int i = 0; i < 2; ++i)
        m_detached[i] = m_lostEarlier[i] = false;
    m_tabs->setCurrentIndex(0);
    for (LogView *v : m_views) {
        v->clear();
        v->setFollowing(true);
    }
    connect(m_follower, &LogFollower::pathsResolved, this,
            [this](const QString &out, const QString &err) {
                m_paths[0] = out;
                m_paths[1] = err;
                m_tabs->setTabVisible(1, out != err);
                if (out == err)
                    m_tabs->setCurrentIndex(0);
                updateHeader();
            });
    connect(m_follower, &LogFollower::linesAppended, this,
            [this](LogFollower::Stream s, const QStringList &lines, qint64 offset) {
                if (m_detached[s])
                    return; // read again from the tail when the user follows
                m_views[s]->appendLines(lines, offset);
                updateHeader();
            });
    connect(m_follower, &LogFollower::partialLineChanged, this,
            [this](LogFollower::Stream s, const QString &line) {
                if (!m_detached[s])
                    m_views[s]->setPartialLine(line);
            });
    connect(m_follower, &LogFollower::earlierLoaded, this,
            [this](LogFollower::Stream s, const QStringList &lines, bool) {
                m_views[s]->prependLines(lines, m_follower->firstOffset(s));
                updateHeader();
            });
    connect(m_follower, &LogFollower::truncated, this, [this](LogFollower::Stream s) {
        m_views[s]->forgetOffsets();
        m_views[s]->setPartialLine(QString());
        m_views[s]->appendMarker(tr("the file was truncated; reading it again from its start"));
    });
    connect(
        m_follower, &LogFollower::waitingForFile, this,
        [this](LogFollower::Stream, const QString &path) {
            m_statusText = [this, path] {
                return tr("Waiting for %1 to appear (the job may not have started yet).").arg(path);
            };
            updateHeader();
        });
    connect(m_follower, &LogFollower::readFailed, this, [this](const Result &r) {
        m_statusText
            = [this, r] { return tr("Reading paused: %1 Trying again.").arg(r.message()); };
        updateHeader();
    });
    connect(m_follower, &LogFollower::finished, this, [this] {
        m_statusText = [this] { return tr("The job has ended; this is all of its output."); };
        showTabWithContent();
        updateHeader();
    });
}

// A job that failed at once often leaves its output empty and its message in the errors: open
// on the tab that has something, unless the user chose one.
void LogsPage::showTabWithContent()
{
    if (m_tabChosen || !m_tabs->isTabVisible(1) || m_tabs->currentIndex() != 0)
        return;
    if (m_views[0]->lineCount() == 0 && m_views[1]->lineCount() > 0)
        m_tabs->setCurrentIndex(1);
}

void LogsPage::followJob(const JobInfo &job)
{
    m_job = m_center->withKeptOutputPaths(job);
    m_paths[0].clear();
    m_paths[1].clear();
    connectFollower();
    m_follower->followJob(m_center->client(), m_job);
    if (job.isFinished())
        m_follower->setJobFinished();
    updateHeader();
}

void LogsPage::followFiles(const QString &outputPath, const QString &errorPath)
{
    m_job = JobInfo();
    connectFollower();
    m_follower->followFiles(outputPath, errorPath);
    updateHeader();
}

void LogsPage::setSearchText(const QString &text)
{
    if (m_search->text() != text)
        m_search->setText(text);
    const int count = currentView()->setSearchText(text);
    m_matches->setText(text.isEmpty() ? QString() : tr("%n line(s)", nullptr, count));
}

void LogsPage::findNext(bool backwards)
{
    if (currentView()->searchText() != m_search->text())
        setSearchText(m_search->text());
    currentView()->findNext(backwards);
}

void LogsPage::setWrap(bool wrap)
{
    if (m_wrap->isChecked() != wrap)
        m_wrap->setChecked(wrap);
    for (LogView *v : m_views)
        v->setWrap(wrap);
}

bool LogsPage::saveCopy(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(currentView()->text().toUtf8());
    return file.commit();
}

void LogsPage::saveCopyDialog()
{
    const int i = m_tabs->currentIndex();
    const QString suggested = m_paths[i].section(u'/', -1);
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save a copy of the log"), suggested);
    if (path.isEmpty())
        return;
    if (!saveCopy(path))
        QMessageBox::warning(this, tr("Save a copy"), tr("Could not write %1.").arg(path));
}

void LogsPage::updateHeader()
{
    if (m_job.isValid())
        m_title->setText(
            tr("Logs of job %1 (%2): %3").arg(m_job.id, m_job.name, jobStateLabel(m_job.state)));
    else if (!m_paths[0].isEmpty())
        m_title->setText(tr("Logs"));
    else
        m_title->setText(tr("No job selected"));
    if (m_paths[0].isEmpty())
        m_paths_label->setText(m_job.isValid()
                                   ? tr("Finding the job's output files…")
                                   : tr("Choose a job on the Jobs page and press \"Open logs\"."));
    else if (m_paths[0] == m_paths[1])
        m_paths_label->setText(tr("Output and errors: %1").arg(m_paths[0]));
    else
        m_paths_label->setText(tr("Output: %1\nErrors: %2").arg(m_paths[0], m_paths[1]));
    const LogView *v = currentView();
    // Kept as what makes it, so that a language switch says it again in the new language.
    QString status = m_statusText ? m_statusText() : QString();
    if (!v->isFollowing())
        status = tr("Autoscroll paused while you read; press \"Follow\" to jump to the end.");
    const int tab = qMax(0, m_tabs->currentIndex());
    const auto addStatus = [&status](const QString &text) {
        status += (status.isEmpty() ? QString() : QStringLiteral("  ")) + text;
    };
    if (m_follower && m_follower->hasEarlier(LogFollower::Stream(tab)))
        addStatus(tr("Showing the end of a large log; scroll to the top for more."));
    if (m_lostEarlier[tab])
        addStatus(tr("Earlier lines were let go to keep memory bounded and cannot be shown "
                     "again here; the file on the cluster still has them."));
    if (m_detached[tab])
        addStatus(tr("Newer lines were let go while you read earlier parts; press \"Follow\" "
                     "to read the end again."));
    m_status->setText(status);
    m_earlier->setEnabled(
        m_follower && m_follower->hasEarlier(LogFollower::Stream(qMax(0, m_tabs->currentIndex()))));
    // Nothing to follow or save before a job is chosen.
    m_follow->setEnabled(m_follower != nullptr);
    m_save->setEnabled(m_follower != nullptr);
    m_follow->setChecked(m_follower && v->isFollowing());
    for (int i = 0; i < 2; ++i) {
        const int errors = m_views[i]->errorCount();
        const QString name = i == 0
            ? (m_paths[0] == m_paths[1] ? tr("Output and errors") : tr("Output"))
            : tr("Errors");
        m_tabs->setTabText(
            i, errors > 0 ? tr("%1 (%n error line(s))", nullptr, errors).arg(name) : name);
    }
}

void LogsPage::retranslate()
{
    m_search->setPlaceholderText(tr("Search the log"));
    m_previous->setText(tr("Previous"));
    m_next->setText(tr("Next"));
    m_wrap->setText(tr("Wrap lines"));
    m_follow->setText(tr("Follow"));
    m_follow->setToolTip(tr("Keep the end of the log in view as it grows."));
    m_save->setText(tr("Save a copy…"));
    m_earlier->setText(tr("Load earlier"));
    updateHeader();
}

void LogsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Patagon
