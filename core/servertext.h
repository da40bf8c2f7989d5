// Text that a server sent (keyboard-interactive names, instructions and prompts, banners,
// error reasons), made safe to print on a terminal or put in a label: a hostile server must
// not be able to move the cursor, retitle the window, clear the screen or hide text.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace Patagon::ServerText {

// Longest text kept, in UTF-16 code units, the ellipsis included.
inline constexpr qsizetype kMaxLength = 2000;

// `text` without control characters and escape sequences, at most `maxLength` long (cut with
// "…"). Removed: C0 controls except tab and newline (so "\r\n" becomes "\n"), DEL, C1 controls
// (U+0080 to U+009F), whole ESC and C1 sequences (CSI, OSC, DCS, SOS, PM, APC and the short
// ones), and the Unicode bidirectional embeddings, overrides and isolates that can make text
// read in another order than it is. Applying it twice changes nothing more.
QString sanitized(QStringView text, qsizetype maxLength = kMaxLength);
// The same for UTF-8 bytes (as libssh hands them over); bytes that are not UTF-8 become U+FFFD.
QString sanitized(const QByteArray &utf8, qsizetype maxLength = kMaxLength);

} // namespace Patagon::ServerText
