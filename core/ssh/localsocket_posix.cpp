// LocalSocket on POSIX systems: socketpair(2), pipe2(2), poll(2).
#include "core/ssh/localsocket.h"

#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace Patagon::LocalSocket {

bool createPair(int pair[2])
{
    return ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair) == 0;
}

bool createWakePipe(int pipe[2])
{
    return ::pipe2(pipe, O_CLOEXEC) == 0;
}

void wake(int writeEnd)
{
    const char byte = 0;
    [[maybe_unused]] const auto written = ::write(writeEnd, &byte, 1);
}

void shutdownBoth(int socket)
{
    ::shutdown(socket, SHUT_RDWR);
}

void closeDescriptor(int descriptor)
{
    ::close(descriptor);
}

bool isReadable(int descriptor)
{
    pollfd p {descriptor, POLLIN, 0};
    return ::poll(&p, 1, 0) > 0 && (p.revents & (POLLIN | POLLHUP | POLLERR)) != 0;
}

short readableEvents()
{
    return POLLIN;
}

} // namespace Patagon::LocalSocket
