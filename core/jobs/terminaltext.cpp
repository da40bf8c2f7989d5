// Log bytes to lines, the way a terminal shows them.
#include "core/jobs/terminaltext.h"

namespace Patagon::Jobs {

namespace {

// Windows-1252 for 0x80..0x9F; 0 where it has no character.
constexpr char16_t kCp1252[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

QChar fallbackChar(uchar b)
{
    if (b >= 0x80 && b < 0xA0 && kCp1252[b - 0x80] != 0)
        return QChar(kCp1252[b - 0x80]);
    return QChar(char16_t(b));
}

// Length of the UTF-8 sequence that starts with `b`; 0 for a byte that cannot start one.
int sequenceLength(uchar b)
{
    if (b < 0x80)
        return 1;
    if (b >= 0xC2 && b <= 0xDF)
        return 2;
    if (b >= 0xE0 && b <= 0xEF)
        return 3;
    if (b >= 0xF0 && b <= 0xF4)
        return 4;
    return 0;
}

// Whether `b` may follow `lead` as byte `index` (1-based) of a sequence (no overlongs, no
// surrogates, nothing above U+10FFFF).
bool validContinuation(uchar lead, int index, uchar b)
{
    if ((b & 0xC0) != 0x80)
        return false;
    if (index != 1)
        return true;
    if (lead == 0xE0)
        return b >= 0xA0;
    if (lead == 0xED)
        return b < 0xA0;
    if (lead == 0xF0)
        return b >= 0x90;
    if (lead == 0xF4)
        return b < 0x90;
    return true;
}

} // namespace

void TerminalText::reset()
{
    m_pending.clear();
    m_line.clear();
    m_cursor = 0;
    m_done.clear();
}

void TerminalText::put(QChar c)
{
    // Whatever writes the character (a control picture, a tab, an invalid byte), a full line
    // wraps: no line grows past the limit.
    if (m_cursor >= kMaxLineLength)
        commitLine();
    if (m_cursor < m_line.size())
        m_line[m_cursor] = c;
    else {
        if (m_cursor > m_line.size())
            m_line.append(QString(m_cursor - m_line.size(), u' '));
        m_line.append(c);
    }
    ++m_cursor;
}

void TerminalText::putCodePoint(char32_t c)
{
    if (c < 0x10000) {
        put(QChar(char16_t(c)));
        return;
    }
    if (m_cursor >= kMaxLineLength - 1) // both halves on one line
        commitLine();
    put(QChar(QChar::highSurrogate(c)));
    put(QChar(QChar::lowSurrogate(c)));
}

void TerminalText::commitLine()
{
    m_done.append(m_line);
    m_line.clear();
    m_cursor = 0;
}

void TerminalText::handleCsi(const QByteArray &params, char final)
{
    const int n = params.isEmpty() ? 0 : params.split(';').first().toInt();
    switch (final) {
    case 'K': // erase in line
        if (n == 0)
            m_line.truncate(m_cursor);
        else if (n == 1)
            m_line.replace(0, qMin(m_cursor + 1, m_line.size()),
                           QString(qMin(m_cursor + 1, m_line.size()), u' '));
        else
            m_line.clear();
        break;
    // A log may ask for any column (ESC[2000000000G): the cursor stays within a line's limit,
    // or the line would be padded to gigabytes.
    case 'G': // cursor to column n
        m_cursor = qBound<qsizetype>(0, qsizetype(n) - 1, kMaxLineLength - 1);
        break;
    case 'C': // forward
        m_cursor = qMin<qsizetype>(m_cursor + qMax(1, n), kMaxLineLength - 1);
        break;
    case 'D': // back
        m_cursor = qMax<qsizetype>(0, m_cursor - qMax(1, n));
        break;
    default: // colours and everything else: nothing to show
        break;
    }
}

QStringList TerminalText::feed(const QByteArray &input)
{
    QByteArray bytes;
    const QByteArray *data = &input;
    if (!m_pending.isEmpty()) {
        bytes = m_pending + input;
        m_pending.clear();
        data = &bytes;
    }
    const char *p = data->constData();
    const qsizetype size = data->size();
    qsizetype i = 0;
    while (i < size) {
        const uchar b = uchar(p[i]);
        // The common case: printable ASCII appended at the end of the line.
        if (b >= 0x20 && b < 0x7F) {
            if (m_cursor == m_line.size()) {
                qsizetype j = i;
                const qsizetype limit = qMin(size, i + (kMaxLineLength - m_line.size()));
                while (j < limit && uchar(p[j]) >= 0x20 && uchar(p[j]) < 0x7F)
                    ++j;
                m_line.append(QLatin1String(p + i, j - i));
                m_cursor = m_line.size();
                i = j;
            } else {
                put(QLatin1Char(char(b)));
                ++i;
            }
            if (m_line.size() >= kMaxLineLength)
                commitLine();
            continue;
        }
        if (b == '\n') {
            commitLine();
            ++i;
            continue;
        }
        if (b == '\r') {
            m_cursor = 0;
            ++i;
            continue;
        }
        if (b == '\b') {
            m_cursor = qMax<qsizetype>(0, m_cursor - 1);
            ++i;
            continue;
        }
        if (b == '\t') {
            put(u'\t');
            ++i;
            continue;
        }
        if (b == 0x1B) {
            if (i + 1 >= size) {
                m_pending = QByteArray(p + i, size - i);
                break;
            }
            const char kind = p[i + 1];
            if (kind == '[') {
                qsizetype j = i + 2;
                while (j < size && (uchar(p[j]) < 0x40 || uchar(p[j]) > 0x7E))
                    ++j;
                if (j >= size) {
                    if (size - i > 64) { // not an escape after all: show it
                        put(QChar(0x241B));
                        ++i;
                        continue;
                    }
                    m_pending = QByteArray(p + i, size - i);
                    break;
                }
                handleCsi(QByteArray(p + i + 2, j - i - 2), p[j]);
                i = j + 1;
                continue;
            }
            if (kind == ']') { // OSC: up to BEL or ESC backslash
                qsizetype j = i + 2;
                while (j < size && p[j] != '\a'
                       && !(p[j] == 0x1B && j + 1 < size && p[j + 1] == '\\'))
                    ++j;
                if (j >= size) {
                    if (size - i > 4096) {
                        put(QChar(0x241B));
                        ++i;
                        continue;
                    }
                    m_pending = QByteArray(p + i, size - i);
                    break;
                }
                i = j + (p[j] == '\a' ? 1 : 2);
                continue;
            }
            i += 2; // a two-byte escape (ESC 7, ESC =, ...)
            continue;
        }
        if (b < 0x20 || b == 0x7F) {
            // Other control bytes stay visible as their Unicode control pictures.
            if (b != '\a')
                put(QChar(b == 0x7F ? char16_t(0x2421) : char16_t(0x2400 + b)));
            ++i;
            continue;
        }
        // Non-ASCII: a UTF-8 sequence, or an invalid byte.
        const int length = sequenceLength(b);
        if (length == 0) {
            put(fallbackChar(b));
            ++i;
            continue;
        }
        int have = 1;
        bool valid = true;
        while (have < length && i + have < size) {
            if (!validContinuation(b, have, uchar(p[i + have]))) {
                valid = false;
                break;
            }
            ++have;
        }
        if (valid && have < length) { // cut by the end of the chunk
            m_pending = QByteArray(p + i, size - i);
            break;
        }
        if (!valid) {
            put(fallbackChar(b));
            ++i;
            continue;
        }
        char32_t cp = b & (0xFF >> (length + 1));
        for (int k = 1; k < length; ++k)
            cp = (cp << 6) | (uchar(p[i + k]) & 0x3F);
        putCodePoint(cp);
        i += length;
        if (m_line.size() >= kMaxLineLength)
            commitLine();
    }
    return std::exchange(m_done, {});
}

QStringList TerminalText::flush()
{
    if (!m_pending.isEmpty()) {
        // A sequence the log never completed: its bytes, one character each.
        const QByteArray rest = m_pending;
        m_pending.clear();
        for (const char c : rest)
            put(c == 0x1B ? QChar(0x241B)
                          : (uchar(c) < 0x80 ? QLatin1Char(c) : fallbackChar(uchar(c))));
    }
    if (!m_line.isEmpty())
        commitLine();
    QStringList lines = std::exchange(m_done, {});
    reset();
    return lines;
}

} // namespace Patagon::Jobs
