// The one place where remote command lines are made: argv lists in, POSIX sh text out.
#include "core/remote/shellquote.h"

#include "core/tr.h"

#include <algorithm>

namespace Patagon::Shell {

namespace {
bool isSafe(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
        || c == '-' || c == '.' || c == '/' || c == ',' || c == ':' || c == '@' || c == '%'
        || c == '+' || c == '=';
}
} // namespace

QByteArray quoteArgument(const QByteArray &argument)
{
    if (argument.isEmpty())
        return QByteArrayLiteral("''");
    // '=' is safe except at the start of a word's assignment position; '-' leading is the
    // program's business, not the shell's. A leading '~' or any other byte forces quotes.
    if (std::all_of(argument.cbegin(), argument.cend(), isSafe))
        return argument;
    QByteArray quoted;
    quoted.reserve(argument.size() + 8);
    quoted.append('\'');
    for (char c : argument) {
        if (c == '\'')
            quoted.append("'\\''");
        else
            quoted.append(c);
    }
    quoted.append('\'');
    return quoted;
}

QByteArray quoteArgument(const QString &argument)
{
    return quoteArgument(argument.toUtf8());
}

Expected<QByteArray> joinArguments(const QList<QByteArray> &argv)
{
    if (argv.isEmpty())
        return Result::error(ErrorCode::Internal, Tr::tr("A remote command needs a program name."));
    QByteArray line;
    for (qsizetype i = 0; i < argv.size(); ++i) {
        if (argv.at(i).contains('\0'))
            return Result::error(ErrorCode::InvalidInput,
                                 Tr::tr("Argument %1 of the command contains a NUL byte, which no "
                                        "program can receive. Remove it and try again.")
                                     .arg(i + 1));
        if (i > 0)
            line.append(' ');
        line.append(quoteArgument(argv.at(i)));
    }
    return line;
}

Expected<QByteArray> joinArguments(const QStringList &argv)
{
    QList<QByteArray> bytes;
    bytes.reserve(argv.size());
    for (const QString &a : argv)
        bytes.append(a.toUtf8());
    return joinArguments(bytes);
}

} // namespace Patagon::Shell
