// Answers a Connection's questions with dialogs: the host-key check and every credential
// prompt, whichever page caused the (re)connection. The dialogs are window-modal but never
// block the event loop.
#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace Patagon {

class Connection;
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

    Connection *m_connection;
    QPointer<QWidget> m_window;
};

} // namespace Patagon
