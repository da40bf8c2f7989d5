// The handles a RemoteHost gives out.
#include "core/remote/remoteprocess.h"

namespace Patagon {

RemoteProcess::RemoteProcess(QObject *parent)
    : QObject(parent)
{}

void RemoteProcess::cancel()
{
    if (!m_finished)
        requestCancel();
}

void RemoteProcess::reportStarted(qint64 pid)
{
    m_pid = pid;
    emit started(pid);
}

void RemoteProcess::reportOutput(const QByteArray &chunk, bool isStderr)
{
    if (chunk.isEmpty())
        return;
    if (isStderr)
        emit standardError(chunk);
    else
        emit standardOutput(chunk);
}

void RemoteProcess::reportFinished(const ProcessResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result = result;
    emit finished(result);
}

RemoteOperation::RemoteOperation(QObject *parent)
    : QObject(parent)
{}

void RemoteOperation::cancel()
{
    if (!m_finished)
        requestCancel();
}

void RemoteOperation::reportProgress(qint64 done, qint64 total)
{
    emit progress(done, total);
}

void RemoteOperation::reportFinished(const Result &result, const RemoteFileInfo &info,
                                     const QByteArray &data, qint64 nextOffset,
                                     const RemoteListing &listing)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result = result;
    m_info = info;
    m_data = data;
    m_nextOffset = nextOffset;
    m_listing = listing;
    emit finished(result);
}

} // namespace Patagon
