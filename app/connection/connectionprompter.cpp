// Answers a Connection's questions with dialogs.
#include "app/connection/connectionprompter.h"

#include "app/connection/credentialdialog.h"
#include "app/connection/hostkeydialog.h"
#include "app/connection/secretstore.h"
#include "core/ssh/connection.h"

namespace Patagon {

ConnectionPrompter::ConnectionPrompter(Connection *connection, QWidget *window)
    : QObject(connection)
    , m_connection(connection)
    , m_secrets(new SecretStore(this))
    , m_window(window)
{
    connect(connection, &Connection::hostKeyVerificationRequested, this,
            &ConnectionPrompter::askHostKey);
    connect(connection, &Connection::credentialsRequested, this,
            &ConnectionPrompter::askCredentials);
    connect(connection, &Connection::promptsWithdrawn, this, &ConnectionPrompter::closeDialogs);
}

void ConnectionPrompter::closeDialogs()
{
    ++m_withdrawals;
    for (QDialog *dialog : {m_hostKeyDialog.data(), m_credentialDialog.data()}) {
        if (!dialog)
            continue;
        disconnect(dialog, &QDialog::finished, this, nullptr); // nobody waits for the answer
        dialog->close();
    }
}

void ConnectionPrompter::askHostKey(const HostKeyInfo &key)
{
    auto *dialog = new HostKeyDialog(key, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_hostKeyDialog = dialog;
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        m_connection->answerHostKey(result == QDialog::Accepted ? dialog->decision()
                                                                : HostKeyDecision::Reject);
    });
    dialog->open();
}

void ConnectionPrompter::askCredentials(const CredentialRequest &request)
{
    QList<int> reusable;
    for (int i = 0; i < request.prompts.size(); ++i) {
        if (request.isReusableSecret(i))
            reusable.append(i);
    }
    if (reusable.isEmpty())
        return showCredentialDialog(request, QString(), std::nullopt);
    const QString key = request.kind == CredentialRequest::Kind::Passphrase
        ? SecretStore::passphraseKey(request.keyFile)
        : SecretStore::passwordKey(request, m_connection->profile());
    m_secrets->read(key,
                    [this, request, key, reusable,
                     withdrawals = m_withdrawals](std::optional<QByteArray> stored) {
                        if (withdrawals != m_withdrawals)
                            return; // the connection no longer waits for this answer
                        // A remembered secret answers by itself, unless the server just refused it
                        // or the request also wants something that is never remembered (a one-time
                        // code).
                        if (stored && !request.retry && reusable.size() == request.prompts.size()) {
                            // Each answer a buffer of its own, so that the connection can wipe it.
                            QList<QByteArray> answers;
                            for (int i = 0; i < request.prompts.size(); ++i)
                                answers.append(QByteArray(stored->constData(), stored->size()));
                            m_connection->answerCredentials(std::move(answers));
                            return;
                        }
                        showCredentialDialog(request, key, request.retry ? std::nullopt : stored);
                    });
}

void ConnectionPrompter::showCredentialDialog(const CredentialRequest &request,
                                              const QString &secretKey,
                                              const std::optional<QByteArray> &stored)
{
    auto *dialog = new CredentialDialog(request, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_credentialDialog = dialog;
    int reusableIndex = -1;
    for (int i = 0; i < request.prompts.size() && reusableIndex < 0; ++i) {
        if (request.isReusableSecret(i))
            reusableIndex = i;
    }
    if (!secretKey.isEmpty()) {
        dialog->offerRemember(stored.has_value());
        if (stored)
            dialog->prefill(reusableIndex, *stored);
    }
    connect(dialog, &QDialog::finished, this, [this, dialog, secretKey, reusableIndex](int result) {
        if (result != QDialog::Accepted) {
            m_connection->answerCredentials(std::nullopt);
            return;
        }
        QList<QByteArray> answers = dialog->answers();
        if (!secretKey.isEmpty()) {
            if (dialog->remember())
                m_secrets->write(secretKey, answers.value(reusableIndex));
            else
                m_secrets->remove(secretKey);
        }
        m_connection->answerCredentials(std::move(answers));
    });
    dialog->open();
}

} // namespace Patagon
