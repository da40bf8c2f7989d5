// The Jobs page: the user's jobs, live and past, in a sortable, filterable table with state
// colours, elapsed time against the limit, GPUs, node and the pending reason in words; cancel
// (after confirmation), open the logs, resubmit the stored script, copy the id. An empty state
// says what to do (connect, or submit a script).
#pragma once

#include "core/slurm/jobinfo.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace Patagon {

class JobCenter;
class JobTableModel;

class JobsPage : public QWidget
{
    Q_OBJECT

public:
    explicit JobsPage(JobCenter *center, QWidget *parent = nullptr);

    JobTableModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    // The jobs selected in the table.
    Slurm::JobList selectedJobs() const;
    void selectJob(const QString &id);
    bool isShowingEmptyState() const;
    QString emptyStateText() const;

    // The actions, also reachable from the buttons and the context menu. Cancelling asks first
    // unless `confirmed` (tests).
    void cancelSelected(bool confirmed = false);
    void openLogsOfSelected();
    void resubmitSelected();
    void copySelectedIds();

    // Filters: text matches id, name, partition, node and reason; states: 0 all, 1 active,
    // 2 finished, 3 failed.
    void setFilterText(const QString &text);
    void setStateFilter(int filter);
    // The app's own helper jobs (JobTableModel::isHelperJob) are hidden unless shown here.
    void setShowHelperJobs(bool show);
    bool isShowingHelperJobs() const;
    // What the count above the table says ("3 jobs", or how many helper jobs are hidden).
    QString statusText() const;

signals:
    void openLogsRequested(const Patagon::Slurm::JobInfo &job);
    void submitScriptRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();
    void updateActions();
    void updateEmptyState();
    QString countText() const;

    JobCenter *m_center;
    JobTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QStackedWidget *m_stack;
    QTableView *m_view;
    QLabel *m_title;
    QLabel *m_status;
    QLabel *m_emptyTitle;
    QLabel *m_emptyText;
    QPushButton *m_emptyAction;
    QLineEdit *m_filter;
    QComboBox *m_stateFilter;
    QCheckBox *m_showHelpers;
    QPushButton *m_refresh;
    QPushButton *m_cancel;
    QPushButton *m_logs;
    QPushButton *m_resubmit;
    QPushButton *m_copy;
};

} // namespace Patagon
