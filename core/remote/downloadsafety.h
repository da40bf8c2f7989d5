// What a folder download accepts from the server: every entry name the server lists is checked
// before it becomes part of a local path, and the server's file modes are narrowed to safe
// local ones. The server is not trusted: it may be hostile or broken.
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace Patagon::DownloadSafety {

// Files and folders in one folder download: a server that lists without end is stopped here.
inline constexpr qsizetype kMaxEntries = 200000;

// Whether `name`, one entry of the remote folder `folder` on `destination`, may become one
// component of a local path: not empty, not "." or "..", no '/' and no NUL byte (so it can
// neither climb out of the target folder nor point elsewhere), and valid UTF-8 (so the name
// asked for is the name listed). The error names the entry with its odd bytes made visible.
Result checkEntryName(const QByteArray &name, const QString &folder, const QString &destination);

// `name` for a message: control characters, DEL and bytes that are not UTF-8 written as
// escapes (\n, \t, \x1b, ...), so a hostile name cannot change how the message looks.
QString visibleName(const QByteArray &name);

// The local mode for a downloaded file whose remote mode is `remoteMode`. The owner always
// gets read and write (the file is the user's own copy); execute bits and group/other read
// are kept as the server gave them; group/other write, setuid, setgid and the sticky bit are
// never applied, whatever the server says.
quint32 localFileMode(quint32 remoteMode);

// The refusal of a symbolic link met inside a folder being downloaded (`path` on `destination`):
// following it could copy far more than the folder (../.., /etc) or loop, and copying it as a
// link could make a local path point elsewhere; the user decides.
Result linkRefused(const QString &path, const QString &destination);
// The refusal of a folder that lists more than kMaxEntries entries.
Result tooManyEntries(const QString &folder, const QString &destination);

} // namespace Patagon::DownloadSafety
