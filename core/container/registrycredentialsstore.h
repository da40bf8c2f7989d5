// Enroot's credentials file on the cluster, read and written over SFTP only (a secret never
// goes into a command line or a log). Each change reads the file afresh, edits it through
// EnrootCredentials (every other line stays byte for byte), creates the folder when missing
// and writes atomically with mode 0600.
#pragma once

#include "core/container/enrootcredentials.h"
#include "core/result.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace Patagon {
class RemoteHost;
}

namespace Patagon::Container {

class RegistryCredentialsStore : public QObject
{
    Q_OBJECT

public:
    explicit RegistryCredentialsStore(RemoteHost *host, QObject *parent = nullptr);

    // Relative paths are taken from the home folder. Default:
    // EnrootCredentials::defaultRelativePath() (for a cluster with its own ENROOT_CONFIG_PATH,
    // set that folder + "/.credentials").
    void setPath(const QString &remotePath) { m_path = remotePath; }
    QString path() const { return m_path; }

    using LoadCallback = std::function<void(const Expected<EnrootCredentials> &)>;
    using DoneCallback = std::function<void(const Result &)>;
    // The file as it is now; a missing file is an empty one.
    void load(QObject *context, LoadCallback done);
    // Adds or changes the entry for `registry` (canonical host; both NGC lines for nvcr.io).
    void setCredential(const QString &registry, const QString &login, const QString &password,
                       QObject *context, DoneCallback done);
    // Removes the entries for `registry`; fails with NotFound when there was none.
    void remove(const QString &registry, QObject *context, DoneCallback done);
    // Any edit: read, apply `edit`, write back (unless it fails). The base of the two above.
    void modify(std::function<Result(EnrootCredentials &)> edit, QObject *context,
                DoneCallback done);

private:
    QPointer<RemoteHost> m_host;
    QString m_path;
};

} // namespace Patagon::Container
