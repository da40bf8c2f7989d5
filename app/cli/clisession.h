// A connection for a command-line subcommand: logs in with the named profile, asking on the
// terminal for host keys and credentials, and runs commands to completion.
#pragma once

#include "core/remote/sshhost.h"
#include "core/result.h"
#include "core/ssh/connection.h"

#include <QEventLoop>
#include <QTextStream>

#include <functional>
#include <optional>

namespace Patagon::Cli {

class CliSession
{
public:
    explicit CliSession(QTextStream &err);

    // Connects with the profile `name` and waits (running an event loop) until logged in or
    // failed. Host keys and credentials are asked on the terminal. A profile that logged in
    // becomes the default of later commands.
    Result open(const QString &profileName);
    // The profile of the last command that logged in, else "sandbox".
    static QString defaultProfile();
    // The one --profile parser of every command: removes "--profile NAME" or
    // "--profile=NAME" from `arguments` and returns NAME (nothing when not given). `problem`
    // says what is wrong when --profile has no value.
    static std::optional<QString> takeProfile(QStringList *arguments, QString *problem);
    // The same, with the default rule applied: the profile named, else defaultProfile().
    static QString profileFor(QStringList *arguments, QString *problem)
    {
        return takeProfile(arguments, problem).value_or(defaultProfile());
    }
    Connection &connection() { return m_connection; }
    // The cluster as core sees it: every command and file operation goes through it.
    RemoteHost *host() { return &m_host; }
    const ConnectionProfile &profile() const { return m_profile; }

    // Runs argv to completion, collecting its output.
    Expected<CommandOutput> run(const QStringList &argv, const QByteArray &standardInput = {});
    // Waits for a file operation started on host().
    Result wait(RemoteOperation *operation);

private:
    QTextStream &m_err;
    Connection m_connection;
    SshHost m_host {&m_connection};
    ConnectionProfile m_profile;
};

// Reads one line after showing `prompt` (echo off for secrets); std::nullopt at end of input.
using LineReader = std::function<std::optional<QByteArray>(const QString &prompt, bool echo)>;

// Asks the person at the terminal what `request` wants: a retry notice and the server's
// instruction on `err`, then one line per prompt through `readAnswer`. The server's words pass
// through ServerText::sanitized() here as well, whatever core did before: this is where they
// reach a terminal. std::nullopt when input ended before every prompt had an answer.
std::optional<QList<QByteArray>> askCredentials(const CredentialRequest &request, QTextStream &err,
                                                const LineReader &readAnswer);

// Runs an event loop until `start` calls the callback it is given; returns what it was given.
template<typename T> T await(const std::function<void(std::function<void(const T &)>)> &start)
{
    std::optional<T> result;
    QEventLoop loop;
    start([&](const T &r) {
        result = r;
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}

} // namespace Patagon::Cli
