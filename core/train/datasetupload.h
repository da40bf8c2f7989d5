// Copies a dataset folder from this computer to the cluster, leaving out what is already there
// (DatasetComparison: the same size and SHA-256 on both sides), and only the rest goes. Small files
// travel in ustar archives that `tar` unpacks on the cluster (one command per batch of up to 16 MiB
// or 2,000 files, not one round trip per file); files from 1 MiB on go one by one over SFTP, each
// atomically (temporary name, then rename).
//
// Resumable without any record: an archive cut short leaves files of the wrong size or content,
// which the next upload sees as different and sends again; a large file is either whole or
// absent. Cancel keeps what is complete on the cluster. Local folders are read on a worker
// thread; at most two batches are in memory at a time (one being sent, the next one read).
#pragma once

#include "core/result.h"

#include <QObject>
#include <QString>

#include <memory>

namespace Patagon {
class RemoteHost;
}

namespace Patagon::Train {

class DatasetUpload : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxFiles = 2000000;

    explicit DatasetUpload(RemoteHost *host, QObject *parent = nullptr);
    ~DatasetUpload() override;

    // Uploads the regular files under `localDir` (hidden ones left out; symbolic links only
    // when they point inside the folder) into `remoteDir`, an absolute path or one relative to
    // the home folder ("~" is not expanded). finished() always comes after start() returned.
    void start(const QString &localDir, const QString &remoteDir);
    // Stops what runs now and finishes with ErrorCode::Cancelled.
    void cancel();

    bool isRunning() const;
    bool isFinished() const;
    Result result() const;
    int filesTotal() const; // regular files found here
    int filesUploaded() const;
    int filesSkipped() const; // the same size and hash on the cluster
    qint64 bytesUploaded() const;

    // Tuning and tests: the limits of one archive of small files, and the size from which a
    // file goes on its own over SFTP.
    void setBatchLimits(qint64 maxBytes, int maxFiles, qint64 largeFile);

signals:
    // `text` is translated; the bytes are those that must be uploaded (or, while comparing,
    // those being hashed); 0 of 0 while the amount is not known yet.
    void progress(const QString &text, qint64 doneBytes, qint64 totalBytes);
    void finished(const Patagon::Result &result);

private:
    struct Private;
    void compare();
    void uploadNext();
    void buildBatch();
    void sendBatch();
    void uploadLarge();
    [[nodiscard]] bool report(const QString &text, qint64 done, qint64 total);
    void finish(const Result &result);
    void releaseContext();
    Result stopped(const Result &why) const;

    std::unique_ptr<Private> d;
};

} // namespace Patagon::Train
