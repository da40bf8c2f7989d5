// DatasetUpload's building blocks: the work on this computer's files (walk, hash, pack into
// archives) that runs on worker threads, the parsers of the cluster's answers, and the helpers
// its two steps share. Plain functions, testable alone.
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QFutureWatcher>
#include <QHash>
#include <QList>
#include <QPromise>
#include <QString>
#include <QStringList>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace Patagon::Train::DatasetFiles {

// Set to make a running walk, hash or read stop early (its result is then incomplete).
using StopFlag = std::shared_ptr<std::atomic_bool>;

struct File
{
    QString path; // relative, '/'-separated
    qint64 size = 0;
    qint64 remoteSize = -1; // -1: not on the cluster
    bool same = false; // the same size and hash there
};

struct Scan
{
    Result error;
    QString base; // the folder's canonical path
    std::vector<File> files; // sorted by path
};
// The regular files under `localDir`, hidden ones left out (hidden folders not entered);
// symbolic links only when they point inside the folder, links to folders not followed.
// An error when the folder is missing or unreadable, or holds more than `maxFiles` files.
Scan scan(const QString &localDir, int maxFiles, const StopFlag &stop);

// Lowercase hex SHA-256 of each of `paths` (relative to `base`), read in chunks; empty for a
// file that cannot be read.
QList<QByteArray> sha256(const QString &base, const QStringList &paths, const StopFlag &stop);

struct Archive
{
    QString unreadable; // the relative path of a file that could not be read
    QByteArray data; // ustar
    int files = 0;
    qint64 bytes = 0; // for the caller: the files' sizes as scanned
};
// The files as one ustar archive, read as they are now.
Archive archive(const QString &base, const QStringList &paths, const StopFlag &stop);

// `find -printf '%s %P\0'` records ("SIZE PATH\0"), fed in chunks cut anywhere. What does not
// parse is left out (that file is then simply sent again); a record longer than 64 KiB is
// dropped whole, so memory stays bounded whatever arrives.
class ListingParser
{
public:
    using Record = std::function<void(qint64 size, const QString &path)>;
    void feed(const QByteArray &chunk, const Record &record);

private:
    QByteArray m_pending;
    bool m_discarding = false; // inside an over-long record: skip to its end
};

// `sha256sum`'s lines ("HEX  NAME", "HEX *NAME", or "\HEX  NAME" with \\, \n and \r escaped
// in the name): name -> lowercase hex digest. Lines that do not parse are left out.
QHash<QString, QByteArray> parseSha256Sums(const QByteArray &output);

// Runs `work` (one of the above) on the global thread pool; `done` gets its value on the thread
// of `context`, and never once `context` is gone or its signals are blocked.
template<typename T, typename Work, typename Done>
void inWorker(QObject *context, Work work, Done done)
{
    auto promise = std::make_shared<QPromise<T>>();
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done] {
        watcher->deleteLater();
        done(watcher->result());
    });
    watcher->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, work] {
        promise->addResult(work());
        promise->finish();
    });
}

// `sh -c SCRIPT sh REMOTE_DIR`: the folder reaches the script as "$1", never inside its text.
QStringList shell(const QString &script, const QString &remoteDir);

// What a command on the cluster said when it failed (its standard error, shortened), as a
// sentence for the user.
Result commandFailed(const QString &program, int exitStatus, const QByteArray &standardError);

} // namespace Patagon::Train::DatasetFiles
