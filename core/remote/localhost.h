// RemoteHost on this machine: commands through QProcess (each in its own process group, so
// cancel ends everything it started), files through the local file system on a worker
// thread, relative paths taken from the home folder as SFTP does. For running the same core
// on a cluster's login node itself, and for fast tests of core units without a daemon.
#pragma once

#include "core/remote/remotehost.h"

namespace Patagon {

class LocalHost : public RemoteHost
{
    Q_OBJECT

public:
    // `name` is the key for caches and manifests (a profile's name on the SSH side).
    explicit LocalHost(const QString &name = QStringLiteral("local"), QObject *parent = nullptr);

    // The folder relative paths and commands start from (the home folder by default).
    void setHomePath(const QString &path) { m_home = path; }
    QString homePath() const { return m_home; }

    State state() const override { return State::Connected; }
    QString name() const override { return m_name; }
    QString destination() const override;
    QString userName() const override;
    RemoteProcess *run(const QStringList &argv, const QByteArray &standardInput = {},
                       QObject *parent = nullptr) override;
    // A pseudo-terminal here (localterminal_posix.cpp).
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
    QString resolve(const QString &path) const;

    QString m_name;
    QString m_home;
};

} // namespace Patagon
