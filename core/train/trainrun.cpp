#include "core/train/trainrun.h"
#include "core/train/trainrun_p.h"

#include "core/container/containerservice.h"
#include "core/remote/collectedrun.h"
#include "core/remote/remotehost.h"
#include "core/slurm/slurmclient.h"
#include "core/tr.h"
#include "core/train/datasetupload.h"
#include "core/train/runnerbundle.h"
#include "core/train/runstore.h"
#include "core/train/runwatcher.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace Patagon::Train {

using namespace Detail;

TrainRun::TrainRun(RemoteHost *host, Slurm::SlurmClient *client, RunStore *store,
                   Container::ContainerService *containers, QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_client(client)
    , m_store(store)
    , m_containers(containers)
    , d(std::make_unique<Private>())
{}

TrainRun::~TrainRun() = default;

void TrainRun::setBundle(const RunnerBundle &bundle)
{
    d->bundle = bundle;
}

QString TrainRun::stepLabel(Step step)
{
    switch (step) {
    case Step::Idle:
        return Tr::tr("Ready");
    case Step::Checking:
        return Tr::tr("Checking the dataset and the container");
    case Step::Deploying:
        return Tr::tr("Copying the trainer to the cluster");
    case Step::Probing:
        return Tr::tr("Checking the container's compiler and PyTorch");
    case Step::Building:
        return Tr::tr("Building the trainer in the container");
    case Step::Submitting:
        return Tr::tr("Submitting the job");
    case Step::Watching:
        return Tr::tr("Watching the job");
    case Step::Finished:
        return Tr::tr("Finished");
    }
    return {};
}

void TrainRun::setStep(Step step)
{
    if (m_step == step)
        return;
    m_step = step;
    emit stepChanged(step);
}

void TrainRun::fail(const Result &result)
{
    d->awaitingApproval = false;
    d->pendingScript.clear();
    delete m_context;
    m_context = nullptr;
    // Nothing was submitted: a record made for the submit goes again.
    if (m_store && m_record.id > 0 && m_record.jobIds.isEmpty()) {
        (void)m_store->remove(m_record.id);
        m_record.id = 0;
    }
    m_result = result;
    setStep(Step::Finished);
    emit finished(result);
}

void TrainRun::start(const TrainConfig &config)
{
    if (m_step != Step::Idle && m_step != Step::Finished)
        return;
    m_config = config;
    m_record = {};
    m_uploaded = m_built = false;
    m_datasetFilesUploaded = 0;
    m_buildError.clear();
    m_result = Result::ok();
    delete m_context;
    m_context = new QObject(this);
    setStep(Step::Checking);
    if (auto r = config.validate(); !r)
        return fail(r);
    if (config.precision == u"bf16") {
        // Asked for on purpose (the form offers it only when known): refused only when known not
        // to work.
        if (const Bf16Support bf16 = bf16Support(config); bf16.answer == Bf16Support::Answer::No)
            return fail(Result::error(ErrorCode::InvalidInput, bf16.why));
    }
    if (!m_host || !m_host->isConnected())
        return fail(Result::error(ErrorCode::Network,
                                  Tr::tr("Not connected to the cluster. Connect first, then "
                                         "press Train again.")));
    findPlaces();
}

QString TrainRun::runnerDir() const
{
    return d->home + QStringLiteral("/.patagon-studio/runner/") + d->bundle.hash();
}

QString TrainRun::buildDir() const
{
    return d->home + QStringLiteral("/.patagon-studio/build/") + d->nodeKey;
}

// The home folder and where run folders go: $SCRATCH or /scratch/$USER when they exist and are
// writable (home quotas are often small), else the home folder.
void TrainRun::findPlaces()
{
    emit progress(Tr::tr("Looking for the home and scratch folders…"), 0, 0);
    static const QString script = QStringLiteral(
        "printf 'home=%s\\n' \"$HOME\"\n"
        "for d in \"${SCRATCH:-}\" \"/scratch/$USER\"; do\n"
        "  if [ -n \"$d\" ] && [ -d \"$d\" ] && [ -w \"$d\" ]; then printf 'scratch=%s\\n' \"$d\"; "
        "break; fi\n"
        "done\n"
        "sinfo -h -o 'partition=%P' 2>/dev/null\n"
        "true\n");
    runCollected(m_host, {QStringLiteral("sh"), QStringLiteral("-c"), script}, m_context,
                 [this](const Expected<CommandOutput> &out) {
                     if (!out)
                         return fail(out.result());
                     QStringList partitions;
                     for (const QByteArray &line : out->standardOutput.split('\n')) {
                         if (line.startsWith("partition="))
                             partitions << QString::fromUtf8(line.mid(10)).remove(u'*');
                         else if (line.startsWith("home="))
                             d->home = QString::fromUtf8(line.mid(5));
                         else if (line.startsWith("scratch="))
                             d->runsRoot
                                 = QString::fromUtf8(line.mid(8)) + QStringLiteral("/patagon-runs");
                     }
                     if (!d->home.startsWith(u'/'))
                         return fail(Result::error(
                             ErrorCode::Remote,
                             Tr::tr("The cluster did not say where your home folder is.")));
                     // sinfo answered: the partition must be one of them.
                     if (!partitions.isEmpty() && !partitions.contains(m_config.partition))
                         return fail(Result::error(
                             ErrorCode::InvalidInput,
                             Tr::tr("The partition %1 does not exist on this cluster. Its "
                                    "partitions are: %2.")
                                 .arg(m_config.partition, partitions.join(QStringLiteral(", ")))));
                     if (!m_config.runsFolder.isEmpty())
                         d->runsRoot = m_config.runsFolder.startsWith(u"~/")
                             ? d->home + m_config.runsFolder.mid(1)
                             : m_config.runsFolder;
                     if (d->runsRoot.isEmpty())
                         d->runsRoot = d->home + QStringLiteral("/patagon-runs");
                     if (m_config.dataDir.startsWith(u"~/"))
                         m_config.dataDir = d->home + m_config.dataDir.mid(1);
                     if (!m_config.uploadFrom.isEmpty())
                         return uploadData();
                     checkData();
                 });
}

// A dataset on this computer goes to the cluster first: by default beside the run folders, in
// patagon-datasets/NAME; what is there already (same size and hash) is not sent again.
void TrainRun::uploadData()
{
    if (m_config.dataDir.isEmpty())
        m_config.dataDir = QFileInfo(d->runsRoot).path() + QStringLiteral("/patagon-datasets/")
            + safeName(QFileInfo(QDir::cleanPath(m_config.uploadFrom)).fileName());
    auto *upload = new DatasetUpload(m_host, m_context);
    connect(upload, &DatasetUpload::progress, this, &TrainRun::progress);
    connect(upload, &DatasetUpload::finished, this, [this, upload](const Result &result) {
        upload->deleteLater();
        if (!result)
            return fail(result);
        m_datasetFilesUploaded = upload->filesUploaded();
        emit progress(upload->filesUploaded() == 0
                          ? Tr::tr("The dataset is already on the cluster (%n file(s)).", nullptr,
                                   upload->filesTotal())
                          : Tr::tr("Uploaded %n file(s) of the dataset to %1.", nullptr,
                                   upload->filesUploaded())
                                .arg(m_config.dataDir),
                      1, 1);
        checkData();
    });
    upload->start(m_config.uploadFrom, m_config.dataDir);
}

void TrainRun::checkData()
{
    emit progress(Tr::tr("Checking the dataset folder %1…").arg(m_config.dataDir), 0, 0);
    runCollected(
        m_host,
        {QStringLiteral("ls"), QStringLiteral("-1Ap"), QStringLiteral("--"), m_config.dataDir},
        m_context, [this](const Expected<CommandOutput> &out) {
            if (!out)
                return fail(out.result());
            if (!out->succeeded())
                return fail(Result::error(
                    ErrorCode::NotFound,
                    Tr::tr("The dataset folder %1 cannot be read on the cluster: %2 "
                           "Check the path.")
                        .arg(m_config.dataDir,
                             QString::fromUtf8(out->standardError.trimmed()).left(500))));
            QStringList entries;
            for (const QByteArray &line : out->standardOutput.split('\n')) {
                if (!line.isEmpty() && entries.size() < 10000)
                    entries << QString::fromUtf8(line);
            }
            QString why;
            const QString kind = detectDataKind(entries, m_config.dataDir, &why);
            if (kind.isEmpty())
                return fail(Result::error(ErrorCode::InvalidInput, why));
            const bool idx = kind == u"mnist" || kind == u"fashion-mnist";
            const bool givenIdx
                = m_config.dataKind == u"mnist" || m_config.dataKind == u"fashion-mnist";
            if (!m_config.dataKind.isEmpty() && m_config.dataKind != kind && !(idx && givenIdx))
                return fail(
                    Result::error(ErrorCode::InvalidInput,
                                  Tr::tr("The folder %1 holds a %2 dataset, not %3. Choose the "
                                         "format %2, or another folder.")
                                      .arg(m_config.dataDir, kind, m_config.dataKind)));
            if (m_config.dataKind.isEmpty())
                m_config.dataKind = kind;
            findContainer();
        });
}

void TrainRun::findContainer()
{
    if (!m_config.node.isEmpty() || !m_containers) {
        d->nodeKey = safeName(m_config.container + u'@'
                              + (m_config.node.isEmpty() ? QStringLiteral("any") : m_config.node));
        return deploy();
    }
    emit progress(Tr::tr("Looking for the container %1 on the nodes…").arg(m_config.container), 0,
                  0);
    m_containers->list({}, m_context, [this](const Expected<Container::ContainerList> &list) {
        if (!list)
            return fail(list.result());
        QStringList names;
        for (const Container::NamedContainer &c : list->containers) {
            if (c.name == m_config.container) {
                m_config.node = c.node;
                break;
            }
            names << c.name;
        }
        if (m_config.node.isEmpty()) {
            names.removeDuplicates();
            return fail(Result::error(
                ErrorCode::NotFound,
                names.isEmpty()
                    ? Tr::tr("The container %1 does not exist on the cluster, and you have no "
                             "containers yet. Create one from a PyTorch image on the Containers "
                             "page (for example nvcr.io#nvidia/pytorch).")
                          .arg(m_config.container)
                    : Tr::tr("The container %1 does not exist on the cluster. Your containers "
                             "are: %2. Choose one of them, or create %1 on the Containers page.")
                          .arg(m_config.container, names.join(QStringLiteral(", ")))));
        }
        d->nodeKey = safeName(m_config.container + u'@' + m_config.node);
        emit progress(Tr::tr("The container %1 lives on node %2: the trainer is built and runs "
                             "there.")
                          .arg(m_config.container, m_config.node),
                      0, 0);
        deploy();
    });
}

void TrainRun::submit()
{
    setStep(Step::Submitting);
    emit progress(Tr::tr("Submitting the job…"), 0, 0);
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString runDir = d->runsRoot + u'/' + stamp + u'-' + m_config.model + u'-'
        + m_config.dataKind + u'-'
        + QString::number(QRandomGenerator::global()->bounded(0x10000), 16);
    d->mounts.clear();
    if (!isUnder(d->runsRoot, d->home))
        d->mounts << d->runsRoot;
    if (!isUnder(m_config.dataDir, d->home) && !isUnder(m_config.dataDir, QStringLiteral("/usr")))
        d->mounts << m_config.dataDir + u':' + m_config.dataDir + QStringLiteral(":ro");
    ScriptInputs inputs;
    inputs.binary = d->binary;
    inputs.runDir = runDir;
    // Decoded image folders can be large: beside the run folders, not in the home's ~/.cache.
    inputs.cacheDir = d->runsRoot + QStringLiteral("/.decode-cache");
    inputs.mounts = d->mounts;
    inputs.jobName = QStringLiteral("patagon-train");
    const QByteArray script = generateBatchScript(m_config, inputs);

    m_record = {};
    m_record.profile = m_profile;
    m_record.name = m_config.displayName();
    m_record.state = RunState::Preparing;
    m_record.created = QDateTime::currentDateTimeUtc();
    m_record.config = m_config.toJson();
    // Where the trainer that ran is: eval and predict on the run use the same binary.
    m_record.config[u"trainer_binary"] = d->binary;
    m_record.script = script;
    m_record.container = m_config.container;
    m_record.node = m_config.node;
    m_record.bundleHash = d->bundle.hash();
    m_record.runDir = runDir;
    if (m_containers) {
        const auto manifest
            = m_containers->manifestStore().load(m_containers->profileName(), m_config.container);
        if (manifest)
            m_record.manifest = manifest->toJson();
    }
    if (d->review) {
        d->awaitingApproval = true;
        d->pendingScript = script;
        d->pendingRunDir = runDir;
        emit progress(Tr::tr("The batch script is ready: read it, then submit it."), 1, 1);
        emit reviewRequested(script);
        return;
    }
    sendSubmission(script, runDir);
}

void TrainRun::approveSubmit()
{
    if (!d->awaitingApproval || m_step != Step::Submitting)
        return;
    d->awaitingApproval = false;
    emit progress(Tr::tr("Submitting the job…"), 0, 0);
    sendSubmission(std::exchange(d->pendingScript, {}), std::exchange(d->pendingRunDir, {}));
}

bool TrainRun::isAwaitingApproval() const
{
    return d->awaitingApproval;
}

QByteArray TrainRun::pendingScript() const
{
    return d->pendingScript;
}

void TrainRun::setReviewBeforeSubmit(bool review)
{
    d->review = review;
}

void TrainRun::sendSubmission(const QByteArray &script, const QString &runDir)
{
    RemoteOperation *mk = m_host->mkdirPath(runDir, m_context);
    connect(mk, &RemoteOperation::finished, this, [this, mk, script, runDir](const Result &r) {
        mk->deleteLater();
        if (!r)
            return fail(r);
        // The script beside its run, for reading and for running again by hand.
        RemoteOperation *w
            = m_host->writeFile(runDir + QStringLiteral("/train.sbatch"), script, 0644, m_context);
        connect(w, &RemoteOperation::finished, this, [this, w, script, runDir](const Result &r2) {
            w->deleteLater();
            if (!r2)
                return fail(r2);
            if (m_store) {
                if (auto stored = m_store->insert(m_record); !stored)
                    return fail(stored);
            }
            m_client->submit(
                script, runDir, m_context, [this](const Expected<Slurm::SubmitResult> &answer) {
                    if (!answer)
                        return fail(answer.result());
                    m_record.jobIds = {answer->jobId};
                    m_record.state = RunState::Submitted;
                    if (m_store) {
                        if (auto u = m_store->update(m_record); !u)
                            emit progress(u.message(), 0, 0);
                    }
                    emit progress(Tr::tr("Submitted as job %1.").arg(answer->jobId), 1, 1);
                    emit submitted(m_record);
                    startWatching();
                });
        });
    });
}

void TrainRun::resume(const RunRecord &record)
{
    m_record = record;
    m_config = TrainConfig::fromJson(record.config);
    startWatching();
}

void TrainRun::startWatching()
{
    delete m_context;
    m_context = nullptr;
    setStep(Step::Watching);
    if (!m_watcher) {
        m_watcher = new RunWatcher(m_host, m_client, m_store, this);
        connect(m_watcher, &RunWatcher::jobChanged, this, &TrainRun::jobChanged);
        connect(m_watcher, &RunWatcher::epochReceived, this, &TrainRun::epochReceived);
        connect(m_watcher, &RunWatcher::progressReceived, this, &TrainRun::trainerProgress);
        connect(m_watcher, &RunWatcher::gpuSampled, this, &TrainRun::gpuSampled);
        connect(m_watcher, &RunWatcher::readFailed, this, &TrainRun::readFailed);
        connect(m_watcher, &RunWatcher::cancelFailed, this, &TrainRun::cancelFailed);
        connect(m_watcher, &RunWatcher::recordChanged, this, [this](const RunRecord &r) {
            m_record = r;
            emit recordChanged(r);
        });
        connect(m_watcher, &RunWatcher::finished, this, [this](const Result &result) {
            m_record = m_watcher->record();
            m_result = result;
            setStep(Step::Finished);
            emit finished(result);
        });
    }
    m_watcher->watch(m_record);
}

void TrainRun::cancel()
{
    if (m_step == Step::Watching && m_watcher) {
        m_watcher->cancel();
        return;
    }
    if (m_step == Step::Idle || m_step == Step::Finished)
        return;
    fail(Result::error(ErrorCode::Cancelled, Tr::tr("Cancelled before the job was submitted.")));
}

} // namespace Patagon::Train
