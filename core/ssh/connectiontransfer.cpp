// ConnectionWorker's SFTP operations, one step at a time from the pump: uploads and downloads
// (atomic: a temporary name, then rename), small reads and writes, stat, listings, mkdir,
// chmod; with command fallbacks where the server has no SFTP.
#include "core/ssh/connectionworker.h"
#include "core/ssh/connectionworker_p.h"

#include "core/ssh/connection.h"
#include "core/tr.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTimer>

#include <fcntl.h>

namespace Patagon {

using namespace WorkerDetail;

namespace WorkerDetail {

RemoteFileInfo fileInfoOf(const sftp_attributes_struct &attributes)
{
    RemoteFileInfo info;
    info.exists = true;
    info.isDirectory = attributes.type == SSH_FILEXFER_TYPE_DIRECTORY;
    info.size = qint64(attributes.size);
    info.permissions = attributes.permissions & 07777;
    info.modified = QDateTime::fromSecsSinceEpoch(qint64(attributes.mtime));
    return info;
}

quint32 unixMode(QFile::Permissions p)
{
    quint32 mode = 0;
    if (p & QFile::ReadOwner)
        mode |= 0400;
    if (p & QFile::WriteOwner)
        mode |= 0200;
    if (p & QFile::ExeOwner)
        mode |= 0100;
    if (p & QFile::ReadGroup)
        mode |= 0040;
    if (p & QFile::WriteGroup)
        mode |= 0020;
    if (p & QFile::ExeGroup)
        mode |= 0010;
    if (p & QFile::ReadOther)
        mode |= 0004;
    if (p & QFile::WriteOther)
        mode |= 0002;
    if (p & QFile::ExeOther)
        mode |= 0001;
    return mode;
}

QFile::Permissions qtPermissions(quint32 mode)
{
    QFile::Permissions p;
    if (mode & 0400)
        p |= QFile::ReadOwner | QFile::ReadUser;
    if (mode & 0200)
        p |= QFile::WriteOwner | QFile::WriteUser;
    if (mode & 0100)
        p |= QFile::ExeOwner | QFile::ExeUser;
    if (mode & 0040)
        p |= QFile::ReadGroup;
    if (mode & 0020)
        p |= QFile::WriteGroup;
    if (mode & 0010)
        p |= QFile::ExeGroup;
    if (mode & 0004)
        p |= QFile::ReadOther;
    if (mode & 0002)
        p |= QFile::WriteOther;
    if (mode & 0001)
        p |= QFile::ExeOther;
    return p;
}

QString parentOf(const QString &remotePath)
{
    const qsizetype slash = remotePath.lastIndexOf(QLatin1Char('/'));
    if (slash < 0)
        return QString();
    return slash == 0 ? QStringLiteral("/") : remotePath.left(slash);
}

QString joinRemote(const QString &dir, const QString &name)
{
    if (dir.isEmpty())
        return name;
    return dir.endsWith(QLatin1Char('/')) ? QString(dir + name)
                                          : QString(dir + QLatin1Char('/') + name);
}

Result sftpError(sftp_session sftp, const QString &path, const QString &destination)
{
    switch (sftp_get_error(sftp)) {
    case SSH_FX_NO_SUCH_FILE:
    case SSH_FX_NO_SUCH_PATH:
        return Result::error(ErrorCode::NotFound,
                             Tr::tr("\"%1\" does not exist on %2.").arg(path, destination));
    case SSH_FX_PERMISSION_DENIED:
        return Result::error(ErrorCode::PermissionDenied,
                             Tr::tr("Permission denied on \"%1\" on %2. Check the path, or ask "
                                    "the file's owner for access.")
                                 .arg(path, destination));
    default:
        return Result::error(ErrorCode::Remote,
                             Tr::tr("The file operation on \"%1\" failed on %2 (SFTP error %3).")
                                 .arg(path, destination)
                                 .arg(sftp_get_error(sftp)));
    }
}

} // namespace WorkerDetail

sftp_session_struct *ConnectionWorker::sftp(Result *error, bool *refused)
{
    *refused = false;
    if (m_sftp)
        return m_sftp.get();
    if (m_noSftp) {
        *error = noSftpError();
        return nullptr;
    }
    ssh_session s = m_session.handle();
    ChannelPtr channel(s ? ssh_channel_new(s) : nullptr);
    const auto failed = [&] {
        *error = Result::error(ErrorCode::Remote,
                               Tr::tr("Could not start file transfer (SFTP) on %1: %2.")
                                   .arg(m_session.destination(), m_session.errorString()));
        return nullptr;
    };
    if (!channel)
        return failed();
    if (ssh_channel_open_session(channel.get()) != SSH_OK) {
        *refused = ssh_is_connected(s) && ssh_get_error_code(s) == SSH_REQUEST_DENIED;
        return failed();
    }
    if (ssh_channel_request_sftp(channel.get()) != SSH_OK) {
        const bool connected = ssh_is_connected(s);
        channel.reset();
        if (!connected)
            return failed();
        // Detected once per connection; callers fall back to commands (see SshHost).
        m_noSftp = true;
        qCInfo(lcSsh) << "the server offers no SFTP subsystem";
        *error = noSftpError();
        return nullptr;
    }
    SftpPtr sftp(sftp_new_channel(s, channel.get()));
    if (!sftp)
        return failed();
    channel.release(); // the SFTP session owns it now, and frees it with itself
    if (sftp_init(sftp.get()) != SSH_OK) {
        sftp.reset();
        if (!ssh_is_connected(s))
            return failed();
        // The subsystem was granted but nothing answers (its program is missing, as with
        // Dropbear without sftp-server): the same as none, and never retried in a loop.
        m_noSftp = true;
        qCInfo(lcSsh) << "the server's SFTP subsystem does not answer";
        *error = noSftpError();
        return nullptr;
    }
    m_sftp = std::move(sftp);
    return m_sftp.get();
}

Result ConnectionWorker::noSftpError() const
{
    return Result::error(ErrorCode::Unsupported,
                         Tr::tr("%1 offers no SFTP (file transfer) service, so files are read "
                                "and written through commands instead; folders cannot be "
                                "copied there. Ask the administrators to enable the sftp "
                                "subsystem.")
                             .arg(m_session.destination()));
}

void ConnectionWorker::closeSftp()
{
    // Transfers use the SFTP session: none may outlive it without hearing why.
    if (!m_transfers.empty())
        endLiveWork(ProcessResult {
            -1, QString(), true,
            Result::error(ErrorCode::Cancelled, Tr::tr("The file transfer was stopped."))});
    m_sftp.reset();
}

void ConnectionWorker::startOperation(const std::shared_ptr<TransferShared> &operation)
{
    if (!m_session.isConnected()) {
        if (reconnectForRequest()) {
            m_waitingTransfers.push_back(operation);
            return;
        }
        TransferJob job;
        job.shared = operation;
        finishTransfer(job, notConnectedError());
        return;
    }
    auto job = std::make_unique<TransferJob>();
    job->shared = operation;
    job->progressClock.start();
    m_transfers.push_back(std::move(job));
    schedulePump();
}

void ConnectionWorker::finishTransfer(TransferJob &job, const Result &result)
{
    job.closeRemote();
    if (!result && !job.tempPath.isEmpty() && m_sftp)
        sftp_unlink(m_sftp.get(), job.tempPath.toUtf8().constData());
    if (job.localOut)
        job.localOut->cancelWriting();
    const qint64 done = job.done;
    const qint64 total = job.total;
    post([s = job.shared, result, done, total, listing = std::move(job.listing)] {
        if (!s->handle)
            return;
        if (result && total > 0)
            emit s->handle->progress(done, total);
        s->handle->m_listing = listing;
        s->handle->m_finished = true;
        s->handle->m_result = result;
        emit s->handle->finished(result);
    });
}

bool ConnectionWorker::stepListing(TransferJob &job, sftp_session_struct *sftp)
{
    const QString destination = m_session.destination();
    RemoteListing &listing = job.listing;
    auto fail = [&](const Result &r) {
        if (!m_session.isConnected())
            connectionLost(m_session.errorString());
        else
            finishTransfer(job, r);
        return false;
    };
    if (!job.dir) {
        // `~` as a shell reads it; relative paths start from where SFTP starts (the home).
        QString path = job.shared->remotePath;
        if (path.isEmpty() || path == u"~")
            path = QStringLiteral(".");
        else if (path.startsWith(u"~/"))
            path = path.mid(2);
        if (!path.startsWith(u'/')) {
            const SshCharPtr home(sftp_canonicalize_path(sftp, "."));
            if (!home)
                return fail(sftpError(sftp, job.shared->remotePath, destination));
            const QString homePath = QString::fromUtf8(home.get());
            path = homePath + u'/' + path;
        }
        listing.path = QDir::cleanPath(path);
        const QByteArray encoded = listing.path.toUtf8();
        job.dir.reset(sftp_opendir(sftp, encoded.constData()));
        if (!job.dir) {
            const int error = sftp_get_error(sftp);
            Result why = sftpError(sftp, listing.path, destination);
            if (error == SSH_FX_PERMISSION_DENIED)
                why = Result::error(ErrorCode::PermissionDenied,
                                    Tr::tr("The folder \"%1\" on %2 may not be read (permission "
                                           "denied). Ask its owner for access, or choose another "
                                           "folder.")
                                        .arg(listing.path, destination));
            else if (error == SSH_FX_NO_SUCH_FILE || error == SSH_FX_FAILURE) {
                // A file gives "no such file" (ENOTDIR) or a plain failure: say which.
                const SftpAttributesPtr attrs(sftp_stat(sftp, encoded.constData()));
                if (attrs && attrs->type != SSH_FILEXFER_TYPE_DIRECTORY)
                    why = Result::error(ErrorCode::InvalidInput,
                                        Tr::tr("\"%1\" on %2 is a file, not a folder.")
                                            .arg(listing.path, destination));
            }
            return fail(why);
        }
    }
    QElapsedTimer slice;
    slice.start();
    while (slice.elapsed() < kListSliceMs) {
        const SftpAttributesPtr entry(sftp_readdir(sftp, job.dir.get()));
        if (!entry) {
            if (!sftp_dir_eof(job.dir.get()))
                return fail(sftpError(sftp, listing.path, destination));
            finishTransfer(job, Result::ok());
            return false;
        }
        const QString name = QString::fromUtf8(entry->name);
        if (name == u"." || name == u"..")
            continue;
        if (listing.entries.size() >= job.shared->maxBytes) {
            listing.truncated = true;
            finishTransfer(job, Result::ok());
            return false;
        }
        RemoteFileInfo info = fileInfoOf(*entry);
        info.name = name;
        if (entry->type == SSH_FILEXFER_TYPE_SYMLINK) {
            info.isSymlink = true;
            info.isDirectory = false;
            if (job.linksFollowed < kMaxLinksFollowed) {
                ++job.linksFollowed;
                const QByteArray target = joinRemote(listing.path, name).toUtf8();
                const SftpAttributesPtr attrs(sftp_stat(sftp, target.constData()));
                if (attrs) {
                    info = fileInfoOf(*attrs);
                    info.name = name;
                    info.isSymlink = true;
                } else if (!m_session.isConnected()) {
                    return fail(sftpError(sftp, listing.path, destination));
                } else {
                    info.exists = false; // a dangling link
                }
            }
        }
        listing.entries.append(info);
    }
    return true; // more at the next turn
}

bool ConnectionWorker::stepTransfer(TransferJob &job)
{
    TransferShared &op = *job.shared;
    if (op.cancelRequested.load()) {
        finishTransfer(
            job,
            Result::error(ErrorCode::Cancelled,
                          Tr::tr("The transfer of \"%1\" was cancelled.").arg(op.remotePath)));
        return false;
    }
    if (!m_sftp && m_sftpRefused.isValid() && m_sftpRefused.elapsed() < kRefusedRetryMs) {
        m_sftpWaiting = true;
        return true; // the server refused a session a moment ago: wait for a free one
    }
    Result error;
    bool refused = false;
    sftp_session sftp = this->sftp(&error, &refused);
    if (!sftp) {
        if (!m_session.isConnected())
            connectionLost(m_session.errorString());
        else if (refused) {
            // Every session slot is taken by our commands: make room for the SFTP session.
            m_channelLimit = int(std::max<qsizetype>(1, channelsInUse() - 1));
            m_opensSinceRefusal = 0;
            m_sftpRefused.start();
            m_sftpWaiting = true;
            return true;
        } else
            finishTransfer(job, error);
        return false;
    }
    m_sftpRefused.invalidate();

    switch (op.kind) {
    case OperationKind::Stat:
        return stepStat(job, sftp);
    case OperationKind::List:
        return stepListing(job, sftp);
    case OperationKind::Mkdir:
        return stepMkdir(job, sftp);
    case OperationKind::Chmod:
        return stepChmod(job, sftp);
    case OperationKind::ReadFrom:
        return stepReadFrom(job, sftp);
    case OperationKind::WriteFile:
    case OperationKind::Upload:
    case OperationKind::Download:
        break;
    }
    return stepStreaming(job, sftp);
}

bool ConnectionWorker::failTransfer(TransferJob &job, const Result &result)
{
    if (!m_session.isConnected()) {
        connectionLost(m_session.errorString());
        return false;
    }
    finishTransfer(job, result);
    return false;
}

void ConnectionWorker::reportTransferProgress(TransferJob &job)
{
    if (job.progressClock.elapsed() < 100 && job.done < job.total)
        return;
    job.progressClock.restart();
    const qint64 done = job.done;
    const qint64 total = job.total;
    post([s = job.shared, done, total] {
        if (s->handle)
            emit s->handle->progress(done, total);
    });
}

// stat: the answer goes to the handle; a missing file is no error.
bool ConnectionWorker::stepStat(TransferJob &job, sftp_session_struct *sftp)
{
    TransferShared &op = *job.shared;
    const QString destination = m_session.destination();
    const QByteArray remote = op.remotePath.toUtf8();
    const SftpAttributesPtr attrs(sftp_stat(sftp, remote.constData()));
    RemoteFileInfo info;
    if (attrs) {
        info = fileInfoOf(*attrs);
    } else if (sftp_get_error(sftp) != SSH_FX_NO_SUCH_FILE) {
        return failTransfer(job, sftpError(sftp, op.remotePath, destination));
    }
    post([s = job.shared, info] {
        if (s->handle)
            s->handle->m_info = info;
    });
    finishTransfer(job, Result::ok());
    return false;
}

// mkdir -p, one level at a time.
bool ConnectionWorker::stepMkdir(TransferJob &job, sftp_session_struct *sftp)
{
    TransferShared &op = *job.shared;
    const QString destination = m_session.destination();
    QString path;
    const QStringList parts = op.remotePath.split(QLatin1Char('/'));
    for (qsizetype i = 0; i < parts.size(); ++i) {
        path += (i ? QStringLiteral("/") : QString()) + parts.at(i);
        if (parts.at(i).isEmpty())
            continue;
        const SftpAttributesPtr attrs(sftp_stat(sftp, path.toUtf8().constData()));
        if (attrs) {
            if (attrs->type == SSH_FILEXFER_TYPE_DIRECTORY)
                continue;
            return failTransfer(
                job,
                Result::error(
                    ErrorCode::Io,
                    Tr::tr("\"%1\" exists on %2 and is not a folder.").arg(path, destination)));
        }
        if (sftp_mkdir(sftp, path.toUtf8().constData(), 0755) != SSH_OK)
            return failTransfer(job, sftpError(sftp, path, destination));
    }
    finishTransfer(job, Result::ok());
    return false;
}

// chmod.
bool ConnectionWorker::stepChmod(TransferJob &job, sftp_session_struct *sftp)
{
    TransferShared &op = *job.shared;
    const QString destination = m_session.destination();
    const QByteArray remote = op.remotePath.toUtf8();
    if (sftp_chmod(sftp, remote.constData(), mode_t(op.permissions.value_or(0644))) != SSH_OK)
        return failTransfer(job, sftpError(sftp, op.remotePath, destination));
    finishTransfer(job, Result::ok());
    return false;
}

// Up to maxBytes from an offset (from the start when the file shrank).
bool ConnectionWorker::stepReadFrom(TransferJob &job, sftp_session_struct *sftp)
{
    TransferShared &op = *job.shared;
    const QString destination = m_session.destination();
    const QByteArray remote = op.remotePath.toUtf8();
    const SftpFilePtr file(sftp_open(sftp, remote.constData(), O_RDONLY, 0));
    if (!file)
        return failTransfer(job, sftpError(sftp, op.remotePath, destination));
    const qint64 size = [&] {
        const SftpAttributesPtr attrs(sftp_fstat(file.get()));
        return attrs ? qint64(attrs->size) : qint64(-1);
    }();
    // A file that shrank (truncated, rewritten) is read again from its start.
    qint64 offset = (size >= 0 && op.offset > size) ? 0 : op.offset;
    QByteArray data;
    if (sftp_seek64(file.get(), quint64(offset)) == SSH_OK) {
        const qint64 want = size >= 0 ? std::min(op.maxBytes, size - offset) : op.maxBytes;
        data.resize(qsizetype(std::max<qint64>(want, 0)));
        qint64 got = 0;
        while (got < data.size()) {
            const ssize_t n = sftp_read(file.get(), data.data() + got, size_t(data.size() - got));
            if (n <= 0)
                break;
            got += n;
        }
        data.resize(qsizetype(got));
    }
    const qint64 next = offset + data.size();
    post([s = job.shared, data, next] {
        if (s->handle) {
            s->handle->m_data = data;
            s->handle->m_nextOffset = next;
        }
    });
    finishTransfer(job, Result::ok());
    return false;
}

} // namespace Patagon
