// Passwords and key passphrases the user asked the app to remember, in the system keychain.
#include "app/connection/secretstore.h"

#include "core/profiles/connectionprofile.h"
#include "core/ssh/sshtypes.h"

#include <qt6keychain/keychain.h>

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSecrets, "patagon.app.secrets")

namespace Patagon {

namespace {
const QString kService = QStringLiteral("patagon-studio");
}

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{}

QString SecretStore::passwordKey(const ConnectionProfile &profile)
{
    if (profile.host.isEmpty()) // a Host of ~/.ssh/config: the alias names the account
        return QStringLiteral("password/%1@%2").arg(profile.user, profile.sshAlias);
    return QStringLiteral("password/%1@%2:%3").arg(profile.user, profile.host).arg(profile.port);
}

QString SecretStore::passwordKey(const CredentialRequest &request, const ConnectionProfile &profile)
{
    if (request.jumpHost)
        return QStringLiteral("password/%1").arg(request.destination);
    return passwordKey(profile);
}

QString SecretStore::passphraseKey(const QString &keyFile)
{
    return QStringLiteral("passphrase/%1").arg(keyFile);
}

void SecretStore::read(const QString &key, std::function<void(std::optional<QByteArray>)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        if (job->error() == QKeychain::NoError) {
            done(job->binaryData());
            return;
        }
        if (job->error() != QKeychain::EntryNotFound)
            qCInfo(lcSecrets) << "keychain read failed:" << job->errorString();
        done(std::nullopt);
    });
    job->start();
}

void SecretStore::write(const QString &key, const QByteArray &secret,
                        std::function<void(bool, QString)> done)
{
    auto *job = new QKeychain::WritePasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setBinaryData(secret);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        const bool ok = job->error() == QKeychain::NoError;
        if (!ok)
            qCInfo(lcSecrets) << "keychain write failed:" << job->errorString();
        if (done)
            done(ok, job->errorString());
    });
    job->start();
}

void SecretStore::remove(const QString &key, std::function<void()> done)
{
    auto *job = new QKeychain::DeletePasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)] {
        if (done)
            done();
    });
    job->start();
}

} // namespace Patagon
