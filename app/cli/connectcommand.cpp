// `patagon-studio connect --profile NAME`.
#include "app/cli/connectcommand.h"

#include "app/cli/terminal.h"
#include "core/profiles/profilestore.h"
#include "core/ssh/connection.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTextStream>

namespace Patagon::Cli {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Patagon::Cli)
};
} // namespace

int runConnectCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const qsizetype at = arguments.indexOf(QLatin1String("--profile"));
    if (at < 0 || at + 1 >= arguments.size()) {
        err << Text::tr("Usage: patagon-studio connect --profile NAME") << '\n';
        return 2;
    }
    const Expected<ConnectionProfile> profile = ProfileStore().find(arguments.at(at + 1));
    if (!profile) {
        err << Text::tr("Error: %1").arg(profile.errorMessage()) << '\n';
        return 1;
    }

    Connection connection;
    QEventLoop loop;
    int status = 1;
    QObject::connect(&connection, &Connection::hostKeyVerificationRequested, &loop,
                     [&](const HostKeyInfo &key) {
                         err << Text::tr("The host %1 is not known yet.\n"
                                         "Its %2 key has the fingerprint\n    %3\n"
                                         "Compare it with the one your administrators publish.")
                                    .arg(key.host, key.type, key.sha256)
                             << '\n';
                         err.flush();
                         const std::optional<QByteArray> answer = readLine(
                             Text::tr("Trust it and remember it in %1? [yes/once/no] ")
                                 .arg(key.knownHostsFile),
                             true);
                         const QByteArray a = answer.value_or(QByteArray()).trimmed().toLower();
                         HostKeyDecision decision = HostKeyDecision::Reject;
                         if (a == "yes" || a == "y" || a == Text::tr("yes").toUtf8())
                             decision = HostKeyDecision::AcceptAndSave;
                         else if (a == "once" || a == Text::tr("once").toUtf8())
                             decision = HostKeyDecision::AcceptOnce;
                         connection.answerHostKey(decision);
                     });
    QObject::connect(&connection, &Connection::credentialsRequested, &loop,
                     [&](const CredentialRequest &request) {
                         if (request.retry)
                             err << Text::tr("That was not accepted; try again.") << '\n';
                         if (!request.instruction.trimmed().isEmpty())
                             err << request.instruction.trimmed() << '\n';
                         err.flush();
                         QList<QByteArray> answers;
                         for (const CredentialRequest::Prompt &p : request.prompts) {
                             QString text = p.text;
                             if (!text.endsWith(QLatin1Char(' ')))
                                 text += QLatin1Char(' ');
                             const std::optional<QByteArray> a = readLine(text, p.echo);
                             if (!a) {
                                 connection.answerCredentials(std::nullopt);
                                 return;
                             }
                             answers.append(*a);
                         }
                         connection.answerCredentials(answers);
                     });
    QObject::connect(&connection, &Connection::connectionFailed, &loop, [&](const Result &r) {
        err << Text::tr("Error: %1").arg(r.message()) << '\n';
        loop.quit();
    });
    QObject::connect(&connection, &Connection::connected, &loop, [&] {
        out << Text::tr("Connected to %1 (%2).").arg(profile->destination(), connection.serverBanner())
            << '\n';
        out << Text::tr("Host key: %1 %2").arg(connection.hostKey().type, connection.hostKey().sha256)
            << '\n';
        out.flush();
        RemoteProcess *sinfo =
            connection.run({QStringLiteral("sinfo"), QStringLiteral("--noheader"),
                            QStringLiteral("--format=%P|%a|%l|%D|%T|%G")},
                           {}, &loop);
        auto *buffer = new QByteArray;
        QObject::connect(sinfo, &RemoteProcess::standardOutput, &loop,
                         [buffer](const QByteArray &b) { buffer->append(b); });
        QObject::connect(sinfo, &RemoteProcess::finished, &loop,
                         [&, buffer](const ProcessResult &r) {
                             if (!r.succeeded()) {
                                 err << Text::tr("Connected, but sinfo did not answer: is this a "
                                                 "Slurm cluster?")
                                     << '\n';
                             } else {
                                 out << Text::tr("Partitions:") << '\n';
                                 for (const QByteArray &line : buffer->split('\n')) {
                                     const QList<QByteArray> f = line.split('|');
                                     if (f.size() < 6)
                                         continue;
                                     out << Text::tr("  %1: %2, time limit %3, %4 node(s) %5, GRES %6")
                                                .arg(QString::fromUtf8(f.at(0)), QString::fromUtf8(f.at(1)),
                                                     QString::fromUtf8(f.at(2)), QString::fromUtf8(f.at(3)),
                                                     QString::fromUtf8(f.at(4)), QString::fromUtf8(f.at(5)))
                                         << '\n';
                                 }
                                 status = 0;
                             }
                             delete buffer;
                             loop.quit();
                         });
    });
    connection.connectToHost(*profile);
    loop.exec();
    out.flush();
    err.flush();
    return status;
}

} // namespace Patagon::Cli
