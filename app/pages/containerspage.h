// The Containers page: the named containers on the cluster's nodes (which node holds each, and
// the image when known), with refresh, remove (after confirmation), open in Packages, and the
// wizard that makes a new one. Empty and "not connected" states say what to do.
#pragma once

#include "core/container/containerservice.h"
#include "core/remote/remotehost.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace Patagon {

class RemoteHost;
class ContainerListModel;
class ContainerWizard;

class ContainersPage : public QWidget
{
    Q_OBJECT

public:
    // Lists and changes containers through `service` (the window's, shared with the Packages
    // and Train pages), over its host.
    explicit ContainersPage(Container::ContainerService *service, QWidget *parent = nullptr);

    Container::ContainerService *service() const { return m_service; }
    ContainerListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // The open wizard, or null.
    ContainerWizard *wizard() const;

    bool isConnected() const;
    bool isRefreshing() const { return m_refreshing; }
    bool isShowingEmptyState() const;
    QString emptyStateText() const;
    QString statusText() const;

    Container::NamedContainer selectedContainer() const;
    void selectContainer(const QString &name, const QString &node = {});

    // The actions, also on the buttons and shortcuts. Removing asks first unless `confirmed`.
    void newContainer();
    void refresh();
    void removeSelected(bool confirmed = false);
    void openSelectedInPackages();

signals:
    void openInPackagesRequested(const Patagon::Container::NamedContainer &container);
    // "Open shell": a terminal in the container on its node; `asRoot`: with
    // --container-remap-root (apt works, files written belong to the user).
    void openShellRequested(const Patagon::Container::NamedContainer &container, bool asRoot);
    // A list (refresh) or a removal ended; `result` says whether it worked.
    void refreshed(const Patagon::Result &result);
    void removed(const Patagon::Result &result);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateState();
    void updateActions();
    void onConnectionState();

    RemoteHost *m_host;
    Container::ContainerService *m_service;
    ContainerListModel *m_model;
    QStackedWidget *m_stack;
    QTableView *m_view;
    QLabel *m_title;
    QLabel *m_status;
    QLabel *m_emptyTitle;
    QLabel *m_emptyText;
    QPushButton *m_emptyAction;
    QPushButton *m_new;
    QPushButton *m_refresh;
    QPushButton *m_remove;
    QPushButton *m_packages;
    QPushButton *m_shell;
    QPointer<ContainerWizard> m_wizard;
    QString m_lastError;
    bool m_refreshing = false;
    bool m_listed = false;
    bool m_removing = false;
};

} // namespace Patagon
