// The argv lists of the Slurm commands the app runs.
#include "core/slurm/slurmcommands.h"

namespace Patagon::Slurm::SlurmCommands {

namespace {

QString joined(std::initializer_list<const char *> fields)
{
    QString out;
    for (const char *f : fields) {
        if (!out.isEmpty())
            out += QChar(kSeparator);
        out += QLatin1String(f);
    }
    return out;
}

} // namespace

QStringList submit(const QString &workDir, const QString &comment)
{
    QStringList argv {QStringLiteral("sbatch"), QStringLiteral("--parsable")};
    if (!workDir.isEmpty())
        argv << QStringLiteral("--chdir=") + workDir;
    if (!comment.isEmpty())
        argv << QStringLiteral("--comment=") + comment;
    return argv;
}

QStringList jobComments()
{
    return {QStringLiteral("squeue"), QStringLiteral("--me"), QStringLiteral("--noheader"),
            QStringLiteral("--states=all"),
            QStringLiteral("--format=%i") + QChar(kSeparator) + QStringLiteral("%k")};
}

QStringList queueJson()
{
    return {QStringLiteral("squeue"), QStringLiteral("--json"), QStringLiteral("--me")};
}

QStringList queueText()
{
    // Keep in step with SlurmOutput::parseQueueText.
    return {QStringLiteral("squeue"), QStringLiteral("--me"), QStringLiteral("--noheader"),
            QStringLiteral("--array"),
            QStringLiteral("--format=")
                + joined({"%i", "%A", "%F", "%K", "%j", "%T", "%r", "%P", "%u", "%M", "%l", "%D",
                          "%N", "%b", "%S", "%V", "%e", "%Z", "%a"})};
}

QStringList startEstimates()
{
    return {QStringLiteral("squeue"), QStringLiteral("--start"), QStringLiteral("--me"),
            QStringLiteral("--noheader"), QStringLiteral("--format=") + joined({"%i", "%S", "%r"})};
}

QStringList history(const QDateTime &since, const QStringList &ids, bool outputPaths)
{
    // Keep in step with SlurmOutput::parseHistory.
    QString format = QStringLiteral("--format=JobID,JobIDRaw,JobName,Partition,Account,State,"
                                    "ExitCode,Elapsed,MaxRSS,NodeList,Submit,Start,End,"
                                    "Timelimit,AllocTRES,ReqTRES,Reason,WorkDir,User,Cluster");
    if (outputPaths)
        format += QStringLiteral(",StdOut,StdErr");
    QStringList argv {QStringLiteral("sacct"), QStringLiteral("--parsable2"),
                      QStringLiteral("--noheader"),
                      QStringLiteral("--delimiter=") + QChar(kSeparator), format};
    if (!ids.isEmpty())
        argv << QStringLiteral("--jobs=") + ids.join(u',');
    else
        argv << QStringLiteral("--starttime=")
                + since.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    return argv;
}

QStringList cancel(const QStringList &ids)
{
    return QStringList {QStringLiteral("scancel")} + ids;
}

QStringList knownJobs(const QStringList &ids)
{
    return {QStringLiteral("squeue"), QStringLiteral("--noheader"), QStringLiteral("--states=all"),
            QStringLiteral("--format=%i"), QStringLiteral("--jobs=") + ids.join(u',')};
}

QStringList showJob(const QString &id)
{
    QStringList argv {QStringLiteral("scontrol"), QStringLiteral("show"), QStringLiteral("job"),
                      QStringLiteral("-o")};
    if (!id.isEmpty())
        argv << id;
    return argv;
}

QStringList batchScript(const QString &id)
{
    return {QStringLiteral("scontrol"), QStringLiteral("write"), QStringLiteral("batch_script"), id,
            QStringLiteral("-")};
}

} // namespace Patagon::Slurm::SlurmCommands
