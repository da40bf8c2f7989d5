// Carries a jump host's channel to a local socket on a thread of its own.
#include "core/ssh/sshforwarder.h"

#include "core/ssh/localsocket.h"
#include "core/ssh/sshhandles.h"

#include <QLoggingCategory>

#include <libssh/libssh.h>

Q_DECLARE_LOGGING_CATEGORY(lcSsh)

namespace Patagon {

namespace {
struct EventDeleter
{
    void operator()(ssh_event e) const { ssh_event_free(e); }
};
struct ConnectorDeleter
{
    void operator()(ssh_connector c) const { ssh_connector_free(c); }
};
using EventPtr = std::unique_ptr<ssh_event_struct, EventDeleter>;
using ConnectorPtr = std::unique_ptr<ssh_connector_struct, ConnectorDeleter>;

int wakeUp(socket_t, int, void *userdata)
{
    static_cast<std::atomic<bool> *>(userdata)->store(true);
    return 0;
}
} // namespace

SshForwarder::SshForwarder(ssh_session_struct *session, ssh_channel_struct *channel, int socket)
    : m_session(session)
    , m_channel(channel)
    , m_socket(socket)
{
    if (!LocalSocket::createWakePipe(m_wake))
        m_wake[0] = m_wake[1] = -1;
    m_thread = std::thread([this] { forward(); });
}

SshForwarder::~SshForwarder()
{
    stop();
}

void SshForwarder::stop()
{
    if (m_thread.joinable()) {
        m_stopping = true;
        if (m_wake[1] >= 0)
            LocalSocket::wake(m_wake[1]);
        m_thread.join();
    }
    for (int &fd : m_wake) {
        if (fd >= 0)
            LocalSocket::closeDescriptor(fd);
        fd = -1;
    }
    if (m_socket >= 0)
        LocalSocket::closeDescriptor(m_socket);
    m_socket = -1;
}

// The same pair of connectors libssh's own ProxyJump thread uses, but on a session that was
// verified and logged into by SshSession (with prompts), and stoppable from outside.
void SshForwarder::forward()
{
    const ChannelPtr channel(m_channel);
    const EventPtr event(ssh_event_new());
    const ConnectorPtr toChannel(ssh_connector_new(m_session));
    const ConnectorPtr toSocket(ssh_connector_new(m_session));
    if (event && toChannel && toSocket && m_wake[0] >= 0) {
        ssh_connector_set_in_fd(toChannel.get(), m_socket);
        ssh_connector_set_out_channel(toChannel.get(), channel.get(), SSH_CONNECTOR_STDINOUT);
        ssh_connector_set_in_channel(toSocket.get(), channel.get(), SSH_CONNECTOR_STDINOUT);
        ssh_connector_set_out_fd(toSocket.get(), m_socket);
        ssh_event_add_connector(event.get(), toChannel.get());
        ssh_event_add_connector(event.get(), toSocket.get());
        ssh_event_add_fd(event.get(), m_wake[0], LocalSocket::readableEvents(), wakeUp,
                         &m_stopping);
        while (!m_stopping && ssh_channel_is_open(channel.get())
               && !ssh_channel_is_eof(channel.get())) {
            if (ssh_event_dopoll(event.get(), -1) == SSH_ERROR) {
                qCInfo(lcSsh) << "jump host connection ended:" << ssh_get_error(m_session);
                break;
            }
        }
        ssh_event_remove_fd(event.get(), m_wake[0]);
        ssh_event_remove_connector(event.get(), toChannel.get());
        ssh_event_remove_connector(event.get(), toSocket.get());
    }
    // The session over the socket sees the end of its connection at once.
    LocalSocket::shutdownBoth(m_socket);
}

} // namespace Patagon
