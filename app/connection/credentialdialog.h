// Asks for what the server or a key file wants: a password, a key's passphrase, or the
// prompts of keyboard-interactive login (a one-time code, a Duo answer, ...).
#pragma once

#include "core/ssh/sshtypes.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;

namespace Patagon {

class CredentialDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CredentialDialog(const CredentialRequest &request, QWidget *parent = nullptr);
    ~CredentialDialog() override;

    // The answers, one per prompt. The fields are cleared when the dialog goes away.
    QList<QByteArray> answers() const;

    // Offers "Remember in the system keychain" (for the reusable answers), ticked or not.
    void offerRemember(bool checked);
    bool remember() const;
    void prefill(int index, const QByteArray &answer);

private:
    QList<QLineEdit *> m_fields;
    QCheckBox *m_remember;
};

} // namespace Patagon
