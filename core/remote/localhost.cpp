// RemoteHost on this machine.
#include "core/remote/localhost.h"

#include "core/remote/downloadsafety.h"
#include "core/tr.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QProcess>
#include <QTemporaryFile>
#include <QThreadPool>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <functional>
#include <memory>
#include <tuple>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Patagon {

namespace {

constexpr int kGraceMs = 5000; // TERM, then KILL after this
constexpr qint64 kCopyChunk = 1024 * 1024;

QString signalName(int signal)
{
    switch (signal) {
    case SIGHUP:
        return QStringLiteral("HUP");
    case SIGINT:
        return QStringLiteral("INT");
    case SIGKILL:
        return QStringLiteral("KILL");
    case SIGTERM:
        return QStringLiteral("TERM");
    case SIGSEGV:
        return QStringLiteral("SEGV");
    case SIGABRT:
        return QStringLiteral("ABRT");
    case SIGPIPE:
        return QStringLiteral("PIPE");
    default:
        return QString::number(signal);
    }
}

class LocalProcess final : public RemoteProcess
{
public:
    LocalProcess(const QStringList &argv, const QByteArray &input, const QString &home,
                 QObject *parent)
        : RemoteProcess(parent)
        , m_process(new QProcess(this))
    {
        m_process->setProgram(argv.value(0));
        m_process->setArguments(argv.mid(1));
        m_process->setWorkingDirectory(home);
        // Its own process group, as sshd makes the remote command a session leader.
        m_process->setChildProcessModifier([] { ::setsid(); });
        connect(m_process, &QProcess::started, this, [this, input] {
            if (!input.isEmpty())
                m_process->write(input);
            m_process->closeWriteChannel();
            reportStarted(m_process->processId());
        });
        connect(m_process, &QProcess::readyReadStandardOutput, this,
                [this] { reportOutput(m_process->readAllStandardOutput(), false); });
        connect(m_process, &QProcess::readyReadStandardError, this,
                [this] { reportOutput(m_process->readAllStandardError(), true); });
        connect(m_process, &QProcess::finished, this,
                [this](int code, QProcess::ExitStatus status) {
                    reportOutput(m_process->readAllStandardOutput(), false);
                    reportOutput(m_process->readAllStandardError(), true);
                    ProcessResult r;
                    r.cancelled = m_cancelled;
                    if (status == QProcess::CrashExit)
                        r.exitSignal = signalName(code); // Qt gives the signal's number
                    else
                        r.exitStatus = code;
                    m_pid = 0;
                    reportFinished(r);
                });
        connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
            if (e != QProcess::FailedToStart)
                return;
            reportFinished(ProcessResult {
                -1, QString(), m_cancelled,
                Result::error(ErrorCode::NotFound,
                              Tr::tr("Could not start \"%1\" here: %2.")
                                  .arg(m_process->program(), m_process->errorString()))});
        });
        m_process->start();
        m_pid = m_process->processId();
    }

    ~LocalProcess() override
    {
        signalGroup(SIGKILL);
        m_process->waitForFinished(1000);
    }

protected:
    void requestCancel() override
    {
        if (m_cancelled)
            return;
        m_cancelled = true;
        signalGroup(SIGTERM);
        QTimer::singleShot(kGraceMs, this, [this] { signalGroup(SIGKILL); });
    }

private:
    void signalGroup(int signal)
    {
        if (m_pid > 1 && m_process->state() != QProcess::NotRunning)
            ::kill(pid_t(-m_pid), signal);
    }

    QProcess *m_process;
    qint64 m_pid = 0;
    bool m_cancelled = false;
};

// What a file operation computes on the worker thread.
struct Outcome
{
    Result result;
    RemoteFileInfo info;
    QByteArray data;
    qint64 nextOffset = 0;
    RemoteListing listing;
};

class LocalOperation;

// Shared by the handle and its work on the pool: the handle is cleared (under the lock)
// when deleted, so the work never posts to a handle that is gone.
struct OperationContext
{
    std::atomic<bool> cancelled {false};
    QMutex mutex;
    LocalOperation *handle = nullptr;

    // Runs `f` with the handle on the handle's thread, unless the handle is gone.
    void post(std::function<void(LocalOperation *)> f);
    void progress(qint64 done, qint64 total);
};

using Work = std::function<Outcome(OperationContext &)>;

class LocalOperation final : public RemoteOperation
{
public:
    LocalOperation(Work work, QObject *parent)
        : RemoteOperation(parent)
        , m_context(std::make_shared<OperationContext>())
    {
        m_context->handle = this;
        QThreadPool::globalInstance()->start([context = m_context, work = std::move(work)] {
            const Outcome o = work(*context);
            context->post([o](LocalOperation *h) {
                h->reportFinished(o.result, o.info, o.data, o.nextOffset, o.listing);
            });
        });
    }
    ~LocalOperation() override
    {
        QMutexLocker lock(&m_context->mutex);
        m_context->cancelled = true;
        m_context->handle = nullptr;
    }
    using RemoteOperation::reportFinished;
    using RemoteOperation::reportProgress;

protected:
    void requestCancel() override { m_context->cancelled = true; }

private:
    std::shared_ptr<OperationContext> m_context;
};

void OperationContext::post(std::function<void(LocalOperation *)> f)
{
    QMutexLocker lock(&mutex);
    // Posting needs the handle alive (the lock keeps it so); a posted call whose handle is
    // deleted before it runs is dropped with the handle's events.
    if (LocalOperation *h = handle)
        QMetaObject::invokeMethod(h, [h, f = std::move(f)] { f(h); }, Qt::QueuedConnection);
}

void OperationContext::progress(qint64 done, qint64 total)
{
    post([done, total](LocalOperation *h) { h->reportProgress(done, total); });
}

Result ioError(const QString &path, int error)
{
    if (error == ENOENT)
        return Result::error(ErrorCode::NotFound, Tr::tr("\"%1\" does not exist.").arg(path));
    if (error == EACCES || error == EPERM)
        return Result::error(ErrorCode::PermissionDenied,
                             Tr::tr("Permission denied on \"%1\". Check the path, or ask the "
                                    "file's owner for access.")
                                 .arg(path));
    return Result::error(ErrorCode::Io,
                         Tr::tr("Could not use \"%1\": %2.")
                             .arg(path, QString::fromLocal8Bit(std::strerror(error))));
}

Result cancelledResult(const QString &path)
{
    return Result::error(ErrorCode::Cancelled,
                         Tr::tr("The transfer of \"%1\" was cancelled.").arg(path));
}

// Copies `from` to `to` through a temporary file beside it, renamed over it at the end.
Result copyFile(const QString &from, const QString &to, std::optional<quint32> mode,
                OperationContext &context, qint64 *done, qint64 total)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
        return ioError(from, errno);
    struct ::stat st {};
    const quint32 perms = mode
        ? *mode
        : (::stat(QFile::encodeName(from).constData(), &st) == 0 ? quint32(st.st_mode & 07777)
                                                                 : 0644u);
    QTemporaryFile out(to + QStringLiteral(".patagon-XXXXXX"));
    out.setAutoRemove(true);
    if (!out.open())
        return ioError(to, errno);
    while (!in.atEnd()) {
        if (context.cancelled)
            return cancelledResult(to);
        const QByteArray chunk = in.read(kCopyChunk);
        if (chunk.isEmpty() && in.error() != QFile::NoError)
            return ioError(from, EIO);
        if (out.write(chunk) != chunk.size())
            return ioError(to, EIO);
        *done += chunk.size();
        context.progress(*done, total);
    }
    if (!out.flush() || ::fchmod(out.handle(), mode_t(perms)) != 0 || ::fsync(out.handle()) != 0)
        return ioError(to, errno);
    if (::rename(QFile::encodeName(out.fileName()).constData(), QFile::encodeName(to).constData())
        != 0)
        return ioError(to, errno);
    out.setAutoRemove(false);
    return Result::ok();
}

// A file or a folder (recursively) from `from` to `to`.
Outcome copyTree(const QString &from, const QString &to, std::optional<quint32> mode,
                 bool createParents, OperationContext &context)
{
    const QFileInfo source(from);
    if (!source.exists())
        return {ioError(from, ENOENT)};
    QList<QPair<QString, QString>> files;
    QStringList dirs;
    qint64 total = 0;
    if (source.isDir()) {
        dirs << to;
        QDirIterator it(from, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QFileInfo f = it.nextFileInfo();
            const QString target
                = to + QLatin1Char('/') + QDir(from).relativeFilePath(f.absoluteFilePath());
            if (f.isDir())
                dirs << target;
            else {
                files.append({f.absoluteFilePath(), target});
                total += f.size();
            }
        }
    } else {
        files.append({source.absoluteFilePath(), to});
        total = source.size();
    }
    const QString parent = QFileInfo(to).absolutePath();
    if (createParents && !QDir().mkpath(parent))
        return {ioError(parent, errno)};
    for (const QString &d : std::as_const(dirs))
        if (!QDir().mkpath(d))
            return {ioError(d, errno)};
    qint64 done = 0;
    for (const auto &[f, t] : std::as_const(files))
        if (Result r = copyFile(f, t, mode, context, &done, total); !r)
            return {r};
    return {};
}

struct DirCloser
{
    void operator()(DIR *dir) const { ::closedir(dir); }
};

// A download from this machine under the rules of an SSH download (see DownloadSafety): a
// folder's entries are all listed and checked before anything is written, a link inside it is
// refused rather than followed, sockets, pipes and devices are left out, and every file gets a
// safe local mode. A link given as `from` itself is followed, as SFTP's stat does.
Outcome downloadTree(const QString &from, const QString &to, const QString &destination,
                     OperationContext &context)
{
    struct ::stat top {};
    if (::stat(QFile::encodeName(from).constData(), &top) != 0)
        return {ioError(from, errno)};
    qint64 done = 0;
    if (!S_ISDIR(top.st_mode)) {
        const QString parent = QFileInfo(to).absolutePath();
        if (!QDir().mkpath(parent))
            return {ioError(parent, errno)};
        return {copyFile(from, to, DownloadSafety::localFileMode(top.st_mode & 07777), context,
                         &done, qint64(top.st_size))};
    }
    struct Folder
    {
        QByteArray path;
        QString relative; // to the target folder; empty for the target itself
    };
    QList<Folder> pending {{QFile::encodeName(from), QString()}};
    QStringList dirs {to};
    QList<std::tuple<QString, QString, quint32>> files; // from, to, local mode
    qint64 total = 0;
    const QDir target(to);
    while (!pending.isEmpty()) {
        const Folder folder = pending.takeFirst();
        const QString folderName = QFile::decodeName(folder.path);
        const std::unique_ptr<DIR, DirCloser> dir(::opendir(folder.path.constData()));
        if (!dir)
            return {ioError(folderName, errno)};
        for (;;) {
            errno = 0;
            const dirent *entry = ::readdir(dir.get());
            if (!entry) {
                if (errno != 0)
                    return {ioError(folderName, errno)};
                break;
            }
            if (context.cancelled)
                return {cancelledResult(to)};
            const QByteArray name(entry->d_name);
            if (name == "." || name == "..")
                continue;
            if (Result r = DownloadSafety::checkEntryName(name, folderName, destination); !r)
                return {r};
            if (dirs.size() + files.size() >= DownloadSafety::kMaxEntries)
                return {DownloadSafety::tooManyEntries(from, destination)};
            struct ::stat st {};
            if (::fstatat(::dirfd(dir.get()), entry->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0)
                continue; // gone since it was read
            const QByteArray path = folder.path + '/' + name;
            const QString relative = folder.relative.isEmpty()
                ? QString::fromUtf8(name)
                : folder.relative + u'/' + QString::fromUtf8(name);
            if (S_ISLNK(st.st_mode))
                return {DownloadSafety::linkRefused(QFile::decodeName(path), destination)};
            if (S_ISDIR(st.st_mode)) {
                pending.append({path, relative});
                dirs << target.filePath(relative);
            } else if (S_ISREG(st.st_mode)) {
                files.append({QFile::decodeName(path), target.filePath(relative),
                              DownloadSafety::localFileMode(st.st_mode & 07777)});
                total += qint64(st.st_size);
            }
        }
    }
    for (const QString &d : std::as_const(dirs))
        if (!QDir().mkpath(d))
            return {ioError(d, errno)};
    for (const auto &[f, t, mode] : std::as_const(files))
        if (Result r = copyFile(f, t, mode, context, &done, total); !r)
            return {r};
    return {};
}

// The entries of `path` (absolute), links followed, at most `maxEntries`.
Outcome listFolder(const QString &path, int maxEntries, OperationContext &context)
{
    Outcome o;
    o.listing.path = path;
    const QByteArray encoded = QFile::encodeName(path);
    struct ::stat st {};
    if (::stat(encoded.constData(), &st) != 0) {
        o.result = ioError(path, errno);
        return o;
    }
    if (!S_ISDIR(st.st_mode)) {
        o.result = Result::error(ErrorCode::InvalidInput,
                                 Tr::tr("\"%1\" is a file, not a folder.").arg(path));
        return o;
    }
    const std::unique_ptr<DIR, DirCloser> dir(::opendir(encoded.constData()));
    if (!dir) {
        const int error = errno;
        o.result = error == EACCES || error == EPERM
            ? Result::error(ErrorCode::PermissionDenied,
                            Tr::tr("The folder \"%1\" may not be read (permission denied). Ask "
                                   "its owner for access, or choose another folder.")
                                .arg(path))
            : ioError(path, error);
        return o;
    }
    const int fd = ::dirfd(dir.get());
    for (;;) {
        errno = 0;
        const dirent *entry = ::readdir(dir.get());
        if (!entry) {
            if (errno != 0) // not the end: a failure while reading
                o.result = ioError(path, errno);
            break;
        }
        if (context.cancelled) {
            o.result = Result::error(ErrorCode::Cancelled,
                                     Tr::tr("The listing of \"%1\" was cancelled.").arg(path));
            return o;
        }
        if (std::strcmp(entry->d_name, ".") == 0 || std::strcmp(entry->d_name, "..") == 0)
            continue;
        if (o.listing.entries.size() >= maxEntries) {
            o.listing.truncated = true;
            break;
        }
        struct ::stat shown {};
        if (::fstatat(fd, entry->d_name, &shown, AT_SYMLINK_NOFOLLOW) != 0)
            continue; // gone since it was read
        RemoteFileInfo info;
        info.name = QFile::decodeName(entry->d_name);
        info.exists = true;
        info.isSymlink = S_ISLNK(shown.st_mode);
        if (info.isSymlink) {
            struct ::stat target {};
            if (::fstatat(fd, entry->d_name, &target, 0) == 0)
                shown = target;
            else
                info.exists = false; // a dangling link: listed as the link it is
        }
        info.isDirectory = S_ISDIR(shown.st_mode);
        info.size = qint64(shown.st_size);
        info.permissions = quint32(shown.st_mode & 07777);
        info.modified = QDateTime::fromSecsSinceEpoch(qint64(shown.st_mtime));
        o.listing.entries.append(info);
    }
    return o;
}

} // namespace

LocalHost::LocalHost(const QString &name, QObject *parent)
    : RemoteHost(parent)
    , m_name(name)
    , m_home(QDir::homePath())
{}

QString LocalHost::destination() const
{
    return userName() + QStringLiteral("@localhost");
}

QString LocalHost::userName() const
{
    return qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME"));
}

QString LocalHost::resolve(const QString &path) const
{
    return QDir(m_home).absoluteFilePath(path);
}

RemoteProcess *LocalHost::run(const QStringList &argv, const QByteArray &standardInput,
                              QObject *parent)
{
    return new LocalProcess(argv, standardInput, m_home, parent ? parent : this);
}

RemoteOperation *LocalHost::upload(const QString &localPath, const QString &remotePath,
                                   const UploadOptions &options, QObject *parent)
{
    const QString to = resolve(remotePath);
    return new LocalOperation(
        [localPath, to, options](OperationContext &c) {
            return copyTree(localPath, to, options.permissions, options.createParents, c);
        },
        parent ? parent : this);
}

RemoteOperation *LocalHost::download(const QString &remotePath, const QString &localPath,
                                     QObject *parent)
{
    const QString from = resolve(remotePath);
    return new LocalOperation(
        [from, localPath, destination = destination()](OperationContext &c) {
            return downloadTree(from, localPath, destination, c);
        },
        parent ? parent : this);
}

RemoteOperation *LocalHost::writeFile(const QString &remotePath, const QByteArray &contents,
                                      quint32 permissions, QObject *parent)
{
    const QString path = resolve(remotePath);
    return new LocalOperation(
        [path, contents, permissions](OperationContext &c) -> Outcome {
            const QString parent = QFileInfo(path).absolutePath();
            if (!QDir().mkpath(parent))
                return {ioError(parent, errno)};
            QTemporaryFile out(path + QStringLiteral(".patagon-XXXXXX")); // created 0600
            if (!out.open())
                return {ioError(path, errno)};
            if (out.write(contents) != contents.size() || !out.flush()
                || ::fchmod(out.handle(), mode_t(permissions)) != 0 || ::fsync(out.handle()) != 0)
                return {ioError(path, errno)};
            if (c.cancelled)
                return {cancelledResult(path)};
            if (::rename(QFile::encodeName(out.fileName()).constData(),
                         QFile::encodeName(path).constData())
                != 0)
                return {ioError(path, errno)};
            out.setAutoRemove(false);
            return {};
        },
        parent ? parent : this);
}

RemoteOperation *LocalHost::readFrom(const QString &remotePath, qint64 offset, qint64 maxBytes,
                                     QObject *parent)
{
    const QString path = resolve(remotePath);
    return new LocalOperation(
        [path, offset, maxBytes](OperationContext &) -> Outcome {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                return {ioError(path, f.exists() ? EACCES : ENOENT)};
            if (!f.seek(offset))
                return {Result::ok(), {}, {}, offset};
            Outcome o;
            o.data = f.read(maxBytes);
            o.nextOffset = offset + o.data.size();
            return o;
        },
        parent ? parent : this);
}

RemoteOperation *LocalHost::stat(const QString &remotePath, QObject *parent)
{
    const QString path = resolve(remotePath);
    return new LocalOperation(
        [path](OperationContext &) -> Outcome {
            struct ::stat st {};
            Outcome o;
            if (::stat(QFile::encodeName(path).constData(), &st) != 0) {
                if (errno != ENOENT)
                    o.result = ioError(path, errno);
                return o;
            }
            o.info.exists = true;
            o.info.isDirectory = S_ISDIR(st.st_mode);
            o.info.size = qint64(st.st_size);
            o.info.permissions = quint32(st.st_mode & 07777);
            o.info.modified = QDateTime::fromSecsSinceEpoch(qint64(st.st_mtime));
            return o;
        },
        parent ? parent : this);
}

RemoteOperation *LocalHost::list(const QString &remotePath, int maxEntries, QObject *parent)
{
    maxEntries = std::clamp(maxEntries, 0, int(RemoteListing::kMaxEntries));
    // `~` as a shell would read it; the rest as every operation reads paths (from the home).
    QString path = remotePath;
    if (path.isEmpty() || path == u"~")
        path = m_home;
    else if (path.startsWith(u"~/"))
        path = m_home + path.mid(1);
    path = QDir::cleanPath(resolve(path));
    return new LocalOperation(
        [path, maxEntries](OperationContext &c) { return listFolder(path, maxEntries, c); },
        parent ? parent : this);
}

RemoteOperation *LocalHost::mkdirPath(const QString &remotePath, QObject *parent)
{
    const QString path = resolve(remotePath);
    return new LocalOperation(
        [path](OperationContext &) -> Outcome {
            const QFileInfo info(path);
            if (info.exists() && !info.isDir())
                return {Result::error(ErrorCode::Io,
                                      Tr::tr("\"%1\" exists and is not a folder.").arg(path))};
            if (!QDir().mkpath(path))
                return {ioError(path, errno)};
            return {};
        },
        parent ? parent : this);
}

RemoteOperation *LocalHost::chmod(const QString &remotePath, quint32 permissions, QObject *parent)
{
    const QString path = resolve(remotePath);
    return new LocalOperation(
        [path, permissions](OperationContext &) -> Outcome {
            if (::chmod(QFile::encodeName(path).constData(), mode_t(permissions)) != 0)
                return {ioError(path, errno)};
            return {};
        },
        parent ? parent : this);
}

} // namespace Patagon
