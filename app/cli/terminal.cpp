// The terminal: shared output streams, and asking for a line with echo off for secrets.
#include "app/cli/terminal.h"

#include "app/cli/console.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstring>

namespace Patagon::Cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Patagon::Cli)
};

} // namespace

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(const QString &message)
{
    err() << Text::tr("Error: %1").arg(message) << '\n';
    err().flush();
    return 1;
}

int usageError(const QString &usage)
{
    err() << Text::tr("Usage: %1").arg(usage) << '\n';
    err().flush();
    return 2;
}

std::optional<QByteArray> readLine(const QString &prompt, bool echo)
{
    // Echo goes off before the prompt shows: what is typed once it is there is never discarded
    // (turning echo off with TCSAFLUSH after the prompt lost a quick answer).
    std::optional<Console::InputMode> quiet;
    if (!echo)
        quiet.emplace(Console::InputMode::NoEcho);
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    QByteArray line;
    bool gotAny = false;
    for (int c = std::fgetc(stdin); c != EOF; c = std::fgetc(stdin)) {
        gotAny = true;
        if (c == '\n')
            break;
        line.append(char(c));
    }
    if (quiet && quiet->isActive()) {
        quiet.reset();
        std::fputc('\n', stderr);
    }
    if (line.endsWith('\r'))
        line.chop(1);
    if (!gotAny)
        return std::nullopt;
    return line;
}

} // namespace Patagon::Cli
