// Answers that hold for as long as a connection lasts (the Slurm version, the options of
// srun): each command asked of the host once and its output shared by everyone who asks, so
// a poll or a second client does not run it again. Forgotten when the host disconnects: the
// next connection may be to another cluster.
#pragma once

#include "core/remote/collectedrun.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

namespace Patagon {

class RemoteHost;

class HostQueryCache : public QObject
{
    Q_OBJECT

public:
    // The host's cache, made on first use (a child of the host). Null for a null host.
    static HostQueryCache *of(RemoteHost *host);

    // argv's collected output: the remembered one (`done` runs at once), or the command runs
    // now (once, however many ask while it runs; `done` runs on the caller's thread unless
    // `context` is deleted first). Only outputs with an exit status are remembered: a command the
    // connection lost, or one a signal ended, is asked again next time.
    void run(const QStringList &argv, QObject *context, CollectedCallback done);

signals:
    // A command was sent to the host (not answered from memory).
    void asked(const QStringList &argv);

private:
    explicit HostQueryCache(RemoteHost *host);

    struct Waiter
    {
        QPointer<QObject> context;
        bool hadContext = false;
        CollectedCallback done;
    };
    struct Entry
    {
        std::optional<CommandOutput> output;
        QList<Waiter> waiting;
        bool running = false;
    };

    void forget();

    QPointer<RemoteHost> m_host;
    QHash<QStringList, Entry> m_entries;
    int m_generation = 0; // raised on each disconnect: older answers are not remembered
};

} // namespace Patagon
