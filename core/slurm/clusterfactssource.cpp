// The facts of the connected cluster's profile: cache first, then the cluster's answer.
#include "core/slurm/clusterfactssource.h"

#include "core/remote/remotehost.h"
#include "core/slurm/clusterfactsfetcher.h"

namespace Patagon::Slurm {

ClusterFactsSource::ClusterFactsSource(RemoteHost *host, QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_fetcher(new ClusterFactsFetcher(host, this))
{
    connect(m_fetcher, &ClusterFactsFetcher::fetched, this, [this](const ClusterFacts &facts) {
        m_error.clear();
        m_facts = facts;
        emit factsChanged();
        emit statusChanged();
    });
    connect(m_fetcher, &ClusterFactsFetcher::failed, this, [this](const QString &message) {
        m_error = message;
        emit statusChanged();
    });
}

bool ClusterFactsSource::isFetching() const
{
    return m_fetcher->isRunning();
}

void ClusterFactsSource::hostConnected()
{
    if (!m_host)
        return;
    const QString profile = m_host->name();
    if (profile != m_profile) {
        m_fetcher->cancel(); // its answer would be about the other cluster
        m_profile = profile;
        m_error.clear();
        m_facts = ClusterFacts::loadFromCache(profile);
        emit factsChanged();
    }
    refresh();
}

void ClusterFactsSource::refresh()
{
    m_error.clear();
    m_fetcher->fetch();
    emit statusChanged();
}

} // namespace Patagon::Slurm
