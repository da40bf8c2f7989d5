// The Packages page: pick a named container, edit its pip and apt lists (one package a line, or
// from a requirements.txt), install with the output streamed live and a Cancel, see the
// container's recorded manifest (when, kind, packages, result) and replay it onto another
// container; optionally save the container as a .sqsh file after the install.
#pragma once

#include "core/container/containerservice.h"
#include "core/remote/remotehost.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;

namespace Patagon {

class ContainerListModel;
class ManifestModel;

class PackagesPage : public QWidget
{
    Q_OBJECT

public:
    PackagesPage(Container::ContainerService *service, ContainerListModel *containers,
                 QWidget *parent = nullptr);

    Container::ContainerService *service() const { return m_service; }
    Container::NamedContainer currentContainer() const;
    void selectContainer(const Container::NamedContainer &container);

    QPlainTextEdit *pipEdit() const { return m_pip; }
    QPlainTextEdit *aptEdit() const { return m_apt; }
    QPlainTextEdit *outputView() const { return m_output; }
    QLineEdit *saveEdit() const { return m_save; }
    ManifestModel *manifestModel() const { return m_manifest; }
    QComboBox *replayTargetCombo() const { return m_replayTarget; }
    QString errorText() const;
    QString statusText() const;
    bool isBusy() const { return m_task && !m_task->isFinished(); }

    // The actions, also on the buttons and shortcuts.
    void install();
    void replay();
    void cancel();
    // Adds the requirements of a local requirements.txt to the pip list (asks for the file
    // when `path` is empty).
    void importRequirements(const QString &path = {});
    void reloadManifest();

signals:
    // An install or replay ended.
    void taskFinished(const Patagon::Result &result);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillContainers();
    void updateActions();
    // The error line, kept as what makes it (as the status line is); empty hides it.
    void showError(std::function<QString()> message);
    void showError(const Result &result);
    void clearError();
    void startTask(Container::ContainerTask *task, std::function<QString()> what);
    // The status line, kept as what makes it so that a language switch re-says it.
    void setStatus(std::function<QString()> text);
    Packages::InstallTarget targetFor(const Container::NamedContainer &container) const;

    Container::ContainerService *m_service;
    ContainerListModel *m_containers;
    ManifestModel *m_manifest;
    QLabel *m_title;
    QLabel *m_containerLabel;
    QComboBox *m_container;
    QLabel *m_note;
    QLabel *m_pipLabel;
    QLabel *m_aptLabel;
    QPlainTextEdit *m_pip;
    QPlainTextEdit *m_apt;
    QPushButton *m_import;
    QLabel *m_saveLabel;
    QLineEdit *m_save;
    QPushButton *m_install;
    QPushButton *m_cancel;
    QLabel *m_status;
    QLabel *m_error;
    QProgressBar *m_progress;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_output;
    QTableView *m_manifestView;
    QLabel *m_replayLabel;
    QComboBox *m_replayTarget;
    QPushButton *m_replay;
    QPointer<Container::ContainerTask> m_task;
    Container::NamedContainer m_taskContainer;
    std::function<QString()> m_statusText;
    std::function<QString()> m_errorText;
    QList<Packages::PackageStep> m_taskSteps; // of the running task, in order
    int m_taskStep = 0; // the one running (or that failed)
};

} // namespace Patagon
