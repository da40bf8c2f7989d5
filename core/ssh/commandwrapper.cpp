// The exec request, the script sent on standard input, and the marker filter.
#include "core/ssh/commandwrapper.h"

#include <QRandomGenerator>
#include <QStringBuilder>

#include <utility>

namespace Patagon::CommandWrapper {

namespace {
constexpr qsizetype kMaxNoise = 64 * 1024; // what is kept of the login shell's output

QByteArray markerFor(const QByteArray &nonce)
{
    return QByteArrayLiteral("\x1ePATAGON ") + nonce;
}
} // namespace

QByteArray newNonce()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex();
}

QByteArray execRequest(const QByteArray &nonce)
{
    // $0 is the nonce. The script is evaluated only once its last line arrived: a connection
    // lost on the way leaves a partial script that never runs (status 125).
    return QByteArrayLiteral("exec /bin/sh -c 'nl=$(printf \"\\nx\"); nl=${nl%x}; c=; "
                             "while IFS= read -r l; do if [ \"$l\" = \"$0\" ]; then eval \"$c\"; "
                             "exit 125; fi; c=\"$c$l$nl\"; done; exit 125' ")
        + nonce;
}

QByteArray terminalExecRequest(const QByteArray &commandLine)
{
    return QByteArrayLiteral("exec /bin/sh -c 'eval \"$(printf %s \"$0\" | base64 -d)\"' ")
        + QByteArray("exec " + commandLine).toBase64();
}

QByteArray prologue(const QByteArray &nonce, const QByteArray &commandLine,
                    const QByteArray &standardInput)
{
    QByteArray script;
    // The PID is the shell's, which `exec` hands to the command; sshd made the login shell a
    // session leader, so it also names the process group to signal on cancel.
    script += "printf '\\036PATAGON %s %s\\n' \"$0\" \"$$\"; printf '\\036PATAGON %s\\n' "
              "\"$0\" >&2\n";
    if (!standardInput.isEmpty()) {
        script += "t=$(mktemp) || exit 125\n"
                  "cat > \"$t\"\n"
                  "if [ \"$(wc -c < \"$t\")\" -ne "
            + QByteArray::number(standardInput.size())
            + " ]; then rm -f \"$t\"; echo 'patagon: the input of the command arrived "
              "incomplete; it was not run.' >&2; exit 125; fi\n"
              "exec < \"$t\"; rm -f \"$t\"\n";
    }
    script += "exec " + commandLine + '\n';
    return script + nonce + '\n' + standardInput;
}

MarkerFilter::MarkerFilter(const QByteArray &nonce, bool isStderr)
    : m_marker(markerFor(nonce) + (isStderr ? "\n" : " "))
{}

QByteArray MarkerFilter::feed(const QByteArray &chunk)
{
    if (m_seen && m_markerText.endsWith('\n'))
        return chunk;
    m_pending += chunk;
    if (!m_seen) {
        const qsizetype at = m_pending.indexOf(m_marker);
        if (at < 0) {
            // Keep the noise's tail only (bounded), enough to find a marker cut in two.
            if (m_pending.size() > kMaxNoise)
                m_pending.remove(0, m_pending.size() - kMaxNoise);
            return {};
        }
        m_seen = true;
        m_pending.remove(0, at + m_marker.size());
        if (m_marker.endsWith('\n')) {
            m_markerText = "\n";
            return std::exchange(m_pending, {});
        }
    }
    const qsizetype nl = m_pending.indexOf('\n');
    if (nl < 0) {
        if (m_pending.size() > 64) { // not a PID: give up waiting for one
            m_markerText = "\n";
            return std::exchange(m_pending, {});
        }
        return {};
    }
    m_markerText = m_pending.left(nl + 1);
    QByteArray rest = m_pending.mid(nl + 1);
    m_pending.clear();
    return rest;
}

QByteArray MarkerFilter::takeUnmarked()
{
    if (m_seen)
        return {};
    return std::exchange(m_pending, {});
}

} // namespace Patagon::CommandWrapper
