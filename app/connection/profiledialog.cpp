// Creates or edits a connection profile.
#include "app/connection/profiledialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace Patagon {

namespace {
QWidget *withBrowse(QLineEdit *field, QWidget *parent, const QString &title)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(field);
    auto *browse = new QToolButton(row);
    browse->setText(QStringLiteral("…"));
    browse->setToolTip(title);
    QObject::connect(browse, &QToolButton::clicked, field, [field, row, title] {
        const QString start
            = field->text().isEmpty() ? QDir::homePath() + QStringLiteral("/.ssh") : field->text();
        const QString chosen = QFileDialog::getOpenFileName(row, title, start);
        if (!chosen.isEmpty())
            field->setText(chosen);
    });
    layout->addWidget(browse);
    return row;
}
} // namespace

ProfileDialog::ProfileDialog(const ConnectionProfile &profile, const QStringList &takenNames,
                             QWidget *parent)
    : QDialog(parent)
    , m_original(profile)
    , m_taken(takenNames)
    , m_name(new QLineEdit(profile.name, this))
    , m_alias(new QLineEdit(profile.sshAlias, this))
    , m_host(new QLineEdit(profile.host, this))
    , m_port(new QSpinBox(this))
    , m_user(new QLineEdit(profile.user, this))
    , m_key(new QLineEdit(profile.identityFile, this))
    , m_knownHosts(new QLineEdit(profile.knownHostsFile, this))
    , m_jumps(new QLineEdit(profile.jumpHosts.join(QStringLiteral(", ")), this))
    , m_cpuPartition(new QLineEdit(profile.cpuPartition, this))
    , m_gpuPartition(new QLineEdit(profile.gpuPartition, this))
    , m_gres(new QLineEdit(profile.gpuGres, this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(profile.name.isEmpty() ? tr("New Connection Profile")
                                          : tr("Connection Profile \"%1\"").arg(profile.name));
    setObjectName(QStringLiteral("profileDialog"));
    m_name->setObjectName(QStringLiteral("name"));
    m_host->setObjectName(QStringLiteral("host"));
    m_user->setObjectName(QStringLiteral("user"));
    m_port->setRange(1, 65535);
    m_port->setValue(profile.port);
    m_alias->setPlaceholderText(tr("optional: a Host of ~/.ssh/config"));
    m_knownHosts->setPlaceholderText(tr("default: ~/.ssh/known_hosts"));
    m_key->setPlaceholderText(tr("default: ssh-agent and ~/.ssh/id_*"));
    m_jumps->setPlaceholderText(tr("optional: user@gateway:port, ..."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("SSH &alias:"), m_alias);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Key file:"), withBrowse(m_key, this, tr("Choose a Private Key")));
    form->addRow(tr("Known &hosts file:"),
                 withBrowse(m_knownHosts, this, tr("Choose a known_hosts File")));
    form->addRow(tr("&Jump hosts:"), m_jumps);
    form->addRow(tr("&CPU partition:"), m_cpuPartition);
    form->addRow(tr("&GPU partition:"), m_gpuPartition);
    form->addRow(tr("GPU &request (GRES):"), m_gres);

    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Save);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    for (QLineEdit *field : {m_name, m_alias, m_host, m_user})
        connect(field, &QLineEdit::textChanged, this, &ProfileDialog::validate);
    validate();
    setMinimumWidth(480);
}

void ProfileDialog::validate()
{
    QString problem;
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        problem = tr("Give the profile a name.");
    else if (m_taken.contains(name))
        problem = tr("A profile named \"%1\" exists already. Choose another name.").arg(name);
    else if (m_host->text().trimmed().isEmpty() && m_alias->text().trimmed().isEmpty())
        problem = tr("Enter the login node's host name, or an alias of your ~/.ssh/config.");
    else if (m_host->text().contains(QLatin1Char(' ')) || m_user->text().contains(QLatin1Char(' ')))
        problem = tr("Host and user names cannot contain spaces.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_ok->setEnabled(problem.isEmpty());
}

ConnectionProfile ProfileDialog::profile() const
{
    ConnectionProfile p = m_original;
    p.name = m_name->text().trimmed();
    p.sshAlias = m_alias->text().trimmed();
    p.host = m_host->text().trimmed();
    p.port = m_port->value();
    p.user = m_user->text().trimmed();
    p.identityFile = m_key->text().trimmed();
    p.knownHostsFile = m_knownHosts->text().trimmed();
    p.jumpHosts.clear();
    for (const QString &hop : m_jumps->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        p.jumpHosts.append(hop.trimmed());
    p.cpuPartition = m_cpuPartition->text().trimmed();
    p.gpuPartition = m_gpuPartition->text().trimmed();
    p.gpuGres = m_gres->text().trimmed();
    p.origin = ConnectionProfile::Origin::User;
    return p;
}

} // namespace Patagon
