// The Terminal page: tabs of terminal sessions, on the login node or in a named container on
// its compute node (opened from the Containers page). Closing a tab hangs its session up.
#pragma once

#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace Patagon {

class RemoteHost;
class TerminalView;

namespace Container {
class ContainerService;
struct NamedContainer;
} // namespace Container

class TerminalPage : public QWidget
{
    Q_OBJECT

public:
    // `containers`: where installs typed in container shells are recorded when the user
    // accepts (none: no offers).
    explicit TerminalPage(RemoteHost *host, Container::ContainerService *containers = nullptr,
                          QWidget *parent = nullptr);

    // A new tab with the login shell.
    TerminalView *openLoginShell();
    // A new tab with bash in `container` on its node (--container-remap-root on request). Package
    // installs that succeed in it are offered for the container's package list.
    TerminalView *openContainerShell(const Patagon::Container::NamedContainer &container,
                                     bool remapRoot = false);
    int tabCount() const;
    // What the page last said (e.g. a shell step that had to be cancelled after its tab closed).
    QString statusText() const;
    TerminalView *view(int index) const;
    void closeTab(int index);

signals:
    // A closed container tab's step was looked for with squeue afterwards (tests wait on it).
    void shellStepChecked();

protected:
    void changeEvent(QEvent *event) override;

private:
    TerminalView *addView(TerminalView *view, const QString &title);
    void offerTypedInstalls(TerminalView *view, const Container::NamedContainer &container);
    void updateState();
    void retranslate();

    RemoteHost *m_host;
    Container::ContainerService *m_containers;
    QLabel *m_title;
    QPushButton *m_new;
    QStackedWidget *m_stack;
    QLabel *m_emptyText;
    QTabWidget *m_tabs;
    QLabel *m_status;
    QHash<QWidget *, QString> m_shellJobs; // container tabs: their step's job name
};

} // namespace Patagon
