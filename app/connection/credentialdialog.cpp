// Asks for what the server or a key file wants.
#include "app/connection/credentialdialog.h"

#include "core/servertext.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Patagon {

CredentialDialog::CredentialDialog(const CredentialRequest &request, QWidget *parent)
    : QDialog(parent)
    , m_remember(new QCheckBox(tr("&Remember in the system keychain"), this))
{
    m_remember->setObjectName(QStringLiteral("remember"));
    m_remember->setToolTip(tr("Kept by your desktop's keychain, never in a file of Patagon "
                              "Studio. One-time codes are never remembered."));
    m_remember->hide();
    setObjectName(QStringLiteral("credentialDialog"));
    auto *layout = new QVBoxLayout(this);
    QString intro;
    switch (request.kind) {
    case CredentialRequest::Kind::Password:
        setWindowTitle(tr("Password"));
        intro = tr("Log in to %1.").arg(request.destination);
        break;
    case CredentialRequest::Kind::Passphrase:
        setWindowTitle(tr("Key Passphrase"));
        intro = tr("The key %1 is protected by a passphrase.").arg(request.keyFile);
        break;
    case CredentialRequest::Kind::KeyboardInteractive:
        setWindowTitle(tr("Log In"));
        intro = tr("%1 asks:").arg(request.destination);
        break;
    }
    auto *introLabel = new QLabel(intro, this);
    introLabel->setWordWrap(true);
    layout->addWidget(introLabel);
    if (request.retry) {
        auto *retry = new QLabel(tr("That answer was not accepted. Try again."), this);
        retry->setObjectName(QStringLiteral("retry"));
        retry->setStyleSheet(QStringLiteral("color: palette(link);"));
        layout->addWidget(retry);
    }
    // The server's own words: plain text, without control characters, of a bounded length.
    const QString serverText = ServerText::sanitized(
        QString(request.name + QLatin1Char('\n') + request.instruction).trimmed());
    if (!serverText.isEmpty()) {
        auto *instruction = new QLabel(serverText, this);
        instruction->setWordWrap(true);
        instruction->setTextFormat(Qt::PlainText);
        layout->addWidget(instruction);
    }
    auto *form = new QFormLayout;
    for (const CredentialRequest::Prompt &prompt : request.prompts) {
        auto *field = new QLineEdit(this);
        field->setEchoMode(prompt.echo ? QLineEdit::Normal : QLineEdit::Password);
        field->setObjectName(QStringLiteral("answer%1").arg(m_fields.size()));
        auto *label = new QLabel(ServerText::sanitized(prompt.text).trimmed(), this);
        label->setTextFormat(Qt::PlainText);
        label->setBuddy(field);
        form->addRow(label, field);
        m_fields.append(field);
    }
    layout->addLayout(form);
    layout->addWidget(m_remember);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Log In"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    if (!m_fields.isEmpty())
        m_fields.first()->setFocus();
    setMinimumWidth(420);
}

CredentialDialog::~CredentialDialog()
{
    for (QLineEdit *field : std::as_const(m_fields))
        field->clear();
}

void CredentialDialog::offerRemember(bool checked)
{
    m_remember->setChecked(checked);
    m_remember->show();
}

bool CredentialDialog::remember() const
{
    return !m_remember->isHidden() && m_remember->isChecked();
}

void CredentialDialog::prefill(int index, const QByteArray &answer)
{
    if (index >= 0 && index < m_fields.size())
        m_fields.at(index)->setText(QString::fromUtf8(answer));
}

QList<QByteArray> CredentialDialog::answers() const
{
    QList<QByteArray> list;
    for (const QLineEdit *field : m_fields)
        list.append(field->text().toUtf8());
    return list;
}

} // namespace Patagon
