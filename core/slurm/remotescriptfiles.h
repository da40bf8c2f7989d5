// Batch scripts opened from and saved on the cluster through a RemoteHost: the path a person
// types ("~/job.slurm") resolved against the home folder the host reports, a size and UTF-8
// check before a script reaches an editor, and a save that keeps an existing script's
// permissions and leaves it whole when it fails. Knows no widgets: a page shows and asks.
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>

namespace Patagon {
class RemoteHost;
} // namespace Patagon

namespace Patagon::Slurm {

// Fails when `bytes` are not UTF-8 text (an editor would change some of them); `path` names
// the file in the message.
Result checkUtf8Script(const QString &path, const QByteArray &bytes);

class RemoteScriptFiles : public QObject
{
    Q_OBJECT

public:
    // Batch scripts are small; a bigger file is most likely not one.
    static constexpr qint64 kMaxScriptBytes = 4 * 1024 * 1024;

    // Without a host (yet), every request fails with "connect first".
    explicit RemoteScriptFiles(RemoteHost *host, QObject *parent = nullptr);
    void setHost(RemoteHost *host) { m_host = host; }

    // Asks the host for its home folder (`printenv HOME`) unless it is known for the host's
    // profile; a profile other than the last one forgets the old answer first. Call it when
    // the host connects.
    void lookUpHome();
    // The home folder on the host, empty while unknown.
    QString homePath() const { return m_home; }
    // `input` trimmed, with "~" and "~/..." taken from the home folder (SFTP does not expand
    // them; while the home is unknown they become paths relative to it).
    QString resolvePath(const QString &input) const;

    // Reads the script at `input`; answers with opened() or openFailed().
    void open(const QString &input);
    // Writes `contents` atomically to `input`: an existing file keeps its permissions, a new
    // one gets 0644. Answers with saved() or saveFailed(); after a failure the file there is as it
    // was.
    void save(const QString &input, const QByteArray &contents);

signals:
    void homeFound(const QString &path);
    void opened(const QString &path, const QByteArray &contents);
    void saved(const QString &path, const QByteArray &contents);
    // Whole sentences for the person, naming the file.
    void openFailed(const QString &message);
    void saveFailed(const QString &message);

private:
    bool isConnected() const;
    void write(const QString &path, const QByteArray &contents, quint32 permissions);

    QPointer<RemoteHost> m_host;
    QString m_profile;
    QString m_home;
};

} // namespace Patagon::Slurm
