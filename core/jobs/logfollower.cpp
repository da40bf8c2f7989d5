// Follows a job's output and error files as they grow.
#include "core/jobs/logfollower.h"

#include "core/remote/remotehost.h"
#include "core/slurm/slurmclient.h"
#include "core/slurm/slurmoutput.h"
#include "core/tr.h"

#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcFollow, "patagon.core.jobs.follow", QtInfoMsg)

namespace Patagon::Jobs {

LogFollower::LogFollower(RemoteHost *host, QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_timer(new QTimer(this))
{
    qRegisterMetaType<Patagon::Jobs::LogFollower::Stream>();
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &LogFollower::tick);
}

LogFollower::~LogFollower()
{
    stop();
}

void LogFollower::setPollInterval(int minimumMs, int maximumMs)
{
    m_minInterval = qMax(1, minimumMs);
    m_maxInterval = qMax(m_minInterval, maximumMs);
    m_interval = m_minInterval;
}

void LogFollower::followJob(Slurm::SlurmClient *client, const Slurm::JobInfo &job)
{
    stop();
    for (Track &t : m_tracks)
        t = Track();
    m_finished = false;
    m_finishing = false;
    m_following = true;
    m_resolveContext = new QObject(this);
    // What the patterns give when scontrol no longer knows the job.
    const auto fromPatterns = [job](const QString &path, bool error) {
        if (error && path.isEmpty())
            return QString(); // no -e: the errors go to the output file
        return Slurm::SlurmOutput::resolveOutputPath(path, job);
    };
    client->showJob(job.id, m_resolveContext,
                    [this, job, fromPatterns](const Expected<Slurm::JobList> &shown) {
                        m_resolveContext->deleteLater();
                        m_resolveContext = nullptr;
                        QString out;
                        QString err;
                        if (shown && !shown->isEmpty()) {
                            out = shown->first().standardOutput;
                            err = shown->first().standardError;
                        }
                        if (out.isEmpty()) {
                            out = fromPatterns(job.standardOutput, false);
                            err = fromPatterns(job.standardError, true);
                        }
                        startTracks(out, err);
                    });
}

void LogFollower::followFiles(const QString &outputPath, const QString &errorPath)
{
    stop();
    m_finished = false;
    m_finishing = false;
    startTracks(outputPath, errorPath);
}

void LogFollower::startTracks(const QString &outputPath, const QString &errorPath)
{
    for (Track &t : m_tracks) {
        delete t.operation;
        t = Track();
    }
    m_tracks[Output].path = outputPath;
    m_tracks[Output].active = true;
    if (!errorPath.isEmpty() && errorPath != outputPath) {
        m_tracks[Error].path = errorPath;
        m_tracks[Error].active = true;
    }
    m_following = true;
    m_interval = m_minInterval;
    emit pathsResolved(outputPath, m_tracks[Error].active ? errorPath : outputPath);
    m_timer->start(0);
}

void LogFollower::stop()
{
    m_timer->stop();
    delete m_resolveContext;
    m_resolveContext = nullptr;
    for (Track &t : m_tracks)
        delete t.operation;
    m_following = false;
}

void LogFollower::setJobFinished()
{
    if (m_finishing || m_finished)
        return;
    m_finishing = true;
    ++m_generation;
    m_interval = m_minInterval;
    if (m_following && !m_resolveContext && !m_timer->isActive())
        m_timer->start(0);
}

void LogFollower::tick()
{
    m_gotData = false;
    for (const Stream s : {Output, Error}) {
        if (m_tracks[s].active && !m_tracks[s].done && !m_tracks[s].operation)
            step(s);
    }
    checkFinished();
}

void LogFollower::step(Stream stream)
{
    Track &t = m_tracks[stream];
    if (!m_host)
        return;
    t.finishGeneration = m_generation;
    if (!t.opened) {
        RemoteOperation *op = m_host->stat(t.path, this);
        t.operation = op;
        connect(op, &RemoteOperation::finished, this, [this, stream, op] { onStat(stream, op); });
        return;
    }
    const qint64 from = t.offset;
    RemoteOperation *op = m_host->readFrom(t.path, from, m_chunkBytes, this);
    t.operation = op;
    connect(op, &RemoteOperation::finished, this,
            [this, stream, op, from] { onRead(stream, op, from); });
}

void LogFollower::onStat(Stream stream, RemoteOperation *op)
{
    op->deleteLater();
    Track &t = m_tracks[stream];
    t.operation = nullptr;
    const Result r = op->result();
    if (!r || !op->fileInfo().exists) {
        if (r.code() == ErrorCode::NotFound || (r && !op->fileInfo().exists)) {
            if (!t.waitingReported) {
                t.waitingReported = true;
                emit waitingForFile(stream, t.path);
            }
            if (m_finishing && t.finishGeneration == m_generation)
                t.done = true; // the job ended without writing it
        } else {
            ++m_failures;
            emit readFailed(r);
        }
        afterIdle();
        return;
    }
    m_failures = 0;
    t.opened = true;
    t.found = true;
    t.waitingReported = false;
    const qint64 size = op->fileInfo().size;
    if (m_tailBytes > 0 && size > m_tailBytes) {
        t.offset = size - m_tailBytes;
        t.first = t.offset;
        t.alignToLine = true;
    }
    step(stream);
}

void LogFollower::onRead(Stream stream, RemoteOperation *op, qint64 requestedOffset)
{
    op->deleteLater();
    Track &t = m_tracks[stream];
    t.operation = nullptr;
    const Result r = op->result();
    if (!r) {
        if (r.code() == ErrorCode::NotFound) {
            // Removed (log rotation, a rerun cleaning up): start over when it is back.
            t.opened = false;
            t.offset = t.first = 0;
            t.terminal.reset();
            t.fresh = true;
            t.lastPartial.clear();
            if (!t.waitingReported) {
                t.waitingReported = true;
                emit truncated(stream);
                emit waitingForFile(stream, t.path);
            }
        } else {
            qCDebug(lcFollow) << "read failed, trying again:" << r.message();
            ++m_failures;
            emit readFailed(r);
        }
        afterIdle();
        return;
    }
    m_failures = 0;
    QByteArray data = op->data();
    const qint64 next = op->nextOffset();
    qint64 start = requestedOffset;
    if (next != requestedOffset + data.size()) {
        // Shorter than what we had: the file was truncated and was read from its start.
        qCDebug(lcFollow) << t.path << "truncated";
        start = next - data.size();
        t.terminal.reset();
        t.fresh = true;
        t.first = start;
        t.alignToLine = false;
        if (!t.lastPartial.isEmpty()) {
            t.lastPartial.clear();
            emit partialLineChanged(stream, QString());
        }
        emit truncated(stream);
    }
    t.offset = next;
    if (t.alignToLine && !data.isEmpty()) {
        const qsizetype nl = data.indexOf('\n');
        if (nl < 0) {
            t.first = next;
            data.clear();
        } else {
            t.first = start + nl + 1;
            data.remove(0, nl + 1);
            start = t.first;
            t.alignToLine = false;
        }
    }
    if (!data.isEmpty() || op->data().size() > 0)
        m_gotData = true;
    deliver(stream, data, start);
    if (op->data().size() >= m_chunkBytes) {
        step(stream); // more is waiting: read on without a pause
        return;
    }
    if (m_finishing && t.finishGeneration == m_generation && op->data().isEmpty())
        t.done = true;
    afterIdle();
}

void LogFollower::deliver(Stream stream, const QByteArray &bytes, qint64 at)
{
    Track &t = m_tracks[stream];
    if (bytes.isEmpty())
        return;
    if (t.fresh) {
        t.lineStart = at;
        t.fresh = false;
    }
    const qint64 firstLine = t.lineStart;
    const QStringList lines = t.terminal.feed(bytes);
    // Each line break ends one line, unless a line too long was cut: then where the lines
    // start is not known until the next break after a batch without cuts.
    const qsizetype breaks = bytes.count('\n');
    const bool cut = lines.size() != breaks;
    if (breaks > 0)
        t.lineStart = cut ? -1 : at + bytes.lastIndexOf('\n') + 1;
    if (!lines.isEmpty())
        emit linesAppended(stream, lines, cut ? -1 : firstLine);
    const QString partial = t.terminal.partialLine();
    if (partial != t.lastPartial) {
        t.lastPartial = partial;
        emit partialLineChanged(stream, partial);
    }
}

void LogFollower::afterIdle()
{
    for (const Track &t : m_tracks) {
        if (t.active && !t.done && t.operation)
            return; // the other stream is still reading
    }
    // Failing reads back off like idle ones, also once the job ended (a server that cannot
    // read the file must not be asked in a tight loop); after the job ended they give up.
    if (m_finishing && m_failures >= kMaxFailuresAfterEnd) {
        for (Track &t : m_tracks)
            t.done = true;
    }
    checkFinished();
    if (m_finished || !m_following)
        return;
    if (m_gotData && m_failures == 0)
        m_interval = m_minInterval;
    else
        m_interval = qMin(m_maxInterval, m_interval + m_interval / 2 + 1);
    if (!m_timer->isActive())
        m_timer->start(m_finishing && m_failures == 0 ? 0 : m_interval);
}

void LogFollower::checkFinished()
{
    if (!m_finishing || m_finished || m_resolveContext)
        return;
    for (const Track &t : m_tracks) {
        if (t.active && !t.done)
            return;
    }
    m_finished = true;
    m_following = false;
    m_timer->stop();
    for (const Stream s : {Output, Error}) {
        Track &t = m_tracks[s];
        if (!t.active)
            continue;
        const QStringList rest = t.terminal.flush();
        if (!t.lastPartial.isEmpty()) {
            t.lastPartial.clear();
            emit partialLineChanged(s, QString());
        }
        if (!rest.isEmpty())
            emit linesAppended(s, rest, t.lineStart);
    }
    emit finished();
}

void LogFollower::forgetBefore(Stream stream, qint64 offset)
{
    Track &t = m_tracks[stream];
    if (offset > t.first && offset <= t.offset)
        t.first = offset;
}

void LogFollower::reopenAtTail(Stream stream)
{
    Track &t = m_tracks[stream];
    if (!t.active)
        return;
    delete t.operation;
    t.opened = false;
    t.offset = t.first = 0;
    t.alignToLine = false;
    t.terminal.reset();
    t.fresh = true;
    t.lastPartial.clear();
    t.loadingEarlier = false;
    t.done = false;
    if (m_finished) {
        // The job ended and everything was read: read the tail once more, to its end.
        m_finished = false;
        m_following = true;
        ++m_generation;
    }
    if (!m_timer->isActive() && !m_resolveContext)
        m_timer->start(0);
}

void LogFollower::loadEarlier(Stream stream, qint64 bytes, int maxLines)
{
    Track &t = m_tracks[stream];
    if (!m_host || t.first <= 0 || t.loadingEarlier)
        return;
    t.loadingEarlier = true;
    const qint64 end = t.first;
    const qint64 from = qMax<qint64>(0, end - bytes);
    RemoteOperation *op = m_host->readFrom(t.path, from, end - from, this);
    connect(op, &RemoteOperation::finished, this, [this, stream, op, from, end, bytes, maxLines] {
        op->deleteLater();
        Track &t = m_tracks[stream];
        t.loadingEarlier = false;
        if (!op->result() || t.first != end) {
            if (!op->result())
                emit readFailed(op->result());
            return;
        }
        QByteArray data = op->data();
        qint64 start = from;
        if (start > 0) {
            const qsizetype nl = data.indexOf('\n');
            if (nl < 0 || nl + 1 >= data.size()) {
                // One line longer than the block: ask for a larger one.
                if (bytes < 64 * 1024 * 1024)
                    QTimer::singleShot(0, this, [this, stream, bytes, maxLines] {
                        loadEarlier(stream, bytes * 2, maxLines);
                    });
                return;
            }
            data.remove(0, nl + 1);
            start += nl + 1;
        }
        TerminalText terminal;
        QStringList lines = terminal.feed(data);
        lines += terminal.flush();
        // Only the last `maxLines`, when each line is one line of the file (none was cut):
        // the rest stays earlier, its offset known.
        if (maxLines > 0 && lines.size() > maxLines && lines.size() == data.count('\n')) {
            const qsizetype skip = lines.size() - maxLines;
            qsizetype at = -1;
            for (qsizetype i = 0; i < skip; ++i)
                at = data.indexOf('\n', at + 1);
            start += at + 1;
            lines = lines.mid(skip);
        }
        t.first = start;
        emit earlierLoaded(stream, lines, start > 0);
    });
}

} // namespace Patagon::Jobs
