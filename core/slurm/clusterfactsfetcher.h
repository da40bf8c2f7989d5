// Fetches the cluster facts over the app's shared asynchronous Connection (the commands and
// parsers of ClusterFacts), and caches them under the connection's profile.
#pragma once

#include "core/processtypes.h"
#include "core/slurm/clusterfacts.h"

#include <QObject>
#include <QPointer>

namespace Patagon {
class RemoteHost;
class RemoteProcess;
} // namespace Patagon

namespace Patagon::Slurm {

class ClusterFactsFetcher : public QObject
{
    Q_OBJECT

public:
    explicit ClusterFactsFetcher(RemoteHost *host, QObject *parent = nullptr);
    ~ClusterFactsFetcher() override;

    // Runs the commands (all at once over the one session); a fetch already running is
    // cancelled. On success the facts are saved to the cache of the connection's profile.
    void fetch();
    void cancel();
    bool isRunning() const { return m_pending > 0; }

signals:
    void fetched(const Patagon::Slurm::ClusterFacts &facts);
    void failed(const QString &message);

private:
    void onFinished(int index, RemoteProcess *process, const ProcessResult &result);

    QPointer<RemoteHost> m_host;
    QString m_profileName;
    QList<QPointer<RemoteProcess>> m_processes;
    QList<CommandOutput> m_outputs;
    Result m_error;
    int m_pending = 0;
};

} // namespace Patagon::Slurm
