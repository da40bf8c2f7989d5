// The handles a RemoteHost gives out: a running command and a file operation. Each reports
// through signals on the thread that asked; deleting a handle cancels what it stands for.
#pragma once

#include "core/processtypes.h"

#include <QObject>

namespace Patagon {

// A command running on the host. Output arrives in chunks as the command writes it.
class RemoteProcess : public QObject
{
    Q_OBJECT

public:
    // Ends the command (its whole process group): TERM, then KILL after a grace time.
    void cancel();
    bool isFinished() const { return m_finished; }
    ProcessResult result() const { return m_result; }
    // The command's PID on the host, once it started (0 before).
    qint64 remotePid() const { return m_pid; }

signals:
    void started(qint64 remotePid);
    void standardOutput(const QByteArray &chunk);
    void standardError(const QByteArray &chunk);
    void finished(const Patagon::ProcessResult &result);

protected:
    explicit RemoteProcess(QObject *parent);
    virtual void requestCancel() = 0;
    // For implementations: what happened, in order (started before any output).
    void reportStarted(qint64 pid);
    void reportOutput(const QByteArray &chunk, bool isStderr);
    void reportFinished(const ProcessResult &result);

private:
    ProcessResult m_result;
    qint64 m_pid = 0;
    bool m_finished = false;
};

// A file operation: an upload or download with progress, or a small one (stat, read, write,
// list).
class RemoteOperation : public QObject
{
    Q_OBJECT

public:
    void cancel();
    bool isFinished() const { return m_finished; }
    Result result() const { return m_result; }
    RemoteFileInfo fileInfo() const { return m_info; } // stat
    QByteArray data() const { return m_data; } // readFrom
    qint64 nextOffset() const { return m_nextOffset; } // readFrom: where to read next
    RemoteListing listing() const { return m_listing; } // list

signals:
    void progress(qint64 done, qint64 total);
    void finished(const Patagon::Result &result);

protected:
    explicit RemoteOperation(QObject *parent);
    virtual void requestCancel() = 0;
    void reportProgress(qint64 done, qint64 total);
    // `info`, `data`, `nextOffset` and `listing` as the operation's kind gives them.
    void reportFinished(const Result &result, const RemoteFileInfo &info = {},
                        const QByteArray &data = {}, qint64 nextOffset = 0,
                        const RemoteListing &listing = {});

private:
    Result m_result;
    RemoteFileInfo m_info;
    QByteArray m_data;
    qint64 m_nextOffset = 0;
    RemoteListing m_listing;
    bool m_finished = false;
};

} // namespace Patagon
