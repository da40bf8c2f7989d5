// The sandbox cluster's connection details, read from the KEY=VALUE file that
// tests/sandbox/sandbox.sh writes ($PATAGON_SANDBOX_ENV). Tests that use it fail, not skip,
// when it is missing: `scripts/dev test` starts the sandbox first.
#pragma once

#include "core/profiles/connectionprofile.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QScopeGuard>
#include <QString>

namespace Patagon::Testing {

class SandboxEnv
{
public:
    static QString notRunningMessage()
    {
        return QStringLiteral("the sandbox is not running: scripts/dev sandbox start");
    }

    bool load()
    {
        QFile file(qEnvironmentVariable("PATAGON_SANDBOX_ENV",
                                        QStringLiteral("/var/lib/patagon-sandbox/sandbox.env")));
        if (!file.open(QIODevice::ReadOnly))
            return false;
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            const qsizetype eq = line.indexOf(QLatin1Char('='));
            if (eq > 0)
                m_values.insert(line.left(eq), line.mid(eq + 1));
        }
        return !m_values.isEmpty();
    }

    QString value(const char *key) const { return m_values.value(QLatin1String(key)); }
    QString host() const { return value("SANDBOX_SSH_HOST"); }
    QString port() const { return value("SANDBOX_SSH_PORT"); }
    QString otpPort() const { return value("SANDBOX_OTP_PORT"); }
    QString user() const { return value("SANDBOX_USER"); }
    QString password() const { return value("SANDBOX_PASSWORD"); }
    QString otpSecret() const { return value("SANDBOX_OTP_SECRET"); }
    QString key() const { return value("SANDBOX_KEY"); }
    QString knownHosts() const { return value("SANDBOX_KNOWN_HOSTS"); }
    QString home() const { return value("SANDBOX_HOME"); }
    QString node() const { return value("SANDBOX_NODE"); }
    // Whether the cluster's srun has Pyxis' flags (the Slurm 22.05 sandbox has none).
    bool hasPyxis() const { return value("SANDBOX_PYXIS") != QLatin1String("0"); }
    // The script that runs this sandbox (`restart-sshd` ends every SSH session): SANDBOX_SCRIPT,
    // relative to the source tree, where the env file names one (the Slurm 22.05 sandbox's),
    // else the main sandbox's.
    QString script() const
    {
        const QString named = value("SANDBOX_SCRIPT");
        return QStringLiteral(PATAGON_SOURCE_DIR "/")
            + (named.isEmpty() ? QStringLiteral("tests/sandbox/sandbox.sh") : named);
    }

    // A key-login profile for the sandbox user that reads no ~/.ssh/config (`scratch`: a
    // folder of the test's own for the config file that does not exist).
    ConnectionProfile profile(const QString &name, const QString &scratch) const
    {
        ConnectionProfile p;
        p.name = name;
        p.host = host();
        p.port = port().toInt();
        p.user = user();
        p.identityFile = key();
        p.knownHostsFile = knownHosts();
        p.sshConfigFile = QDir(scratch).filePath(QStringLiteral("no-ssh-config"));
        return p;
    }

    // Runs the sandbox's scontrol as the test's own user (root under scripts/dev: a Slurm
    // administrator), e.g. to drain and resume the node; true when it succeeded.
    bool scontrol(const QStringList &arguments) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SLURM_CONF"), value("SANDBOX_SLURM_CONF"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("scontrol"), arguments);
        if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit
            || p.exitCode() != 0) {
            qWarning("scontrol %s: %s", qPrintable(arguments.join(u' ')),
                     p.readAllStandardError().constData());
            return false;
        }
        return true;
    }

    // Appends the public key in `publicKeyFile` to the account's authorized_keys; the file is
    // put back as it was when the returned guard goes out of scope.
    [[nodiscard]] auto authorizeKey(const QString &publicKeyFile) const
    {
        const QString authorized = home() + QStringLiteral("/.ssh/authorized_keys");
        QFile auth(authorized);
        QByteArray original;
        if (auth.open(QIODevice::ReadOnly))
            original = auth.readAll();
        auth.close();
        QFile pub(publicKeyFile);
        if (pub.open(QIODevice::ReadOnly) && auth.open(QIODevice::Append))
            auth.write(pub.readAll());
        return qScopeGuard([authorized, original] {
            QFile f(authorized);
            if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
                f.write(original);
        });
    }

    // The script that hands out a fresh one-time code (never one pam_oath saw before).
    static QString oneTimeCodeScript()
    {
        return QStringLiteral(PATAGON_SOURCE_DIR "/tests/sandbox/otp-code.sh");
    }
    static QByteArray oneTimeCode()
    {
        QProcess p;
        p.start(oneTimeCodeScript(), {});
        p.waitForFinished(300000);
        return p.readAllStandardOutput().trimmed();
    }

private:
    QHash<QString, QString> m_values;
};

} // namespace Patagon::Testing
