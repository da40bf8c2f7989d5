// The batch scripts the app submitted, kept on this machine.
#include "core/jobs/scriptstore.h"

#include "core/slurm/batchscript.h"
#include "core/slurm/slurmoutput.h"
#include "core/tr.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

namespace Patagon::Jobs {

namespace {

// A profile name or job id as a safe file-name part.
QString safe(const QString &s)
{
    QString out;
    for (const QChar c : s)
        out += c.isLetterOrNumber() || c == u'-' || c == u'_' ? c : QChar(u'_');
    return out.isEmpty() ? QStringLiteral("_") : out;
}

Result writeAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Result::error(ErrorCode::Io,
                             Tr::tr("Could not write %1: %2")
                                 .arg(QDir::toNativeSeparators(path), file.errorString()));
    return Result::ok();
}

} // namespace

ScriptStore::ScriptStore(const QString &folder)
    : m_folder(folder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                       + QStringLiteral("/jobs")
                                : folder)
{}

QString ScriptStore::pathFor(const QString &profile, const QString &jobId, const char *suffix) const
{
    return m_folder + u'/' + safe(profile) + u'/' + safe(jobId) + QLatin1String(suffix);
}

Result ScriptStore::save(const QString &profile, const QString &jobId,
                         const StoredScript &script) const
{
    const QString dir = m_folder + u'/' + safe(profile);
    if (!QDir().mkpath(dir))
        return Result::error(
            ErrorCode::Io,
            Tr::tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(dir)));
    if (auto r = writeAtomically(pathFor(profile, jobId, ".sbatch"), script.script); !r)
        return r;
    return writeAtomically(pathFor(profile, jobId, ".workdir"), script.workDir.toUtf8());
}

Expected<StoredScript> ScriptStore::load(const QString &profile, const QString &jobId) const
{
    QFile file(pathFor(profile, jobId, ".sbatch"));
    if (!file.open(QIODevice::ReadOnly))
        return Result::error(
            ErrorCode::NotFound,
            Tr::tr("The script of job %1 was not kept on this computer.").arg(jobId));
    StoredScript stored;
    stored.script = file.readAll();
    QFile dir(pathFor(profile, jobId, ".workdir"));
    if (dir.open(QIODevice::ReadOnly))
        stored.workDir = QString::fromUtf8(dir.readAll());
    return stored;
}

void fillOutputPaths(Slurm::JobInfo &job, const StoredScript &script)
{
    if (!job.standardOutput.isEmpty())
        return;
    const Slurm::BatchScript parsed = Slurm::BatchScript::parse(script.script);
    const QString output = parsed.value(QStringLiteral("output")).value_or(QString());
    const QString error = parsed.value(QStringLiteral("error")).value_or(QString());
    if (job.workDir.isEmpty())
        job.workDir = parsed.value(QStringLiteral("chdir")).value_or(script.workDir);
    job.standardOutput = Slurm::SlurmOutput::resolveOutputPath(output, job);
    job.standardError
        = error.isEmpty() ? job.standardOutput : Slurm::SlurmOutput::resolveOutputPath(error, job);
}

} // namespace Patagon::Jobs
