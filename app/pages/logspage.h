// The Logs page: follows one job's .out and .err (a tab each; one tab when they are the same
// file) as they grow, with autoscroll that pauses while the user reads further up, search
// with highlighted matches, a wrap toggle, error lines highlighted, and "save a copy". Big
// logs open at their tail; scrolling to the top loads earlier parts. Followed for hours, the
// views keep a bounded part (LogView::setLimits): lines let go at the top are read again from
// the file when scrolled back to, and after earlier parts pushed out the newest lines,
// "Follow" reads the end again.
#pragma once

#include "core/slurm/jobinfo.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;

namespace Patagon {

class JobCenter;
class LogView;

namespace Jobs {
class LogFollower;
} // namespace Jobs

class LogsPage : public QWidget
{
    Q_OBJECT

public:
    explicit LogsPage(JobCenter *center, QWidget *parent = nullptr);
    ~LogsPage() override;

    // Follows this job's files (replacing the job shown before).
    void followJob(const Slurm::JobInfo &job);
    // Follows files directly (tests, and jobs Slurm forgot).
    void followFiles(const QString &outputPath, const QString &errorPath = {});
    QString jobId() const { return m_job.id; }
    LogView *outputView() const { return m_views[0]; }
    LogView *errorView() const { return m_views[1]; }
    LogView *currentView() const;
    Jobs::LogFollower *follower() const { return m_follower; }
    QTabWidget *tabs() const { return m_tabs; }

    void setSearchText(const QString &text);
    void findNext(bool backwards = false);
    void setWrap(bool wrap);
    // Writes what is shown of the current tab to `path`.
    bool saveCopy(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateHeader();
    void saveCopyDialog();
    void connectFollower();
    void showTabWithContent();

    JobCenter *m_center;
    Jobs::LogFollower *m_follower = nullptr;
    Slurm::JobInfo m_job;
    QString m_paths[2];
    std::function<QString()> m_statusText;
    bool m_tabChosen = false; // the user picked a tab for this job: it stays
    bool m_detached[2] = {false, false}; // the view let its newest lines go: not appended to
    bool m_lostEarlier[2] = {false, false}; // lines let go that cannot be read again
    QLabel *m_title;
    QLabel *m_paths_label;
    QLabel *m_status;
    QTabWidget *m_tabs;
    LogView *m_views[2];
    QLineEdit *m_search;
    QPushButton *m_previous;
    QPushButton *m_next;
    QLabel *m_matches;
    QCheckBox *m_wrap;
    QPushButton *m_follow;
    QPushButton *m_save;
    QPushButton *m_earlier;
};

} // namespace Patagon
