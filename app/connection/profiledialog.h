// Creates or edits a connection profile: where the login node is, who logs in, with which key,
// through which jump hosts, and the cluster's partition names.
#pragma once

#include "core/profiles/connectionprofile.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Patagon {

class ProfileDialog : public QDialog
{
    Q_OBJECT

public:
    // `takenNames`: names the new profile may not have (the other profiles').
    ProfileDialog(const ConnectionProfile &profile, const QStringList &takenNames,
                  QWidget *parent = nullptr);

    ConnectionProfile profile() const;

private:
    void validate();

    ConnectionProfile m_original;
    QStringList m_taken;
    QLineEdit *m_name;
    QLineEdit *m_alias;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_user;
    QLineEdit *m_key;
    QLineEdit *m_knownHosts;
    QLineEdit *m_jumps;
    QLineEdit *m_cpuPartition;
    QLineEdit *m_gpuPartition;
    QLineEdit *m_gres;
    QLabel *m_problem;
    QPushButton *m_ok;
};

} // namespace Patagon
