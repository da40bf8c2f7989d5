// A connection for a command-line subcommand.
#include "app/cli/clisession.h"

#include "app/cli/terminal.h"
#include "core/profiles/profilestore.h"
#include "core/servertext.h"
#include "core/settingskeys.h"
#include "core/ssh/knownhosts.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QSettings>

namespace Patagon::Cli {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Patagon::Cli)
};
} // namespace

CliSession::CliSession(QTextStream &err)
    : m_err(err)
{
    QObject::connect(
        &m_connection, &Connection::hostKeyVerificationRequested, &m_connection,
        [this](const HostKeyInfo &key) {
            m_err << Text::tr("The host %1 is not known yet.\n"
                              "Its %2 key has the fingerprint\n    %3\n"
                              "Compare it with the one your administrators publish.")
                         .arg(key.host, ServerText::sanitized(key.type), key.sha256)
                  << '\n';
            if (const QString note = KnownHosts::certAuthorityNote(key.certAuthority);
                !note.isEmpty())
                m_err << note << '\n';
            m_err.flush();
            const std::optional<QByteArray> answer = readLine(
                Text::tr("Trust it and remember it in %1? [yes/once/no] ").arg(key.knownHostsFile),
                true);
            const QByteArray a = answer.value_or(QByteArray()).trimmed().toLower();
            HostKeyDecision decision = HostKeyDecision::Reject;
            if (a == "yes" || a == "y" || a == Text::tr("yes").toUtf8())
                decision = HostKeyDecision::AcceptAndSave;
            else if (a == "once" || a == Text::tr("once").toUtf8())
                decision = HostKeyDecision::AcceptOnce;
            m_connection.answerHostKey(decision);
        });
    QObject::connect(&m_connection, &Connection::credentialsRequested, &m_connection,
                     [this](const CredentialRequest &request) {
                         m_connection.answerCredentials(askCredentials(request, m_err, readLine));
                     });
}

std::optional<QList<QByteArray>> askCredentials(const CredentialRequest &request, QTextStream &err,
                                                const LineReader &readAnswer)
{
    if (request.retry)
        err << Text::tr("That was not accepted; try again.") << '\n';
    const QString instruction = ServerText::sanitized(request.instruction).trimmed();
    if (!instruction.isEmpty())
        err << instruction << '\n';
    err.flush();
    QList<QByteArray> answers;
    for (const CredentialRequest::Prompt &p : request.prompts) {
        QString text = ServerText::sanitized(p.text);
        if (!text.endsWith(QLatin1Char(' ')))
            text += QLatin1Char(' ');
        const std::optional<QByteArray> a = readAnswer(text, p.echo);
        if (!a)
            return std::nullopt;
        answers.append(std::move(*a));
    }
    return answers;
}

Result CliSession::open(const QString &profileName)
{
    const Expected<ConnectionProfile> profile = ProfileStore().find(profileName);
    if (!profile)
        return profile.result();
    m_profile = *profile;
    QEventLoop loop;
    Result outcome = Result::error(ErrorCode::Internal, QString());
    QObject::connect(&m_connection, &Connection::connected, &loop, [&] {
        outcome = Result::ok();
        loop.quit();
    });
    QObject::connect(&m_connection, &Connection::connectionFailed, &loop, [&](const Result &r) {
        outcome = r;
        loop.quit();
    });
    m_connection.connectToHost(m_profile);
    loop.exec();
    if (outcome)
        QSettings().setValue(QLatin1String(SettingsKeys::kLastProfile), profileName);
    return outcome;
}

QString CliSession::defaultProfile()
{
    const QString last = QSettings().value(QLatin1String(SettingsKeys::kLastProfile)).toString();
    return last.isEmpty() ? QStringLiteral("sandbox") : last;
}

std::optional<QString> CliSession::takeProfile(QStringList *arguments, QString *problem)
{
    std::optional<QString> name;
    for (qsizetype i = 0; i < arguments->size();) {
        const QString a = arguments->at(i);
        if (a == QLatin1String("--profile")) {
            if (i + 1 >= arguments->size()) {
                *problem = Text::tr("--profile needs the name of a profile.");
                arguments->removeAt(i);
                continue;
            }
            name = arguments->at(i + 1);
            arguments->remove(i, 2);
        } else if (a.startsWith(QLatin1String("--profile="))) {
            name = a.mid(10);
            arguments->removeAt(i);
        } else {
            ++i;
        }
    }
    return name;
}

Expected<CommandOutput> CliSession::run(const QStringList &argv, const QByteArray &standardInput)
{
    RemoteProcess *process = m_host.run(argv, standardInput);
    CommandOutput output;
    QEventLoop loop;
    QObject::connect(process, &RemoteProcess::standardOutput, &loop,
                     [&](const QByteArray &b) { output.standardOutput += b; });
    QObject::connect(process, &RemoteProcess::standardError, &loop,
                     [&](const QByteArray &b) { output.standardError += b; });
    QObject::connect(process, &RemoteProcess::finished, &loop, &QEventLoop::quit);
    if (!process->isFinished())
        loop.exec();
    const ProcessResult result = process->result();
    delete process;
    if (!result.result)
        return result.result;
    output.exitStatus = result.exitSignal.isEmpty() ? result.exitStatus : -1;
    return output;
}

Result CliSession::wait(RemoteOperation *operation)
{
    QEventLoop loop;
    QObject::connect(operation, &RemoteOperation::finished, &loop, &QEventLoop::quit);
    if (!operation->isFinished())
        loop.exec();
    return operation->result();
}

} // namespace Patagon::Cli
