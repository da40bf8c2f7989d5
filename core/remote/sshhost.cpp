// RemoteHost over the SSH connection: thin handles that forward the transport's.
#include "core/remote/sshhost.h"

#include "core/remote/shellquote.h"
#include "core/ssh/connection.h"
#include "core/tr.h"

#include <QTimer>

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

class SshRemoteOperation final : public RemoteOperation
{
public:
    SshRemoteOperation(QObject *parent)
        : RemoteOperation(parent)
    {}

    void attach(SftpOperation *inner)
    {
        m_inner = inner;
        connect(inner, &SftpOperation::progress, this,
                [this](qint64 done, qint64 total) { reportProgress(done, total); });
        connect(inner, &SftpOperation::finished, this, [this, inner](const Result &r) {
            reportFinished(r, inner->fileInfo(), inner->data(), inner->nextOffset());
        });
    }
    void failLater(const Result &why)
    {
        QTimer::singleShot(0, this, [this, why] { reportFinished(why); });
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

template<typename Start> RemoteOperation *operation(Connection *c, QObject *parent, Start start)
{
    auto *op = new SshRemoteOperation(parent);
    if (!c)
        op->failLater(noConnection());
    else
        op->attach(start(c, op));
    return op;
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
    return operation(m_connection, parent ? parent : this, [&](Connection *c, QObject *owner) {
        return c->writeFile(remotePath, contents, permissions, owner);
    });
}

RemoteOperation *SshHost::readFrom(const QString &remotePath, qint64 offset, qint64 maxBytes,
                                   QObject *parent)
{
    return operation(m_connection, parent ? parent : this, [&](Connection *c, QObject *owner) {
        return c->readFrom(remotePath, offset, maxBytes, owner);
    });
}

RemoteOperation *SshHost::stat(const QString &remotePath, QObject *parent)
{
    return operation(m_connection, parent ? parent : this,
                     [&](Connection *c, QObject *owner) { return c->stat(remotePath, owner); });
}

RemoteOperation *SshHost::mkdirPath(const QString &remotePath, QObject *parent)
{
    return operation(m_connection, parent ? parent : this, [&](Connection *c, QObject *owner) {
        return c->mkdirPath(remotePath, owner);
    });
}

RemoteOperation *SshHost::chmod(const QString &remotePath, quint32 permissions, QObject *parent)
{
    return operation(m_connection, parent ? parent : this, [&](Connection *c, QObject *owner) {
        return c->chmod(remotePath, permissions, owner);
    });
}

} // namespace Patagon
