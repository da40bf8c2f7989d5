// A folder browser for the cluster, through RemoteHost::list: a path to type (Enter goes
// there), Up and Home, the folders to enter (files shown greyed for orientation), a busy bar
// while a folder is read, errors said in words under the list, and what the folder looks like
// as a dataset. OK gives the chosen folder's absolute path on the cluster.
#pragma once

#include <QDialog>
#include <QPointer>

class QAbstractItemModel;
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QToolButton;
class QTreeView;

namespace Patagon {

class RemoteHost;
class RemoteOperation;
struct RemoteListing;

class RemoteFolderDialog : public QDialog
{
    Q_OBJECT

public:
    // `host` must outlive the dialog. Shown before any setPath(), it lists the home folder.
    explicit RemoteFolderDialog(RemoteHost *host, QWidget *parent = nullptr);
    ~RemoteFolderDialog() override;

    // Lists `path` on the cluster (empty or "~": the home folder; `~/...` and relative paths
    // from there).
    void setPath(const QString &path);
    // The folder shown (absolute once it was read; what was asked for while it is read).
    QString path() const { return m_path; }
    // What OK gives: the folder selected in the list, else the folder shown. Empty while the
    // folder shown could not be read.
    QString chosenFolder() const;
    // Whether a listing is in progress.
    bool isBusy() const;

    // Goes to the parent folder, the home folder, or into the folder at `row` of the list.
    void goUp();
    void goHome();
    void enter(int row);

    QAbstractItemModel *model() const;
    QTreeView *view() const { return m_view; }
    QLineEdit *pathEdit() const { return m_pathEdit; }
    // The error of the last listing, in words (empty when it worked).
    QString errorText() const;
    // What the folder shown looks like as a dataset.
    QString datasetText() const;

signals:
    // A listing ended (its result is in errorText(); the entries are in the model).
    void listed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    class Model;

    void startListing(const QString &path);
    void showListing(const RemoteListing &listing, const QString &error);
    void updateState();
    void retranslate();

    RemoteHost *m_host;
    Model *m_model;
    QPointer<RemoteOperation> m_operation;
    QString m_path;
    bool m_failed = false;
    bool m_truncated = false;
    QToolButton *m_up;
    QToolButton *m_home;
    QLineEdit *m_pathEdit;
    QTreeView *m_view;
    QCheckBox *m_showHidden;
    QProgressBar *m_busy;
    QLabel *m_status;
    QLabel *m_error;
    QLabel *m_dataset;
    QDialogButtonBox *m_buttons;
};

} // namespace Patagon
