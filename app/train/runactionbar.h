// A bar above a live run that asks for a decision: the batch script is ready for review (open it
// on the Script page, then submit), or the toolchain probe found what the container lacks and
// offers a fix per button (CMake with pip, g++ with apt, a new container from an NVIDIA PyTorch
// image), carried out through the Containers core with progress, cancel and the outcome in
// words. Hidden when there is nothing to decide.
#pragma once

#include "core/result.h"
#include "core/train/toolchain.h"
#include "core/train/trainconfig.h"

#include <QPointer>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QProgressBar;
class QPushButton;

namespace Patagon {

namespace Container {
class ContainerService;
class ContainerTask;
} // namespace Container

class RunActionBar : public QWidget
{
    Q_OBJECT

public:
    explicit RunActionBar(Container::ContainerService *containers, QWidget *parent = nullptr);

    // The script waits for approval: "Open in Script page" and "Submit".
    void offerReview(const QByteArray &script);
    // The fixes among `findings` for the run `config` describes; `containerNames` are taken.
    void offerFixes(const QList<Train::ToolchainFinding> &findings,
                    const Train::TrainConfig &config, const QStringList &containerNames);
    // Nothing to decide (a new run, or the decision was made elsewhere).
    void clear();

    void applyFix(Train::ToolchainFinding::Fix fix); // as the fix's button does
    bool isFixing() const { return m_task; }
    QString text() const;
    // The buttons on the bar now, by object name (tests).
    QPushButton *button(const QString &objectName) const;

signals:
    void openScriptRequested(const QByteArray &script);
    void submitApproved();
    // A fix ended; `createdContainer` names the new container when one was made.
    void fixFinished(const Patagon::Result &result, const QString &createdContainer);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Mode
    {
        None,
        Review,
        Fixes,
        Fixing,
        Outcome,
    };
    void rebuild();
    QPushButton *addButton(const QString &objectName, const QString &text,
                           const QString &toolTip = {});

    QPointer<Container::ContainerService> m_containers;
    QLabel *m_text;
    QProgressBar *m_progress;
    QHBoxLayout *m_buttons;
    Mode m_mode = Mode::None;
    QByteArray m_script;
    QList<Train::ToolchainFinding::Fix> m_fixes;
    Train::TrainConfig m_config;
    QStringList m_containerNames;
    Train::ToolchainFinding::Fix m_running = Train::ToolchainFinding::Fix::None;
    QString m_newContainer;
    QPointer<Container::ContainerTask> m_task;
    Result m_outcome;
};

} // namespace Patagon
