// The container wizard's pages that run commands on the cluster: the import, with its progress
// and log, and the verification of PyTorch in the new container.
#include "app/containers/containerwizard.h"

#include "app/containers/commandoutput.h"
#include "app/containers/containerwizard_p.h"

#include "core/container/pytorchcheck.h"

#include <QAbstractButton>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace Patagon {

using namespace Patagon::Container;
using namespace Patagon::Packages;
using namespace Patagon::WizardDetail;

// ---- import --------------------------------------------------------------------------------

ImportWizardPage::ImportWizardPage(ContainerWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_phase(wrappingLabel(this, QStringLiteral("importPhase")))
    , m_bar(new QProgressBar(this))
    , m_log(new QPlainTextEdit(this))
    , m_error(wrappingLabel(this, QStringLiteral("importError")))
    , m_cancel(new QPushButton(tr("&Stop import"), this))
    , m_retry(new QPushButton(tr("&Try again"), this))
{
    setTitle(tr("Import"));
    setSubTitle(tr("The compute node downloads the image and keeps it under the container's "
                   "name. Large images take minutes."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Verify"));
    m_bar->setObjectName(QStringLiteral("importProgress"));
    m_log->setObjectName(QStringLiteral("importLog"));
    m_log->setReadOnly(true);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->setMaximumBlockCount(5000);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_cancel->setObjectName(QStringLiteral("cancelImport"));
    m_retry->setObjectName(QStringLiteral("retryImport"));
    m_error->setStyleSheet(QStringLiteral("color: #c62828"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_retry);
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_phase);
    layout->addWidget(m_bar);
    layout->addWidget(m_error);
    layout->addWidget(m_log, 1);
    layout->addLayout(buttons);
    connect(m_cancel, &QPushButton::clicked, this, &ImportWizardPage::cancel);
    connect(m_retry, &QPushButton::clicked, this, &ImportWizardPage::start);
}

void ImportWizardPage::initializePage()
{
    start();
}

void ImportWizardPage::cleanupPage()
{
    // Going back stops the import (deleting the task cancels it).
    delete m_task;
    m_succeeded = false;
}

bool ImportWizardPage::isComplete() const
{
    return m_succeeded;
}

QString ImportWizardPage::phaseText() const
{
    return m_phase->text();
}

QString ImportWizardPage::errorText() const
{
    return m_error->text();
}

void ImportWizardPage::start()
{
    delete m_task;
    m_succeeded = false;
    clearCommandOutput(m_log);
    m_error->clear();
    m_error->hide();
    m_retry->hide();
    m_cancel->show();
    m_cancel->setEnabled(true);
    m_bar->setRange(0, 0);
    const CreateRequest request = m_wizard->request();
    m_phase->setText(tr("Starting the import of %1 as %2…").arg(request.image, request.name));
    m_task = m_wizard->service()->create(request, this);
    connect(m_task, &ContainerTask::progressChanged, this, &ImportWizardPage::onProgress);
    connect(m_task, &ContainerTask::standardOutput, this,
            [this](const QByteArray &chunk) { appendCommandOutput(m_log, chunk); });
    connect(m_task, &ContainerTask::standardError, this, [this](const QByteArray &chunk) {
        appendCommandOutput(m_log, chunk, OutputStream::Err);
    });
    connect(m_task, &ContainerTask::finished, this, &ImportWizardPage::onFinished);
    emit completeChanged();
}

void ImportWizardPage::cancel()
{
    if (!isRunning())
        return;
    m_cancel->setEnabled(false);
    m_phase->setText(tr("Stopping the import…"));
    m_task->cancel();
}

void ImportWizardPage::onProgress(const ImportProgress &progress)
{
    const QString phase = ImportProgress::phaseText(progress.phase);
    if (progress.percent) {
        m_bar->setRange(0, 100);
        m_bar->setValue(qRound(*progress.percent));
        m_phase->setText(tr("%1 (%2%)").arg(phase).arg(qRound(*progress.percent)));
    } else if (progress.phase == ImportProgress::Phase::Done) {
        m_bar->setRange(0, 100);
        m_bar->setValue(100);
        m_phase->setText(phase);
    } else {
        m_bar->setRange(0, 0);
        m_phase->setText(phase);
    }
}

void ImportWizardPage::onFinished(const Result &result)
{
    m_cancel->hide();
    const QString node = m_task ? m_task->node() : QString();
    const bool reused = m_task && m_task->reused();
    if (!result) {
        m_bar->setRange(0, 100);
        m_bar->setValue(0);
        m_phase->setText(result.code() == ErrorCode::Cancelled ? tr("The import was stopped.")
                                                               : tr("The import failed."));
        m_error->setText(result.message());
        m_error->setVisible(result.code() != ErrorCode::Cancelled);
        m_retry->show();
        emit completeChanged();
        return;
    }
    m_bar->setRange(0, 100);
    m_bar->setValue(100);
    const QString name = m_wizard->request().name;
    m_phase->setText(
        reused
            ? tr("The container %1 already existed on %2 and is reused as it is.").arg(name, node)
            : tr("The container %1 is ready on %2.").arg(name, node));
    m_succeeded = true;
    NamedContainer created;
    created.name = name;
    created.node = node;
    created.enrootName = QStringLiteral("pyxis_") + name;
    m_wizard->setCreated(created);
    emit completeChanged();
    // The container exists now: going back would import another, and cancelling undoes
    // nothing. (After completeChanged, which sets the buttons' states.)
    if (QAbstractButton *back = m_wizard->button(QWizard::BackButton))
        back->setEnabled(false);
    m_wizard->setButtonText(QWizard::CancelButton, tr("Close"));
}

// ---- verification --------------------------------------------------------------------------

VerifyWizardPage::VerifyWizardPage(ContainerWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_result(wrappingLabel(this, QStringLiteral("verifyResult")))
    , m_output(new QPlainTextEdit(this))
    , m_details(new QPushButton(tr("Show the &output"), this))
    , m_again(new QPushButton(tr("Check &again"), this))
{
    setTitle(tr("Verification"));
    setSubTitle(tr("Runs Python inside the new container to see whether PyTorch and CUDA are "
                   "there."));
    m_output->setObjectName(QStringLiteral("verifyOutput"));
    m_output->setReadOnly(true);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_output->hide();
    m_details->setObjectName(QStringLiteral("verifyDetails"));
    m_details->setCheckable(true);
    m_again->setObjectName(QStringLiteral("verifyAgain"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_details);
    row->addStretch();
    row->addWidget(m_again);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_result);
    layout->addWidget(m_output, 1);
    layout->addStretch();
    layout->addLayout(row);
    connect(m_again, &QPushButton::clicked, this, &VerifyWizardPage::run);
    connect(m_details, &QPushButton::toggled, m_output, &QWidget::setVisible);
}

void VerifyWizardPage::initializePage()
{
    run();
}

void VerifyWizardPage::cleanupPage()
{
    delete m_task;
}

bool VerifyWizardPage::isComplete() const
{
    return !isRunning();
}

QString VerifyWizardPage::resultText() const
{
    return m_result->text();
}

void VerifyWizardPage::run()
{
    delete m_task;
    m_outcome.clear();
    clearCommandOutput(m_output);
    m_again->setEnabled(false);
    m_result->setStyleSheet(QString());
    const NamedContainer created = m_wizard->created();
    m_result->setText(tr("Running python3 in %1 on %2…").arg(created.name, created.node));
    InstallTarget target;
    target.container = created.name;
    target.node = created.node;
    target.partition = m_wizard->request().partition;
    m_task = m_wizard->service()->runInContainer(target, PyTorchCheck::command(), {}, this);
    connect(m_task, &ContainerTask::standardOutput, this,
            [this](const QByteArray &chunk) { appendCommandOutput(m_output, chunk); });
    connect(m_task, &ContainerTask::standardError, this, [this](const QByteArray &chunk) {
        appendCommandOutput(m_output, chunk, OutputStream::Err);
    });
    connect(m_task, &ContainerTask::finished, this, &VerifyWizardPage::onFinished);
    emit completeChanged();
}

void VerifyWizardPage::onFinished(const Result &result)
{
    m_again->setEnabled(true);
    const PyTorchCheck check = PyTorchCheck::read(m_task ? m_task->output() : QByteArray(), result);
    m_result->setStyleSheet(QString());
    switch (check.outcome) {
    case PyTorchCheck::Outcome::Found:
        m_outcome = QStringLiteral("found");
        m_result->setText(check.cuda
                              ? tr("PyTorch %1 works in this container, and CUDA is available.")
                                    .arg(check.version)
                              : tr("PyTorch %1 works in this container, but CUDA is not "
                                   "available here (no GPU on this node, or a CPU-only build).")
                                    .arg(check.version));
        break;
    case PyTorchCheck::Outcome::NoTorch:
        m_outcome = QStringLiteral("no-torch");
        m_result->setStyleSheet(QStringLiteral("color: #b26a00"));
        m_result->setText(tr("The container works, but PyTorch is not installed in it. Install "
                             "torch on the Packages page, or start from a PyTorch image such as "
                             "nvcr.io#nvidia/pytorch:24.05-py3."));
        break;
    case PyTorchCheck::Outcome::Cancelled:
        m_outcome = QStringLiteral("failed");
        m_result->setText(tr("The check was stopped."));
        break;
    case PyTorchCheck::Outcome::Failed:
        m_outcome = QStringLiteral("failed");
        m_details->setChecked(true); // what went wrong is in the output
        m_result->setStyleSheet(QStringLiteral("color: #c62828"));
        m_result->setText(tr("The check could not run: %1").arg(check.message));
        break;
    }
    emit completeChanged();
}

} // namespace Patagon
