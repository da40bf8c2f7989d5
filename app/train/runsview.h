// The Train page's "Runs" tab: the recorded runs in a sortable table with a filter (name, state,
// container), and what can be done with them: show one, compare several, run one again with
// the same settings, delete records (after asking; on request their run folders on the cluster
// too, each record going only once its folder is gone).
#pragma once

#include "core/train/runrecord.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace Patagon {

class RemoteHost;
class RunListModel;

namespace Train {
class RunStore;
}

class RunsView : public QWidget
{
    Q_OBJECT

public:
    // `store` may be null: nothing is listed then.
    explicit RunsView(Train::RunStore *store, QWidget *parent = nullptr);

    RunListModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }

    // Where run folders are deleted (may be null or disconnected: records only).
    void setHost(RemoteHost *host) { m_host = host; }
    // Reads the list again from the store.
    void reload();
    // Why there is no list (the store could not be opened).
    void setUnavailable(const QString &message);
    // The run in progress: it cannot be deleted.
    void setActiveRunId(qint64 id);
    void setFilterText(const QString &text);
    QList<Train::RunRecord> selectedRuns() const;
    void selectRuns(const QList<qint64> &ids);

    // The actions, also on the buttons. Deleting asks first unless `confirmed` (tests pass
    // `withFolders` then; the question's check box otherwise).
    void showSelected();
    void compareSelected();
    void rerunSelected();
    void deleteSelected(bool confirmed = false, bool withFolders = false);
    bool isDeleting() const { return m_deleting; }

signals:
    void showRequested(const Patagon::Train::RunRecord &run);
    void compareRequested(const QList<Patagon::Train::RunRecord> &runs);
    void rerunRequested(const Patagon::Train::RunRecord &run);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateActions();
    void updateStatus();
    // Deletes the first run's folder, then its record, then the next; stops at a failure.
    void removeFoldersThenRecords(QList<Train::RunRecord> runs);

    Train::RunStore *m_store;
    QPointer<RemoteHost> m_host;
    RunListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLineEdit *m_filter;
    QLabel *m_status;
    QPushButton *m_show;
    QPushButton *m_compare;
    QPushButton *m_rerun;
    QPushButton *m_delete;
    QString m_unavailable;
    QString m_lastError;
    qint64 m_activeRunId = 0;
    bool m_deleting = false; // folders are being deleted on the cluster
};

} // namespace Patagon
