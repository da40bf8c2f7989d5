// `patagon-studio connect --profile NAME`.
#include "app/cli/connectcommand.h"

#include "app/cli/clisession.h"
#include "core/servertext.h"
#include "core/slurm/slurmoutput.h"

#include <QCoreApplication>
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
    QStringList rest = arguments;
    QString problem;
    const QString profile = CliSession::profileFor(&rest, &problem);
    if (!problem.isEmpty() || !rest.isEmpty()) {
        err << Text::tr("Usage: patagon-studio connect [--profile NAME]") << '\n';
        return 2;
    }
    CliSession session(err);
    if (const Result r = session.open(profile); !r) {
        err << Text::tr("Error: %1").arg(r.message()) << '\n';
        return 1;
    }
    Connection &connection = session.connection();
    out << Text::tr("Connected to %1 (%2).")
               .arg(session.profile().destination(),
                    ServerText::sanitized(connection.serverBanner()))
        << '\n';
    out << Text::tr("Host key: %1 %2")
               .arg(ServerText::sanitized(connection.hostKey().type), connection.hostKey().sha256)
        << '\n';
    const Expected<CommandOutput> sinfo
        = session.run({QStringLiteral("sinfo"), QStringLiteral("--noheader"),
                       QStringLiteral("--format=%P|%a|%l|%D|%T|%G")});
    if (!sinfo) {
        err << Text::tr("Error: %1").arg(sinfo.errorMessage()) << '\n';
        return 1;
    }
    if (const auto missing = Slurm::SlurmOutput::missingCommand(
            QStringLiteral("sinfo"), sinfo->exitStatus, sinfo->standardError,
            session.profile().destination())) {
        err << Text::tr("Error: %1").arg(missing->message()) << '\n';
        return 1;
    }
    if (!sinfo->succeeded()) {
        err << Text::tr("Connected, but sinfo failed: %1")
                   .arg(ServerText::sanitized(sinfo->standardError).trimmed())
            << '\n';
        return 1;
    }
    out << Text::tr("Partitions:") << '\n';
    for (const QByteArray &line : sinfo->standardOutput.split('\n')) {
        const QList<QByteArray> f = line.split('|');
        if (f.size() < 6)
            continue;
        const auto field = [&f](int i) { return ServerText::sanitized(f.at(i)); };
        out << Text::tr("  %1: %2, time limit %3, %4 node(s) %5, GRES %6")
                   .arg(field(0), field(1), field(2), field(3), field(4), field(5))
            << '\n';
    }
    return 0;
}

} // namespace Patagon::Cli
