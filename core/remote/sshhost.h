// RemoteHost over the app's SSH connection (core/ssh's Connection, which it does not own):
// argv lists are quoted here, in the one quoting function, and handed to the transport as
// finished command lines.
#pragma once

#include "core/remote/remotehost.h"

#include <QPointer>

namespace Patagon {

class Connection;

class SshHost : public RemoteHost
{
    Q_OBJECT

public:
    explicit SshHost(Connection *connection, QObject *parent = nullptr);

    Connection *connection() const { return m_connection; }

    State state() const override;
    QString name() const override;
    QString destination() const override;
    QString userName() const override;
    RemoteProcess *run(const QStringList &argv, const QByteArray &standardInput = {},
                       QObject *parent = nullptr) override;
    RemoteTerminal *openTerminal(const QStringList &argv, TerminalSize size,
                                 QObject *parent = nullptr) override;
    using RemoteHost::upload;
    RemoteOperation *upload(const QString &localPath, const QString &remotePath,
                            const UploadOptions &options, QObject *parent = nullptr) override;
    RemoteOperation *download(const QString &remotePath, const QString &localPath,
                              QObject *parent = nullptr) override;
    RemoteOperation *writeFile(const QString &remotePath, const QByteArray &contents,
                               quint32 permissions, QObject *parent = nullptr) override;
    RemoteOperation *readFrom(const QString &remotePath, qint64 offset, qint64 maxBytes,
                              QObject *parent = nullptr) override;
    RemoteOperation *stat(const QString &remotePath, QObject *parent = nullptr) override;
    using RemoteHost::list;
    RemoteOperation *list(const QString &remotePath, int maxEntries,
                          QObject *parent = nullptr) override;
    RemoteOperation *mkdirPath(const QString &remotePath, QObject *parent = nullptr) override;
    RemoteOperation *chmod(const QString &remotePath, quint32 permissions,
                           QObject *parent = nullptr) override;

private:
    QPointer<Connection> m_connection;
};

} // namespace Patagon
