// ContainerTask: one command (or a chain of them) on the cluster, its output and result;
// ContainerList's parsing of `enroot list`.
#include "core/container/containerservice_p.h"

#include "core/remote/remotehost.h"
#include "core/tr.h"

#include <QRegularExpression>

#include <algorithm>

namespace Patagon::Container {

using namespace Detail;

namespace {

constexpr qsizetype kKeptOutput = 1024 * 1024;

} // namespace

// ---- ContainerTask

ContainerTask::ContainerTask(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    qRegisterMetaType<Patagon::Container::ImportProgress>();
    qRegisterMetaType<Patagon::Packages::PackageManifest>();
}

ContainerTask::~ContainerTask() = default;

void ContainerTask::cancel()
{
    if (m_finishing)
        return;
    d->cancelRequested = true;
    if (d->process)
        d->process->cancel();
}

void ContainerTask::setProgress(const ImportProgress &progress)
{
    m_progress = progress;
    if (progress.phase == ImportProgress::Phase::Importing)
        d->sawImport = true;
    emit progressChanged(progress);
}

QByteArray ContainerTask::outputSince(qint64 mark) const
{
    return m_output.mid(qsizetype(std::max<qint64>(0, mark - m_outputDropped)));
}

void ContainerTask::append(const QByteArray &chunk, bool isStderr)
{
    m_output += chunk;
    if (m_output.size() > kKeptOutput) {
        m_outputDropped += m_output.size() - kKeptOutput / 2;
        m_output = m_output.right(kKeptOutput / 2);
    }
    if (isStderr)
        emit standardError(chunk);
    else
        emit standardOutput(chunk);
    if (d->parseProgress) {
        for (const ImportProgress &p : d->parser.feed(chunk))
            setProgress(p);
    }
}

void ContainerTask::runStep(RemoteHost *host, const QStringList &argv, StepDone next,
                            std::function<void(int, bool)> aborted)
{
    if (d->cancelRequested)
        return finish(cancelled());
    if (!host)
        return finish(noConnection());
    qCDebug(lcContainers) << "run" << argv;
    RemoteProcess *process = host->run(argv, {}, this);
    d->process = process;
    const qint64 start = outputMark();
    connect(process, &RemoteProcess::standardOutput, this,
            [this](const QByteArray &b) { append(b, false); });
    connect(process, &RemoteProcess::standardError, this,
            [this](const QByteArray &b) { append(b, true); });
    connect(process, &RemoteProcess::finished, this,
            [this, process, start, next = std::move(next),
             aborted = std::move(aborted)](const ProcessResult &result) {
                process->deleteLater();
                d->process.clear();
                if (d->parseProgress) {
                    for (const ImportProgress &p : d->parser.finish())
                        setProgress(p);
                }
                m_exitStatus = result.exitSignal.isEmpty() ? result.exitStatus : -1;
                const bool wasCancelled = d->cancelRequested || result.cancelled;
                if (wasCancelled || !result.result) {
                    if (aborted)
                        aborted(m_exitStatus, wasCancelled);
                    return finish(wasCancelled ? cancelled() : result.result);
                }
                next(result, outputSince(start));
            });
}

void ContainerTask::finish(const Result &result)
{
    if (m_finishing)
        return;
    m_finishing = true;
    m_result = result;
    // Queued: a task that fails before it starts still reaches the caller's connections.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (!m_result && m_progress.phase != ImportProgress::Phase::Failed
                && m_result.code() != ErrorCode::Cancelled) {
                ImportProgress failed = m_progress;
                failed.phase = ImportProgress::Phase::Failed;
                failed.percent.reset();
                failed.bytes.reset();
                m_progress = failed;
                emit progressChanged(failed);
            }
            m_finished = true;
            emit finished(m_result);
        },
        Qt::QueuedConnection);
}

// ---- ContainerList

QList<NamedContainer> ContainerList::parseEnrootList(const QByteArray &output, const QString &node)
{
    static const QRegularExpression unnamed(QStringLiteral("^pyxis_\\d+\\.(?:\\d+|batch|extern)$"));
    QList<NamedContainer> out;
    for (const QByteArray &raw : output.split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (!line.startsWith(QLatin1String("pyxis_")) || line.size() <= 6
            || unnamed.match(line).hasMatch())
            continue;
        out.append({line.mid(6), node, line});
    }
    return out;
}

} // namespace Patagon::Container
