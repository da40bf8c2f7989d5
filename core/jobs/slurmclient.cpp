// The Slurm commands over the one shared Connection.
#include "core/jobs/slurmclient.h"

#include "core/jobs/slurmcommands.h"
#include "core/ssh/connection.h"
#include "core/ssh/sshsession.h"
#include "core/tr.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSlurm, "patagon.core.jobs.slurm", QtInfoMsg)

namespace Patagon::Jobs {

Result commandFailure(const QString &program, const CommandOutput &output)
{
    const QString err = QString::fromUtf8(output.standardError).trimmed();
    if (output.exitStatus < 0)
        return Result::error(
            ErrorCode::Remote,
            Tr::tr("%1 was stopped before it finished. %2").arg(program, err).trimmed());
    if (err.isEmpty())
        return Result::error(
            ErrorCode::Remote,
            Tr::tr("%1 failed with exit status %2.").arg(program).arg(output.exitStatus));
    return Result::error(
        ErrorCode::Remote,
        Tr::tr("%1 failed (exit status %2): %3").arg(program).arg(output.exitStatus).arg(err));
}

SlurmClient::SlurmClient(Connection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
    qRegisterMetaType<Patagon::Jobs::JobInfo>();
}

void SlurmClient::runCommand(const QStringList &argv, const QByteArray &input, QObject *context,
                             std::function<void(const Expected<CommandOutput> &)> done)
{
    if (!m_connection) {
        done(Result::error(ErrorCode::Network, Tr::tr("There is no connection to the cluster.")));
        return;
    }
    qCDebug(lcSlurm) << "run" << argv;
    RemoteProcess *process = m_connection->run(argv, input, context ? context : this);
    auto output = std::make_shared<CommandOutput>();
    connect(process, &RemoteProcess::standardOutput, process,
            [output](const QByteArray &b) { output->standardOutput += b; });
    connect(process, &RemoteProcess::standardError, process,
            [output](const QByteArray &b) { output->standardError += b; });
    connect(process, &RemoteProcess::finished, process,
            [process, output, done = std::move(done)](const ProcessResult &result) {
                process->deleteLater();
                if (!result.result) {
                    done(result.result);
                    return;
                }
                output->exitStatus = result.exitSignal.isEmpty() ? result.exitStatus : -1;
                done(*output);
            });
}

void SlurmClient::submit(const QByteArray &script, const QString &workDir, QObject *context,
                         Callback<SubmitResult> done)
{
    runCommand(
        SlurmCommands::submit(workDir), script, context,
        [done](const Expected<CommandOutput> &out) {
            if (!out)
                return done(out.result());
            const QString err = QString::fromUtf8(out->standardError).trimmed();
            const std::optional<SlurmOutput::Submission> s = out->succeeded()
                ? SlurmOutput::parseSubmission(out->standardOutput)
                : std::nullopt;
            if (!s) {
                const QString why = SlurmOutput::explainSubmitError(err);
                QString message = err.isEmpty()
                    ? Tr::tr("sbatch did not accept the job (exit status %1).").arg(out->exitStatus)
                    : Tr::tr("sbatch did not accept the job:\n%1").arg(err);
                if (!why.isEmpty())
                    message = Tr::tr("%1\n\n%2").arg(message, why);
                return done(Result::error(ErrorCode::Remote, message));
            }
            done(SubmitResult {s->jobId, s->cluster, err});
        });
}

void SlurmClient::queue(QObject *context, Callback<JobList> done)
{
    if (m_format == QueueFormat::Text)
        return queueText(context, std::move(done));
    QPointer<QObject> guard(context ? context : this);
    runCommand(SlurmCommands::queueJson(), {}, context,
               [this, guard, context, done](const Expected<CommandOutput> &out) {
                   if (!out)
                       return done(out.result());
                   if (out->succeeded()) {
                       Expected<JobList> jobs = SlurmOutput::parseQueueJson(
                           out->standardOutput, QDateTime::currentDateTime());
                       if (jobs) {
                           m_format = QueueFormat::Json;
                           return done(jobs);
                       }
                       if (m_format == QueueFormat::Json)
                           return done(jobs);
                   } else if (m_format == QueueFormat::Json) {
                       return done(commandFailure(QStringLiteral("squeue"), *out));
                   }
                   // An squeue without --json (before 21.08, or without the JSON plugin).
                   qCDebug(lcSlurm) << "squeue --json unavailable, using the text format";
                   m_format = QueueFormat::Text;
                   if (guard)
                       queueText(context, done);
               });
}

void SlurmClient::queueText(QObject *context, Callback<JobList> done)
{
    runCommand(SlurmCommands::queueText(), {}, context, [done](const Expected<CommandOutput> &out) {
        if (!out)
            return done(out.result());
        if (!out->succeeded())
            return done(commandFailure(QStringLiteral("squeue"), *out));
        done(SlurmOutput::parseQueueText(out->standardOutput));
    });
}

void SlurmClient::history(const QDateTime &since, const QStringList &ids, QObject *context,
                          Callback<JobList> done)
{
    runCommand(SlurmCommands::history(since, ids), {}, context,
               [done](const Expected<CommandOutput> &out) {
                   if (!out)
                       return done(out.result());
                   if (!out->succeeded())
                       return done(commandFailure(QStringLiteral("sacct"), *out));
                   done(SlurmOutput::parseHistory(out->standardOutput));
               });
}

void SlurmClient::showJob(const QString &id, QObject *context, Callback<JobList> done)
{
    runCommand(SlurmCommands::showJob(id), {}, context, [done](const Expected<CommandOutput> &out) {
        if (!out)
            return done(out.result());
        if (!out->succeeded()) {
            const QString err = QString::fromUtf8(out->standardError);
            if (err.contains(QLatin1String("Invalid job id")))
                return done(
                    Result::error(ErrorCode::NotFound, Tr::tr("Slurm no longer knows this job.")));
            return done(commandFailure(QStringLiteral("scontrol"), *out));
        }
        done(SlurmOutput::parseShowJob(out->standardOutput));
    });
}

void SlurmClient::startEstimates(QObject *context, Callback<QHash<QString, QDateTime>> done)
{
    runCommand(SlurmCommands::startEstimates(), {}, context,
               [done](const Expected<CommandOutput> &out) {
                   if (!out)
                       return done(out.result());
                   if (!out->succeeded())
                       return done(commandFailure(QStringLiteral("squeue"), *out));
                   done(SlurmOutput::parseStartEstimates(out->standardOutput));
               });
}

void SlurmClient::cancel(const QStringList &ids, QObject *context,
                         std::function<void(const Result &)> done)
{
    runCommand(SlurmCommands::cancel(ids), {}, context, [done](const Expected<CommandOutput> &out) {
        if (!out)
            return done(out.result());
        if (!out->succeeded())
            return done(commandFailure(QStringLiteral("scancel"), *out));
        done(Result::ok());
    });
}

void SlurmClient::batchScript(const QString &id, QObject *context, Callback<QByteArray> done)
{
    runCommand(SlurmCommands::batchScript(id), {}, context,
               [done](const Expected<CommandOutput> &out) {
                   if (!out)
                       return done(out.result());
                   if (!out->succeeded() || out->standardOutput.isEmpty())
                       return done(commandFailure(QStringLiteral("scontrol"), *out));
                   done(out->standardOutput);
               });
}

} // namespace Patagon::Jobs
