// EmulatorPty on POSIX systems.
#include "app/terminal/emulatorpty.h"

#include <cerrno>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace Patagon::EmulatorPty {

void prepare(int slave)
{
    termios raw {};
    if (::tcgetattr(slave, &raw) == 0) {
        ::cfmakeraw(&raw);
        ::tcsetattr(slave, TCSANOW, &raw);
    }
    ::fcntl(slave, F_SETFL, ::fcntl(slave, F_GETFL) | O_NONBLOCK);
}

qint64 writeSome(int slave, const char *data, qint64 size)
{
    for (;;) {
        const ssize_t n = ::write(slave, data, size_t(size));
        if (n < 0 && errno == EINTR)
            continue;
        return n > 0 ? qint64(n) : 0;
    }
}

} // namespace Patagon::EmulatorPty
