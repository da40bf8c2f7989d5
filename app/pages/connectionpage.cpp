// The Connection page: profiles, Connect/Disconnect, state and errors.
#include "app/pages/connectionpage.h"

#include "app/connection/profiledialog.h"
#include "app/connection/secretstore.h"
#include "core/settingskeys.h"
#include "core/ssh/connection.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace Patagon {

ConnectionPage::ConnectionPage(Connection *connection, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_secrets(new SecretStore(this))
    , m_title(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_duplicate(new QPushButton(this))
    , m_delete(new QPushButton(this))
    , m_details(new QLabel(this))
    , m_connect(new QPushButton(this))
    , m_state(new QLabel(this))
    , m_error(new QLabel(this))
    , m_server(new QLabel(this))
{
    setObjectName(QStringLiteral("connectionPage"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("title"));
    m_list->setObjectName(QStringLiteral("profiles"));
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_connect->setDefault(true);
    m_state->setObjectName(QStringLiteral("state"));
    m_state->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setFrameShape(QFrame::StyledPanel);
    m_error->setMargin(8);
    m_error->setStyleSheet(QStringLiteral("QLabel#error { background: #fdecea; color: #611a15; }"));
    m_error->hide();
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_server->setWordWrap(true);
    m_server->setTextFormat(Qt::PlainText); // the banner is the server's text
    m_server->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_server->installEventFilter(this); // its fingerprint is elided to its width

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_edit, m_duplicate, m_delete})
        buttons->addWidget(b);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list);
    left->addLayout(buttons);

    auto *right = new QVBoxLayout;
    right->addWidget(m_details);
    // The state under the button: beside it, "Connected to user@host:port." made the page
    // wider than the window at its first-start size.
    right->addWidget(m_connect, 0, Qt::AlignLeft);
    right->addWidget(m_state);
    right->addWidget(m_error);
    right->addWidget(m_server);
    right->addStretch();

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addSpacing(16);
    columns->addLayout(right, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(m_title);
    layout->addLayout(columns);

    connect(m_list, &QListWidget::currentRowChanged, this, &ConnectionPage::updateDetails);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &ConnectionPage::connectSelected);
    connect(m_add, &QPushButton::clicked, this, &ConnectionPage::addProfile);
    connect(m_edit, &QPushButton::clicked, this, &ConnectionPage::editProfile);
    connect(m_duplicate, &QPushButton::clicked, this, &ConnectionPage::duplicateProfile);
    connect(m_delete, &QPushButton::clicked, this, &ConnectionPage::deleteProfile);
    connect(m_connect, &QPushButton::clicked, this, [this] {
        if (m_connection->state() == Connection::State::Disconnected)
            connectSelected();
        else
            m_connection->disconnectFromHost();
    });
    connect(m_connection, &Connection::stateChanged, this, &ConnectionPage::updateState);
    connect(m_connection, &Connection::connectionFailed, this,
            [this](const Result &error) { showError(error.message()); });
    connect(m_connection, &Connection::connected, this, [this] {
        m_error->hide();
        updateState();
    });

    retranslate();
    reloadProfiles(QSettings().value(QLatin1String(SettingsKeys::kLastProfile)).toString());
}

QStringList ConnectionPage::profileNames() const
{
    QStringList names;
    for (const ConnectionProfile &p : m_profiles)
        names.append(p.name);
    return names;
}

const ConnectionProfile *ConnectionPage::selected() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_profiles.size() ? &m_profiles.at(row) : nullptr;
}

QString ConnectionPage::selectedProfileName() const
{
    const ConnectionProfile *p = selected();
    return p ? p->name : QString();
}

void ConnectionPage::selectProfile(const QString &name)
{
    const int row = int(profileNames().indexOf(name));
    if (row >= 0)
        m_list->setCurrentRow(row);
}

void ConnectionPage::reloadProfiles(const QString &select)
{
    m_profiles = m_store.profiles();
    m_list->clear();
    for (const ConnectionProfile &p : std::as_const(m_profiles)) {
        auto *item = new QListWidgetItem(p.name + QStringLiteral("\n") + p.destination(), m_list);
        item->setToolTip(p.destination());
    }
    const int row = int(profileNames().indexOf(select));
    m_list->setCurrentRow(row >= 0 ? row : (m_profiles.isEmpty() ? -1 : 0));
    updateDetails();
}

void ConnectionPage::updateDetails()
{
    const ConnectionProfile *p = selected();
    m_edit->setEnabled(p);
    m_duplicate->setEnabled(p);
    m_delete->setEnabled(p && p->origin == ConnectionProfile::Origin::User);
    if (!p) {
        m_details->setText(tr("No profile yet. Add one with the login node's host name and your "
                              "user name."));
        updateState();
        return;
    }
    QString text = tr("<b>%1</b><br>Login node: %2<br>Partitions: %3 (CPU), %4 (GPU, %5)")
                       .arg(p->name.toHtmlEscaped(), p->destination().toHtmlEscaped(),
                            p->cpuPartition.toHtmlEscaped(), p->gpuPartition.toHtmlEscaped(),
                            p->gpuGres.toHtmlEscaped());
    if (!p->jumpHosts.isEmpty())
        text += QStringLiteral("<br>")
            + tr("Through: %1").arg(p->jumpHosts.join(QStringLiteral(" → ")).toHtmlEscaped());
    if (p->origin == ConnectionProfile::Origin::Preset)
        text += QStringLiteral("<br><i>")
            + tr("Shipped with the app: edit it to add your user name.") + QStringLiteral("</i>");
    m_details->setText(text);
    updateState();
}

void ConnectionPage::updateState()
{
    const Connection::State state = m_connection->state();
    const bool idle = state == Connection::State::Disconnected;
    m_connect->setText(idle ? tr("&Connect") : tr("&Disconnect"));
    m_connect->setEnabled(!idle || selected());
    m_list->setEnabled(idle);
    switch (state) {
    case Connection::State::Disconnected:
        m_state->setText(tr("Not connected."));
        m_server->clear();
        m_server->setToolTip(QString());
        break;
    case Connection::State::Connecting:
        m_state->setText(tr("Connecting to %1…").arg(m_connection->profile().destination()));
        break;
    case Connection::State::Reconnecting:
        m_state->setText(tr("The connection dropped; reconnecting…"));
        break;
    case Connection::State::Connected:
        m_state->setText(tr("Connected to %1.").arg(m_connection->profile().destination()));
        updateServerText();
        break;
    }
}

// The fingerprint is one long word, wider than the page's column at the window's first-start
// size: elided in the middle to the label's width (it wraps onto a line of its own), whole in
// the tooltip, rather than widening the window.
void ConnectionPage::updateServerText()
{
    if (m_connection->state() != Connection::State::Connected)
        return;
    const QString banner = m_connection->serverBanner();
    const QString type = m_connection->hostKey().type;
    const QString fingerprint = m_connection->hostKey().sha256;
    const QString shown = m_server->fontMetrics().elidedText(fingerprint, Qt::ElideMiddle,
                                                             m_server->contentsRect().width());
    const QString text = tr("Server: %1\nHost key: %2 %3");
    m_server->setText(text.arg(banner, type, shown));
    m_server->setToolTip(shown == fingerprint ? QString() : text.arg(banner, type, fingerprint));
}

bool ConnectionPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_server && event->type() == QEvent::Resize)
        updateServerText();
    return QWidget::eventFilter(watched, event);
}

void ConnectionPage::connectSelected()
{
    const ConnectionProfile *p = selected();
    if (!p || m_connection->state() != Connection::State::Disconnected)
        return;
    m_error->hide();
    QSettings().setValue(QLatin1String(SettingsKeys::kLastProfile), p->name);
    m_connection->connectToHost(*p);
}

void ConnectionPage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
    updateState();
}

void ConnectionPage::addProfile()
{
    ConnectionProfile blank;
    ProfileDialog dialog(blank, profileNames(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const Result r = m_store.save(dialog.profile()); !r)
        return showError(r.message());
    reloadProfiles(dialog.profile().name);
}

void ConnectionPage::editProfile()
{
    const ConnectionProfile *p = selected();
    if (!p)
        return;
    QStringList taken = profileNames();
    taken.removeAll(p->name);
    ProfileDialog dialog(*p, taken, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ConnectionProfile edited = dialog.profile();
    // A remembered password stays with the account it opens: pointed elsewhere, the profile
    // forgets it.
    if (SecretStore::passwordKey(edited) != SecretStore::passwordKey(*p))
        m_secrets->remove(SecretStore::passwordKey(*p));
    if (p->origin == ConnectionProfile::Origin::User && edited.name != p->name)
        (void)m_store.remove(p->name);
    if (const Result r = m_store.save(edited); !r)
        return showError(r.message());
    reloadProfiles(edited.name);
}

void ConnectionPage::duplicateProfile()
{
    const ConnectionProfile *p = selected();
    if (!p)
        return;
    ConnectionProfile copy = *p;
    const QStringList taken = profileNames();
    int n = 2;
    do {
        copy.name = tr("%1 (copy %2)").arg(p->name).arg(n++);
    } while (taken.contains(copy.name));
    copy.origin = ConnectionProfile::Origin::User;
    if (const Result r = m_store.save(copy); !r)
        return showError(r.message());
    reloadProfiles(copy.name);
}

void ConnectionPage::deleteProfile()
{
    const ConnectionProfile *p = selected();
    if (!p || p->origin != ConnectionProfile::Origin::User)
        return;
    const QString name = p->name;
    if (QMessageBox::question(
            this, tr("Delete Profile"),
            tr("Delete the connection profile \"%1\"? This cannot be undone.").arg(name))
        != QMessageBox::Yes)
        return;
    const QString secretKey = SecretStore::passwordKey(*p);
    if (const Result r = m_store.remove(name); !r)
        return showError(r.message());
    m_secrets->remove(secretKey);
    reloadProfiles();
}

void ConnectionPage::retranslate()
{
    m_title->setText(tr("Connection"));
    m_add->setText(tr("&Add…"));
    m_edit->setText(tr("&Edit…"));
    m_duplicate->setText(tr("D&uplicate"));
    m_delete->setText(tr("De&lete"));
    updateDetails();
}

void ConnectionPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Patagon
