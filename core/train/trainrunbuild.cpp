// TrainRun's deploy, probe and build steps (the flow's other steps: trainrun.cpp).
#include "core/remote/collectedrun.h"
#include "core/remote/remotehost.h"
#include "core/train/trainrun_p.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace Patagon::Train {

using namespace Detail;

void TrainRun::deploy()
{
    setStep(Step::Deploying);
    RemoteOperation *op = m_host->stat(runnerDir() + QStringLiteral("/BUNDLE"), m_context);
    connect(op, &RemoteOperation::finished, this, [this, op](const Result &result) {
        op->deleteLater();
        if (!result)
            return fail(result);
        if (op->fileInfo().exists) {
            emit progress(Tr::tr("The trainer's sources (%1) are already on the cluster.")
                              .arg(d->bundle.hash()),
                          1, 1);
            return readBuildCache();
        }
        m_uploaded = true;
        d->partialDir = d->home + QStringLiteral("/.patagon-studio/runner/.partial-")
            + d->bundle.hash() + u'-' + QString::number(QRandomGenerator::global()->generate(), 16);
        uploadNext(0);
    });
}

void TrainRun::uploadNext(int index)
{
    const QList<BundleFile> &files = d->bundle.files();
    qint64 done = 0;
    for (int i = 0; i < index && i < files.size(); ++i)
        done += files.at(i).contents.size();
    emit progress(Tr::tr("Copying the trainer's sources to the cluster…"), done,
                  d->bundle.totalBytes());
    if (index < files.size()) {
        const BundleFile &file = files.at(index);
        RemoteOperation *op
            = m_host->writeFile(d->partialDir + u'/' + file.path, file.contents, 0644, m_context);
        connect(op, &RemoteOperation::finished, this, [this, op, index](const Result &result) {
            op->deleteLater();
            if (!result)
                return fail(result);
            uploadNext(index + 1);
        });
        return;
    }
    // All files are there: the manifest last, then one rename makes the folder appear whole.
    RemoteOperation *op = m_host->writeFile(d->partialDir + QStringLiteral("/BUNDLE"),
                                            d->bundle.manifest(), 0644, m_context);
    connect(op, &RemoteOperation::finished, this, [this, op](const Result &result) {
        op->deleteLater();
        if (!result)
            return fail(result);
        // `mv` onto an existing folder would move into it: only when the name is free (another
        // app may have deployed the same bundle meanwhile; then this copy goes).
        static const QString script = QStringLiteral("if [ -e \"$2/BUNDLE\" ]; then rm -rf \"$1\"; "
                                                     "else rm -rf \"$2\" && mv \"$1\" \"$2\"; fi");
        runCollected(
            m_host,
            {QStringLiteral("sh"), QStringLiteral("-c"), script, QStringLiteral("sh"),
             d->partialDir, runnerDir()},
            m_context, [this](const Expected<CommandOutput> &out) {
                if (!out)
                    return fail(out.result());
                if (!out->succeeded())
                    return fail(Result::error(
                        ErrorCode::Remote,
                        commandError(Tr::tr("Putting the trainer's sources in place"), *out)));
                readBuildCache();
            });
    });
}

// ~/.patagon-studio/build/CONTAINER@NODE/current.json names the binary built last for this
// container and the probe's output then: the same bundle and a binary still there need no
// probe and no build (the warm path of a second click).
void TrainRun::readBuildCache()
{
    RemoteOperation *op
        = m_host->readFrom(buildDir() + QStringLiteral("/current.json"), 0, 1024 * 1024, m_context);
    connect(op, &RemoteOperation::finished, this, [this, op](const Result &result) {
        op->deleteLater();
        const QJsonObject cache
            = result ? QJsonDocument::fromJson(op->data()).object() : QJsonObject();
        if (cache[u"bundle"].toString() != d->bundle.hash()
            || cache[u"torch_prefix_asked"].toString() != m_config.torchPrefix
            || cache[u"binary"].toString().isEmpty())
            return probe();
        const QString binary = cache[u"binary"].toString();
        RemoteOperation *st = m_host->stat(binary, m_context);
        connect(st, &RemoteOperation::finished, this, [this, st, binary, cache](const Result &r) {
            st->deleteLater();
            if (!r || !st->fileInfo().exists)
                return probe();
            m_toolchain = ToolchainReport::parse(cache[u"probe"].toString().toUtf8());
            d->binary = binary;
            emit toolchainFound(m_toolchain);
            emit progress(Tr::tr("The trainer was built for this container before: using it."), 1,
                          1);
            submit();
        });
    });
}

void TrainRun::probe()
{
    setStep(Step::Probing);
    emit progress(
        Tr::tr("Checking the container %1 on node %2…")
            .arg(m_config.container, m_config.node.isEmpty() ? Tr::tr("(any)") : m_config.node),
        0, 0);
    QStringList argv
        = {QStringLiteral("srun"), QStringLiteral("-p"),  m_config.partition,
           QStringLiteral("-N1"),  QStringLiteral("-n1"), QStringLiteral("-t"),
           QStringLiteral("10"),   QStringLiteral("-J"),  QStringLiteral("patagon-probe")};
    if (!m_config.node.isEmpty())
        argv << QStringLiteral("-w") << m_config.node;
    argv << QStringLiteral("--container-name=") + m_config.container << QStringLiteral("sh")
         << runnerDir() + QStringLiteral("/probe.sh");
    if (!m_config.torchPrefix.isEmpty())
        argv << m_config.torchPrefix;
    d->probeOutput.clear();
    RemoteProcess *process = m_host->run(argv, {}, m_context);
    connect(process, &RemoteProcess::standardOutput, this, [this](const QByteArray &chunk) {
        if (d->probeOutput.size() < kOutputKeep)
            d->probeOutput += chunk;
        emit output(chunk);
    });
    connect(process, &RemoteProcess::standardError, this, [this](const QByteArray &chunk) {
        if (d->buildOutput.size() < kOutputKeep)
            d->buildOutput += chunk;
        emit output(chunk);
    });
    connect(process, &RemoteProcess::finished, this, [this, process](const ProcessResult &r) {
        process->deleteLater();
        if (!r.result)
            return fail(r.result);
        m_toolchain = ToolchainReport::parse(d->probeOutput);
        emit toolchainFound(m_toolchain);
        if (!m_toolchain.complete()) {
            const QString why = QString::fromUtf8(d->buildOutput.trimmed()).right(1500);
            d->buildOutput.clear();
            return fail(Result::error(
                ErrorCode::Remote,
                Tr::tr("The container %1 could not be started to check it (exit code %2): %3")
                    .arg(m_config.container)
                    .arg(r.exitStatus)
                    .arg(why.isEmpty() ? Tr::tr("no message.") : why)));
        }
        d->buildOutput.clear();
        if (!m_toolchain.canBuild()) {
            QStringList missing;
            for (const ToolchainFinding &f : m_toolchain.findings()) {
                if (f.severity == ToolchainFinding::Severity::Missing)
                    missing << f.message;
            }
            return fail(Result::error(ErrorCode::Unsupported,
                                      Tr::tr("The trainer cannot be built in the container %1. "
                                             "%2")
                                          .arg(m_config.container, missing.join(u' '))));
        }
        build();
    });
}

void TrainRun::build()
{
    const QString key = m_toolchain.buildKey(d->bundle.hash());
    d->binary = buildDir() + QStringLiteral("/bin/") + key + QStringLiteral("/patagon-train");
    RemoteOperation *st = m_host->stat(d->binary, m_context);
    connect(st, &RemoteOperation::finished, this, [this, st](const Result &result) {
        st->deleteLater();
        if (!result)
            return fail(result);
        auto remember = [this] {
            QJsonObject cache;
            cache[u"bundle"] = d->bundle.hash();
            cache[u"binary"] = d->binary;
            cache[u"torch_prefix_asked"] = m_config.torchPrefix;
            cache[u"probe"] = QString::fromUtf8(d->probeOutput);
            RemoteOperation *op = m_host->writeFile(
                buildDir() + QStringLiteral("/current.json"),
                QJsonDocument(cache).toJson(QJsonDocument::Indented), 0644, m_context);
            connect(op, &RemoteOperation::finished, this, [this, op](const Result &r) {
                op->deleteLater();
                if (!r)
                    return fail(r);
                submit();
            });
        };
        if (st->fileInfo().exists) {
            emit progress(Tr::tr("The trainer was built for this container before: using it."), 1,
                          1);
            return remember();
        }
        setStep(Step::Building);
        m_built = true;
        const int jobs = m_toolchain.compileJobs();
        emit progress(
            Tr::tr("Compiling the trainer in %1 with %2 jobs…").arg(m_config.container).arg(jobs),
            0, 0);
        QStringList argv
            = {QStringLiteral("srun"), QStringLiteral("-p"),           m_config.partition,
               QStringLiteral("-N1"),  QStringLiteral("-n1"),          QStringLiteral("-c"),
               QString::number(jobs),  QStringLiteral("-t"),           QStringLiteral("60"),
               QStringLiteral("-J"),   QStringLiteral("patagon-build")};
        if (!m_config.node.isEmpty())
            argv << QStringLiteral("-w") << m_config.node;
        argv << QStringLiteral("--container-name=") + m_config.container << QStringLiteral("sh")
             << runnerDir() + QStringLiteral("/build.sh") << runnerDir()
             << buildDir() + QStringLiteral("/work") << d->binary << QString::number(jobs)
             << m_toolchain.torchPrefix() << m_toolchain.cmakeArguments();
        d->buildOutput.clear();
        RemoteProcess *process = m_host->run(argv, {}, m_context);
        auto keep = [this](const QByteArray &chunk) {
            d->buildOutput += chunk;
            if (d->buildOutput.size() > 2 * kOutputKeep)
                d->buildOutput = d->buildOutput.right(kOutputKeep);
            emit output(chunk);
        };
        connect(process, &RemoteProcess::standardOutput, this, keep);
        connect(process, &RemoteProcess::standardError, this, keep);
        connect(process, &RemoteProcess::finished, this,
                [this, process, remember](const ProcessResult &r) {
                    process->deleteLater();
                    if (!r.result)
                        return fail(r.result);
                    if (r.succeeded())
                        return remember();
                    m_buildError = firstBuildError(d->buildOutput);
                    const QString &c = m_config.container;
                    QString what;
                    switch (r.exitStatus) {
                    case 10:
                        what = Tr::tr("CMake could not configure the trainer in %1.").arg(c);
                        break;
                    case 11:
                        what = Tr::tr("The trainer did not compile in %1.").arg(c);
                        break;
                    case 12:
                        what = Tr::tr("The trainer was built in %1 but does not start.").arg(c);
                        break;
                    default:
                        what = Tr::tr("The build in %1 stopped (exit code %2).")
                                   .arg(c)
                                   .arg(r.exitStatus);
                        break;
                    }
                    if (!m_buildError.isEmpty())
                        what += u' ' + Tr::tr("The first error:") + u'\n' + m_buildError;
                    fail(Result::error(ErrorCode::Remote, what));
                });
    });
}

} // namespace Patagon::Train
