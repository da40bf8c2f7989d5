// The cluster facts over the shared Connection: the commands run side by side, and their
// outputs are read in ClusterFacts' order once all of them finished.
#include "core/slurm/clusterfactsfetcher.h"

#include "core/remote/remotehost.h"
#include "core/tr.h"

#include <QLoggingCategory>

#include <utility>

Q_LOGGING_CATEGORY(lcFacts, "patagon.core.slurm.facts", QtInfoMsg)

namespace Patagon::Slurm {

ClusterFactsFetcher::ClusterFactsFetcher(RemoteHost *host, QObject *parent)
    : QObject(parent)
    , m_host(host)
{
    qRegisterMetaType<Patagon::Slurm::ClusterFacts>();
}

ClusterFactsFetcher::~ClusterFactsFetcher()
{
    cancel();
}

void ClusterFactsFetcher::cancel()
{
    // Deleting a handle cancels its command.
    m_pending = 0;
    const QList<QPointer<RemoteProcess>> processes = std::exchange(m_processes, {});
    for (const QPointer<RemoteProcess> &p : processes)
        delete p.data();
}

void ClusterFactsFetcher::fetch()
{
    cancel();
    if (!m_host || m_host->state() == RemoteHost::State::Disconnected
        || m_host->state() == RemoteHost::State::Connecting) {
        emit failed(Tr::tr("Connect to the cluster first: its partitions and limits are read "
                           "through the connection."));
        return;
    }
    m_profileName = m_host->name();
    const QString user = m_host->userName();
    const QList<ClusterFacts::Query> queries = ClusterFacts::queries();
    m_outputs = QList<CommandOutput>(queries.size());
    m_error = Result::ok();
    m_pending = int(queries.size());
    for (int i = 0; i < queries.size(); ++i) {
        const QStringList argv = ClusterFacts::command(queries.at(i), user);
        qCDebug(lcFacts) << "run" << argv;
        RemoteProcess *process = m_host->run(argv, {}, this);
        m_processes.append(process);
        connect(process, &RemoteProcess::standardOutput, this,
                [this, i](const QByteArray &b) { m_outputs[i].standardOutput += b; });
        connect(process, &RemoteProcess::standardError, this,
                [this, i](const QByteArray &b) { m_outputs[i].standardError += b; });
        connect(process, &RemoteProcess::finished, this,
                [this, i, process](const ProcessResult &r) { onFinished(i, process, r); });
    }
}

void ClusterFactsFetcher::onFinished(int index, RemoteProcess *process, const ProcessResult &result)
{
    if (m_pending <= 0)
        return;
    process->deleteLater();
    if (!result.result && m_error)
        m_error = result.result;
    m_outputs[index].exitStatus = result.exitSignal.isEmpty() ? result.exitStatus : -1;
    if (--m_pending > 0)
        return;
    m_processes.clear();
    if (!m_error) {
        emit failed(Tr::tr("The cluster's facts could not be read: %1").arg(m_error.message()));
        return;
    }
    ClusterFacts facts;
    const QList<ClusterFacts::Query> queries = ClusterFacts::queries();
    for (int i = 0; i < queries.size(); ++i) {
        if (const Result r = facts.addOutput(queries.at(i), m_outputs.at(i)); !r) {
            emit failed(r.message());
            return;
        }
    }
    facts.fetchedAt = QDateTime::currentDateTimeUtc();
    if (!m_profileName.isEmpty()) {
        if (const Result r = ClusterFacts::saveToCache(m_profileName, facts); !r)
            qCWarning(lcFacts) << r.message();
    }
    emit fetched(facts);
}

} // namespace Patagon::Slurm
