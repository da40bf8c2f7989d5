// The asynchronous connection to a cluster: the caller's side of the worker thread.
#include "core/ssh/connection.h"

#include "core/ssh/connectionworker.h"

#include <QThread>

#include <algorithm>

namespace Patagon {

namespace {
void registerMetaTypes()
{
    static const bool done = [] {
        qRegisterMetaType<Patagon::HostKeyInfo>();
        qRegisterMetaType<Patagon::CredentialRequest>();
        qRegisterMetaType<Patagon::ProcessResult>();
        qRegisterMetaType<Patagon::RemoteFileInfo>();
        qRegisterMetaType<Patagon::RemoteListing>();
        qRegisterMetaType<Patagon::Result>();
        qRegisterMetaType<Patagon::ConnectionProfile>();
        return true;
    }();
    Q_UNUSED(done);
}
} // namespace

// ------------------------------------------------------------------------------------------
SshProcess::SshProcess(std::shared_ptr<ProcessShared> shared, QObject *parent)
    : QObject(parent)
    , m_shared(std::move(shared))
{}

SshProcess::~SshProcess()
{
    if (!m_finished)
        m_shared->cancelRequested = true;
}

void SshProcess::cancel()
{
    m_shared->cancelRequested = true;
}

void SshProcess::deliver(const QByteArray &chunk, bool isStderr)
{
    if (isStderr)
        emit standardError(chunk);
    else
        emit standardOutput(chunk);
}

SftpOperation::SftpOperation(std::shared_ptr<TransferShared> shared, QObject *parent)
    : QObject(parent)
    , m_shared(std::move(shared))
{}

SftpOperation::~SftpOperation()
{
    if (!m_finished)
        m_shared->cancelRequested = true;
}

void SftpOperation::cancel()
{
    m_shared->cancelRequested = true;
}

// ------------------------------------------------------------------------------------------
Connection::Connection(QObject *parent)
    : QObject(parent)
    , m_thread(new QThread)
    , m_worker(nullptr)
{
    registerMetaTypes();
    m_thread->setObjectName(QStringLiteral("ssh-connection"));
    m_worker = new ConnectionWorker(this);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

Connection::~Connection()
{
    m_worker->abortWaits();
    QMetaObject::invokeMethod(m_worker, &ConnectionWorker::shutdown, Qt::QueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

void Connection::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void Connection::connectToHost(const ConnectionProfile &profile)
{
    m_profile = profile;
    setState(State::Connecting);
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, profile] { w->connectToHost(profile); }, Qt::QueuedConnection);
}

void Connection::disconnectFromHost()
{
    m_worker->abortWaits();
    QMetaObject::invokeMethod(m_worker, &ConnectionWorker::disconnectFromHost,
                              Qt::QueuedConnection);
}

void Connection::answerHostKey(HostKeyDecision decision)
{
    m_worker->provideHostKeyAnswer(decision);
}

void Connection::answerCredentials(std::optional<QList<QByteArray>> answers)
{
    std::optional<SecretList> secrets;
    if (answers) {
        secrets.emplace();
        for (QByteArray &answer : *answers)
            secrets->push_back(SecretBytes::take(answer));
    }
    m_worker->provideCredentials(std::move(secrets));
}

void Connection::setReconnectAnswerTimeout(int milliseconds)
{
    m_worker->setReconnectAnswerTimeout(std::max(1, milliseconds));
}

SshProcess *Connection::run(const QString &program, const QByteArray &commandLine,
                            const QByteArray &standardInput, QObject *parent)
{
    auto shared = std::make_shared<ProcessShared>();
    shared->program = program;
    shared->commandLine = commandLine;
    shared->standardInput = standardInput;
    auto *process = new SshProcess(shared, parent ? parent : this);
    shared->handle = process;
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, shared] { w->startProcess(shared); }, Qt::QueuedConnection);
    return process;
}

SftpOperation *Connection::startOperation(int kind, const QString &a, const QString &b, qint64 x,
                                          qint64 y, const QByteArray &bytes,
                                          std::optional<quint32> permissions, bool flag,
                                          QObject *parent)
{
    auto shared = std::make_shared<TransferShared>();
    shared->kind = OperationKind(kind);
    shared->localPath = a;
    shared->remotePath = b;
    shared->offset = x;
    shared->maxBytes = y;
    shared->contents = bytes;
    shared->permissions = permissions;
    shared->createParents = flag;
    auto *operation = new SftpOperation(shared, parent ? parent : this);
    shared->handle = operation;
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, shared] { w->startOperation(shared); }, Qt::QueuedConnection);
    return operation;
}

SftpOperation *Connection::upload(const QString &localPath, const QString &remotePath,
                                  const UploadOptions &options, QObject *parent)
{
    return startOperation(int(OperationKind::Upload), localPath, remotePath, 0, 0, {},
                          options.permissions, options.createParents, parent);
}

SftpOperation *Connection::download(const QString &remotePath, const QString &localPath,
                                    QObject *parent)
{
    return startOperation(int(OperationKind::Download), localPath, remotePath, 0, 0, {},
                          std::nullopt, true, parent);
}

SftpOperation *Connection::writeFile(const QString &remotePath, const QByteArray &contents,
                                     quint32 permissions, QObject *parent)
{
    return startOperation(int(OperationKind::WriteFile), QString(), remotePath, 0, 0, contents,
                          permissions, true, parent);
}

SftpOperation *Connection::readFrom(const QString &remotePath, qint64 offset, qint64 maxBytes,
                                    QObject *parent)
{
    return startOperation(int(OperationKind::ReadFrom), QString(), remotePath, offset, maxBytes, {},
                          std::nullopt, false, parent);
}

SftpOperation *Connection::stat(const QString &remotePath, QObject *parent)
{
    return startOperation(int(OperationKind::Stat), QString(), remotePath, 0, 0, {}, std::nullopt,
                          false, parent);
}

SftpOperation *Connection::list(const QString &remotePath, int maxEntries, QObject *parent)
{
    return startOperation(int(OperationKind::List), QString(), remotePath, 0,
                          std::clamp<qint64>(maxEntries, 0, RemoteListing::kMaxEntries), {},
                          std::nullopt, false, parent);
}

SftpOperation *Connection::mkdirPath(const QString &remotePath, QObject *parent)
{
    return startOperation(int(OperationKind::Mkdir), QString(), remotePath, 0, 0, {}, std::nullopt,
                          true, parent);
}

SftpOperation *Connection::chmod(const QString &remotePath, quint32 permissions, QObject *parent)
{
    return startOperation(int(OperationKind::Chmod), QString(), remotePath, 0, 0, {}, permissions,
                          false, parent);
}

} // namespace Patagon
