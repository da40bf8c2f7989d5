// The container wizard and the pages that ask (the import and verification pages, which
// run commands: containerwizardrun.cpp).
#include "app/containers/containerwizard.h"

#include "app/containers/containerwizard_p.h"

#include "app/containers/commandoutput.h"

#include "core/container/enrootcredentials.h"
#include "core/container/pytorchcheck.h"
#include "core/container/registrycredentialsstore.h"
#include "core/remote/remotehost.h"

#include <QComboBox>
#include <QCompleter>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QVBoxLayout>

namespace Patagon {

using namespace Patagon::Container;
using namespace Patagon::Packages;
using namespace Patagon::WizardDetail;

// ---- cluster check -------------------------------------------------------------------------

ProbeWizardPage::ProbeWizardPage(ContainerWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_status(wrappingLabel(this, QStringLiteral("probeStatus")))
    , m_findings(wrappingLabel(this, QStringLiteral("probeFindings")))
    , m_busy(new QProgressBar(this))
    , m_again(new QPushButton(tr("Check &again"), this))
{
    setTitle(tr("Cluster check"));
    setSubTitle(tr("Does the cluster run containers? Patagon Studio asks Slurm for Pyxis, "
                   "Enroot's version and the partitions."));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_again->setObjectName(QStringLiteral("probeAgain"));
    m_findings->setTextFormat(Qt::RichText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_busy);
    layout->addWidget(m_findings);
    layout->addStretch();
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(m_again);
    layout->addLayout(row);
    connect(m_again, &QPushButton::clicked, this, &ProbeWizardPage::probe);
}

void ProbeWizardPage::initializePage()
{
    if (!m_probed && !m_probing)
        probe();
}

bool ProbeWizardPage::isComplete() const
{
    return m_probed && m_wizard->probeResult().canRunContainers();
}

void ProbeWizardPage::probe()
{
    RemoteHost *host = m_wizard->service()->host();
    m_probing = true;
    m_probed = false;
    m_busy->show();
    m_again->setEnabled(false);
    m_findings->clear();
    m_status->setText(tr("Checking the cluster…"));
    emit completeChanged();
    auto *probe = new ClusterProbe(host, this);
    probe->probe(this, [this, probe](const Expected<ClusterProbeResult> &result) {
        probe->deleteLater();
        m_probing = false;
        m_busy->hide();
        m_again->setEnabled(true);
        if (!result) {
            m_status->setText(
                tr("The cluster could not be checked: %1").arg(result.errorMessage()));
            emit completeChanged();
            return;
        }
        m_probed = true;
        m_wizard->setProbeResult(*result);
        showResult(*result);
        emit completeChanged();
    });
}

void ProbeWizardPage::showResult(const ClusterProbeResult &result)
{
    QStringList partitions;
    for (const ProbePartition &p : result.partitions)
        partitions << (p.isDefault ? tr("%1 (default)").arg(p.name) : p.name);
    QString enroot;
    if (result.enrootVersion.isNull())
        enroot = tr("Enroot's version is unknown.");
    else if (result.enrootNode.isEmpty())
        enroot = tr("Enroot %1 on the login node.").arg(result.enrootVersion.toString());
    else
        enroot = tr("Enroot %1 on %2.").arg(result.enrootVersion.toString(), result.enrootNode);
    const QString pyxis = result.pyxisPresent
        ? tr("Pyxis is installed (%n container option(s)).", nullptr,
             int(result.containerFlags.size()))
        : tr("Pyxis is missing: srun has no --container-image option.");
    const QString parts = partitions.isEmpty()
        ? tr("Slurm lists no partitions.")
        : tr("Partitions: %1.").arg(partitions.join(QStringLiteral(", ")));
    m_status->setText(
        result.canRunContainers()
            ? tr("This cluster runs containers. %1 %2 %3").arg(pyxis, enroot, parts)
            : tr("This cluster cannot run containers yet. %1 %2 %3").arg(pyxis, enroot, parts));
    QString html;
    for (const ProbeFinding &f : result.findings) {
        const bool error = f.severity == ProbeFinding::Severity::Error;
        const bool warning = f.severity == ProbeFinding::Severity::Warning;
        const QString color = severityColor(error, warning);
        const QString text = error ? tr("Missing: %1").arg(f.message)
            : warning              ? tr("Note: %1").arg(f.message)
                                   : f.message;
        html += color.isEmpty()
            ? QStringLiteral("<li>%1</li>").arg(escaped(text))
            : QStringLiteral("<li style=\"color:%1\">%2</li>").arg(color, escaped(text));
    }
    if (!result.canRunContainers() && result.findings.isEmpty())
        html += QStringLiteral("<li>%1</li>")
                    .arg(escaped(tr("Ask the cluster's administrators to install Pyxis and "
                                    "Enroot, or use a cluster that has them.")));
    m_findings->setText(html.isEmpty() ? QString() : QStringLiteral("<ul>%1</ul>").arg(html));
}

// ---- image ---------------------------------------------------------------------------------

ImageWizardPage::ImageWizardPage(ContainerWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_combo(new QComboBox(this))
    , m_normalized(wrappingLabel(this, QStringLiteral("normalizedImage")))
    , m_feedback(wrappingLabel(this, QStringLiteral("imageFeedback")))
{
    setTitle(tr("Image"));
    setSubTitle(tr("The image to import: a Docker Hub name such as python, a registry image such "
                   "as nvcr.io#nvidia/pytorch:24.05-py3, or a .sqsh file on the cluster."));
    m_combo->setObjectName(QStringLiteral("imageCombo"));
    m_combo->setEditable(true);
    m_combo->setInsertPolicy(QComboBox::NoInsert);
    // Suggestions in a popup, never completed into the text: typing "pytorch" and Enter means
    // pytorch, not the pytorch/pytorch of the list.
    m_combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    const struct
    {
        const char *image;
        const char *what;
    } suggestions[] = {
        {"python", QT_TR_NOOP("Python on Debian, from Docker Hub")},
        {"pytorch/pytorch", QT_TR_NOOP("PyTorch with CUDA, from Docker Hub")},
        {"nvcr.io#nvidia/pytorch:24.05-py3",
         QT_TR_NOOP("NVIDIA's PyTorch (NGC: needs your NGC API key)")},
        {"nvcr.io#nvidia/cuda:12.4.1-runtime-ubuntu22.04",
         QT_TR_NOOP("CUDA runtime on Ubuntu (NGC: needs your NGC API key)")},
        {"ubuntu:24.04", QT_TR_NOOP("Ubuntu 24.04, from Docker Hub")},
        {"debian:trixie", QT_TR_NOOP("Debian 13, from Docker Hub")},
    };
    for (const auto &s : suggestions) {
        m_combo->addItem(QString::fromLatin1(s.image));
        m_combo->setItemData(m_combo->count() - 1, tr(s.what), Qt::ToolTipRole);
    }
    m_combo->setCurrentIndex(0);
    m_normalized->setTextFormat(Qt::PlainText);
    m_feedback->setTextFormat(Qt::RichText);

    auto *form = new QFormLayout;
    form->addRow(tr("&Image:"), m_combo);
    form->addRow(tr("Imported as:"), m_normalized);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_feedback);
    layout->addStretch();
    connect(m_combo, &QComboBox::currentTextChanged, this, &ImageWizardPage::validate);
    validate();
}

void ImageWizardPage::initializePage()
{
    validate(); // the probe may have changed the Enroot version
}

void ImageWizardPage::setImageText(const QString &text)
{
    m_combo->setEditText(text);
    validate();
}

QString ImageWizardPage::imageText() const
{
    return m_combo->currentText().trimmed();
}

ImageReference ImageWizardPage::reference() const
{
    return ImageReference::parse(imageText(), m_wizard->probeResult().enrootVersion);
}

QString ImageWizardPage::feedbackText() const
{
    return m_feedback->text();
}

bool ImageWizardPage::needsCredentials(const ImageReference &reference)
{
    return reference.kind() == ImageReference::Kind::Registry
        && reference.registry() != ImageReference::dockerHubRegistry();
}

bool ImageWizardPage::isComplete() const
{
    const ImageReference ref = reference();
    return !imageText().isEmpty() && ref.isValid() && !ref.hasErrors();
}

int ImageWizardPage::nextId() const
{
    return needsCredentials(reference()) ? ContainerWizard::CredentialsPage
                                         : ContainerWizard::NamePage;
}

void ImageWizardPage::validate()
{
    if (imageText().isEmpty()) {
        m_normalized->clear();
        m_feedback->setText(tr("Type an image name, or pick one from the list."));
        emit completeChanged();
        return;
    }
    const ImageReference ref = reference();
    m_normalized->setText(ref.isValid() ? ref.normalized() : QString());
    QString html;
    for (const ImageProblem &p : ref.problems()) {
        const bool error = p.severity == ImageProblem::Severity::Error;
        const QString color = severityColor(error, p.severity == ImageProblem::Severity::Warning);
        html += color.isEmpty()
            ? QStringLiteral("<p>%1</p>").arg(escaped(p.message))
            : QStringLiteral("<p style=\"color:%1\">%2</p>").arg(color, escaped(p.message));
    }
    if (ref.isValid() && !ref.hasErrors() && needsCredentials(ref))
        html += QStringLiteral("<p>%1</p>")
                    .arg(escaped(
                        tr("%1 may need a login: the next step asks for it.").arg(ref.registry())));
    if (html.isEmpty() && ref.isValid())
        html = QStringLiteral("<p>%1</p>").arg(escaped(tr("The reference is valid.")));
    m_feedback->setText(html);
    emit completeChanged();
}

// ---- registry credentials ------------------------------------------------------------------

CredentialsWizardPage::CredentialsWizardPage(ContainerWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_intro(wrappingLabel(this, QStringLiteral("credentialsIntro")))
    , m_saved(wrappingLabel(this, QStringLiteral("credentialsSaved")))
    , m_login(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
    , m_error(wrappingLabel(this, QStringLiteral("credentialsError")))
{
    setTitle(tr("Registry credentials"));
    m_login->setObjectName(QStringLiteral("registryLogin"));
    m_secret->setObjectName(QStringLiteral("registrySecret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText
                                  | Qt::ImhSensitiveData);
    m_error->setStyleSheet(QStringLiteral("color: #c62828"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Password or token:"), m_secret);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_saved);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    connect(m_login, &QLineEdit::textChanged, this, &CredentialsWizardPage::completeChanged);
    connect(m_secret, &QLineEdit::textChanged, this, &CredentialsWizardPage::completeChanged);
}

bool CredentialsWizardPage::isNgc() const
{
    return m_registry == EnrootCredentials::ngcRegistry();
}

void CredentialsWizardPage::initializePage()
{
    m_registry = m_wizard->imagePage()->reference().registry();
    m_error->clear();
    m_savedNow = false;
    if (isNgc()) {
        setSubTitle(tr("NVIDIA NGC wants your NGC API key. The login is always $oauthtoken."));
        m_intro->setText(tr("Create an API key at ngc.nvidia.com (Setup, Generate API Key) and "
                            "paste it below. It is written only to Enroot's credentials file on "
                            "the cluster (~/.config/enroot/.credentials, readable only by you), "
                            "for nvcr.io and authn.nvidia.com."));
        m_login->setText(EnrootCredentials::ngcLogin());
        m_login->setReadOnly(true);
    } else {
        setSubTitle(tr("%1 may want a login before it hands out the image.").arg(m_registry));
        m_intro->setText(tr("Type your login and password (or access token) for %1. They are "
                            "written only to Enroot's credentials file on the cluster "
                            "(~/.config/enroot/.credentials, readable only by you). Leave both "
                            "empty when the image is public.")
                             .arg(m_registry));
        m_login->setReadOnly(false);
        if (m_login->text() == EnrootCredentials::ngcLogin())
            m_login->clear();
    }
    m_saved->setText(tr("Looking for saved credentials for %1…").arg(m_registry));
    auto *store = new RegistryCredentialsStore(m_wizard->service()->host(), this);
    const QString registry = m_registry;
    store->load(this, [this, store, registry](const Expected<EnrootCredentials> &file) {
        store->deleteLater();
        if (registry != m_registry)
            return;
        if (!file) {
            m_saved->setText(
                tr("The credentials file could not be read: %1").arg(file.errorMessage()));
            return;
        }
        if (const auto entry = file->find(registry)) {
            m_saved->setText(tr("Credentials for %1 are already saved on the cluster (login %2). "
                                "Leave the fields empty to keep them, or type new ones.")
                                 .arg(registry, entry->login));
            if (!isNgc() && m_login->text().isEmpty())
                m_login->setText(entry->login);
        } else {
            m_saved->setText(
                tr("No credentials for %1 are saved on the cluster yet.").arg(registry));
        }
        const QStringList warnings = file->warnings();
        if (!warnings.isEmpty())
            m_saved->setText(m_saved->text() + QLatin1Char('\n') + warnings.join(u'\n'));
    });
}

bool CredentialsWizardPage::isComplete() const
{
    if (m_busy)
        return false;
    // Both or neither: a password without a login cannot be saved.
    return m_secret->text().isEmpty() || !m_login->text().trimmed().isEmpty();
}

void CredentialsWizardPage::setBusy(bool busy)
{
    m_busy = busy;
    m_login->setEnabled(!busy);
    m_secret->setEnabled(!busy);
    emit completeChanged();
}

bool CredentialsWizardPage::validatePage()
{
    if (m_savedNow || m_secret->text().isEmpty())
        return true;
    m_error->clear();
    setBusy(true);
    m_saved->setText(tr("Saving the credentials for %1 on the cluster…").arg(m_registry));
    auto *store = new RegistryCredentialsStore(m_wizard->service()->host(), this);
    store->setCredential(m_registry, m_login->text().trimmed(), m_secret->text(), this,
                         [this, store](const Result &result) {
                             store->deleteLater();
                             setBusy(false);
                             if (!result) {
                                 // What was typed stays, so the user can correct it and try again.
                                 m_error->setText(result.message());
                                 m_saved->clear();
                                 return;
                             }
                             m_secret->clear(); // saved on the cluster: no need to keep it here
                             m_saved->setText(
                                 tr("Credentials for %1 saved on the cluster.").arg(m_registry));
                             m_savedNow = true;
                             wizard()->next();
                             m_savedNow = false;
                         });
    return false;
}

// ---- name and partition --------------------------------------------------------------------

NameWizardPage::NameWizardPage(ContainerWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_name(new QLineEdit(this))
    , m_nameError(wrappingLabel(this, QStringLiteral("nameError")))
    , m_partition(new QComboBox(this))
    , m_node(new QComboBox(this))
{
    setTitle(tr("Name and place"));
    setSubTitle(tr("A named container stays on the node that imports it, and later jobs on that "
                   "node reuse it by its name."));
    m_name->setObjectName(QStringLiteral("containerName"));
    m_partition->setObjectName(QStringLiteral("partitionCombo"));
    m_node->setObjectName(QStringLiteral("nodeCombo"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_nameError);
    form->addRow(tr("&Partition:"), m_partition);
    form->addRow(tr("N&ode:"), m_node);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    connect(m_name, &QLineEdit::textChanged, this, &NameWizardPage::validate);
    connect(m_partition, &QComboBox::currentIndexChanged, this, &NameWizardPage::fillNodes);
}

void NameWizardPage::initializePage()
{
    // Suggest a name from the image until the user types one.
    const ImageReference ref = m_wizard->imagePage()->reference();
    const QString image = ref.kind() == ImageReference::Kind::SquashfsFile
        ? ref.path().section(u'/', -1).section(u'.', 0, 0)
        : ref.image().section(u'/', -1);
    if (m_name->text().isEmpty() || m_name->text() == m_suggestedFor) {
        QString suggestion = image;
        suggestion.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")),
                           QStringLiteral("-"));
        m_suggestedFor = suggestion;
        m_name->setText(suggestion);
    }
    const QString current = m_partition->currentData().toString();
    m_partition->blockSignals(true);
    m_partition->clear();
    m_partition->addItem(tr("Cluster default"), QString());
    for (const ProbePartition &p : m_wizard->probeResult().partitions)
        m_partition->addItem(p.isDefault ? tr("%1 (default)").arg(p.name) : p.name, p.name);
    const int keep = m_partition->findData(current);
    m_partition->setCurrentIndex(keep >= 0 ? keep : 0);
    m_partition->blockSignals(false);
    fillNodes();
    validate();
}

void NameWizardPage::fillNodes()
{
    const QString current = m_node->currentData().toString();
    m_node->clear();
    m_node->addItem(tr("Any free node"), QString());
    const ClusterProbeResult &probe = m_wizard->probeResult();
    const QString partition = this->partition();
    const QStringList nodes = partition.isEmpty() && probe.defaultPartition()
        ? probe.defaultPartition()->nodes
        : probe.nodes(partition);
    for (const QString &n : nodes)
        m_node->addItem(n, n);
    const int keep = m_node->findData(current);
    m_node->setCurrentIndex(keep >= 0 ? keep : 0);
}

void NameWizardPage::validate()
{
    const Result r = ContainerService::validateName(containerName());
    m_nameError->setText(r ? QString() : r.message());
    emit completeChanged();
}

bool NameWizardPage::isComplete() const
{
    return !containerName().isEmpty() && ContainerService::validateName(containerName()).isOk();
}

QString NameWizardPage::containerName() const
{
    return m_name->text().trimmed();
}

QString NameWizardPage::partition() const
{
    return m_partition->currentData().toString();
}

QString NameWizardPage::node() const
{
    return m_node->currentData().toString();
}

// ---- the wizard ----------------------------------------------------------------------------

ContainerWizard::ContainerWizard(ContainerService *service, QWidget *parent)
    : QWizard(parent)
    , m_service(service)
    , m_probePage(new ProbeWizardPage(this))
    , m_imagePage(new ImageWizardPage(this))
    , m_credentialsPage(new CredentialsWizardPage(this))
    , m_namePage(new NameWizardPage(this))
    , m_importPage(new ImportWizardPage(this))
    , m_verifyPage(new VerifyWizardPage(this))
{
    setObjectName(QStringLiteral("containerWizard"));
    setWindowTitle(tr("New container"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(ProbePage, m_probePage);
    setPage(ImagePage, m_imagePage);
    setPage(CredentialsPage, m_credentialsPage);
    setPage(NamePage, m_namePage);
    setPage(ImportPage, m_importPage);
    setPage(VerifyPage, m_verifyPage);
    setStartId(ProbePage);
    if (service->probeResult().isValid())
        setProbeResult(service->probeResult());
    resize(720, 560);
}

ContainerWizard::~ContainerWizard() = default;

void ContainerWizard::setProbeResult(const ClusterProbeResult &probe)
{
    m_probe = probe;
    m_hasProbe = true;
    m_service->setProbeResult(probe);
}

void ContainerWizard::setCreated(const NamedContainer &container)
{
    m_created = container;
    emit containerCreated(container, m_imagePage->reference().normalized());
}

CreateRequest ContainerWizard::request() const
{
    CreateRequest r;
    r.name = m_namePage->containerName();
    r.image = m_imagePage->imageText();
    r.partition = m_namePage->partition();
    r.node = m_namePage->node();
    return r;
}

void ContainerWizard::reject()
{
    if (m_importPage->isRunning()) {
        const auto answer = QMessageBox::question(
            this, tr("Stop the import"),
            tr("The image is still being imported. Stop the import and close the wizard?"));
        if (answer != QMessageBox::Yes)
            return;
    }
    QWizard::reject();
}

} // namespace Patagon
