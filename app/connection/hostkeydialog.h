// Asks whether to trust a server's host key that is not known yet, showing its type and
// SHA-256 fingerprint. known_hosts is written only when the user chooses "Trust and remember".
#pragma once

#include "core/ssh/sshtypes.h"

#include <QDialog>

namespace Patagon {

class HostKeyDialog : public QDialog
{
    Q_OBJECT

public:
    explicit HostKeyDialog(const HostKeyInfo &key, QWidget *parent = nullptr);

    HostKeyDecision decision() const { return m_decision; }

private:
    HostKeyDecision m_decision = HostKeyDecision::Reject;
};

} // namespace Patagon
