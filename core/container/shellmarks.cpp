// The prompt hook of container shells and the filter that reads its marks.
#include "core/container/shellmarks.h"

#include <QRandomGenerator>

namespace Patagon::Container {

namespace {

const QByteArray kMarkStart = QByteArrayLiteral("\x1b]6973;");

// The start-up file. The first prompt only notes where the history stands (bash loads
// ~/.bash_history after the start-up files, so the last line of an earlier session must not
// count); after that each new history entry is reported with the status it left. The hook
// hands $? on, so a prompt of the user's that shows it still does.
QString startupFile(const QString &token)
{
    return QStringLiteral("rm -f -- \"${BASH_SOURCE[0]}\"\n"
                          "[ -f ~/.bashrc ] && . ~/.bashrc\n"
                          "__patagon_mark() {\n"
                          "  local s=$? n c\n"
                          "  read -r n c <<< \"$(HISTTIMEFORMAT= builtin history 1)\"\n"
                          "  if [ -n \"${__patagon_seen+x}\" ] && [ -n \"$n\" ] "
                          "&& [ \"$n\" != \"$__patagon_seen\" ]; then\n"
                          "    c=${c//[[:cntrl:]]/ }\n"
                          "    printf '\\033]6973;%s;%s;%s\\007' '%TOKEN%' \"$s\" \"$c\"\n"
                          "  fi\n"
                          "  __patagon_seen=$n\n"
                          "  return $s\n"
                          "}\n"
                          "PROMPT_COMMAND=\"__patagon_mark${PROMPT_COMMAND:+; $PROMPT_COMMAND}\"\n")
        .replace(QStringLiteral("%TOKEN%"), token);
}

} // namespace

ShellMarks::ShellMarks(QObject *parent)
    : QObject(parent)
    , m_token(QString::number(QRandomGenerator::global()->generate64(), 16))
{}

QStringList ShellMarks::program() const
{
    // Without mktemp (or a writable /tmp) the shell still opens, only without the hook.
    return {QStringLiteral("sh"), QStringLiteral("-c"),
            QStringLiteral("f=$(mktemp 2>/dev/null) && printf '%s\\n' \"$1\" > \"$f\" "
                           "&& exec bash --rcfile \"$f\" -i; exec bash -i"),
            QStringLiteral("patagon-shell"), startupFile(m_token)};
}

QByteArray ShellMarks::filter(const QByteArray &chunk)
{
    QByteArray data = m_pending + chunk;
    m_pending.clear();
    QByteArray out;
    out.reserve(data.size());
    qsizetype pos = 0;
    while (pos < data.size()) {
        const qsizetype start = data.indexOf(kMarkStart, pos);
        if (start < 0) {
            // Hold a tail that could be the beginning of a mark.
            qsizetype keep = 0;
            for (qsizetype n = std::min<qsizetype>(kMarkStart.size() - 1, data.size() - pos); n > 0;
                 --n) {
                if (data.endsWith(kMarkStart.left(n))) {
                    keep = n;
                    break;
                }
            }
            out.append(data.constData() + pos, data.size() - pos - keep);
            m_pending = data.right(keep);
            return out;
        }
        out.append(data.constData() + pos, start - pos);
        const qsizetype bodyStart = start + kMarkStart.size();
        const qsizetype bell = data.indexOf('\a', bodyStart);
        const qsizetype st = data.indexOf("\x1b\\", bodyStart);
        qsizetype end = bell;
        qsizetype endLength = 1;
        if (st >= 0 && (bell < 0 || st < bell)) {
            end = st;
            endLength = 2;
        }
        if (end < 0 || end - start > kMaxMarkBytes) {
            if (data.size() - start > kMaxMarkBytes || (end >= 0 && end - start > kMaxMarkBytes)) {
                // Too long for a mark: text after all.
                out.append(data.constData() + start, kMarkStart.size());
                pos = bodyStart;
                continue;
            }
            m_pending = data.mid(start);
            return out;
        }
        handleMark(data.mid(bodyStart, end - bodyStart));
        pos = end + endLength;
    }
    return out;
}

QByteArray ShellMarks::takePending()
{
    return std::exchange(m_pending, QByteArray());
}

void ShellMarks::handleMark(const QByteArray &body)
{
    const qsizetype first = body.indexOf(';');
    const qsizetype second = first < 0 ? -1 : body.indexOf(';', first + 1);
    if (second < 0 || QString::fromLatin1(body.left(first)) != m_token)
        return; // not ours (or forged without the token): dropped, as the emulator would
    bool ok = false;
    const int status = body.mid(first + 1, second - first - 1).toInt(&ok);
    if (!ok)
        return;
    emit commandFinished(QString::fromUtf8(body.mid(second + 1)), status);
}

} // namespace Patagon::Container
