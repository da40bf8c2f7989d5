// Which files of a dataset folder are already on the cluster, the same.
#include "core/train/datasetcomparison.h"

#include "core/remote/collectedrun.h"
#include "core/remote/remotehost.h"
#include "core/tr.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCompare, "patagon.core.train.upload.compare", QtInfoMsg)

namespace Patagon::Train {

using namespace DatasetFiles;

namespace {
constexpr int kHashFiles = 5000; // names per sha256sum command on the cluster
constexpr qint64 kHashBytes = qint64(1) << 30; // contents hashed per command, for progress
constexpr qsizetype kMaxErrorText = 4096;
} // namespace

DatasetComparison::DatasetComparison(RemoteHost *host, QObject *parent)
    : QObject(parent)
    , m_host(host)
{}

void DatasetComparison::start(const QString &base, const QString &remoteDir,
                              std::vector<File> files, const StopFlag &stop)
{
    m_base = base;
    m_remoteDir = remoteDir;
    m_files = std::move(files);
    m_stop = stop;
    if (!m_host)
        return emit finished(
            Result::error(ErrorCode::Network, Tr::tr("There is no connection to the cluster.")));
    auto index = std::make_shared<QHash<QString, qsizetype>>();
    index->reserve(qsizetype(m_files.size()));
    for (size_t i = 0; i < m_files.size(); ++i)
        index->insert(m_files[i].path, qsizetype(i));
    static const QString script = QStringLiteral(
        "[ -e \"$1\" ] || exit 0; cd -- \"$1\" && exec find . -type f -printf '%s %P\\0'");
    RemoteProcess *process = m_host->run(shell(script, m_remoteDir), {}, this);
    auto parser = std::make_shared<ListingParser>();
    auto errors = std::make_shared<QByteArray>();
    connect(process, &RemoteProcess::standardOutput, this,
            [this, parser, index](const QByteArray &b) {
                parser->feed(b, [this, map = index.get()](qint64 size, const QString &path) {
                    if (const auto it = map->constFind(path); it != map->cend())
                        m_files[size_t(*it)].remoteSize = size;
                });
            });
    connect(process, &RemoteProcess::standardError, this, [errors](const QByteArray &b) {
        errors->append(b.left(std::max<qsizetype>(0, kMaxErrorText - errors->size())));
    });
    connect(
        process, &RemoteProcess::finished, this, [this, process, errors](const ProcessResult &r) {
            process->deleteLater();
            if (stopped())
                return;
            if (!r.result)
                return emit finished(r.result);
            if (!r.succeeded())
                return emit finished(commandFailed(QStringLiteral("find"), r.exitStatus, *errors));
            compare();
        });
}

void DatasetComparison::compare()
{
    for (size_t i = 0; i < m_files.size(); ++i) {
        if (m_files[i].remoteSize == m_files[i].size) {
            m_candidates.push_back(qsizetype(i));
            m_hashTotal += m_files[i].size;
        }
    }
    if (m_candidates.empty())
        return compared();
    m_remoteHashes.resize(m_candidates.size());
    QStringList paths;
    paths.reserve(qsizetype(m_candidates.size()));
    for (qsizetype i : m_candidates)
        paths << m_files[size_t(i)].path;
    inWorker<QList<QByteArray>>(
        this, [base = m_base, paths, stop = m_stop] { return sha256(base, paths, stop); },
        [this](const QList<QByteArray> &hashes) {
            m_localHashes = hashes;
            if (m_remoteHashed && !stopped())
                compared();
        });
    hashRemoteNext();
}

void DatasetComparison::hashRemoteNext()
{
    const size_t first = m_nextHash;
    if (first >= m_candidates.size()) {
        m_remoteHashed = true;
        if (m_localHashes)
            compared();
        return;
    }
    QByteArray names;
    qint64 bytes = 0;
    while (m_nextHash < m_candidates.size() && m_nextHash - first < size_t(kHashFiles)) {
        const File &file = m_files[size_t(m_candidates[m_nextHash])];
        if (bytes > 0 && bytes + file.size > kHashBytes)
            break;
        names += file.path.toUtf8() + '\0';
        bytes += file.size;
        ++m_nextHash;
    }
    static const QString script = QStringLiteral("cd -- \"$1\" && exec xargs -0 sha256sum --");
    runCollected(m_host, shell(script, m_remoteDir), names, this,
                 [this, first, bytes](const Expected<CommandOutput> &out) {
                     if (stopped())
                         return;
                     if (!out)
                         return emit finished(out.result());
                     // A non-zero status (a file gone meanwhile, ...) only leaves lines out: those
                     // files count as different and are sent again.
                     if (!out->succeeded())
                         qCInfo(lcCompare)
                             << "sha256sum on the cluster ended with" << out->exitStatus
                             << out->standardError.left(kMaxErrorText);
                     const QHash<QString, QByteArray> sums = parseSha256Sums(out->standardOutput);
                     for (size_t i = first; i < m_nextHash; ++i)
                         m_remoteHashes[i] = sums.value(m_files[size_t(m_candidates[i])].path);
                     m_hashDone += bytes;
                     emit progress(m_hashDone, m_hashTotal);
                     if (!stopped())
                         hashRemoteNext();
                 });
}

void DatasetComparison::compared()
{
    for (size_t i = 0; i < m_candidates.size(); ++i) {
        const QByteArray local = m_localHashes ? m_localHashes->value(qsizetype(i)) : QByteArray();
        m_files[size_t(m_candidates[i])].same = !local.isEmpty() && local == m_remoteHashes[i];
    }
    m_candidates = {};
    m_remoteHashes = {};
    m_localHashes.reset();
    emit finished(Result::ok());
}

} // namespace Patagon::Train
