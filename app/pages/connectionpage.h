// The Connection page: the connection profiles (add, edit, duplicate, delete), Connect and
// Disconnect, what the connection is doing, and a clear panel when something went wrong.
#pragma once

#include "core/profiles/connectionprofile.h"
#include "core/profiles/profilestore.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace Patagon {

class Connection;
class SecretStore;

class ConnectionPage : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionPage(Connection *connection, QWidget *parent = nullptr);

    void selectProfile(const QString &name);
    QString selectedProfileName() const;
    void connectSelected();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void reloadProfiles(const QString &select = QString());
    void updateDetails();
    void updateState();
    void updateServerText();
    void addProfile();
    void editProfile();
    void duplicateProfile();
    void deleteProfile();
    void showError(const QString &message);
    QStringList profileNames() const;
    const ConnectionProfile *selected() const;

    Connection *m_connection;
    ProfileStore m_store;
    SecretStore *m_secrets;
    QList<ConnectionProfile> m_profiles;
    QLabel *m_title;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_duplicate;
    QPushButton *m_delete;
    QLabel *m_details;
    QPushButton *m_connect;
    QLabel *m_state;
    QLabel *m_error;
    QLabel *m_server;
};

} // namespace Patagon
