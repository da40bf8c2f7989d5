// The wizard that makes a named container: check the cluster (Pyxis, Enroot, partitions), pick
// and validate the image for the cluster's Enroot, save registry credentials when the registry
// needs them, choose a name and partition, import with live progress and cancel, then check
// for PyTorch inside the new container. One QWizardPage per step.
#pragma once

#include "core/container/clusterprobe.h"
#include "core/container/containerservice.h"
#include "core/container/imagereference.h"
#include "core/remote/remotehost.h"

#include <QPointer>
#include <QWizard>
#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace Patagon {

class ContainerWizard;

class ProbeWizardPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ProbeWizardPage(ContainerWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool isProbing() const { return m_probing; }
    // Runs the probe again (the "Check again" button).
    void probe();

private:
    void showResult(const Container::ClusterProbeResult &result);

    ContainerWizard *m_wizard;
    QLabel *m_status;
    QLabel *m_findings;
    QProgressBar *m_busy;
    QPushButton *m_again;
    bool m_probing = false;
    bool m_probed = false;
};

class ImageWizardPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImageWizardPage(ContainerWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;
    QComboBox *combo() const { return m_combo; }
    void setImageText(const QString &text);
    QString imageText() const;
    // The reference parsed for the probed Enroot version.
    Container::ImageReference reference() const;
    QString feedbackText() const;
    // A registry other than Docker Hub (and nvcr.io above all) wants a login.
    static bool needsCredentials(const Container::ImageReference &reference);

private:
    void validate();

    ContainerWizard *m_wizard;
    QComboBox *m_combo;
    QLabel *m_normalized;
    QLabel *m_feedback;
};

class CredentialsWizardPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit CredentialsWizardPage(ContainerWizard *wizard);

    void initializePage() override;
    bool validatePage() override;
    bool isComplete() const override;

private:
    bool isNgc() const;
    void setBusy(bool busy);

    ContainerWizard *m_wizard;
    QLabel *m_intro;
    QLabel *m_saved;
    QLineEdit *m_login;
    QLineEdit *m_secret;
    QLabel *m_error;
    QString m_registry;
    bool m_busy = false;
    bool m_savedNow = false;
};

class NameWizardPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit NameWizardPage(ContainerWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    QLineEdit *nameEdit() const { return m_name; }
    QString containerName() const;
    QString partition() const;
    QString node() const; // empty: any

private:
    void fillNodes();
    void validate();

    ContainerWizard *m_wizard;
    QLineEdit *m_name;
    QLabel *m_nameError;
    QComboBox *m_partition;
    QComboBox *m_node;
    QString m_suggestedFor;
};

class ImportWizardPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportWizardPage(ContainerWizard *wizard);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool isRunning() const { return m_task && !m_task->isFinished(); }
    Container::ContainerTask *task() const { return m_task; }
    void start();
    void cancel();
    QString phaseText() const;
    QString errorText() const;

private:
    void onProgress(const Container::ImportProgress &progress);
    void onFinished(const Result &result);

    ContainerWizard *m_wizard;
    QLabel *m_phase;
    QProgressBar *m_bar;
    QPlainTextEdit *m_log;
    QLabel *m_error;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QPointer<Container::ContainerTask> m_task;
    bool m_succeeded = false;
};

class VerifyWizardPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit VerifyWizardPage(ContainerWizard *wizard);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool isRunning() const { return m_task && !m_task->isFinished(); }
    void run();
    QString resultText() const;
    // "found", "no-torch" or "failed" once run; empty while running.
    QString outcome() const { return m_outcome; }

private:
    void onFinished(const Result &result);

    ContainerWizard *m_wizard;
    QLabel *m_result;
    QPlainTextEdit *m_output; // the raw output, behind m_details unless the check failed
    QPushButton *m_details;
    QPushButton *m_again;
    QPointer<Container::ContainerTask> m_task;
    QString m_outcome;
};

class ContainerWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        ProbePage,
        ImagePage,
        CredentialsPage,
        NamePage,
        ImportPage,
        VerifyPage
    };

    explicit ContainerWizard(Container::ContainerService *service, QWidget *parent = nullptr);
    ~ContainerWizard() override;

    Container::ContainerService *service() const { return m_service; }
    const Container::ClusterProbeResult &probeResult() const { return m_probe; }
    void setProbeResult(const Container::ClusterProbeResult &probe);
    bool hasProbe() const { return m_hasProbe; }

    ProbeWizardPage *probePage() const { return m_probePage; }
    ImageWizardPage *imagePage() const { return m_imagePage; }
    CredentialsWizardPage *credentialsPage() const { return m_credentialsPage; }
    NameWizardPage *namePage() const { return m_namePage; }
    ImportWizardPage *importPage() const { return m_importPage; }
    VerifyWizardPage *verifyPage() const { return m_verifyPage; }

    Container::CreateRequest request() const;
    // Set once the import succeeded.
    Container::NamedContainer created() const { return m_created; }
    void setCreated(const Container::NamedContainer &container);

signals:
    void containerCreated(const Patagon::Container::NamedContainer &container,
                          const QString &image);

protected:
    void reject() override;

private:
    Container::ContainerService *m_service;
    Container::ClusterProbeResult m_probe;
    bool m_hasProbe = false;
    Container::NamedContainer m_created;
    ProbeWizardPage *m_probePage;
    ImageWizardPage *m_imagePage;
    CredentialsWizardPage *m_credentialsPage;
    NameWizardPage *m_namePage;
    ImportWizardPage *m_importPage;
    VerifyWizardPage *m_verifyPage;
};

} // namespace Patagon
