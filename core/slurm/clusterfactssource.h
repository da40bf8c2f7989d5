// The cluster facts a script is checked against: those of the host's profile, shown at once
// from that profile's cache when the host connects, then fetched again (ClusterFactsFetcher
// saves them to the cache). Another profile's facts are never shown for this one.
#pragma once

#include "core/slurm/clusterfacts.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace Patagon {
class RemoteHost;
} // namespace Patagon

namespace Patagon::Slurm {

class ClusterFactsFetcher;

class ClusterFactsSource : public QObject
{
    Q_OBJECT

public:
    explicit ClusterFactsSource(RemoteHost *host, QObject *parent = nullptr);

    // The host is connected: its profile's cached facts at once if the profile changed, then
    // a fetch.
    void hostConnected();
    // Fetches the facts again (a fetch already running starts over).
    void refresh();

    const std::optional<ClusterFacts> &facts() const { return m_facts; }
    // The profile the facts are about (empty before the first connection).
    QString profileName() const { return m_profile; }
    bool isFetching() const;
    // Why the last fetch failed; empty when it did not (or runs).
    QString error() const { return m_error; }

signals:
    // facts() changed: fetched, or another profile's from its cache.
    void factsChanged();
    // A fetch started, failed or finished.
    void statusChanged();

private:
    QPointer<RemoteHost> m_host;
    ClusterFactsFetcher *m_fetcher;
    std::optional<ClusterFacts> m_facts;
    QString m_profile;
    QString m_error;
};

} // namespace Patagon::Slurm
