// Answers a Connection's questions with dialogs: the host-key check and every credential
// prompt, whichever page caused the (re)connection. The dialogs are window-modal but never
// block the event loop. Passwords and passphrases the user chose to remember come from the
// system keychain; one-time codes are always asked. A reconnect that stops waiting for an
// answer (Connection::promptsWithdrawn) closes the dialogs it opened.
#pragma once

#include <QObject>
#include <QPointer>

#include <optional>

class QDialog;
class QWidget;

namespace Patagon {

class Connection;
class SecretStore;
struct CredentialRequest;
struct HostKeyInfo;

class ConnectionPrompter : public QObject
{
    Q_OBJECT

public:
    ConnectionPrompter(Connection *connection, QWidget *window);

private:
    void askHostKey(const HostKeyInfo &key);
    void askCredentials(const CredentialRequest &request);
    void showCredentialDialog(const CredentialRequest &request, const QString &secretKey,
                              const std::optional<QByteArray> &stored);
    void closeDialogs();

    Connection *m_connection;
    SecretStore *m_secrets;
    QPointer<QWidget> m_window;
    QPointer<QDialog> m_hostKeyDialog;
    QPointer<QDialog> m_credentialDialog;
    int m_withdrawals = 0; // a keychain answer for a withdrawn question is dropped
};

} // namespace Patagon
