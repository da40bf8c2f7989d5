// The command-line front end: `patagon-studio <subcommand> ...`.
#include "app/cli/cli.h"

#include "app/cli/clisession.h"
#include "app/cli/connectcommand.h"
#include "app/cli/containercommands.h"
#include "app/cli/imagecommand.h"
#include "app/cli/jobcommands.h"
#include "app/cli/scriptcommand.h"
#include "app/cli/shellcommand.h"
#include "app/cli/terminal.h"
#include "app/cli/traincommands.h"
#include "core/profiles/profilestore.h"
#include "core/servertext.h"
#include "core/version.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTextStream>
#include <QThread>

#include <cstdio>

namespace Patagon::Cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Patagon::Cli)
};

QString usage()
{
    return Text::tr("Usage: patagon-studio [options]\n"
                    "       patagon-studio <command> [arguments]\n"
                    "\n"
                    "Without a command, opens the main window.\n"
                    "\n"
                    "Commands:\n"
                    "  cancel ID... [--profile NAME]\n"
                    "                        Cancel jobs\n"
                    "  connect [--profile NAME]\n"
                    "                        Log in, then show the server and its partitions\n"
                    "  containers probe|list [--json] [--profile NAME]\n"
                    "                        Show what the cluster offers for containers, or\n"
                    "                        list the named containers and their nodes\n"
                    "  containers create NAME IMAGE [--partition P] [--node N]\n"
                    "                        Import an image as a named container\n"
                    "  containers remove NAME [--node N]\n"
                    "                        Remove a named container\n"
                    "  demo [--profile NAME] Run a short job on the cluster and show each step\n"
                    "  image check REF [--enroot-version V] [--json]\n"
                    "                        Check and normalise a container image reference\n"
                    "  jobs [--json] [--all] [--profile NAME]\n"
                    "                        List your jobs: queued, running, and those of the\n"
                    "                        last day; --all with the app's own helper jobs\n"
                    "  logs ID [-f] [--profile NAME]\n"
                    "                        Print a job's output and errors; -f follows them\n"
                    "                        until the job ends\n"
                    "  packages install NAME [--pip PKG...] [--apt PKG...] [-r FILE]\n"
                    "                        Install packages into a named container\n"
                    "  packages manifest NAME [--json]\n"
                    "                        Show what was installed into a container\n"
                    "  packages replay NAME --onto OTHER\n"
                    "                        Install a container's packages into another\n"
                    "  profiles list         List the connection profiles\n"
                    "  runs list|show ID [--json] [--profile NAME]\n"
                    "                        List training runs, or show one\n"
                    "  script check FILE [--json] [--profile NAME]\n"
                    "                        Check a Slurm batch script as sbatch reads it\n"
                    "  script set FILE NAME=VALUE ...\n"
                    "                        Edit a batch script's #SBATCH directives\n"
                    "  script fix FILE [--profile NAME]\n"
                    "                        Apply the checker's fixes to a batch script\n"
                    "  shell [--profile NAME] [--container NAME [--node N] [--remap-root]]\n"
                    "        [-- COMMAND...]\n"
                    "                        A terminal on the login node, or in a container on\n"
                    "                        its compute node; with COMMAND, run it there on a\n"
                    "                        terminal and exit with its status\n"
                    "  submit FILE [--profile NAME]\n"
                    "                        Submit a batch script and print the job id\n"
                    "  train --data SPEC | --upload DIR [--model NAME] [--epochs N]\n"
                    "        [--container NAME]\n"
                    "        [--gpus N] [--follow] [--json] [--profile NAME]\n"
                    "                        Build the trainer in a container and train on the\n"
                    "                        cluster (train --help lists every option)\n"
                    "  version               Print the version and exit\n"
                    "\n"
                    "Commands that use the cluster take the profile used last (else\n"
                    "\"sandbox\") when --profile is not given; script check then checks\n"
                    "the script alone. With a command, -v or --verbose also prints what\n"
                    "the app does on the way (connections, commands, polls) on stderr.\n"
                    "\n"
                    "Window options:\n"
                    "  --profile NAME        Select this connection profile\n"
                    "  --page NAME           Open this page first (connection, containers,\n"
                    "                        packages, script, jobs, logs, train, terminal,\n"
                    "                        settings)\n"
                    "  --lang CODE           Use this language for this run (en, es)\n"
                    "  --screenshot FILE     Save a picture of the window and quit\n"
                    "  -v, --version         Print the version and exit\n"
                    "  -h, --help            Print this help and exit\n");
}

int printVersion()
{
    out() << versionReport();
    out().flush();
    return 0;
}

int listProfiles()
{
    const ProfileStore store;
    const QList<ConnectionProfile> profiles = store.profiles();
    for (const ConnectionProfile &p : profiles) {
        QString origin;
        switch (p.origin) {
        case ConnectionProfile::Origin::User:
            origin = Text::tr("saved");
            break;
        case ConnectionProfile::Origin::Preset:
            origin = Text::tr("preset");
            break;
        case ConnectionProfile::Origin::DropIn:
            origin = Text::tr("file");
            break;
        }
        out() << p.name << '\t' << p.destination() << '\t' << origin << '\n';
    }
    out().flush();
    return 0;
}

// A short end-to-end tour through the core: connect, look at the cluster, run a batch job,
// read its output and its accounting record.
int runDemo(const QString &profileName)
{
    const ProfileStore store;
    const Expected<ConnectionProfile> profile = store.find(profileName);
    if (!profile)
        return fail(profile.errorMessage());
    out() << Text::tr("Profile \"%1\": %2").arg(profile->name, profile->destination()) << '\n';
    out().flush();

    CliSession ssh(err());
    if (const Result r = ssh.open(profile->name); !r)
        return fail(r.message());
    const HostKeyInfo key = ssh.connection().hostKey();
    out() << Text::tr("Connected. Host key %1 %2 (known).").arg(key.type, key.sha256) << '\n';

    const Expected<CommandOutput> sinfo
        = ssh.run({QStringLiteral("sinfo"), QStringLiteral("--format=%P %a %l %D %T %G")});
    if (!sinfo)
        return fail(sinfo.errorMessage());
    out() << Text::tr("Partitions (sinfo):") << '\n' << QString::fromUtf8(sinfo->standardOutput);
    out().flush();

    const QByteArray script = "#!/bin/bash\n"
                              "echo \"Hello from job $SLURM_JOB_ID on $(hostname)\"\n"
                              "srun -n 1 echo \"A job step ran too.\"\n";
    const Expected<CommandOutput> submitted
        = ssh.run({QStringLiteral("sbatch"), QStringLiteral("--parsable"),
                   QStringLiteral("--partition=") + profile->cpuPartition,
                   QStringLiteral("--job-name=patagon-demo"),
                   QStringLiteral("--output=patagon-demo-%j.out"), QStringLiteral("--time=5")},
                  script);
    if (!submitted)
        return fail(submitted.errorMessage());
    if (!submitted->succeeded())
        return fail(Text::tr("sbatch refused the job: %1")
                        .arg(ServerText::sanitized(submitted->standardError).trimmed()));
    const QString jobId
        = QString::fromUtf8(submitted->standardOutput).trimmed().section(u';', 0, 0);
    out() << Text::tr("Submitted batch job %1.").arg(jobId) << '\n';
    out().flush();

    QString lastState;
    QElapsedTimer clock;
    clock.start();
    for (;;) {
        const Expected<CommandOutput> q
            = ssh.run({QStringLiteral("squeue"), QStringLiteral("--noheader"),
                       QStringLiteral("--jobs=") + jobId, QStringLiteral("--format=%T")});
        if (!q)
            return fail(q.errorMessage());
        const QString state = QString::fromUtf8(q->standardOutput).trimmed();
        if (state.isEmpty())
            break;
        if (state != lastState) {
            out() << Text::tr("Job %1 is %2.").arg(jobId, state) << '\n';
            out().flush();
            lastState = state;
        }
        if (clock.elapsed() > 300000)
            return fail(Text::tr("Job %1 did not finish within 5 minutes; it is still %2.")
                            .arg(jobId, state));
        QThread::msleep(500);
    }

    const Expected<CommandOutput> log
        = ssh.run({QStringLiteral("cat"), QStringLiteral("patagon-demo-%1.out").arg(jobId)});
    if (!log)
        return fail(log.errorMessage());
    out() << Text::tr("Output of job %1:").arg(jobId) << '\n'
          << QString::fromUtf8(log->standardOutput);

    // The accounting record reaches slurmdbd a moment after the job leaves the queue.
    Expected<CommandOutput> acct = Result::error(ErrorCode::Remote, QString());
    for (int attempt = 0; attempt < 60; ++attempt) {
        acct = ssh.run({QStringLiteral("sacct"), QStringLiteral("--noheader"),
                        QStringLiteral("--parsable2"), QStringLiteral("--allocations"),
                        QStringLiteral("--jobs=") + jobId,
                        QStringLiteral("--format=JobID,JobName,State,ExitCode,Elapsed")});
        if (!acct)
            return fail(acct.errorMessage());
        const QString state = QString::fromUtf8(acct->standardOutput).section(u'|', 2, 2);
        if (!state.isEmpty() && state != QLatin1String("PENDING")
            && state != QLatin1String("RUNNING"))
            break;
        QThread::msleep(500);
    }
    out() << Text::tr("Accounting (sacct):") << '\n' << QString::fromUtf8(acct->standardOutput);
    out().flush();
    return 0;
}

bool isVerboseFlag(const QString &argument)
{
    return argument == QLatin1String("-v") || argument == QLatin1String("--verbose");
}

// The core's info and debug lines ("connected to …", each command it runs) are for whoever
// looks into a problem; without --verbose a command prints its own output and the warnings.
// QT_LOGGING_RULES still overrides this.
void setVerboseLogging(bool verbose)
{
    QLoggingCategory::setFilterRules(verbose ? QStringLiteral("patagon.*.debug=true\n"
                                                              "patagon.*.info=true")
                                             : QStringLiteral("patagon.*.debug=false\n"
                                                              "patagon.*.info=false"));
}

} // namespace

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("patagon-studio"));
    QCoreApplication::setApplicationName(QStringLiteral("patagon-studio"));
    QCoreApplication::setApplicationVersion(appVersion());
}

bool isCommandLineInvocation(int argc, char *argv[])
{
    QStringList args;
    bool shortV = false;
    for (int i = 1; i < argc; ++i) {
        const QString a = QString::fromLocal8Bit(argv[i]);
        if (a == QLatin1String("--version") || a == QLatin1String("--help")
            || a == QLatin1String("-h"))
            return true;
        shortV |= a == QLatin1String("-v");
        if (!isVerboseFlag(a))
            args << a;
    }
    return shortV || (!args.isEmpty() && !args.first().startsWith(u'-'));
}

int run(const QStringList &arguments)
{
    QStringList args = arguments.mid(1);
    const bool shortV = args.contains(QLatin1String("-v"));
    const bool verbose = args.removeIf(isVerboseFlag) > 0;
    // "-v" without a command is --version, as it always was; with one, it is --verbose.
    if (shortV && (args.isEmpty() || args.first().startsWith(u'-')))
        return printVersion();
    setVerboseLogging(verbose);
    // train has its own --help (its options do not fit the overview)
    if (!args.isEmpty() && args.first() == QLatin1String("train"))
        return runTrainCommand(args.mid(1));
    if (args.contains(QLatin1String("--version")))
        return printVersion();
    if (args.isEmpty() || args.contains(QLatin1String("--help"))
        || args.contains(QLatin1String("-h")) || args.first() == QLatin1String("help")) {
        out() << usage();
        out().flush();
        return 0;
    }
    const QString command = args.first();
    if (command == QLatin1String("version"))
        return printVersion();
    if (command == QLatin1String("profiles")) {
        if (args.size() == 1 || args.at(1) == QLatin1String("list"))
            return listProfiles();
        err() << Text::tr("Unknown profiles command \"%1\". Try \"patagon-studio profiles list\".")
                     .arg(args.at(1))
              << '\n';
        return 2;
    }
    if (command == QLatin1String("connect"))
        return runConnectCommand(args.mid(1));
    if (command == QLatin1String("image"))
        return runImageCommand(args.mid(1), out(), err());
    if (command == QLatin1String("containers"))
        return runContainersCommand(args.mid(1));
    if (command == QLatin1String("packages"))
        return runPackagesCommand(args.mid(1));
    if (command == QLatin1String("script"))
        return runScriptCommand(args.mid(1));
    if (command == QLatin1String("shell"))
        return runShellCommand(args.mid(1));
    if (command == QLatin1String("submit"))
        return runSubmitCommand(args.mid(1));
    if (command == QLatin1String("jobs"))
        return runJobsCommand(args.mid(1));
    if (command == QLatin1String("cancel"))
        return runCancelCommand(args.mid(1));
    if (command == QLatin1String("logs"))
        return runLogsCommand(args.mid(1));
    if (command == QLatin1String("train"))
        return runTrainCommand(args.mid(1));
    if (command == QLatin1String("runs"))
        return runRunsCommand(args.mid(1));
    if (command == QLatin1String("demo")) {
        QStringList rest = args.mid(1);
        QString problem;
        const QString name = CliSession::profileFor(&rest, &problem);
        if (!problem.isEmpty())
            return fail(problem);
        return runDemo(name);
    }
    err() << Text::tr("Unknown command \"%1\". Run \"patagon-studio --help\" for the list.")
                 .arg(command)
          << '\n';
    return 2;
}

GuiOptions parseGuiOptions(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption profile(QStringLiteral("profile"), QString(), QStringLiteral("name"));
    const QCommandLineOption page(QStringLiteral("page"), QString(), QStringLiteral("name"));
    const QCommandLineOption lang(QStringLiteral("lang"), QString(), QStringLiteral("code"));
    const QCommandLineOption shot(QStringLiteral("screenshot"), QString(), QStringLiteral("file"));
    parser.addOptions({profile, page, lang, shot});
    parser.parse(arguments); // unknown options (Qt's own -platform, ...) are left alone
    return {parser.value(profile), parser.value(page), parser.value(lang), parser.value(shot)};
}

} // namespace Patagon::Cli
