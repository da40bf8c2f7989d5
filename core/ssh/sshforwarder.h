// Carries one direct-tcpip channel of a jump host's session to a local socket, on a thread of
// its own, so that the next session (the next hop, or the cluster's) can run over that socket
// as if it were a TCP connection.
#pragma once

#include <atomic>
#include <thread>

struct ssh_session_struct;
struct ssh_channel_struct;

namespace Patagon {

class SshForwarder
{
public:
    // Takes `channel` (an open channel of `session`) and `socket` (our end of a socket
    // pair). From then on only the forwarder's thread uses `session`, until stop().
    SshForwarder(ssh_session_struct *session, ssh_channel_struct *channel, int socket);
    ~SshForwarder(); // stop()s
    SshForwarder(const SshForwarder &) = delete;
    SshForwarder &operator=(const SshForwarder &) = delete;

    // Ends the forwarding and waits for the thread; the channel is freed and the socket
    // closed, so the session over it sees the end of its connection.
    void stop();

private:
    void forward();

    ssh_session_struct *m_session;
    ssh_channel_struct *m_channel;
    int m_socket;
    int m_wake[2] = {-1, -1}; // written once by stop(), so that the poll returns
    std::atomic<bool> m_stopping {false};
    std::thread m_thread;
};

} // namespace Patagon
