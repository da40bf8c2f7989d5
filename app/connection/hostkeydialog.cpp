// Asks whether to trust a server's host key that is not known yet.
#include "app/connection/hostkeydialog.h"

#include "core/servertext.h"
#include "core/ssh/knownhosts.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Patagon {

HostKeyDialog::HostKeyDialog(const HostKeyInfo &key, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Unknown Host Key"));
    setObjectName(QStringLiteral("hostKeyDialog"));
    auto *intro = new QLabel(
        tr("This is the first connection to <b>%1</b>, so its identity cannot be checked "
           "automatically. Compare the fingerprint below with the one your cluster's "
           "administrators publish before you trust it.")
            .arg(key.host.toHtmlEscaped()),
        this);
    intro->setTextFormat(Qt::RichText);
    intro->setWordWrap(true);
    auto *type = new QLabel(tr("Key type: %1").arg(ServerText::sanitized(key.type)), this);
    type->setTextFormat(Qt::PlainText);
    auto *fingerprint = new QLabel(key.sha256, this);
    fingerprint->setObjectName(QStringLiteral("fingerprint"));
    fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *file
        = new QLabel(tr("If you trust it, it is recorded in %1.").arg(key.knownHostsFile), this);
    file->setWordWrap(true);

    QLabel *authority = nullptr;
    if (const QString note = KnownHosts::certAuthorityNote(key.certAuthority); !note.isEmpty()) {
        authority = new QLabel(note, this);
        authority->setObjectName(QStringLiteral("certAuthority"));
        authority->setTextFormat(Qt::PlainText);
        authority->setWordWrap(true);
    }

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *remember
        = buttons->addButton(tr("&Trust and Remember"), QDialogButtonBox::AcceptRole);
    remember->setObjectName(QStringLiteral("trustAndRemember"));
    QPushButton *once = buttons->addButton(tr("Trust &Once"), QDialogButtonBox::AcceptRole);
    once->setObjectName(QStringLiteral("trustOnce"));
    QPushButton *reject = buttons->addButton(tr("&Do Not Connect"), QDialogButtonBox::RejectRole);
    reject->setObjectName(QStringLiteral("reject"));
    reject->setDefault(true); // the safe choice is the one Enter picks
    connect(remember, &QPushButton::clicked, this, [this] {
        m_decision = HostKeyDecision::AcceptAndSave;
        accept();
    });
    connect(once, &QPushButton::clicked, this, [this] {
        m_decision = HostKeyDecision::AcceptOnce;
        accept();
    });
    connect(reject, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(type);
    layout->addWidget(fingerprint);
    layout->addWidget(file);
    if (authority)
        layout->addWidget(authority);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

} // namespace Patagon
