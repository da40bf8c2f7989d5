// The job subcommands, on the same core as the Jobs and Logs pages.
#include "app/cli/jobcommands.h"

#include "app/cli/clisession.h"
#include "app/cli/terminal.h"
#include "app/jobs/jobtablemodel.h"
#include "core/jobs/jobmonitor.h"
#include "core/jobs/jobsubmitter.h"
#include "core/jobs/logfollower.h"
#include "core/slurm/pendingreason.h"
#include "core/slurm/scriptfile.h"
#include "core/slurm/slurmclient.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTextStream>

namespace Patagon::Cli {

namespace {

using namespace Patagon::Jobs;
using namespace Patagon::Slurm;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Patagon::Cli)
};

struct Options
{
    QString profile;
    QStringList positional;
    QStringList flags;
    bool ok = true;
};

// "--profile NAME" anywhere, flags from `known`, the rest positional.
Options parse(const QStringList &arguments, const QStringList &known)
{
    Options o;
    QStringList rest = arguments;
    QString problem;
    o.profile = CliSession::profileFor(&rest, &problem);
    o.ok = problem.isEmpty();
    for (const QString &a : std::as_const(rest)) {
        if (known.contains(a)) {
            o.flags << a;
        } else if (a.startsWith(u'-') && a.size() > 1) {
            o.ok = false;
        } else {
            o.positional << a;
        }
    }
    return o;
}

QJsonValue timeValue(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonObject toJson(const JobInfo &j)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), j.id);
    o.insert(QStringLiteral("job_id"), j.jobId);
    o.insert(QStringLiteral("array_job_id"),
             j.arrayJobId > 0 ? QJsonValue(j.arrayJobId) : QJsonValue());
    o.insert(QStringLiteral("array_task_id"), textOrNull(j.arrayTaskId));
    o.insert(QStringLiteral("name"), j.name);
    o.insert(QStringLiteral("user"), j.user);
    o.insert(QStringLiteral("state"), jobStateName(j.state));
    o.insert(QStringLiteral("state_raw"), j.stateText);
    o.insert(QStringLiteral("partition"), j.partition);
    o.insert(QStringLiteral("reason"), j.reason);
    o.insert(QStringLiteral("reason_text"), textOrNull(PendingReason::explain(j.reason)));
    o.insert(QStringLiteral("stdout"), textOrNull(j.standardOutput));
    o.insert(QStringLiteral("stderr"), textOrNull(j.standardError));
    o.insert(QStringLiteral("work_dir"), textOrNull(j.workDir));
    o.insert(QStringLiteral("nodes"), textOrNull(j.nodes));
    o.insert(QStringLiteral("gpus"), j.gpus);
    o.insert(QStringLiteral("elapsed_seconds"),
             j.elapsedSeconds >= 0 ? QJsonValue(j.elapsedSeconds) : QJsonValue());
    o.insert(QStringLiteral("time_limit_minutes"),
             j.timeLimitMinutes >= -1 ? QJsonValue(j.timeLimitMinutes) : QJsonValue());
    o.insert(QStringLiteral("exit_code"),
             j.isFinished() && j.exitCode >= 0 ? QJsonValue(j.exitCode) : QJsonValue());
    o.insert(QStringLiteral("max_rss_bytes"),
             j.maxRssBytes >= 0 ? QJsonValue(j.maxRssBytes) : QJsonValue());
    o.insert(QStringLiteral("submit_time"), timeValue(j.submitTime));
    o.insert(QStringLiteral("start_time"), timeValue(j.startTime));
    o.insert(QStringLiteral("end_time"), timeValue(j.endTime));
    o.insert(QStringLiteral("estimated_start"), timeValue(j.estimatedStart));
    return o;
}

QString duration(qint64 seconds)
{
    if (seconds < 0)
        return QStringLiteral("-");
    const qint64 days = seconds / 86400;
    const QString hms = QStringLiteral("%1:%2:%3")
                            .arg((seconds / 3600) % 24, 2, 10, QLatin1Char('0'))
                            .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
                            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return days > 0 ? QStringLiteral("%1-%2").arg(days).arg(hms) : hms;
}

} // namespace

int runSubmitCommand(const QStringList &arguments)
{
    const Options o = parse(arguments, {});
    if (!o.ok || o.positional.size() != 1)
        return usageError(QStringLiteral("patagon-studio submit FILE [--profile NAME]"));
    const Expected<QByteArray> script = Slurm::readScriptFile(o.positional.first());
    if (!script)
        return fail(script.errorMessage());
    CliSession session(err());
    if (const Result r = session.open(o.profile); !r)
        return fail(r.message());
    SlurmClient client(session.host());
    // Kept for "resubmit" in the Jobs page, as the GUI keeps what it submits.
    const JobSubmitter submitter(&client);
    const Expected<Submission> submitted = await<Expected<Submission>>(
        [&](auto done) { submitter.submit(*script, QString(), nullptr, done); });
    if (!submitted)
        return fail(submitted.errorMessage());
    if (!submitted->standardError.isEmpty())
        err() << submitted->standardError << '\n';
    if (submitted->recovered)
        err() << Text::tr("The connection dropped during the submission; job %1 was found "
                          "on the cluster and was not submitted twice.")
                     .arg(submitted->jobId)
              << '\n';
    if (!submitted->kept)
        err() << Text::tr("Warning: %1").arg(submitted->kept.message()) << '\n';
    err().flush();
    out() << submitted->jobId << '\n';
    out().flush();
    return 0;
}

int runJobsCommand(const QStringList &arguments)
{
    const Options o = parse(arguments, {QStringLiteral("--json"), QStringLiteral("--all")});
    if (!o.ok || !o.positional.isEmpty())
        return usageError(QStringLiteral("patagon-studio jobs [--json] [--all] [--profile NAME]"));
    CliSession session(err());
    if (const Result r = session.open(o.profile); !r)
        return fail(r.message());
    SlurmClient client(session.host());
    const Expected<JobList> queue
        = await<Expected<JobList>>([&](auto done) { client.queue(nullptr, done); });
    if (!queue)
        return fail(queue.errorMessage());
    JobList jobs = *queue;
    if (client.queueFormat() == SlurmClient::QueueFormat::Text) {
        // The text format has no output paths: scontrol has them.
        const Expected<JobList> shown = await<Expected<JobList>>(
            [&](auto done) { client.showJob(QString(), nullptr, done); });
        if (shown) {
            QHash<QString, const JobInfo *> byId; // linear for a queue of thousands
            for (const JobInfo &s : *shown)
                byId.insert(s.id, &s);
            for (JobInfo &j : jobs) {
                if (const JobInfo *s = byId.value(j.id)) {
                    j.standardOutput = s->standardOutput;
                    j.standardError = s->standardError;
                }
            }
        }
    }
    // Jobs of the last day that already left the queue.
    const Expected<JobList> past = await<Expected<JobList>>([&](auto done) {
        client.history(QDateTime::currentDateTime().addDays(-1), {}, nullptr, done);
    });
    if (past) {
        // By id, not by a scan of the queue per past job: a 2,000-task array meets thousands
        // of past jobs.
        QSet<QString> liveIds;
        for (const JobInfo &j : std::as_const(jobs))
            liveIds.insert(j.id);
        for (const JobInfo &p : *past) {
            if (p.isFinished() && !liveIds.contains(p.id))
                jobs.append(p);
        }
    }
    // A sacct before Slurm 23.02 has no output paths: the kept script says where it wrote.
    const JobSubmitter submitter(&client);
    for (JobInfo &j : jobs)
        j = submitter.withKeptOutputPaths(j);
    // The app's own helper jobs (listing containers, pip, apt...) only with --all, as on the
    // Jobs page.
    int hidden = 0;
    if (!o.flags.contains(QLatin1String("--all"))) {
        hidden = JobTableModel::helperJobCount(jobs);
        jobs.removeIf(&JobTableModel::isHelperJob);
    }
    if (o.flags.contains(QLatin1String("--json"))) {
        QJsonArray array;
        for (const JobInfo &j : std::as_const(jobs))
            array.append(toJson(j));
        out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        out().flush();
        return 0;
    }
    out() << Text::tr("ID\tNAME\tSTATE\tPARTITION\tELAPSED\tNODES/REASON") << '\n';
    for (const JobInfo &j : std::as_const(jobs)) {
        const QString where = isWaitingState(j.state) ? PendingReason::describe(j.reason) : j.nodes;
        out() << j.id << '\t' << j.name << '\t' << jobStateName(j.state) << '\t' << j.partition
              << '\t' << duration(j.elapsedSeconds) << '\t' << where << '\n';
    }
    out().flush();
    if (hidden > 0) {
        err() << Text::tr("%n helper job(s) of the app not shown; --all shows them.", nullptr,
                          hidden)
              << '\n';
        err().flush();
    }
    return 0;
}

int runCancelCommand(const QStringList &arguments)
{
    const Options o = parse(arguments, {});
    if (!o.ok || o.positional.isEmpty())
        return usageError(QStringLiteral("patagon-studio cancel ID... [--profile NAME]"));
    CliSession session(err());
    if (const Result r = session.open(o.profile); !r)
        return fail(r.message());
    SlurmClient client(session.host());
    const Expected<bool> cancelled = await<Expected<bool>>([&](auto done) {
        client.cancel(o.positional, nullptr, [done](const Result &r) {
            done(r ? Expected<bool>(true) : Expected<bool>(r));
        });
    });
    if (!cancelled)
        return fail(cancelled.errorMessage());
    for (const QString &id : o.positional)
        out() << Text::tr("Cancelled job %1.").arg(id) << '\n';
    out().flush();
    return 0;
}

int runLogsCommand(const QStringList &arguments)
{
    const Options o = parse(arguments, {QStringLiteral("-f"), QStringLiteral("--follow")});
    if (!o.ok || o.positional.size() != 1)
        return usageError(QStringLiteral("patagon-studio logs ID [-f] [--profile NAME]"));
    const bool follow = !o.flags.isEmpty();
    const QString id = o.positional.first();
    CliSession session(err());
    if (const Result r = session.open(o.profile); !r)
        return fail(r.message());
    SlurmClient client(session.host());

    // What Slurm knows of the job: the controller first, accounting once it has forgotten it,
    // and the kept script for its output paths where accounting has none (as the Logs page).
    const JobSubmitter submitter(&client);
    const Expected<JobInfo> found
        = await<Expected<JobInfo>>([&](auto done) { submitter.findJob(id, nullptr, done); });
    if (!found)
        return fail(found.errorMessage());
    const JobInfo job = *found;

    LogFollower follower(session.host());
    follower.setTailBytes(0);
    follower.setChunkBytes(4 * 1024 * 1024);
    QEventLoop loop;
    QObject::connect(&follower, &LogFollower::linesAppended, &loop,
                     [](LogFollower::Stream s, const QStringList &lines) {
                         QTextStream &stream = s == LogFollower::Output ? out() : err();
                         for (const QString &l : lines)
                             stream << l << '\n';
                         stream.flush();
                     });
    bool announcedWait = false;
    QObject::connect(&follower, &LogFollower::waitingForFile, &loop,
                     [&](LogFollower::Stream, const QString &path) {
                         if (follow && !announcedWait) {
                             announcedWait = true;
                             err() << Text::tr("Waiting for %1 to appear…").arg(path) << '\n';
                             err().flush();
                         }
                     });
    // A read that fails is said once (the follower backs off and, after the job ended, gives
    // up); the command then exits with an error.
    QString readError;
    QObject::connect(&follower, &LogFollower::readFailed, &loop, [&](const Result &r) {
        if (r.message() != readError) {
            readError = r.message();
            err() << Text::tr("Error: %1").arg(readError) << '\n';
            err().flush();
        }
    });
    QObject::connect(&follower, &LogFollower::linesAppended, &loop, [&] { readError.clear(); });
    QObject::connect(&follower, &LogFollower::finished, &loop, &QEventLoop::quit);

    JobMonitor monitor(&client);
    if (!follow || job.isFinished()) {
        follower.followJob(&client, job);
        follower.setJobFinished();
    } else {
        monitor.setIntervals(1000, 5000);
        QObject::connect(&monitor, &JobMonitor::jobFinished, &loop, [&](const JobInfo &j) {
            if (j.id == job.id)
                follower.setJobFinished();
        });
        monitor.watch(job.id);
        monitor.start();
        follower.followJob(&client, job);
    }
    loop.exec();
    if (follow && !job.isFinished()) {
        const JobInfo end = monitor.job(job.id);
        err() << Text::tr("Job %1 ended: %2.").arg(job.id, jobStateLabel(end.state)) << '\n';
        err().flush();
    }
    // Nothing printed because there was nothing to read: said, not an empty success.
    if (readError.isEmpty() && !follower.hasFoundFile(LogFollower::Output)
        && (follower.isMerged() || !follower.hasFoundFile(LogFollower::Error)))
        return fail(Text::tr("Job %1 left no output to show: %2 does not exist.")
                        .arg(job.id, follower.path(LogFollower::Output)));
    return readError.isEmpty() ? 0 : 1;
}

} // namespace Patagon::Cli
