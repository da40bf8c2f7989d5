// Copies a dataset folder to the cluster, leaving out the files already there.
#include "core/train/datasetupload.h"

#include "core/remote/collectedrun.h"
#include "core/remote/remotehost.h"
#include "core/softassert.h"
#include "core/tr.h"
#include "core/train/datasetcomparison.h"
#include "core/train/datasetfiles.h"
#include "core/train/ustarwriter.h"

#include <QDir>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

#include <algorithm>
#include <optional>
#include <vector>

Q_LOGGING_CATEGORY(lcUpload, "patagon.core.train.upload", QtInfoMsg)

namespace Patagon::Train {

using namespace DatasetFiles;

namespace {

constexpr qint64 kBatchBytes = 16 * 1024 * 1024;
constexpr int kBatchFiles = 2000;
constexpr qint64 kLargeFile = 1024 * 1024;
constexpr qsizetype kMaxErrorText = 4096;

QString comparingText()
{
    return Tr::tr("Comparing with what is already on the cluster…");
}
QString copyingText()
{
    return Tr::tr("Copying the dataset to the cluster…");
}

} // namespace

struct DatasetUpload::Private
{
    QPointer<RemoteHost> host;
    QObject *context = nullptr; // owns every pending handle; releasing it cancels them
    StopFlag stop;
    bool running = false, finished = false;
    quint64 run = 0; // counts start() calls
    Result result;
    QString localDir, remoteDir, base;
    std::vector<File> files;
    int filesTotal = 0, uploaded = 0, skipped = 0;
    // Uploading: batches of small files (one being sent, the next one read meanwhile), then
    // the large ones.
    std::vector<qsizetype> small, large;
    size_t nextSmall = 0, nextLarge = 0;
    std::optional<Archive> built;
    bool building = false, sending = false;
    qint64 total = 0, done = 0;
    struct Limits
    {
        qint64 batchBytes = kBatchBytes, largeFile = kLargeFile;
        int batchFiles = kBatchFiles;
    } limits;

    QString remotePath(const QString &relative) const
    {
        return remoteDir == u'/' ? QString(remoteDir + relative)
                                 : QString(remoteDir + u'/' + relative);
    }
};

DatasetUpload::DatasetUpload(RemoteHost *host, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->host = host;
}

DatasetUpload::~DatasetUpload()
{
    if (d->stop)
        d->stop->store(true);
    releaseContext();
}

void DatasetUpload::setBatchLimits(qint64 maxBytes, int maxFiles, qint64 largeFile)
{
    d->limits
        = {std::max<qint64>(maxBytes, 1), std::max<qint64>(largeFile, 1), std::max(maxFiles, 1)};
}

bool DatasetUpload::isRunning() const
{
    return d->running;
}
bool DatasetUpload::isFinished() const
{
    return d->finished;
}
Result DatasetUpload::result() const
{
    return d->result;
}
int DatasetUpload::filesTotal() const
{
    return d->filesTotal;
}
int DatasetUpload::filesUploaded() const
{
    return d->uploaded;
}
int DatasetUpload::filesSkipped() const
{
    return d->skipped;
}
qint64 DatasetUpload::bytesUploaded() const
{
    return d->done;
}

void DatasetUpload::start(const QString &localDir, const QString &remoteDir)
{
    PATAGON_ASSERT(!isRunning(), return);
    releaseContext();
    Private fresh;
    fresh.host = d->host;
    fresh.limits = d->limits;
    fresh.run = d->run + 1;
    *d = std::move(fresh);
    d->running = true;
    d->localDir = localDir;
    d->remoteDir = remoteDir.isEmpty() ? QString() : QDir::cleanPath(remoteDir);
    d->stop = std::make_shared<std::atomic_bool>(false);
    d->context = new QObject(this);
    QTimer::singleShot(0, d->context, [this] {
        if (isRunning())
            emit progress(
                Tr::tr("Looking at the files in %1…").arg(QDir::toNativeSeparators(d->localDir)), 0,
                0);
    });
    inWorker<Scan>(
        d->context, [localDir, stop = d->stop] { return scan(localDir, kMaxFiles, stop); },
        [this](Scan scan) {
            if (!scan.error)
                return finish(scan.error);
            if (d->remoteDir.isEmpty())
                return finish(Result::error(ErrorCode::InvalidInput,
                                            Tr::tr("No folder on the cluster was given for the "
                                                   "dataset %1.")
                                                .arg(QDir::toNativeSeparators(d->localDir))));
            d->base = scan.base;
            d->files = std::move(scan.files);
            d->filesTotal = int(d->files.size());
            compare();
        });
}

void DatasetUpload::cancel()
{
    if (!isRunning())
        return;
    finish(Result::error(ErrorCode::Cancelled,
                         Tr::tr("The upload of %1 was cancelled. The files already copied stay on "
                                "the cluster and are not copied again.")
                             .arg(QDir::toNativeSeparators(d->localDir))));
}

void DatasetUpload::compare()
{
    if (!report(comparingText(), 0, 0))
        return;
    auto *comparison = new DatasetComparison(d->host, d->context);
    connect(comparison, &DatasetComparison::progress, this,
            [this](qint64 done, qint64 total) { (void)report(comparingText(), done, total); });
    connect(comparison, &DatasetComparison::finished, this,
            [this, comparison](const Result &result) {
                comparison->deleteLater();
                if (!result)
                    return finish(stopped(result));
                d->files = comparison->takeFiles();
                for (size_t i = 0; i < d->files.size(); ++i) {
                    const File &file = d->files[i];
                    if (file.same) {
                        ++d->skipped;
                        continue;
                    }
                    (file.size < d->limits.largeFile ? d->small : d->large).push_back(qsizetype(i));
                    d->total += file.size;
                }
                if (report(copyingText(), 0, d->total))
                    uploadNext();
            });
    comparison->start(d->base, d->remoteDir, std::move(d->files), d->stop);
}

void DatasetUpload::uploadNext()
{
    if (!d->building && !d->built && d->nextSmall < d->small.size())
        buildBatch();
    if (d->sending)
        return;
    if (d->built)
        return sendBatch();
    if (d->building)
        return; // sent once read
    if (d->nextLarge < d->large.size())
        return uploadLarge();
    finish(Result::ok());
}

void DatasetUpload::buildBatch()
{
    QStringList paths;
    qint64 archiveBytes = 0, bytes = 0;
    while (d->nextSmall < d->small.size() && paths.size() < d->limits.batchFiles) {
        const File &file = d->files[size_t(d->small[d->nextSmall])];
        const qint64 entry = UstarWriter::kBlock + file.size;
        if (!paths.isEmpty() && archiveBytes + entry > d->limits.batchBytes)
            break;
        paths << file.path;
        archiveBytes += entry;
        bytes += file.size;
        ++d->nextSmall;
    }
    d->building = true;
    inWorker<Archive>(
        d->context, [base = d->base, paths, stop = d->stop] { return archive(base, paths, stop); },
        [this, bytes](Archive batch) {
            batch.bytes = bytes;
            d->building = false;
            d->built = std::move(batch);
            uploadNext();
        });
}

// The archive goes as the standard input of `tar` on the cluster, unpacked in place.
void DatasetUpload::sendBatch()
{
    const Archive batch = std::move(*d->built);
    d->built.reset();
    if (!batch.unreadable.isEmpty())
        return finish(stopped(
            Result::error(ErrorCode::Io,
                          Tr::tr("Could not read %1 on this computer.")
                              .arg(QDir::toNativeSeparators(d->base + u'/' + batch.unreadable)))));
    d->sending = true;
    uploadNext(); // reads the next batch meanwhile
    static const QString script = QStringLiteral("mkdir -p -- \"$1\" && exec tar -xf - -C \"$1\"");
    runCollected(
        d->host, shell(script, d->remoteDir), batch.data, d->context,
        [this, files = batch.files, bytes = batch.bytes](const Expected<CommandOutput> &out) {
            d->sending = false;
            if (!out)
                return finish(stopped(out.result()));
            if (!out->succeeded())
                return finish(stopped(commandFailed(QStringLiteral("tar"), out->exitStatus,
                                                    out->standardError.left(kMaxErrorText))));
            d->uploaded += files;
            d->done += bytes;
            if (report(copyingText(), d->done, d->total))
                uploadNext();
        });
}

// One large file over SFTP, to a temporary name renamed when complete.
void DatasetUpload::uploadLarge()
{
    if (!d->host)
        return finish(stopped(
            Result::error(ErrorCode::Network, Tr::tr("There is no connection to the cluster."))));
    const File &file = d->files[size_t(d->large[d->nextLarge++])];
    const QString text = Tr::tr("Copying %1 to the cluster…").arg(file.path);
    RemoteOperation *op
        = d->host->upload(d->base + u'/' + file.path, d->remotePath(file.path), d->context);
    connect(op, &RemoteOperation::progress, this,
            [this, text](qint64 done, qint64) { emit progress(text, d->done + done, d->total); });
    connect(op, &RemoteOperation::finished, this, [this, op, size = file.size](const Result &r) {
        op->deleteLater();
        if (!r)
            return finish(stopped(r));
        ++d->uploaded;
        d->done += size;
        uploadNext();
    });
}

// False when a slot cancelled this run (or cancelled it and started another) meanwhile.
bool DatasetUpload::report(const QString &text, qint64 done, qint64 total)
{
    const quint64 run = d->run;
    emit progress(text, done, total);
    return d->run == run && isRunning();
}

void DatasetUpload::finish(const Result &result)
{
    if (!isRunning())
        return;
    d->running = false;
    d->finished = true;
    d->result = result;
    d->stop->store(true);
    releaseContext();
    d->files = {};
    d->small = {};
    d->large = {};
    d->built.reset();
    if (!result)
        qCInfo(lcUpload) << "upload of" << d->localDir << "ended:" << result.message();
    emit finished(result);
}

// Called from inside the handlers of the context's own handles: their signals are silenced
// now, and they are deleted (which cancels them) once control is back in the event loop.
void DatasetUpload::releaseContext()
{
    if (!d->context)
        return;
    for (QObject *child : d->context->children())
        child->blockSignals(true);
    d->context->deleteLater();
    d->context = nullptr;
}

Result DatasetUpload::stopped(const Result &why) const
{
    return Result::error(why.code(),
                         Tr::tr("The upload of %1 stopped. %2 Train again to continue; files "
                                "already copied are not copied again.")
                             .arg(QDir::toNativeSeparators(d->localDir), why.message()));
}

} // namespace Patagon::Train
