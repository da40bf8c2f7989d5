// Parsers of what the Slurm commands print.
#include "core/slurm/slurmoutput.h"

#include "core/slurm/slurmcommands.h"
#include "core/slurm/valuecheck.h"
#include "core/tr.h"

#include <QRegularExpression>

namespace Patagon::Slurm::SlurmOutput {

namespace {

bool isNone(const QString &s)
{
    return s.isEmpty() || s == QLatin1String("N/A") || s == QLatin1String("Unknown")
        || s == QLatin1String("None") || s == QLatin1String("(null)");
}

QString clean(const QString &s)
{
    return isNone(s) ? QString() : s;
}

void setExitCode(JobInfo &job, const QString &text)
{
    // "3:0": the script's exit code, then the signal that ended it.
    if (isNone(text))
        return;
    bool ok = false;
    const int code = text.section(u':', 0, 0).toInt(&ok);
    if (ok)
        job.exitCode = code;
    job.exitSignal = text.section(u':', 1, 1).toInt();
}

QStringList fields(const QString &line)
{
    return line.split(QChar(SlurmCommands::kSeparator));
}

} // namespace

std::optional<qint64> toInteger(double value)
{
    if (!(value > -9.2e18 && value < 9.2e18))
        return std::nullopt;
    return qint64(value);
}

QString displayId(qint64 jobId, qint64 arrayJobId, const QString &task)
{
    if (arrayJobId > 0 && !task.isEmpty())
        return QStringLiteral("%1_%2").arg(arrayJobId).arg(task);
    return QString::number(jobId);
}

std::optional<Result> missingCommand(const QString &program, int exitStatus,
                                     const QByteArray &standardError, const QString &destination)
{
    if (exitStatus != 127 && exitStatus != 126)
        return std::nullopt;
    return Result::error(
        ErrorCode::NotFound,
        Tr::tr("No Slurm commands were found on %1: \"%2\" could not be run "
               "there (%3). Is this the cluster's login node? If Slurm comes "
               "from a module there, ask the administrators how to load it "
               "for every login.")
            .arg(destination, program, QString::fromUtf8(standardError).trimmed().left(300)));
}

std::optional<Submission> parseSubmission(const QByteArray &standardOutput)
{
    // The last non-empty line: a site's job_submit plugin may print notes before it.
    const QList<QByteArray> lines = standardOutput.trimmed().split('\n');
    const QString last = QString::fromUtf8(lines.isEmpty() ? QByteArray() : lines.last()).trimmed();
    static const QRegularExpression re(QStringLiteral("\\A(\\d+)(?:;(\\S+))?\\z"));
    const QRegularExpressionMatch m = re.match(last);
    if (!m.hasMatch())
        return std::nullopt;
    return Submission {m.captured(1), m.captured(2)};
}

QString explainSubmitError(const QString &standardError)
{
    struct Known
    {
        const char *needle;
        QString explanation;
    };
    const Known known[] = {
        {"Invalid partition name",
         Tr::tr("The partition does not exist on this cluster. Check the name (-p) against "
                "the partitions the Connection page lists.")},
        {"invalid partition specified",
         Tr::tr("The partition does not exist on this cluster. Check the name (-p) against "
                "the partitions the Connection page lists.")},
        {"Requested node configuration is not available",
         Tr::tr("No node of the partition has what the job asks for (CPUs, memory, GPUs or "
                "features). Ask for less, or choose another partition.")},
        {"Memory specification can not be satisfied",
         Tr::tr("No node has that much memory. Lower --mem or --mem-per-cpu.")},
        {"Requested time limit is invalid",
         Tr::tr("The time limit is longer than the partition or your QOS allows. Lower "
                "--time.")},
        {"Invalid generic resource",
         Tr::tr("The GPU or other generic resource request is not known here. Check --gres "
                "(for example gpu:A100:1) against the cluster's GPU types.")},
        {"Invalid account",
         Tr::tr("You cannot charge jobs to that account, or not in that partition. Check "
                "--account, or leave it out to use your default account.")},
        {"Invalid qos specification",
         Tr::tr("You may not use that QOS. Check --qos, or leave it out to use your default.")},
        {"Job violates accounting/QOS policy",
         Tr::tr("The job breaks a limit of your account or QOS (too many jobs, GPUs or "
                "minutes at once). Wait for other jobs to end, or ask for less.")},
        {"QOSMaxSubmitJobPerUserLimit",
         Tr::tr("You already have as many jobs queued as your QOS allows. Wait for some to end "
                "or cancel some.")},
        {"AssocMaxSubmitJobLimit",
         Tr::tr("You already have as many jobs queued as your account allows. Wait for some to "
                "end or cancel some.")},
        {"Job dependency problem",
         Tr::tr("The dependency names a job that does not exist or has already ended. Check "
                "--dependency.")},
        {"Invalid job array specification",
         Tr::tr("The array specification is not valid or is larger than the cluster allows. "
                "Check --array.")},
        {"Invalid feature specification",
         Tr::tr("No node has the requested feature. Check --constraint.")},
        {"No partition specified or system default partition",
         Tr::tr("The cluster has no default partition. Name one with -p.")},
        {"Unable to contact slurm controller",
         Tr::tr("The Slurm controller does not answer. The cluster may be under maintenance; "
                "try again later.")},
        {"Socket timed out",
         Tr::tr("The Slurm controller is busy and did not answer in time. Try again in a "
                "moment.")},
        {"Batch script contains DOS line breaks",
         Tr::tr("The script has Windows (CRLF) line breaks, which sbatch refuses. Save it with "
                "Unix line breaks.")},
        {"This does not look like a batch script",
         Tr::tr("The script does not start with a \"#!\" line (for example #!/bin/bash), "
                "which sbatch requires.")},
        {"unrecognized option",
         Tr::tr("sbatch does not know one of the options. Check the spelling of the #SBATCH "
                "lines.")},
    };
    for (const Known &k : known) {
        if (standardError.contains(QLatin1String(k.needle), Qt::CaseInsensitive))
            return k.explanation;
    }
    return {};
}

Expected<JobList> parseQueueText(const QByteArray &text)
{
    JobList jobs;
    const QStringList lines = QString::fromUtf8(text).split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        // %i %A %F %K %j %T %r %P %u %M %l %D %N %b %S %V %e %Z %a
        const QStringList f = fields(line);
        if (f.size() < 19)
            return Result::error(
                ErrorCode::Remote,
                Tr::tr("squeue printed a line that could not be read: %1").arg(line.left(200)));
        JobInfo job;
        job.id = f.at(0);
        job.jobId = f.at(1).toLongLong();
        const qint64 arrayJob = f.at(2).toLongLong();
        if (!isNone(f.at(3))) {
            job.arrayJobId = arrayJob;
            job.arrayTaskId = f.at(3);
            if (job.arrayTaskId.contains(u'-') || job.arrayTaskId.contains(u','))
                job.arrayTaskId = QLatin1Char('[') + job.arrayTaskId + QLatin1Char(']');
        }
        job.name = f.at(4);
        job.stateText = f.at(5);
        job.state = parseJobState(job.stateText);
        job.reason = f.at(6);
        job.partition = f.at(7);
        job.user = f.at(8);
        job.elapsedSeconds = parseDurationSeconds(f.at(9)).value_or(-1);
        const std::optional<qint64> limit = parseDurationSeconds(f.at(10));
        job.timeLimitMinutes = limit ? (*limit < 0 ? -1 : *limit / 60) : -2;
        job.nodes = isWaitingState(job.state) ? QString() : clean(f.at(12));
        job.gres = clean(f.at(13));
        job.gpus = gpusFromTres(job.gres) * qMax(1, f.at(11).toInt());
        job.startTime = parseTime(f.at(14));
        job.submitTime = parseTime(f.at(15));
        job.endTime = parseTime(f.at(16));
        job.workDir = clean(f.at(17));
        job.account = clean(f.at(18));
        jobs.append(job);
    }
    return jobs;
}

Expected<JobList> parseHistory(const QByteArray &text)
{
    // JobID JobIDRaw JobName Partition Account State ExitCode Elapsed MaxRSS NodeList Submit
    // Start End Timelimit AllocTRES ReqTRES Reason WorkDir User Cluster [StdOut StdErr]
    JobList jobs;
    QHash<QString, qsizetype> index;
    const QStringList lines = QString::fromUtf8(text).split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QStringList f = fields(line);
        if (f.size() < 20)
            return Result::error(
                ErrorCode::Remote,
                Tr::tr("sacct printed a line that could not be read: %1").arg(line.left(200)));
        const QString jobField = f.at(0);
        const qsizetype dot = jobField.indexOf(u'.');
        if (dot >= 0) {
            // A step ("523.batch", "523.0"): its memory peak counts for the job.
            const auto it = index.constFind(jobField.left(dot));
            if (it == index.constEnd())
                continue;
            JobInfo &job = jobs[*it];
            if (const std::optional<qint64> rss = parseMemoryBytes(f.at(8)))
                job.maxRssBytes = qMax(job.maxRssBytes, *rss);
            continue;
        }
        JobInfo job;
        job.id = jobField;
        job.jobId = f.at(1).section(u'_', 0, 0).toLongLong();
        const qsizetype underscore = jobField.indexOf(u'_');
        if (underscore > 0) {
            job.arrayJobId = jobField.left(underscore).toLongLong();
            job.arrayTaskId = jobField.mid(underscore + 1);
        }
        job.name = f.at(2);
        job.partition = f.at(3);
        job.account = f.at(4);
        job.stateText = f.at(5);
        job.state = parseJobState(job.stateText);
        setExitCode(job, f.at(6));
        job.elapsedSeconds = parseDurationSeconds(f.at(7)).value_or(-1);
        job.maxRssBytes = parseMemoryBytes(f.at(8)).value_or(-1);
        job.nodes = f.at(9) == QLatin1String("None assigned") ? QString() : clean(f.at(9));
        job.submitTime = parseTime(f.at(10));
        job.startTime = parseTime(f.at(11));
        job.endTime = parseTime(f.at(12));
        const std::optional<qint64> limit = parseDurationSeconds(f.at(13));
        job.timeLimitMinutes = limit ? (*limit < 0 ? -1 : *limit / 60) : -2;
        job.gpus = gpusFromTres(f.at(14));
        if (job.gpus == 0)
            job.gpus = gpusFromTres(f.at(15));
        job.reason = f.at(16);
        job.workDir = f.at(17);
        job.user = f.at(18);
        job.cluster = f.at(19);
        if (f.size() >= 22 && !f.at(20).isEmpty()) {
            // sacct keeps the patterns as given; no StdErr: errors go to the output file.
            job.standardOutput = resolveOutputPath(f.at(20), job);
            job.standardError
                = f.at(21).isEmpty() ? job.standardOutput : resolveOutputPath(f.at(21), job);
        }
        index.insert(job.id, jobs.size());
        jobs.append(job);
    }
    return jobs;
}

JobList ownQueuedJobs(const JobList &jobs, const QString &user)
{
    JobList out;
    for (const JobInfo &job : jobs) {
        if (!user.isEmpty() && !job.user.isEmpty() && job.user != user)
            continue;
        if (isFinalState(job.state))
            continue;
        out.append(job);
    }
    return out;
}

QString firstNode(const QString &nodeList)
{
    // "gpu[01-02,05],cpu3": the prefix, then the first number of the bracket.
    const QString list = clean(nodeList.trimmed());
    const qsizetype comma = list.indexOf(u',');
    const qsizetype bracket = list.indexOf(u'[');
    if (bracket < 0 || (comma >= 0 && comma < bracket))
        return list.section(u',', 0, 0);
    const qsizetype end = list.indexOf(u']', bracket);
    const QString range = list.mid(bracket + 1, end < 0 ? -1 : end - bracket - 1);
    return list.left(bracket) + range.section(u',', 0, 0).section(u'-', 0, 0);
}

QString resolveOutputPath(const QString &pattern, const JobInfo &job)
{
    QString p = pattern;
    if (p.isEmpty())
        p = job.isArrayTask() ? QStringLiteral("slurm-%A_%a.out") : QStringLiteral("slurm-%j.out");
    Slurm::ValueCheck::PatternContext context;
    context.jobId = QString::number(job.jobId);
    context.jobName = job.name;
    context.user = job.user;
    context.node = firstNode(job.nodes);
    if (job.isArrayTask() && !job.arrayTaskId.startsWith(u'[')) {
        context.arrayJobId = QString::number(job.arrayJobId);
        context.arrayTaskId = job.arrayTaskId;
    }
    QString resolved = Slurm::ValueCheck::resolveFilePattern(p, context);
    if (!resolved.startsWith(u'/') && !job.workDir.isEmpty())
        resolved = job.workDir + u'/' + resolved;
    return resolved;
}

QHash<QString, QString> parseShowJobFields(const QString &line)
{
    // "Key=value Key=value ...": values may hold spaces (JobName=a b), so a field ends only
    // where the next " Key=" begins. Keys are words with "/", ":" and "_" (AllocNode:Sid,
    // CPUs/Task).
    static const QRegularExpression key(QStringLiteral("(?:^| )([A-Za-z][A-Za-z0-9/:_]*)="));
    QHash<QString, QString> out;
    QRegularExpressionMatchIterator it = key.globalMatch(line);
    QString currentKey;
    qsizetype valueStart = -1;
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        // Only JobName and Comment run free; elsewhere a "Key=" inside a value is rare.
        if (!currentKey.isEmpty()) {
            out.insert(currentKey, line.mid(valueStart, m.capturedStart(0) - valueStart));
        }
        currentKey = m.captured(1);
        valueStart = m.capturedEnd(0);
    }
    if (!currentKey.isEmpty())
        out.insert(currentKey, line.mid(valueStart).trimmed());
    return out;
}

JobList parseShowJob(const QByteArray &text)
{
    JobList jobs;
    const QStringList lines = QString::fromUtf8(text).split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        if (!line.startsWith(QLatin1String("JobId=")))
            continue;
        const QHash<QString, QString> f = parseShowJobFields(line);
        JobInfo job;
        job.jobId = f.value(QStringLiteral("JobId")).toLongLong();
        job.arrayJobId = f.value(QStringLiteral("ArrayJobId")).toLongLong();
        job.arrayTaskId = f.value(QStringLiteral("ArrayTaskId"));
        if (job.arrayTaskId.contains(u'-') || job.arrayTaskId.contains(u','))
            job.arrayTaskId = QLatin1Char('[') + job.arrayTaskId + QLatin1Char(']');
        job.id = displayId(job.jobId, job.arrayJobId, job.arrayTaskId);
        job.name = f.value(QStringLiteral("JobName"));
        job.user = f.value(QStringLiteral("UserId")).section(u'(', 0, 0);
        job.partition = f.value(QStringLiteral("Partition"));
        job.account = clean(f.value(QStringLiteral("Account")));
        job.stateText = f.value(QStringLiteral("JobState"));
        job.state = parseJobState(job.stateText);
        job.reason = f.value(QStringLiteral("Reason"));
        job.restarts = f.value(QStringLiteral("Restarts")).toInt();
        setExitCode(job, f.value(QStringLiteral("ExitCode")));
        job.elapsedSeconds = parseDurationSeconds(f.value(QStringLiteral("RunTime"))).value_or(-1);
        const std::optional<qint64> limit
            = parseDurationSeconds(f.value(QStringLiteral("TimeLimit")));
        job.timeLimitMinutes = limit ? (*limit < 0 ? -1 : *limit / 60) : -2;
        job.submitTime = parseTime(f.value(QStringLiteral("SubmitTime")));
        job.startTime = parseTime(f.value(QStringLiteral("StartTime")));
        job.endTime = parseTime(f.value(QStringLiteral("EndTime")));
        job.nodes = clean(f.value(QStringLiteral("NodeList")));
        job.gres = clean(f.value(QStringLiteral("TresPerNode")));
        // Slurm 22.05 prints the allocated (or requested) TRES as TRES=.
        job.gpus = qMax(gpusFromTres(clean(f.value(QStringLiteral("AllocTRES")))),
                        qMax(gpusFromTres(f.value(QStringLiteral("ReqTRES"))),
                             gpusFromTres(clean(f.value(QStringLiteral("TRES"))))));
        job.standardOutput = clean(f.value(QStringLiteral("StdOut")));
        // Without -e, Slurm 26.05 prints "StdErr=" where older ones repeat the output file,
        // where the errors go.
        job.standardError = clean(f.value(QStringLiteral("StdErr")));
        if (job.standardError.isEmpty())
            job.standardError = job.standardOutput;
        job.workDir = clean(f.value(QStringLiteral("WorkDir")));
        jobs.append(job);
    }
    return jobs;
}

QHash<QString, QDateTime> parseStartEstimates(const QByteArray &text)
{
    QHash<QString, QDateTime> out;
    const QStringList lines = QString::fromUtf8(text).split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QStringList f = fields(line);
        if (f.size() >= 2)
            out.insert(f.at(0).trimmed(), parseTime(f.at(1).trimmed()));
    }
    return out;
}

std::optional<qint64> parseDurationSeconds(const QString &input)
{
    const QString text = input.trimmed();
    if (text.compare(QLatin1String("UNLIMITED"), Qt::CaseInsensitive) == 0
        || text.compare(QLatin1String("INFINITE"), Qt::CaseInsensitive) == 0)
        return -1;
    // Nine digits a field at most: the products stay inside qint64 (fuzz_slurmtext found an
    // overflow); Slurm's own times are 32-bit.
    static const QRegularExpression re(QStringLiteral(
        "\\A(?:(\\d{1,9})-)?(?:(?:(\\d{1,9}):)?(\\d{1,9}):)?(\\d{1,9})(?:\\.\\d+)?\\z"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const qint64 days = m.captured(1).toLongLong();
    qint64 hours = m.captured(2).toLongLong();
    qint64 minutes = m.captured(3).toLongLong();
    qint64 seconds = m.captured(4).toLongLong();
    if (!m.captured(1).isEmpty() && m.captured(3).isEmpty()) {
        // "2-5": days-hours
        hours = seconds;
        seconds = 0;
    }
    return ((days * 24 + hours) * 60 + minutes) * 60 + seconds;
}

std::optional<qint64> parseMemoryBytes(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    static const QRegularExpression re(QStringLiteral("\\A(\\d+(?:\\.\\d+)?)([KMGTP]?)[nc]?\\z"),
                                       QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    double value = m.captured(1).toDouble();
    const QString unit = m.captured(2).toUpper();
    const QString units = QStringLiteral("KMGTP");
    if (!unit.isEmpty()) {
        for (qsizetype i = 0; i <= units.indexOf(unit); ++i)
            value *= 1024.0;
    }
    return toInteger(value);
}

QDateTime parseTime(const QString &text)
{
    const QString t = text.trimmed();
    if (isNone(t))
        return {};
    return QDateTime::fromString(t, Qt::ISODate);
}

int gpusFromTres(const QString &tres)
{
    // "billing=1,cpu=1,gres/gpu=2,gres/gpu:a100=2": the untyped count when there is one.
    // "gres/gpu:A100:1" or "gres:gpu:2" (per node, as requested).
    int untyped = -1;
    int typed = 0;
    for (const QString &raw : tres.split(u',', Qt::SkipEmptyParts)) {
        QString item = raw.trimmed();
        if (item.startsWith(QLatin1String("gres:")))
            item.replace(0, 5, QStringLiteral("gres/"));
        if (!item.startsWith(QLatin1String("gres/gpu")) && !item.startsWith(QLatin1String("gpu")))
            continue;
        const qsizetype eq = item.indexOf(u'=');
        if (eq >= 0) {
            const int n = item.mid(eq + 1).toInt();
            if (item.left(eq) == QLatin1String("gres/gpu"))
                untyped = n;
            else
                typed += n;
            continue;
        }
        const QStringList parts = item.split(u':');
        bool ok = false;
        const int n = parts.size() > 1 ? parts.last().section(u'(', 0, 0).toInt(&ok) : 1;
        typed += ok ? n : 1;
    }
    return untyped >= 0 ? untyped : typed;
}

} // namespace Patagon::Slurm::SlurmOutput
