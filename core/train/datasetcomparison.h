// DatasetUpload's first step: which files of a local folder are already on the cluster, the
// same. One `find` lists the remote folder, parsed as it streams (only the sizes of files that
// exist here are kept, so a huge remote folder costs time, not memory); files of the same size
// on both sides are hashed here on a worker thread while the cluster hashes its copies with
// `sha256sum`, a few thousand names per command. Anything unclear counts as different.
#pragma once

#include "core/result.h"
#include "core/train/datasetfiles.h"

#include <QObject>
#include <QPointer>

#include <optional>
#include <vector>

namespace Patagon {
class RemoteHost;
}

namespace Patagon::Train {

class DatasetComparison : public QObject
{
    Q_OBJECT

public:
    // The commands it runs belong to it: deleting it cancels them.
    explicit DatasetComparison(RemoteHost *host, QObject *parent = nullptr);

    // `files` relative to `base` here and to `remoteDir` there; `stop` ends it quietly.
    void start(const QString &base, const QString &remoteDir, std::vector<DatasetFiles::File> files,
               const DatasetFiles::StopFlag &stop);
    // After finished(): the files with `remoteSize` and `same` set.
    std::vector<DatasetFiles::File> takeFiles() { return std::move(m_files); }

signals:
    // Bytes hashed on the cluster so far, of those to hash; 0 of 0 while listing.
    void progress(qint64 done, qint64 total);
    // An error says why, for the caller to say what stopped.
    void finished(const Patagon::Result &result);

private:
    void compare();
    void hashRemoteNext();
    void compared();
    bool stopped() const { return m_stop->load(); }

    QPointer<RemoteHost> m_host;
    QString m_base, m_remoteDir;
    std::vector<DatasetFiles::File> m_files;
    DatasetFiles::StopFlag m_stop;
    std::vector<qsizetype> m_candidates; // indexes of files of the same size on both sides
    std::vector<QByteArray> m_remoteHashes; // by candidate
    std::optional<QList<QByteArray>> m_localHashes; // by candidate
    size_t m_nextHash = 0;
    bool m_remoteHashed = false;
    qint64 m_hashDone = 0, m_hashTotal = 0;
};

} // namespace Patagon::Train
