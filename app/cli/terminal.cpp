// Asking the person at the terminal: a line of text, with echo turned off for secrets.
#include "app/cli/terminal.h"

#include <cstdio>
#include <cstring>

#include <termios.h>
#include <unistd.h>

namespace Patagon::Cli {

std::optional<QByteArray> readLine(const QString &prompt, bool echo)
{
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    termios saved {};
    const bool hideInput = !echo && isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (hideInput) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    QByteArray line;
    bool gotAny = false;
    for (int c = std::fgetc(stdin); c != EOF; c = std::fgetc(stdin)) {
        gotAny = true;
        if (c == '\n')
            break;
        line.append(char(c));
    }
    if (hideInput) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputc('\n', stderr);
    }
    if (line.endsWith('\r'))
        line.chop(1);
    if (!gotAny)
        return std::nullopt;
    return line;
}

} // namespace Patagon::Cli
