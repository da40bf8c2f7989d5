// squeue --json, every data_parser version from Slurm 22.05 to 26.05 (part of SlurmOutput).
// What differs, read by its form rather than by the version number:
// - numbers: plain (v0.0.38; v0.0.39's times) or {"set","infinite","number"} (v0.0.39's ids,
//   limits and exit code; everything from v0.0.40);
// - job_state: a string (to v0.0.39) or a list of the state and its flags (v0.0.40+);
// - exit_code: the raw wait status, plain (v0.0.38) or as a set/number object (v0.0.39); from
//   v0.0.40 an object with return_code and signal ({"id":..}), where a job ended by a signal
//   has no return code;
// - output paths: the pattern as given (v0.0.38, v0.0.45) or resolved (v0.0.39 to v0.0.44);
//   v0.0.45 (26.05) adds the resolved stdout_expanded and stderr_expanded.
#include "core/slurm/slurmoutput.h"

#include "core/tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Patagon::Slurm::SlurmOutput {

namespace {

// nullopt: not set (or out of range); -1: infinite.
std::optional<qint64> number(const QJsonValue &v)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("infinite")).toBool())
            return -1;
        if (!o.value(QLatin1String("set")).toBool())
            return std::nullopt;
        return toInteger(o.value(QLatin1String("number")).toDouble());
    }
    if (v.isDouble())
        return toInteger(v.toDouble());
    return std::nullopt;
}

QDateTime epoch(const QJsonValue &v)
{
    const std::optional<qint64> n = number(v);
    return n && *n > 0 ? QDateTime::fromSecsSinceEpoch(*n) : QDateTime();
}

QString stateOf(const QJsonValue &v)
{
    if (v.isArray()) {
        QStringList parts;
        for (const QJsonValue &p : v.toArray())
            parts << p.toString();
        return parts.join(u',');
    }
    return v.toString();
}

void setExitCode(JobInfo &job, const QJsonValue &exit)
{
    const QJsonObject verbose = exit.toObject();
    if (verbose.contains(QLatin1String("return_code"))) {
        const QJsonObject signal = verbose.value(QLatin1String("signal")).toObject();
        job.exitSignal = int(number(signal.value(QLatin1String("id"))).value_or(0));
        // A job ended by a signal has no return code; sacct and scontrol say 0 ("0:9").
        job.exitCode = int(number(verbose.value(QLatin1String("return_code")))
                               .value_or(job.exitSignal > 0 ? 0 : -1));
    } else if (const std::optional<qint64> status = number(exit)) {
        // The raw wait status: 768 for `exit 3`, 15 for a job ended by SIGTERM.
        job.exitCode = (*status & 0x7f) == 0 ? int((*status >> 8) & 0xff) : 0;
        job.exitSignal = int(*status & 0x7f);
    }
}

// A pattern ("compat-%j.out", relative to the working folder) made the real path.
QString resolved(const QString &path, const JobInfo &job)
{
    return path.contains(u'%') || (!path.isEmpty() && !path.startsWith(u'/'))
        ? resolveOutputPath(path, job)
        : path;
}

void setOutputPaths(JobInfo &job, const QJsonObject &o)
{
    const QString out = o.value(QLatin1String("stdout_expanded")).toString();
    const QString err = o.value(QLatin1String("stderr_expanded")).toString();
    const QString outPattern = o.value(QLatin1String("standard_output")).toString();
    const QString errPattern = o.value(QLatin1String("standard_error")).toString();
    const bool batch = o.value(QLatin1String("batch_flag")).toBool();
    // Slurm's default (slurm-%j.out) where a batch job names none (v0.0.38 writes nothing).
    job.standardOutput = !out.isEmpty() ? out
        : batch && outPattern.isEmpty() ? resolveOutputPath(QString(), job)
                                        : resolved(outPattern, job);
    // No -e: errors go to the output file.
    job.standardError = !err.isEmpty() ? err
        : errPattern.isEmpty()         ? (batch ? job.standardOutput : QString())
                                       : resolved(errPattern, job);
}

} // namespace

Expected<JobList> parseQueueJson(const QByteArray &json, const QDateTime &now)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Result::error(ErrorCode::Remote,
                             Tr::tr("squeue's JSON output could not be read: %1 at byte %2.")
                                 .arg(error.errorString())
                                 .arg(error.offset));
    const QJsonObject root = doc.object();
    const QJsonArray errors = root.value(QLatin1String("errors")).toArray();
    if (!errors.isEmpty()) {
        const QJsonObject e = errors.first().toObject();
        return Result::error(ErrorCode::Remote,
                             Tr::tr("squeue reported an error: %1")
                                 .arg(e.value(QLatin1String("description")).toString()));
    }
    JobList jobs;
    for (const QJsonValue &value : root.value(QLatin1String("jobs")).toArray()) {
        const QJsonObject o = value.toObject();
        JobInfo job;
        job.jobId = number(o.value(QLatin1String("job_id"))).value_or(0);
        job.arrayJobId = number(o.value(QLatin1String("array_job_id"))).value_or(0);
        if (const std::optional<qint64> task = number(o.value(QLatin1String("array_task_id"))))
            job.arrayTaskId = QString::number(*task);
        else if (job.arrayJobId > 0)
            job.arrayTaskId = QLatin1Char('[')
                + o.value(QLatin1String("array_task_string")).toString() + QLatin1Char(']');
        job.id = displayId(job.jobId, job.arrayJobId, job.arrayTaskId);
        job.name = o.value(QLatin1String("name")).toString();
        job.user = o.value(QLatin1String("user_name")).toString();
        job.partition = o.value(QLatin1String("partition")).toString();
        job.account = o.value(QLatin1String("account")).toString();
        job.cluster = o.value(QLatin1String("cluster")).toString();
        job.stateText = stateOf(o.value(QLatin1String("job_state")));
        job.state = parseJobState(job.stateText);
        // Flags such as REQUEUED ride along in the state list of v0.0.40+.
        if (job.stateText.contains(QLatin1String("REQUEUED")) && job.state == JobState::Pending)
            job.state = JobState::Requeued;
        job.reason = o.value(QLatin1String("state_reason")).toString();
        job.submitTime = epoch(o.value(QLatin1String("submit_time")));
        job.startTime = epoch(o.value(QLatin1String("start_time")));
        job.endTime = epoch(o.value(QLatin1String("end_time")));
        job.timeLimitMinutes = number(o.value(QLatin1String("time_limit"))).value_or(-2);
        if (isActiveState(job.state) && job.startTime.isValid())
            job.elapsedSeconds = qMax<qint64>(0, job.startTime.secsTo(now));
        else if (isWaitingState(job.state))
            job.elapsedSeconds = 0;
        else if (isFinalState(job.state) && job.startTime.isValid() && job.endTime.isValid())
            job.elapsedSeconds = qMax<qint64>(0, job.startTime.secsTo(job.endTime));
        job.nodes = o.value(QLatin1String("nodes")).toString();
        QString tres = o.value(QLatin1String("tres_per_node")).toString();
        if (tres.isEmpty())
            tres = o.value(QLatin1String("tres_per_job")).toString();
        job.gres = tres;
        job.gpus = qMax(gpusFromTres(o.value(QLatin1String("tres_alloc_str")).toString()),
                        gpusFromTres(o.value(QLatin1String("tres_req_str")).toString()));
        if (job.gpus == 0)
            job.gpus = gpusFromTres(tres);
        setExitCode(job, o.value(QLatin1String("exit_code")));
        job.workDir = o.value(QLatin1String("current_working_directory")).toString();
        setOutputPaths(job, o);
        job.restarts = int(number(o.value(QLatin1String("restart_cnt"))).value_or(0));
        jobs.append(job);
    }
    return jobs;
}

} // namespace Patagon::Slurm::SlurmOutput
