// Follows a job's output and error files as they grow: resolves their real paths (scontrol's
// StdOut/StdErr, else the job's %j %x %A %a %u %N patterns), reads them by byte offset over
// SFTP (never fetching a byte twice), waits for files that do not exist yet, notices a file
// that was truncated, keeps going across a reconnect, and turns the bytes into lines the way
// a terminal shows them (see TerminalText). A large log is opened at its tail; earlier parts
// load on demand.
#pragma once

#include "core/jobs/terminaltext.h"
#include "core/result.h"
#include "core/slurm/jobinfo.h"

#include <QObject>
#include <QPointer>

#include <array>

class QTimer;

namespace Patagon {
class RemoteHost;
class RemoteOperation;
} // namespace Patagon

namespace Patagon::Slurm {
class SlurmClient;
}

namespace Patagon::Jobs {

class LogFollower : public QObject
{
    Q_OBJECT

public:
    enum Stream
    {
        Output = 0,
        Error = 1
    };
    Q_ENUM(Stream)

    explicit LogFollower(RemoteHost *host, QObject *parent = nullptr);
    ~LogFollower() override;

    // How much of an existing file to read first (default 2 MiB; 0: all of it).
    void setTailBytes(qint64 bytes) { m_tailBytes = bytes; }
    // The most one SFTP read fetches (default 256 KiB): bounds the work done per event, so
    // the GUI thread never stalls long on a fast-growing log.
    void setChunkBytes(qint64 bytes) { m_chunkBytes = qMax<qint64>(1, bytes); }
    // Polling while the files do not grow backs off from `minimumMs` to `maximumMs`.
    void setPollInterval(int minimumMs, int maximumMs);

    // Finds the job's files (scontrol show job first), then follows them. `job` gives the
    // id and, when Slurm has forgotten the job, what the patterns resolve with.
    void followJob(Slurm::SlurmClient *client, const Slurm::JobInfo &job);
    // Follows these files; `errorPath` empty or equal to `outputPath`: one stream (Output).
    void followFiles(const QString &outputPath, const QString &errorPath = {});
    void stop();
    // The job has ended: read what is left, then flush the last partial lines and emit
    // finished().
    void setJobFinished();

    bool isFollowing() const { return m_following; }
    bool isFinished() const { return m_finished; }
    bool isMerged() const { return !m_tracks[Error].active; }
    // Whether the file of `stream` existed at some point while it was followed.
    bool hasFoundFile(Stream stream) const { return m_tracks[stream].found; }
    QString path(Stream stream) const { return m_tracks[stream].path; }
    // Where the next read starts: the bytes of the file read so far end here.
    qint64 offset(Stream stream) const { return m_tracks[stream].offset; }
    // Where the loaded part starts (0 when all of it was read).
    qint64 firstOffset(Stream stream) const { return m_tracks[stream].first; }
    bool hasEarlier(Stream stream) const { return m_tracks[stream].first > 0; }
    // Reads up to `bytes` before firstOffset(), and of those at most the last `maxLines`
    // lines (0: all); emits earlierLoaded.
    void loadEarlier(Stream stream, qint64 bytes, int maxLines = 0);
    // The caller let go of the lines before `offset` (a line's start, as linesAppended gave
    // it): they count as earlier again, and loadEarlier reads them back from the file.
    void forgetBefore(Stream stream, qint64 offset);
    // The caller let go of the newest lines: reads the file's tail again, as when it was
    // opened (what follows arrives through linesAppended as usual).
    void reopenAtTail(Stream stream);
    QString partialLine(Stream stream) const { return m_tracks[stream].terminal.partialLine(); }

signals:
    void pathsResolved(const QString &outputPath, const QString &errorPath);
    // `firstLineOffset`: where the first of `lines` starts in the file; -1 when not known
    // (a line longer than TerminalText::kMaxLineLength was cut, or the file's end at flush).
    void linesAppended(Patagon::Jobs::LogFollower::Stream stream, const QStringList &lines,
                       qint64 firstLineOffset);
    // The last line, still being written (a progress bar): replace the shown one.
    void partialLineChanged(Patagon::Jobs::LogFollower::Stream stream, const QString &line);
    // Lines before the loaded part; `more`: there are still earlier ones.
    void earlierLoaded(Patagon::Jobs::LogFollower::Stream stream, const QStringList &lines,
                       bool more);
    // The file became shorter than what was read: what follows is read from its start.
    void truncated(Patagon::Jobs::LogFollower::Stream stream);
    // The file does not exist (yet): the job has not started, or writes elsewhere.
    void waitingForFile(Patagon::Jobs::LogFollower::Stream stream, const QString &path);
    // A read failed (connection lost, permission, ...); it is tried again.
    void readFailed(const Patagon::Result &error);
    void finished();

private:
    struct Track
    {
        QString path;
        bool active = false;
        bool opened = false;
        bool found = false; // opened at least once
        bool alignToLine = false;
        bool waitingReported = false;
        bool done = false; // after setJobFinished: read up to the end
        bool loadingEarlier = false;
        int finishGeneration = -1; // the generation when the running read started
        qint64 offset = 0;
        qint64 first = 0;
        qint64 lineStart = -1; // where the line being written starts; -1: not known
        bool fresh = true; // nothing fed to `terminal` since it was reset
        TerminalText terminal;
        QString lastPartial;
        QPointer<RemoteOperation> operation;
    };

    void startTracks(const QString &outputPath, const QString &errorPath);
    void tick();
    void step(Stream stream);
    void onStat(Stream stream, RemoteOperation *op);
    void onRead(Stream stream, RemoteOperation *op, qint64 requestedOffset);
    // `bytes` start at `at` in the file.
    void deliver(Stream stream, const QByteArray &bytes, qint64 at);
    void afterIdle();
    void checkFinished();

    static constexpr int kMaxFailuresAfterEnd = 10;
    int m_failures = 0; // reads that failed in a row (not "file not there yet")
    QPointer<RemoteHost> m_host;
    std::array<Track, 2> m_tracks;
    QTimer *m_timer;
    qint64 m_tailBytes = 2 * 1024 * 1024;
    qint64 m_chunkBytes = 256 * 1024;
    int m_minInterval = 500;
    int m_maxInterval = 4000;
    int m_interval = 500;
    int m_generation = 0; // raised by setJobFinished
    bool m_finishing = false;
    bool m_following = false;
    bool m_finished = false;
    bool m_gotData = false;
    QObject *m_resolveContext = nullptr;
};

} // namespace Patagon::Jobs

Q_DECLARE_METATYPE(Patagon::Jobs::LogFollower::Stream)
