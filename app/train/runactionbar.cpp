// The decision bar above a live run.
#include "app/train/runactionbar.h"

#include "core/container/containerservice.h"
#include "core/container/importprogress.h"
#include "core/train/toolchainfix.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace Patagon {

using namespace Patagon::Train;
using Fix = ToolchainFinding::Fix;

RunActionBar::RunActionBar(Container::ContainerService *containers, QWidget *parent)
    : QWidget(parent)
    , m_containers(containers)
    , m_text(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_buttons(new QHBoxLayout)
{
    setObjectName(QStringLiteral("runActionBar"));
    m_text->setObjectName(QStringLiteral("actionText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(m_text->fontMetrics().height());
    auto *row = new QHBoxLayout;
    row->addWidget(m_text, 1);
    row->addLayout(m_buttons);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addLayout(row);
    layout->addWidget(m_progress);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    clear();
}

void RunActionBar::offerReview(const QByteArray &script)
{
    m_mode = Mode::Review;
    m_script = script;
    rebuild();
}

void RunActionBar::offerFixes(const QList<ToolchainFinding> &findings, const TrainConfig &config,
                              const QStringList &containerNames)
{
    if (isFixing())
        return;
    m_fixes = offeredFixes(findings);
    m_config = config;
    m_containerNames = containerNames;
    m_mode = m_fixes.isEmpty() ? Mode::None : Mode::Fixes;
    rebuild();
}

void RunActionBar::clear()
{
    if (isFixing())
        return; // a fix going on stays in sight until it ends
    m_mode = Mode::None;
    m_script.clear();
    m_fixes.clear();
    rebuild();
}

void RunActionBar::applyFix(Fix fix)
{
    if (isFixing() || !m_fixes.contains(fix))
        return;
    m_running = fix;
    m_newContainer
        = fix == Fix::NewContainerFromNgc ? newContainerName(m_containerNames) : QString();
    Container::ContainerTask *task = startFix(m_containers, fix, m_config, m_newContainer, this);
    if (!task) {
        m_mode = Mode::Outcome;
        m_outcome = Result::error(ErrorCode::InvalidInput,
                                  tr("This fix cannot be made here: do it on the Containers or "
                                     "Packages page."));
        rebuild();
        return;
    }
    m_task = task;
    m_mode = Mode::Fixing;
    connect(task, &Container::ContainerTask::stepStarted, this,
            [this](int, int, const QString &description) { m_text->setText(description); });
    connect(task, &Container::ContainerTask::progressChanged, this,
            [this](const Container::ImportProgress &p) {
                if (p.percent) {
                    m_progress->setRange(0, 100);
                    m_progress->setValue(int(*p.percent));
                }
            });
    connect(task, &Container::ContainerTask::finished, this, [this, task](const Result &result) {
        task->deleteLater();
        m_task = nullptr;
        m_mode = Mode::Outcome;
        m_outcome = result;
        rebuild();
        emit fixFinished(
            result, result && m_running == Fix::NewContainerFromNgc ? m_newContainer : QString());
    });
    rebuild();
}

QString RunActionBar::text() const
{
    return m_text->text();
}

QPushButton *RunActionBar::button(const QString &objectName) const
{
    return findChild<QPushButton *>(objectName);
}

QPushButton *RunActionBar::addButton(const QString &objectName, const QString &text,
                                     const QString &toolTip)
{
    auto *b = new QPushButton(text, this);
    b->setObjectName(objectName);
    b->setToolTip(toolTip);
    m_buttons->addWidget(b);
    return b;
}

void RunActionBar::rebuild()
{
    while (QLayoutItem *item = m_buttons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_progress->setVisible(m_mode == Mode::Fixing);
    switch (m_mode) {
    case Mode::None:
        hide();
        return;
    case Mode::Review: {
        m_text->setText(tr("The batch script is ready. Read it on the Script page if you like, "
                           "then submit it."));
        QPushButton *open = addButton(QStringLiteral("reviewScript"), tr("Open in Script page"),
                                      tr("Shows the script; nothing is submitted from there"));
        connect(open, &QPushButton::clicked, this, [this] { emit openScriptRequested(m_script); });
        QPushButton *submit = addButton(QStringLiteral("approveSubmit"), tr("&Submit"));
        submit->setDefault(true);
        connect(submit, &QPushButton::clicked, this, [this] {
            m_mode = Mode::None;
            rebuild();
            emit submitApproved();
        });
        break;
    }
    case Mode::Fixes:
        m_text->setText(tr("The container %1 lacks what the trainer needs. Patagon Studio can "
                           "fix it:")
                            .arg(m_config.container));
        for (Fix fix : std::as_const(m_fixes)) {
            QPushButton *b = addButton(QStringLiteral("fix_%1").arg(int(fix)), fixLabel(fix),
                                       fixDescription(fix, m_config));
            connect(b, &QPushButton::clicked, this, [this, fix] { applyFix(fix); });
        }
        break;
    case Mode::Fixing: {
        m_progress->setRange(0, 0);
        m_text->setText(
            m_running == Fix::NewContainerFromNgc
                ? tr("Creating the container %1 from %2…").arg(m_newContainer, ngcPyTorchImage())
                : tr("%1 in the container %2…").arg(fixLabel(m_running), m_config.container));
        QPushButton *cancel = addButton(QStringLiteral("cancelFix"), tr("Cancel"));
        connect(cancel, &QPushButton::clicked, this, [this] {
            if (m_task)
                m_task->cancel();
        });
        break;
    }
    case Mode::Outcome:
        if (m_outcome)
            m_text->setText(m_running == Fix::NewContainerFromNgc
                                ? tr("The container %1 is ready and chosen for this run. Press "
                                     "Train again.")
                                      .arg(m_newContainer)
                                : tr("Done. Press Train again: the container is checked anew."));
        else
            m_text->setText(tr("The fix did not work: %1").arg(m_outcome.message()));
        break;
    }
    show();
}

void RunActionBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

} // namespace Patagon
