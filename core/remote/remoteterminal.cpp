// The terminal handle a RemoteHost gives out.
#include "core/remote/remoteterminal.h"

#include <algorithm>

namespace Patagon {

RemoteTerminal::RemoteTerminal(TerminalSize size, QObject *parent)
    : QObject(parent)
    , m_size(size)
{}

void RemoteTerminal::write(const QByteArray &bytes)
{
    if (!m_finished && !bytes.isEmpty())
        sendInput(bytes);
}

void RemoteTerminal::resize(TerminalSize size)
{
    size.columns = std::clamp(size.columns, 1, 10000);
    size.rows = std::clamp(size.rows, 1, 10000);
    if (m_finished || (size.columns == m_size.columns && size.rows == m_size.rows))
        return;
    m_size = size;
    sendSize(size);
}

void RemoteTerminal::hangUp()
{
    if (!m_finished)
        requestHangUp();
}

void RemoteTerminal::setOutputPaused(bool paused)
{
    if (m_finished || paused == m_paused)
        return;
    m_paused = paused;
    sendOutputPaused(paused);
}

void RemoteTerminal::reportOutput(const QByteArray &chunk)
{
    if (!chunk.isEmpty())
        emit output(chunk);
}

void RemoteTerminal::reportFinished(const ProcessResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result = result;
    emit finished(result);
}

} // namespace Patagon
