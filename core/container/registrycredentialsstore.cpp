// Enroot's credentials file over SFTP: read, edit through EnrootCredentials, write atomically.
#include "core/container/registrycredentialsstore.h"

#include "core/remote/remotehost.h"
#include "core/tr.h"

#include <QLoggingCategory>

#include <memory>

Q_LOGGING_CATEGORY(lcCredentialsStore, "patagon.core.container.credentialsstore", QtInfoMsg)

namespace Patagon::Container {

namespace {

constexpr qint64 kChunk = 256 * 1024;
constexpr qint64 kMaxSize = 4 * 1024 * 1024; // a netrc file, not a data set

struct ReadState
{
    QByteArray data;
    qint64 offset = 0;
};

// Reads the whole file, chunk by chunk; a missing file is empty.
void readAll(RemoteHost *host, const QString &path, QObject *owner,
             std::shared_ptr<ReadState> state,
             std::function<void(const Expected<QByteArray> &)> done)
{
    RemoteOperation *op = host->readFrom(path, state->offset, kChunk, owner);
    QObject::connect(
        op, &RemoteOperation::finished, op, [host, path, owner, state, op, done](const Result &r) {
            op->deleteLater();
            if (!r) {
                if (r.code() == ErrorCode::NotFound && state->offset == 0)
                    return done(QByteArray());
                return done(r);
            }
            const QByteArray chunk = op->data();
            state->data += chunk;
            state->offset = op->nextOffset();
            if (chunk.size() < kChunk)
                return done(state->data);
            if (state->data.size() > kMaxSize)
                return done(
                    Result::error(ErrorCode::InvalidInput,
                                  Tr::tr("%1 on the cluster is larger than 4 MiB; it is not an "
                                         "Enroot credentials file.")
                                      .arg(path)));
            readAll(host, path, owner, state, done);
        });
}

} // namespace

RegistryCredentialsStore::RegistryCredentialsStore(RemoteHost *host, QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_path(EnrootCredentials::defaultRelativePath())
{}

void RegistryCredentialsStore::load(QObject *context, LoadCallback done)
{
    if (!m_host) {
        done(Result::error(ErrorCode::Network, Tr::tr("There is no connection to the cluster.")));
        return;
    }
    qCDebug(lcCredentialsStore) << "reading" << m_path;
    readAll(m_host, m_path, context ? context : this, std::make_shared<ReadState>(),
            [done](const Expected<QByteArray> &bytes) {
                if (!bytes)
                    return done(bytes.result());
                done(EnrootCredentials::fromText(*bytes));
            });
}

void RegistryCredentialsStore::modify(std::function<Result(EnrootCredentials &)> edit,
                                      QObject *context, DoneCallback done)
{
    QObject *owner = context ? context : this;
    QPointer<RemoteHost> host = m_host;
    const QString path = m_path;
    load(owner, [host, path, owner, edit, done](const Expected<EnrootCredentials> &loaded) {
        if (!loaded)
            return done(loaded.result());
        if (!host)
            return done(Result::error(ErrorCode::Network,
                                      Tr::tr("There is no connection to the cluster.")));
        EnrootCredentials credentials = *loaded;
        if (auto r = edit(credentials); !r)
            return done(r);
        // Only the path goes to the log: the contents hold secrets.
        qCDebug(lcCredentialsStore) << "writing" << path;
        RemoteOperation *op = host->writeFile(path, credentials.toText(), 0600, owner);
        QObject::connect(op, &RemoteOperation::finished, op, [op, done](const Result &r) {
            op->deleteLater();
            done(r);
        });
    });
}

void RegistryCredentialsStore::setCredential(const QString &registry, const QString &login,
                                             const QString &password, QObject *context,
                                             DoneCallback done)
{
    modify([registry, login,
            password](EnrootCredentials &c) { return c.setCredential(registry, login, password); },
           context, std::move(done));
}

void RegistryCredentialsStore::remove(const QString &registry, QObject *context, DoneCallback done)
{
    modify(
        [registry](EnrootCredentials &c) {
            if (c.remove(registry))
                return Result::ok();
            return Result::error(ErrorCode::NotFound,
                                 Tr::tr("The credentials file has no entry for %1.")
                                     .arg(EnrootCredentials::canonicalHost(registry)));
        },
        context, std::move(done));
}

} // namespace Patagon::Container
