// RemoteHost over the SSH connection: thin handles that forward the transport's.
#include "core/remote/sshhost.h"

#include "core/remote/collectedrun.h"
#include "core/remote/shellquote.h"
#include "core/ssh/connection.h"
#include "core/tr.h"

#include <QDateTime>
#include <QTimer>

#include <algorithm>
#include <functional>

namespace Patagon {

namespace {

class SshRemoteProcess final : public RemoteProcess
{
public:
    SshRemoteProcess(QObject *parent)
        : RemoteProcess(parent)
    {}

    void attach(SshProcess *inner)
    {
        m_inner = inner; // a child: deleting this handle deletes it, which cancels
        connect(inner, &SshProcess::started, this, [this](qint64 pid) { reportStarted(pid); });
        connect(inner, &SshProcess::standardOutput, this,
                [this](const QByteArray &b) { reportOutput(b, false); });
        connect(inner, &SshProcess::standardError, this,
                [this](const QByteArray &b) { reportOutput(b, true); });
        connect(inner, &SshProcess::finished, this,
                [this](const ProcessResult &r) { reportFinished(r); });
    }
    // Reported a turn of the event loop later, as a transport failure would be.
    void failLater(const Result &why)
    {
        QTimer::singleShot(
            0, this, [this, why] { reportFinished(ProcessResult {-1, QString(), false, why}); });
    }

protected:
    void requestCancel() override
    {
        if (m_inner)
            m_inner->cancel();
    }

private:
    QPointer<SshProcess> m_inner;
};

class SshRemoteTerminal final : public RemoteTerminal
{
public:
    SshRemoteTerminal(TerminalSize size, QObject *parent)
        : RemoteTerminal(size, parent)
    {}

    void attach(SshTerminal *inner)
    {
        m_inner = inner; // a child: deleting this handle deletes it, which hangs up
        connect(inner, &SshTerminal::output, this,
                [this](const QByteArray &b) { reportOutput(b); });
        connect(inner, &SshTerminal::finished, this,
                [this](const ProcessResult &r) { reportFinished(r); });
    }
    void failLater(const Result &why)
    {
        QTimer::singleShot(
            0, this, [this, why] { reportFinished(ProcessResult {-1, QString(), false, why}); });
    }

protected:
    void sendInput(const QByteArray &bytes) override
    {
        if (m_inner)
            m_inner->write(bytes);
    }
    void sendSize(TerminalSize size) override
    {
        if (m_inner)
            m_inner->resize(size.columns, size.rows);
    }
    void requestHangUp() override
    {
        if (m_inner)
            m_inner->hangUp();
    }
    void sendOutputPaused(bool paused) override
    {
        if (m_inner)
            m_inner->setOutputPaused(paused);
    }

private:
    QPointer<SshTerminal> m_inner;
};

class SshRemoteOperation final : public RemoteOperation
{
public:
    // Runs instead of the SFTP operation on a server without SFTP: through commands.
    using Fallback = std::function<void(SshRemoteOperation *)>;

    SshRemoteOperation(QObject *parent)
        : RemoteOperation(parent)
    {}

    void attach(SftpOperation *inner, Fallback fallback)
    {
        m_inner = inner;
        connect(inner, &SftpOperation::progress, this,
                [this](qint64 done, qint64 total) { reportProgress(done, total); });
        connect(inner, &SftpOperation::finished, this, [this, inner, fallback](const Result &r) {
            if (r.code() == ErrorCode::Unsupported && fallback)
                return fallback(this);
            reportFinished(r, inner->fileInfo(), inner->data(), inner->nextOffset(),
                           inner->listing());
        });
    }
    void failLater(const Result &why)
    {
        QTimer::singleShot(0, this, [this, why] { reportFinished(why); });
    }
    void finish(const Result &r, const RemoteFileInfo &info = {}, const QByteArray &data = {},
                qint64 next = 0, const RemoteListing &listing = {})
    {
        reportFinished(r, info, data, next, listing);
    }

protected:
    void requestCancel() override
    {
        if (m_inner)
            m_inner->cancel();
    }

private:
    QPointer<SftpOperation> m_inner;
};

Result noConnection()
{
    return Result::error(ErrorCode::Network, Tr::tr("There is no connection to the cluster."));
}

RemoteHost::State hostState(Connection::State state)
{
    switch (state) {
    case Connection::State::Disconnected:
        return RemoteHost::State::Disconnected;
    case Connection::State::Connecting:
        return RemoteHost::State::Connecting;
    case Connection::State::Connected:
        return RemoteHost::State::Connected;
    case Connection::State::Reconnecting:
        return RemoteHost::State::Reconnecting;
    }
    return RemoteHost::State::Disconnected;
}

template<typename Start>
RemoteOperation *operation(Connection *c, QObject *parent, Start start,
                           SshRemoteOperation::Fallback fallback = {})
{
    auto *op = new SshRemoteOperation(parent);
    if (!c)
        op->failLater(noConnection());
    else
        op->attach(start(c, op), std::move(fallback));
    return op;
}

// The fallbacks for a server without SFTP: small POSIX commands, each an argv list.
QStringList shell(const QString &script, const QStringList &arguments)
{
    return QStringList {QStringLiteral("sh"), QStringLiteral("-c"), script, QStringLiteral("sh")}
    + arguments;
}

constexpr int kMissing = 66;
constexpr int kDenied = 77;

Result commandFailure(const QString &path, const Expected<CommandOutput> &out,
                      const QString &destination)
{
    if (!out)
        return out.result();
    if (out->exitStatus == kMissing)
        return Result::error(ErrorCode::NotFound,
                             Tr::tr("\"%1\" does not exist on %2.").arg(path, destination));
    if (out->exitStatus == kDenied)
        return Result::error(ErrorCode::PermissionDenied,
                             Tr::tr("Permission denied on \"%1\" on %2. Check the path, or ask "
                                    "the file's owner for access.")
                                 .arg(path, destination));
    return Result::error(
        ErrorCode::Remote,
        Tr::tr("The file operation on \"%1\" failed on %2: %3")
            .arg(path, destination, QString::fromUtf8(out->standardError).trimmed()));
}

constexpr int kNotAFolder = 65;

// The list fallback's output: the folder's absolute path, then one record per entry
// ("TYPE TARGET-TYPE SIZE MODE MTIME NAME", find's %y %Y %s %m %T@ %P), each ending in NUL.
RemoteListing parseListing(const QByteArray &output, int maxEntries)
{
    RemoteListing listing;
    QList<QByteArray> records = output.split('\0');
    if (!records.isEmpty() && records.constLast().isEmpty())
        records.removeLast();
    if (records.isEmpty())
        return listing;
    listing.path = QString::fromUtf8(records.takeFirst());
    for (const QByteArray &record : std::as_const(records)) {
        QList<QByteArray> fields;
        qsizetype from = 0;
        for (int i = 0; i < 5; ++i) {
            const qsizetype space = record.indexOf(' ', from);
            if (space < 0)
                break;
            fields << record.mid(from, space - from);
            from = space + 1;
        }
        if (fields.size() != 5 || from >= record.size())
            continue;
        if (listing.entries.size() >= maxEntries) {
            listing.truncated = true;
            break;
        }
        RemoteFileInfo info;
        info.name = QString::fromUtf8(record.mid(from));
        info.isSymlink = fields.at(0) == "l";
        info.exists = fields.at(1) != "N" && fields.at(1) != "L";
        info.isDirectory = fields.at(1) == "d";
        info.size = fields.at(2).toLongLong();
        info.permissions = fields.at(3).toUInt(nullptr, 8);
        info.modified = QDateTime::fromSecsSinceEpoch(qint64(fields.at(4).toDouble()));
        listing.entries.append(info);
    }
    return listing;
}

// A fallback that runs `argv` with `input`; its success is the operation's.
SshRemoteOperation::Fallback succeeds(SshHost *host, const QStringList &argv,
                                      const QByteArray &input, const QString &path)
{
    return [host, argv, input, path](SshRemoteOperation *op) {
        runCollected(host, argv, input, op, [host, op, path](const Expected<CommandOutput> &out) {
            op->finish(out && out->succeeded() ? Result::ok()
                                               : commandFailure(path, out, host->destination()));
        });
    };
}

} // namespace

SshHost::SshHost(Connection *connection, QObject *parent)
    : RemoteHost(parent)
    , m_connection(connection)
{
    connect(connection, &Connection::stateChanged, this,
            [this](Connection::State s) { emit stateChanged(hostState(s)); });
    connect(connection, &Connection::connected, this, &RemoteHost::connected);
    connect(connection, &Connection::disconnected, this, &RemoteHost::disconnected);
}

RemoteHost::State SshHost::state() const
{
    return m_connection ? hostState(m_connection->state()) : State::Disconnected;
}

QString SshHost::name() const
{
    return m_connection ? m_connection->profile().name : QString();
}

QString SshHost::destination() const
{
    return m_connection ? m_connection->profile().destination() : QString();
}

QString SshHost::userName() const
{
    return m_connection ? m_connection->profile().user : QString();
}

RemoteProcess *SshHost::run(const QStringList &argv, const QByteArray &standardInput,
                            QObject *parent)
{
    auto *process = new SshRemoteProcess(parent ? parent : this);
    const Expected<QByteArray> line = Shell::joinArguments(argv);
    if (!line)
        process->failLater(line.result());
    else if (!m_connection)
        process->failLater(noConnection());
    else
        process->attach(m_connection->run(argv.value(0), *line, standardInput, process));
    return process;
}

RemoteTerminal *SshHost::openTerminal(const QStringList &argv, TerminalSize size, QObject *parent)
{
    auto *terminal = new SshRemoteTerminal(size, parent ? parent : this);
    const Expected<QByteArray> line
        = argv.isEmpty() ? Expected<QByteArray>(QByteArray()) : Shell::joinArguments(argv);
    if (!line)
        terminal->failLater(line.result());
    else if (!m_connection)
        terminal->failLater(noConnection());
    else
        terminal->attach(
            m_connection->openTerminal(argv.value(0), *line, size.columns, size.rows, terminal));
    return terminal;
}

RemoteOperation *SshHost::upload(const QString &localPath, const QString &remotePath,
                                 const UploadOptions &options, QObject *parent)
{
    return operation(m_connection, parent ? parent : this, [&](Connection *c, QObject *owner) {
        return c->upload(localPath, remotePath,
                         Connection::UploadOptions {options.permissions, options.createParents},
                         owner);
    });
}

RemoteOperation *SshHost::download(const QString &remotePath, const QString &localPath,
                                   QObject *parent)
{
    return operation(m_connection, parent ? parent : this, [&](Connection *c, QObject *owner) {
        return c->download(remotePath, localPath, owner);
    });
}

RemoteOperation *SshHost::writeFile(const QString &remotePath, const QByteArray &contents,
                                    quint32 permissions, QObject *parent)
{
    // Without SFTP: a private temporary file beside the target, renamed over it.
    const QStringList argv = shell(
        QStringLiteral("d=$(dirname -- \"$1\") && mkdir -p -- \"$d\" && t=$(mktemp "
                       "\"$1.XXXXXX\") || exit 1; if cat > \"$t\" && chmod \"$2\" \"$t\" && "
                       "mv -f -- \"$t\" \"$1\"; then exit 0; fi; rm -f -- \"$t\"; exit 1"),
        {remotePath, QString::number(permissions, 8)});
    return operation(
        m_connection, parent ? parent : this,
        [&](Connection *c, QObject *owner) {
            return c->writeFile(remotePath, contents, permissions, owner);
        },
        succeeds(this, argv, contents, remotePath));
}

RemoteOperation *SshHost::readFrom(const QString &remotePath, qint64 offset, qint64 maxBytes,
                                   QObject *parent)
{
    const QStringList argv
        = shell(QStringLiteral("[ -e \"$1\" ] || exit 66; [ -r \"$1\" ] || "
                               "exit 77; tail -c +\"$2\" -- \"$1\" | head -c "
                               "\"$3\""),
                {remotePath, QString::number(offset + 1), QString::number(maxBytes)});
    return operation(
        m_connection, parent ? parent : this,
        [&](Connection *c, QObject *owner) {
            return c->readFrom(remotePath, offset, maxBytes, owner);
        },
        [this, argv, offset, remotePath](SshRemoteOperation *op) {
            runCollected(this, argv, op, [this, op, offset, remotePath](const auto &out) {
                if (!out || !out->succeeded())
                    return op->finish(commandFailure(remotePath, out, destination()));
                op->finish(Result::ok(), {}, out->standardOutput,
                           offset + out->standardOutput.size());
            });
        });
}

RemoteOperation *SshHost::stat(const QString &remotePath, QObject *parent)
{
    const QStringList argv
        = shell(QStringLiteral("[ -e \"$1\" ] || exit 0; stat -L -c '%F|%s|%a|%Y' -- \"$1\""),
                {remotePath});
    return operation(
        m_connection, parent ? parent : this,
        [&](Connection *c, QObject *owner) { return c->stat(remotePath, owner); },
        [this, argv, remotePath](SshRemoteOperation *op) {
            runCollected(this, argv, op, [this, op, remotePath](const auto &out) {
                if (!out || !out->succeeded())
                    return op->finish(commandFailure(remotePath, out, destination()));
                RemoteFileInfo info;
                const QList<QByteArray> f = out->standardOutput.trimmed().split('|');
                if (f.size() == 4) {
                    info.exists = true;
                    info.isDirectory = f.at(0) == "directory";
                    info.size = f.at(1).toLongLong();
                    info.permissions = f.at(2).toUInt(nullptr, 8);
                    info.modified = QDateTime::fromSecsSinceEpoch(f.at(3).toLongLong());
                }
                op->finish(Result::ok(), info);
            });
        });
}

RemoteOperation *SshHost::list(const QString &remotePath, int maxEntries, QObject *parent)
{
    maxEntries = std::clamp(maxEntries, 0, int(RemoteListing::kMaxEntries));
    // Without SFTP: GNU find, one NUL-ended record per entry, one more than the limit read so
    // a cut listing says so. Links' sizes and times are their own there (their type is the
    // target's).
    const QStringList argv = shell(
        QStringLiteral("n=$2; case $1 in \"\" | \"~\") set -- \"$HOME\" ;; \"~/\"*) set -- "
                       "\"$HOME/${1#\"~/\"}\" ;; esac; [ -e \"$1\" ] || exit 66; [ -d \"$1\" ] || "
                       "exit 65; CDPATH= cd -- \"$1\" 2>/dev/null && [ -r . ] || exit 77; printf "
                       "'%s\\0' \"$PWD\"; find . -mindepth 1 -maxdepth 1 -printf "
                       "'%y %Y %s %m %T@ %P\\0' | head -z -n \"$n\""),
        {remotePath, QString::number(maxEntries + 1)});
    return operation(
        m_connection, parent ? parent : this,
        [&](Connection *c, QObject *owner) { return c->list(remotePath, maxEntries, owner); },
        [this, argv, remotePath, maxEntries](SshRemoteOperation *op) {
            runCollected(this, argv, op, [this, op, remotePath, maxEntries](const auto &out) {
                RemoteListing listing;
                listing.path = remotePath;
                if (out && out->exitStatus == kNotAFolder)
                    return op->finish(Result::error(ErrorCode::InvalidInput,
                                                    Tr::tr("\"%1\" on %2 is a file, not a folder.")
                                                        .arg(remotePath, destination())),
                                      {}, {}, 0, listing);
                if (out && out->exitStatus == kDenied)
                    return op->finish(
                        Result::error(ErrorCode::PermissionDenied,
                                      Tr::tr("The folder \"%1\" on %2 may not be read "
                                             "(permission denied). Ask its owner for access, or "
                                             "choose another folder.")
                                          .arg(remotePath, destination())),
                        {}, {}, 0, listing);
                if (!out || !out->succeeded())
                    return op->finish(commandFailure(remotePath, out, destination()), {}, {}, 0,
                                      listing);
                listing = parseListing(out->standardOutput, maxEntries);
                if (listing.path.isEmpty()) // find is missing or not GNU's
                    return op->finish(
                        Result::error(ErrorCode::Remote,
                                      Tr::tr("The folder \"%1\" could not be listed on %2: %3")
                                          .arg(remotePath, destination(),
                                               QString::fromUtf8(out->standardError).trimmed())),
                        {}, {}, 0, listing);
                op->finish(Result::ok(), {}, {}, 0, listing);
            });
        });
}

RemoteOperation *SshHost::mkdirPath(const QString &remotePath, QObject *parent)
{
    return operation(
        m_connection, parent ? parent : this,
        [&](Connection *c, QObject *owner) { return c->mkdirPath(remotePath, owner); },
        succeeds(this,
                 {QStringLiteral("mkdir"), QStringLiteral("-p"), QStringLiteral("--"), remotePath},
                 {}, remotePath));
}

RemoteOperation *SshHost::chmod(const QString &remotePath, quint32 permissions, QObject *parent)
{
    return operation(
        m_connection, parent ? parent : this,
        [&](Connection *c, QObject *owner) { return c->chmod(remotePath, permissions, owner); },
        succeeds(this,
                 {QStringLiteral("chmod"), QString::number(permissions, 8), QStringLiteral("--"),
                  remotePath},
                 {}, remotePath));
}

} // namespace Patagon
