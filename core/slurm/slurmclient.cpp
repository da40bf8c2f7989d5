// The Slurm commands over the one shared Connection.
#include "core/slurm/slurmclient.h"

#include "core/processtypes.h"
#include "core/remote/collectedrun.h"
#include "core/remote/remotehost.h"
#include "core/servertext.h"
#include "core/slurm/slurmcommands.h"
#include "core/tr.h"

#include <QFuture>
#include <QLoggingCategory>
#include <QPromise>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QThreadPool>

#include <memory>

Q_LOGGING_CATEGORY(lcSlurm, "patagon.core.jobs.slurm", QtInfoMsg)

namespace Patagon::Slurm {

namespace {

// Parses a command's output on a pool thread and answers on the thread of `context`: a long
// sacct history or a large `squeue --json` must not stall the window. Once `context` is gone,
// nothing is answered.
template<typename R, typename Parse>
void parseOffThread(QObject *context, QByteArray bytes, Parse parse,
                    std::function<void(const R &)> done)
{
    auto promise = std::make_shared<QPromise<R>>();
    QFuture<R> future = promise->future();
    future.then(context, [done = std::move(done)](const R &parsed) { done(parsed); });
    promise->start();
    QThreadPool::globalInstance()->start(
        [promise, bytes = std::move(bytes), parse = std::move(parse)] {
            promise->addResult(parse(bytes));
            promise->finish();
        });
}

} // namespace

Result commandFailure(const QString &program, const CommandOutput &output)
{
    // the cluster's words reach terminals and labels: no escape sequences through them
    const QString err = ServerText::sanitized(output.standardError).trimmed();
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

QString SlurmClient::userName() const
{
    return m_host ? m_host->userName() : QString();
}

SlurmClient::SlurmClient(RemoteHost *host, QObject *parent)
    : QObject(parent)
    , m_host(host)
{
    qRegisterMetaType<Patagon::Slurm::JobInfo>();
}

void SlurmClient::runCommand(const QStringList &argv, const QByteArray &input, QObject *context,
                             std::function<void(const Expected<CommandOutput> &)> done)
{
    qCDebug(lcSlurm) << "run" << argv;
    // A host without Slurm says so in words, whichever command found out.
    const QString destination = m_host ? m_host->destination() : QString();
    runCollected(m_host, argv, input, context ? context : this,
                 [program = argv.value(0), destination,
                  done = std::move(done)](const Expected<CommandOutput> &out) {
                     if (out) {
                         if (const auto missing = SlurmOutput::missingCommand(
                                 program, out->exitStatus, out->standardError, destination))
                             return done(*missing);
                     }
                     done(out);
                 });
}

QString SlurmClient::submissionTag(const QString &token)
{
    return QStringLiteral("patagon-submit:") + token;
}

void SlurmClient::submit(const QByteArray &script, const QString &workDir, QObject *context,
                         Callback<SubmitResult> done)
{
    const QString token = QString::number(QRandomGenerator::system()->generate64(), 16);
    // A comment the script sets itself is kept, with the token after it.
    static const QRegularExpression directive(
        QStringLiteral(R"re(^#SBATCH[ \t]+--comment[= ]"?([^"\n]*)"?[ \t]*$)re"),
        QRegularExpression::MultilineOption);
    const QString own = directive.match(QString::fromUtf8(script)).captured(1).trimmed();
    const QString comment
        = own.isEmpty() ? submissionTag(token) : own + QLatin1Char(' ') + submissionTag(token);
    QPointer<QObject> guard(context ? context : this);
    runCommand(
        SlurmCommands::submit(workDir, comment), script, context,
        [this, guard, token, done](const Expected<CommandOutput> &out) {
            if (!out && out.errorCode() == ErrorCode::Network && guard)
                return recoverSubmission(token, out.result(), guard, done);
            if (!out)
                return done(out.result());
            const QString err = ServerText::sanitized(out->standardError).trimmed();
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
            done(SubmitResult {s->jobId, s->cluster, err, false});
        });
}

void SlurmClient::recoverSubmission(const QString &token, const Result &lost, QObject *context,
                                    Callback<SubmitResult> done)
{
    // The request waits for the reconnect; sbatch may or may not have run before the drop.
    findSubmission(token, context, [lost, done](const Expected<QString> &found) {
        if (!found)
            return done(Result::error(
                ErrorCode::Network,
                Tr::tr("%1 Whether the job reached the cluster could not be checked: look at "
                       "the job list before you submit it again.")
                    .arg(lost.message())));
        if (found->isEmpty())
            return done(Result::error(
                ErrorCode::Network,
                Tr::tr("%1 The cluster has no job from this submission, so it was not "
                       "submitted: submit it again.")
                    .arg(lost.message())));
        done(SubmitResult {*found, QString(), QString(), true});
    });
}

void SlurmClient::findSubmission(const QString &token, QObject *context, Callback<QString> done)
{
    const QString tag = submissionTag(token);
    runCommand(
        SlurmCommands::jobComments(), {}, context, [tag, done](const Expected<CommandOutput> &out) {
            if (!out)
                return done(out.result());
            if (!out->succeeded())
                return done(
                    Result::error(ErrorCode::Remote,
                                  Tr::tr("squeue failed: %1")
                                      .arg(ServerText::sanitized(out->standardError).trimmed())));
            for (const QByteArray &line : out->standardOutput.split('\n')) {
                const qsizetype sep = line.indexOf('\x1f');
                if (sep > 0 && QString::fromUtf8(line.mid(sep + 1)).split(u' ').contains(tag))
                    return done(QString::fromUtf8(line.left(sep)).trimmed());
            }
            done(QString());
        });
}

void SlurmClient::withVersion(QObject *context, std::function<void()> next)
{
    if (m_versionRead)
        return next();
    QPointer<SlurmClient> self(this);
    readVersion(m_host, context ? context : this,
                [self, next = std::move(next)](const Expected<SlurmVersion> &version) {
                    if (!self)
                        return;
                    if (version) {
                        self->m_version = *version;
                        self->m_versionRead = true;
                        qCDebug(lcSlurm) << "Slurm version" << version->toString();
                        // Before 23.02 sacct refuses the StdOut field: not asked for at all.
                        if (!version->hasHistoryOutputPaths())
                            self->m_historyPaths = false;
                    }
                    next();
                });
}

void SlurmClient::queue(QObject *context, Callback<JobList> done)
{
    withVersion(context, [this, context, done] {
        // An squeue before 21.08 has no --json: the text format without trying.
        if (m_format == QueueFormat::Unknown && !m_version.hasQueueJson())
            m_format = QueueFormat::Text;
        if (m_format == QueueFormat::Text)
            return queueText(context, done);
        queueJson(context, done);
    });
}

void SlurmClient::queueJson(QObject *context, Callback<JobList> done)
{
    QPointer<QObject> guard(context ? context : this);
    runCommand(SlurmCommands::queueJson(), {}, context,
               [this, guard, context, done](const Expected<CommandOutput> &out) {
                   if (!out)
                       return done(out.result());
                   if (out->succeeded()) {
                       const QDateTime now = QDateTime::currentDateTime();
                       const QString user = userName();
                       parseOffThread<Expected<JobList>>(
                           guard ? guard.data() : this, out->standardOutput,
                           [now, user](const QByteArray &json) -> Expected<JobList> {
                               // Slurm 22.05 ignores --me and lists finished jobs too.
                               const Expected<JobList> jobs
                                   = SlurmOutput::parseQueueJson(json, now);
                               if (!jobs)
                                   return jobs;
                               return SlurmOutput::ownQueuedJobs(*jobs, user);
                           },
                           [this, guard, context, done](const Expected<JobList> &jobs) {
                               if (jobs) {
                                   m_format = QueueFormat::Json;
                                   return done(jobs);
                               }
                               if (m_format == QueueFormat::Json)
                                   return done(jobs);
                               // Output that is not squeue's JSON: the text format instead.
                               qCDebug(lcSlurm)
                                   << "squeue --json unreadable, using the text format";
                               m_format = QueueFormat::Text;
                               if (guard)
                                   queueText(context, done);
                           });
                       return;
                   }
                   if (m_format == QueueFormat::Json) {
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
    runCommand(SlurmCommands::queueText(), {}, context,
               [done, user = userName()](const Expected<CommandOutput> &out) {
                   if (!out)
                       return done(out.result());
                   if (!out->succeeded())
                       return done(commandFailure(QStringLiteral("squeue"), *out));
                   const Expected<JobList> jobs = SlurmOutput::parseQueueText(out->standardOutput);
                   if (!jobs)
                       return done(jobs);
                   done(SlurmOutput::ownQueuedJobs(*jobs, user));
               });
}

void SlurmClient::history(const QDateTime &since, const QStringList &ids, QObject *context,
                          Callback<JobList> done)
{
    withVersion(context,
                [this, since, ids, context, done] { historyNow(since, ids, context, done); });
}

void SlurmClient::historyNow(const QDateTime &since, const QStringList &ids, QObject *context,
                             Callback<JobList> done)
{
    QPointer<QObject> guard(context ? context : this);
    const bool paths = m_historyPaths;
    runCommand(SlurmCommands::history(since, ids, paths), {}, context,
               [this, guard, since, ids, context, paths, done](const Expected<CommandOutput> &out) {
                   if (!out)
                       return done(out.result());
                   if (!out->succeeded()) {
                       // "Invalid field requested: "StdOut"": a sacct before Slurm 23.02.
                       if (paths && out->standardError.contains("StdOut")) {
                           qCDebug(lcSlurm) << "sacct has no StdOut field; asking without";
                           m_historyPaths = false;
                           if (guard)
                               historyNow(since, ids, context, done);
                           return;
                       }
                       return done(commandFailure(QStringLiteral("sacct"), *out));
                   }
                   parseOffThread<Expected<JobList>>(
                       guard ? guard.data() : this, out->standardOutput,
                       [user = userName()](const QByteArray &text) -> Expected<JobList> {
                           // sacct run by an administrator lists every user's jobs.
                           Expected<JobList> jobs = SlurmOutput::parseHistory(text);
                           if (jobs && !user.isEmpty())
                               jobs.value().removeIf([&user](const JobInfo &job) {
                                   return !job.user.isEmpty() && job.user != user;
                               });
                           return jobs;
                       },
                       [done](const Expected<JobList> &jobs) { done(jobs); });
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
    // A line per pending job: thousands for a large array.
    QPointer<QObject> guard(context ? context : this);
    runCommand(
        SlurmCommands::startEstimates(), {}, context,
        [this, guard, done](const Expected<CommandOutput> &out) {
            if (!out)
                return done(out.result());
            if (!out->succeeded())
                return done(commandFailure(QStringLiteral("squeue"), *out));
            parseOffThread<Expected<QHash<QString, QDateTime>>>(
                guard ? guard.data() : this, out->standardOutput,
                [](const QByteArray &text) -> Expected<QHash<QString, QDateTime>> {
                    return SlurmOutput::parseStartEstimates(text);
                },
                [done](const Expected<QHash<QString, QDateTime>> &estimates) { done(estimates); });
        });
}

void SlurmClient::cancel(const QStringList &ids, QObject *context,
                         std::function<void(const Result &)> done)
{
    // scancel of a job Slurm does not know exits 0 without a word (Slurm 22.05): ask first.
    QPointer<QObject> guard(context ? context : this);
    runCommand(SlurmCommands::knownJobs(ids), {}, context,
               [this, guard, ids, context, done](const Expected<CommandOutput> &known) {
                   if (!known)
                       return done(known.result());
                   const bool none = known->succeeded()
                       ? known->standardOutput.trimmed().isEmpty()
                       : known->standardError.contains("Invalid job id");
                   if (none)
                       return done(Result::error(
                           ErrorCode::NotFound,
                           Tr::tr("Slurm knows no job %1.").arg(ids.join(QLatin1String(", ")))));
                   if (!guard)
                       return;
                   runCommand(SlurmCommands::cancel(ids), {}, context,
                              [done](const Expected<CommandOutput> &out) {
                                  if (!out)
                                      return done(out.result());
                                  if (!out->succeeded())
                                      return done(commandFailure(QStringLiteral("scancel"), *out));
                                  done(Result::ok());
                              });
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

} // namespace Patagon::Slurm
