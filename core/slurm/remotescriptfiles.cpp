// Remote batch scripts: read with one bounded read, written after a stat (for the mode an
// existing script keeps) through the host's atomic write.
#include "core/slurm/remotescriptfiles.h"

#include "core/remote/collectedrun.h"
#include "core/remote/remotehost.h"
#include "core/tr.h"

namespace Patagon::Slurm {

Result checkUtf8Script(const QString &path, const QByteArray &bytes)
{
    if (QString::fromUtf8(bytes).toUtf8() == bytes)
        return Result::ok();
    return Result::error(
        ErrorCode::InvalidInput,
        Tr::tr("\"%1\" is not UTF-8 text: the editor would change some of its bytes, so it was "
               "not opened. Convert it to UTF-8 first (for example with iconv).")
            .arg(path));
}

RemoteScriptFiles::RemoteScriptFiles(RemoteHost *host, QObject *parent)
    : QObject(parent)
    , m_host(host)
{}

bool RemoteScriptFiles::isConnected() const
{
    return m_host && m_host->state() == RemoteHost::State::Connected;
}

void RemoteScriptFiles::lookUpHome()
{
    if (!m_host)
        return;
    const QString profile = m_host->name();
    if (profile != m_profile) {
        m_profile = profile;
        m_home.clear();
    }
    if (!m_home.isEmpty())
        return;
    // Kept only if the answer is still about the profile asked.
    runCollected(m_host, {QStringLiteral("printenv"), QStringLiteral("HOME")}, this,
                 [this, profile](const Expected<CommandOutput> &out) {
                     if (!out || !out->succeeded() || profile != m_profile)
                         return;
                     m_home = QString::fromUtf8(out->standardOutput.trimmed());
                     if (!m_home.isEmpty())
                         emit homeFound(m_home);
                 });
}

QString RemoteScriptFiles::resolvePath(const QString &input) const
{
    QString path = input.trimmed();
    if (path == QLatin1String("~"))
        path = m_home.isEmpty() ? QStringLiteral(".") : m_home;
    else if (path.startsWith(QLatin1String("~/")))
        path = m_home.isEmpty() ? path.mid(2) : m_home + path.mid(1);
    return path;
}

void RemoteScriptFiles::open(const QString &input)
{
    const QString path = resolvePath(input);
    if (!isConnected()) {
        emit openFailed(
            Tr::tr("Connect to the cluster first: its files are read through the connection."));
        return;
    }
    if (path.isEmpty()) {
        emit openFailed(Tr::tr("Give the path of the script on the cluster."));
        return;
    }
    RemoteOperation *op = m_host->readFrom(path, 0, kMaxScriptBytes + 1, this);
    connect(op, &RemoteOperation::finished, this, [this, op, path](const Result &result) {
        op->deleteLater();
        if (!result) {
            emit openFailed(
                Tr::tr("Could not open \"%1\" on the cluster: %2").arg(path, result.message()));
            return;
        }
        if (op->data().size() > kMaxScriptBytes) {
            emit openFailed(Tr::tr("\"%1\" is larger than %2 MB: it is not a batch script. "
                                   "Choose the script itself.")
                                .arg(path)
                                .arg(kMaxScriptBytes / (1024 * 1024)));
            return;
        }
        if (const Result text = checkUtf8Script(path, op->data()); !text) {
            emit openFailed(text.message());
            return;
        }
        emit opened(path, op->data());
    });
}

void RemoteScriptFiles::save(const QString &input, const QByteArray &contents)
{
    const QString path = resolvePath(input);
    if (!isConnected()) {
        emit saveFailed(Tr::tr("Connect to the cluster first: its files are written through the "
                               "connection. The script stays here meanwhile."));
        return;
    }
    if (path.isEmpty() || path.endsWith(u'/')) {
        emit saveFailed(Tr::tr("Give the path of the script on the cluster, with its file name."));
        return;
    }
    RemoteOperation *stat = m_host->stat(path, this);
    connect(stat, &RemoteOperation::finished, this,
            [this, stat, path, contents](const Result &checked) {
                stat->deleteLater();
                if (!checked) {
                    // Unknown permissions: writing now could change an existing script's mode.
                    emit saveFailed(Tr::tr("Could not save \"%1\" on the cluster: %2\nThe file "
                                           "there was not changed.")
                                        .arg(path, checked.message()));
                    return;
                }
                const RemoteFileInfo info = stat->fileInfo();
                if (info.exists && info.isDirectory) {
                    emit saveFailed(Tr::tr("\"%1\" is a folder on the cluster. Add the script's "
                                           "file name to the path.")
                                        .arg(path));
                    return;
                }
                // An existing script keeps its permissions; a new one can be read by the group.
                write(path, contents, info.exists ? (info.permissions & 07777) : 0644);
            });
}

void RemoteScriptFiles::write(const QString &path, const QByteArray &contents, quint32 permissions)
{
    if (!m_host) // the window is closing
        return;
    RemoteOperation *op = m_host->writeFile(path, contents, permissions, this);
    connect(op, &RemoteOperation::finished, this, [this, op, path, contents](const Result &r) {
        op->deleteLater();
        if (!r) {
            emit saveFailed(
                Tr::tr("Could not save \"%1\" on the cluster: %2\nThe file there was not changed.")
                    .arg(path, r.message()));
            return;
        }
        emit saved(path, contents);
    });
}

} // namespace Patagon::Slurm
