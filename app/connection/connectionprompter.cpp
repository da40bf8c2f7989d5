// Answers a Connection's questions with dialogs.
#include "app/connection/connectionprompter.h"

#include "app/connection/credentialdialog.h"
#include "app/connection/hostkeydialog.h"
#include "core/ssh/connection.h"

namespace Patagon {

ConnectionPrompter::ConnectionPrompter(Connection *connection, QWidget *window)
    : QObject(connection)
    , m_connection(connection)
    , m_window(window)
{
    connect(connection, &Connection::hostKeyVerificationRequested, this,
            &ConnectionPrompter::askHostKey);
    connect(connection, &Connection::credentialsRequested, this,
            &ConnectionPrompter::askCredentials);
}

void ConnectionPrompter::askHostKey(const HostKeyInfo &key)
{
    auto *dialog = new HostKeyDialog(key, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        m_connection->answerHostKey(result == QDialog::Accepted ? dialog->decision()
                                                                : HostKeyDecision::Reject);
    });
    dialog->open();
}

void ConnectionPrompter::askCredentials(const CredentialRequest &request)
{
    auto *dialog = new CredentialDialog(request, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        if (result == QDialog::Accepted)
            m_connection->answerCredentials(dialog->answers());
        else
            m_connection->answerCredentials(std::nullopt);
    });
    dialog->open();
}

} // namespace Patagon
