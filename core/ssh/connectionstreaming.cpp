// ConnectionWorker's streaming SFTP transfers (uploads, downloads, whole-file writes).
#include "core/ssh/connectionworker.h"
#include "core/ssh/connectionworker_p.h"

#include "core/remote/downloadsafety.h"
#include "core/tr.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QRandomGenerator>

#include <fcntl.h>

namespace Patagon {

using namespace WorkerDetail;

// A folder download's files, listed before anything is written. Every name the server lists
// is checked (see DownloadSafety) and links are refused rather than followed, so nothing lands
// outside the target folder; the local folders are made only once the whole tree passed.
Result ConnectionWorker::listDownload(TransferJob &job, sftp_session_struct *sftp)
{
    const TransferShared &op = *job.shared;
    const QString destination = m_session.destination();
    struct Folder
    {
        QString remote;
        QString relative; // to the target folder; empty for the target itself
    };
    QList<Folder> pending {{op.remotePath, QString()}};
    QStringList localDirs {op.localPath};
    const QDir target(op.localPath);
    while (!pending.isEmpty()) {
        const Folder folder = pending.takeFirst();
        const SftpDirPtr dir(sftp_opendir(sftp, folder.remote.toUtf8().constData()));
        if (!dir)
            return sftpError(sftp, folder.remote, destination);
        while (const SftpAttributesPtr entry {sftp_readdir(sftp, dir.get())}) {
            const QByteArray rawName(entry->name ? entry->name : "");
            if (rawName == "." || rawName == "..")
                continue; // every listing has them; they are never entries to copy
            if (auto r = DownloadSafety::checkEntryName(rawName, folder.remote, destination); !r)
                return r;
            if (localDirs.size() + job.files.size() >= DownloadSafety::kMaxEntries)
                return DownloadSafety::tooManyEntries(op.remotePath, destination);
            const QString name = QString::fromUtf8(rawName);
            const QString rpath = joinRemote(folder.remote, name);
            const QString relative
                = folder.relative.isEmpty() ? name : folder.relative + u'/' + name;
            const QString lpath = target.filePath(relative);
            switch (entry->type) {
            case SSH_FILEXFER_TYPE_DIRECTORY:
                pending.append({rpath, relative});
                localDirs.append(lpath);
                break;
            case SSH_FILEXFER_TYPE_REGULAR:
                job.files.append({lpath, rpath, qint64(entry->size),
                                  DownloadSafety::localFileMode(entry->permissions)});
                break;
            case SSH_FILEXFER_TYPE_SYMLINK:
                return DownloadSafety::linkRefused(rpath, destination);
            default:
                break; // sockets, pipes and devices hold nothing to copy
            }
        }
        if (!sftp_dir_eof(dir.get()))
            return sftpError(sftp, folder.remote, destination);
    }
    for (const QString &dir : std::as_const(localDirs)) {
        if (!QDir().mkpath(dir))
            return Result::error(ErrorCode::Io,
                                 Tr::tr("Could not create the local folder \"%1\".").arg(dir));
    }
    return Result::ok();
}

// Uploads, downloads and whole-file writes: the files are listed once, then each is sent or
// fetched with several requests in flight, under a temporary name renamed when complete.
bool ConnectionWorker::stepStreaming(TransferJob &job, sftp_session_struct *sftp)
{
    TransferShared &op = *job.shared;
    const QString destination = m_session.destination();
    const QByteArray remote = op.remotePath.toUtf8();
    // ---- the streaming kinds: prepare the list of files once
    if (!job.prepared) {
        job.prepared = true;
        if (op.kind == OperationKind::WriteFile) {
            job.files.append(
                {QString(), op.remotePath, op.contents.size(), op.permissions.value_or(0600)});
            job.total = op.contents.size();
            if (op.createParents && !parentOf(op.remotePath).isEmpty())
                job.remoteDirs.append(parentOf(op.remotePath));
        } else if (op.kind == OperationKind::Upload) {
            const QFileInfo info(op.localPath);
            if (!info.exists())
                return failTransfer(
                    job,
                    Result::error(
                        ErrorCode::NotFound,
                        Tr::tr("The local file \"%1\" does not exist.").arg(op.localPath)));
            if (info.isDir()) {
                job.remoteDirs.append(op.remotePath);
                QDirIterator it(op.localPath,
                                QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                                QDirIterator::Subdirectories);
                QList<TransferJob::FileStep> files;
                while (it.hasNext()) {
                    const QFileInfo entry(it.next());
                    const QString relative = QDir(op.localPath).relativeFilePath(entry.filePath());
                    const QString target = joinRemote(op.remotePath, relative);
                    if (entry.isDir())
                        job.remoteDirs.append(target);
                    else if (entry.isFile())
                        files.append({entry.filePath(), target, entry.size(),
                                      unixMode(entry.permissions())});
                }
                std::sort(job.remoteDirs.begin(), job.remoteDirs.end());
                job.files = files;
            } else {
                job.files.append({op.localPath, op.remotePath, info.size(),
                                  op.permissions.value_or(unixMode(info.permissions()))});
                if (op.createParents && !parentOf(op.remotePath).isEmpty())
                    job.remoteDirs.append(parentOf(op.remotePath));
            }
            for (const auto &f : std::as_const(job.files))
                job.total += f.size;
        } else { // Download
            const SftpAttributesPtr attrs(sftp_stat(sftp, remote.constData()));
            if (!attrs)
                return failTransfer(job, sftpError(sftp, op.remotePath, destination));
            if (attrs->type == SSH_FILEXFER_TYPE_DIRECTORY) {
                if (auto r = listDownload(job, sftp); !r)
                    return failTransfer(job, r);
            } else {
                job.files.append({op.localPath, op.remotePath, qint64(attrs->size),
                                  DownloadSafety::localFileMode(attrs->permissions)});
                if (!QFileInfo(op.localPath).absoluteDir().exists())
                    QDir().mkpath(QFileInfo(op.localPath).absolutePath());
            }
            for (const auto &f : std::as_const(job.files))
                job.total += f.size;
        }
        for (const QString &dir : std::as_const(job.remoteDirs)) {
            QString path;
            const QStringList parts = dir.split(QLatin1Char('/'));
            for (qsizetype i = 0; i < parts.size(); ++i) {
                path += (i ? QStringLiteral("/") : QString()) + parts.at(i);
                if (parts.at(i).isEmpty())
                    continue;
                if (SftpAttributesPtr(sftp_stat(sftp, path.toUtf8().constData())))
                    continue;
                if (sftp_mkdir(sftp, path.toUtf8().constData(), 0755) != SSH_OK)
                    return failTransfer(job, sftpError(sftp, path, destination));
            }
        }
    }

    const SftpLimitsPtr limits(sftp_limits(sftp));
    const qint64 readChunk
        = limits ? std::min<qint64>(kChunk, qint64(limits->max_read_length)) : kChunk;
    const qint64 writeChunk
        = limits ? std::min<qint64>(kChunk, qint64(limits->max_write_length)) : kChunk;

    qint64 movedThisTick = 0;
    while (movedThisTick < 8 * kChunk) {
        if (job.index >= job.files.size()) {
            finishTransfer(job, Result::ok());
            return false;
        }
        const TransferJob::FileStep &file = job.files.at(job.index);
        const bool upload = op.kind != OperationKind::Download;

        // Open the file in progress.
        if (!job.remote) {
            if (upload) {
                if (op.kind == OperationKind::Upload) {
                    job.localIn = std::make_unique<QFile>(file.local);
                    if (!job.localIn->open(QIODevice::ReadOnly))
                        return failTransfer(
                            job,
                            Result::error(ErrorCode::Io,
                                          Tr::tr("Could not read the local file \"%1\": %2.")
                                              .arg(file.local, job.localIn->errorString())));
                }
                const QString name = file.remote.section(QLatin1Char('/'), -1);
                job.tempPath = joinRemote(
                    parentOf(file.remote),
                    QStringLiteral(".%1.patagon-%2")
                        .arg(name)
                        .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')));
                // Created private; the final mode is set just before the rename.
                job.remote.reset(sftp_open(sftp, job.tempPath.toUtf8().constData(),
                                           O_WRONLY | O_CREAT | O_TRUNC, 0600));
            } else {
                job.localOut = std::make_unique<QSaveFile>(file.local);
                if (!job.localOut->open(QIODevice::WriteOnly))
                    return failTransfer(
                        job,
                        Result::error(ErrorCode::Io,
                                      Tr::tr("Could not write the local file \"%1\": %2.")
                                          .arg(file.local, job.localOut->errorString())));
                job.remote.reset(sftp_open(sftp, file.remote.toUtf8().constData(), O_RDONLY, 0));
            }
            if (!job.remote) {
                // Name the file the user asked for, not the temporary one.
                const Result r = sftpError(sftp, file.remote, destination);
                job.tempPath.clear();
                return failTransfer(job, r);
            }
            job.requested = 0;
        }

        if (upload) {
            // Keep up to kMaxInflight writes in flight, then collect the oldest.
            while (job.inflight.size() < size_t(kMaxInflight) && job.requested < file.size) {
                const qint64 len = std::min(writeChunk, file.size - job.requested);
                QByteArray buf;
                if (op.kind == OperationKind::WriteFile)
                    buf = op.contents.mid(qsizetype(job.requested), qsizetype(len));
                else
                    buf = job.localIn->read(len);
                if (buf.size() != len)
                    return failTransfer(
                        job,
                        Result::error(ErrorCode::Io,
                                      Tr::tr("The local file \"%1\" changed while it was "
                                             "being uploaded.")
                                          .arg(file.local)));
                sftp_aio aio = nullptr;
                if (sftp_aio_begin_write(job.remote.get(), buf.constData(), size_t(len), &aio) < 0)
                    return failTransfer(job, sftpError(sftp, job.tempPath, destination));
                job.inflight.emplace_back(aio);
                job.inflightSizes.push_back(len);
                job.requested += len;
            }
            if (!job.inflight.empty()) {
                // Waiting frees the request, whatever the answer.
                sftp_aio aio = job.inflight.front().release();
                job.inflight.pop_front();
                const qint64 len = job.inflightSizes.front();
                job.inflightSizes.pop_front();
                if (sftp_aio_wait_write(&aio) < 0)
                    return failTransfer(job, sftpError(sftp, job.tempPath, destination));
                job.done += len;
                movedThisTick += len;
                reportTransferProgress(job);
                continue;
            }
            // This file is complete: close, set its mode, rename over the target.
            job.remote.reset();
            job.localIn.reset();
            const QByteArray temp = job.tempPath.toUtf8();
            if (sftp_chmod(sftp, temp.constData(), mode_t(file.mode)) != SSH_OK)
                return failTransfer(job, sftpError(sftp, job.tempPath, destination));
            if (sftp_rename(sftp, temp.constData(), file.remote.toUtf8().constData()) != SSH_OK)
                return failTransfer(job, sftpError(sftp, file.remote, destination));
            job.tempPath.clear();
            ++job.index;
        } else {
            while (job.inflight.size() < size_t(kMaxInflight) && job.requested < file.size) {
                const qint64 len = std::min(readChunk, file.size - job.requested);
                sftp_aio aio = nullptr;
                if (sftp_aio_begin_read(job.remote.get(), size_t(len), &aio) < 0)
                    return failTransfer(job, sftpError(sftp, file.remote, destination));
                job.inflight.emplace_back(aio);
                job.inflightSizes.push_back(len);
                job.requested += len;
            }
            if (!job.inflight.empty()) {
                sftp_aio aio = job.inflight.front().release();
                job.inflight.pop_front();
                const qint64 len = job.inflightSizes.front();
                job.inflightSizes.pop_front();
                QByteArray buf(qsizetype(len), Qt::Uninitialized);
                const ssize_t n = sftp_aio_wait_read(&aio, buf.data(), size_t(len));
                if (n < 0)
                    return failTransfer(job, sftpError(sftp, file.remote, destination));
                job.localOut->write(buf.constData(), n);
                job.done += n;
                movedThisTick += n;
                reportTransferProgress(job);
                if (n < len) // the file is shorter than it was: stop asking
                    job.requested = file.size;
                continue;
            }
            job.remote.reset();
            job.localOut->setPermissions(qtPermissions(file.mode));
            if (!job.localOut->commit())
                return failTransfer(
                    job,
                    Result::error(ErrorCode::Io,
                                  Tr::tr("Could not write the local file \"%1\": %2.")
                                      .arg(file.local, job.localOut->errorString())));
            job.localOut.reset();
            ++job.index;
        }
    }
    return true;
}

} // namespace Patagon
