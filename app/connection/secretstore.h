// Passwords and key passphrases the user asked the app to remember, kept in the system
// keychain (Secret Service, KWallet, macOS Keychain, Windows Credential Store) through
// QtKeychain, never in QSettings or a file of ours. There is no plaintext fallback.
#pragma once

#include <QByteArray>
#include <QObject>

#include <functional>
#include <optional>

namespace Patagon {

struct ConnectionProfile;
struct CredentialRequest;

class SecretStore : public QObject
{
    Q_OBJECT

public:
    explicit SecretStore(QObject *parent = nullptr);

    // A password belongs to the account it opens (user@host:port), not to a profile's name:
    // a profile edited to point elsewhere never sends the old host's password.
    static QString passwordKey(const ConnectionProfile &profile);
    // The key for what `request` asks: a jump host's password belongs to the jump host's
    // account (request.destination), never to the cluster's, and the other way round.
    static QString passwordKey(const CredentialRequest &request, const ConnectionProfile &profile);
    // A passphrase belongs to its key file.
    static QString passphraseKey(const QString &keyFile);

    // Each call finishes asynchronously; `done` runs on this object's thread.
    void read(const QString &key, std::function<void(std::optional<QByteArray>)> done);
    void write(const QString &key, const QByteArray &secret,
               std::function<void(bool ok, QString error)> done = {});
    void remove(const QString &key, std::function<void()> done = {});
};

} // namespace Patagon
