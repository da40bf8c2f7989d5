// Text that a server sent, made safe to show (see servertext.h).
#include "core/servertext.h"

namespace Patagon::ServerText {

namespace {

constexpr char16_t kEsc = 0x1b;
constexpr char16_t kBel = 0x07;
constexpr char16_t kCsi8 = 0x9b; // C1 forms of ESC [, ESC \ ...
constexpr char16_t kSt8 = 0x9c;

bool inRange(char16_t c, char16_t low, char16_t high)
{
    return c >= low && c <= high;
}

// Control strings (OSC, DCS, SOS, PM, APC) run to BEL or ST; returns the index after it.
qsizetype skipControlString(QStringView text, qsizetype i)
{
    while (i < text.size()) {
        const char16_t c = text.at(i).unicode();
        if (c == kBel || c == kSt8)
            return i + 1;
        if (c == kEsc && i + 1 < text.size() && text.at(i + 1) == u'\\')
            return i + 2;
        ++i;
    }
    return i;
}

// CSI parameters, intermediates and the final byte; a byte that breaks the pattern ends it
// (and is looked at on its own).
qsizetype skipCsi(QStringView text, qsizetype i)
{
    while (i < text.size() && inRange(text.at(i).unicode(), 0x30, 0x3f))
        ++i;
    while (i < text.size() && inRange(text.at(i).unicode(), 0x20, 0x2f))
        ++i;
    if (i < text.size() && inRange(text.at(i).unicode(), 0x40, 0x7e))
        ++i;
    return i;
}

// After ESC at i - 1: the index after the whole sequence.
qsizetype skipEscape(QStringView text, qsizetype i)
{
    if (i >= text.size())
        return i;
    const char16_t c = text.at(i).unicode();
    if (c == u'[')
        return skipCsi(text, i + 1);
    if (c == u']' || c == u'P' || c == u'X' || c == u'^' || c == u'_')
        return skipControlString(text, i + 1);
    while (i < text.size() && inRange(text.at(i).unicode(), 0x20, 0x2f))
        ++i; // intermediates, as in ESC ( B
    if (i < text.size() && inRange(text.at(i).unicode(), 0x30, 0x7e))
        ++i;
    return i;
}

bool isBidiControl(char16_t c)
{
    return inRange(c, 0x202a, 0x202e) || inRange(c, 0x2066, 0x2069);
}

} // namespace

QString sanitized(QStringView text, qsizetype maxLength)
{
    QString clean;
    clean.reserve(std::min(text.size(), maxLength));
    qsizetype i = 0;
    bool cut = false;
    while (i < text.size()) {
        const char16_t c = text.at(i).unicode();
        ++i;
        if (c == kEsc) {
            i = skipEscape(text, i);
            continue;
        }
        if (c == kCsi8) {
            i = skipCsi(text, i);
            continue;
        }
        if (c == 0x90 || c == 0x98 || c == 0x9d || c == 0x9e || c == 0x9f) {
            i = skipControlString(text, i);
            continue;
        }
        if ((c < 0x20 && c != u'\t' && c != u'\n') || inRange(c, 0x7f, 0x9f) || isBidiControl(c))
            continue;
        if (clean.size() >= maxLength) {
            cut = true;
            break;
        }
        clean.append(QChar(c));
    }
    if (cut && maxLength > 0) {
        clean.truncate(maxLength - 1);
        if (!clean.isEmpty() && clean.back().isHighSurrogate())
            clean.chop(1); // never half a character
        clean.append(QChar(0x2026));
    }
    return clean;
}

QString sanitized(const QByteArray &utf8, qsizetype maxLength)
{
    return sanitized(QString::fromUtf8(utf8), maxLength);
}

} // namespace Patagon::ServerText
