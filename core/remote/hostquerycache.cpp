// Per-connection answers of a host, asked once.
#include "core/remote/hostquerycache.h"

#include "core/remote/remotehost.h"

namespace Patagon {

HostQueryCache::HostQueryCache(RemoteHost *host)
    : QObject(host)
    , m_host(host)
{
    connect(host, &RemoteHost::stateChanged, this, [this](RemoteHost::State state) {
        if (state == RemoteHost::State::Disconnected)
            forget();
    });
}

HostQueryCache *HostQueryCache::of(RemoteHost *host)
{
    if (!host)
        return nullptr;
    if (auto *cache = host->findChild<HostQueryCache *>(QString(), Qt::FindDirectChildrenOnly))
        return cache;
    return new HostQueryCache(host);
}

void HostQueryCache::forget()
{
    ++m_generation;
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (it->running) {
            ++it; // its callers still get the answer; it is not remembered
        } else {
            it = m_entries.erase(it);
        }
    }
}

void HostQueryCache::run(const QStringList &argv, QObject *context, CollectedCallback done)
{
    Entry &entry = m_entries[argv];
    if (entry.output)
        return done(*entry.output);
    entry.waiting.append({context, context != nullptr, std::move(done)});
    if (entry.running)
        return;
    entry.running = true;
    emit asked(argv);
    runCollected(m_host, argv, this,
                 [this, argv, generation = m_generation](const Expected<CommandOutput> &out) {
                     Entry &e = m_entries[argv];
                     const QList<Waiter> waiting = std::exchange(e.waiting, {});
                     e.running = false;
                     if (out && out->exitStatus >= 0 && generation == m_generation)
                         e.output = *out;
                     else if (!e.output)
                         m_entries.remove(argv);
                     for (const Waiter &w : waiting) {
                         if (!w.hadContext || w.context)
                             w.done(out);
                     }
                 });
}

} // namespace Patagon
