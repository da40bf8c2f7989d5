// What a folder download accepts from the server (see downloadsafety.h).
#include "core/remote/downloadsafety.h"

#include "core/tr.h"

#include <QStringDecoder>

namespace Patagon::DownloadSafety {

namespace {
bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder(bytes);
    return !decoder.hasError();
}
} // namespace

QString visibleName(const QByteArray &name)
{
    QString shown;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const auto escape = [&shown](uchar c) {
        switch (c) {
        case '\n':
            shown += QStringLiteral("\\n");
            break;
        case '\t':
            shown += QStringLiteral("\\t");
            break;
        case '\r':
            shown += QStringLiteral("\\r");
            break;
        default:
            shown += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
        }
    };
    // One character at a time, so that a stray byte is shown as one and the rest still reads.
    qsizetype i = 0;
    while (i < name.size()) {
        const uchar c = uchar(name.at(i));
        if (c < 0x20 || c == 0x7f) {
            escape(c);
            ++i;
            continue;
        }
        const qsizetype length = c < 0x80 ? 1 : c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
        const QByteArray piece = name.mid(i, length);
        const QString text = decoder(piece);
        if (decoder.hasError() || piece.size() != length || (c >= 0x80 && c < 0xc2)
            || text.size() != (length == 4 ? 2 : 1)) {
            decoder.resetState();
            escape(c);
            ++i;
            continue;
        }
        const char32_t code = text.size() == 2 ? QChar::surrogateToUcs4(text.at(0), text.at(1))
                                               : char32_t(text.at(0).unicode());
        if (code >= 0x80 && code <= 0x9f)
            shown += QStringLiteral("\\u%1").arg(uint(code), 4, 16, QLatin1Char('0'));
        else
            shown += text;
        i += length;
    }
    return shown;
}

Result checkEntryName(const QByteArray &name, const QString &folder, const QString &destination)
{
    QString why;
    if (name.isEmpty())
        why = Tr::tr("The folder \"%1\" on %2 lists an entry with an empty name. Nothing was "
                     "downloaded: the server's listing cannot be trusted.")
                  .arg(folder, destination);
    else if (name == "." || name == ".." || name.contains('/') || name.contains('\0'))
        why = Tr::tr("The folder \"%1\" on %2 lists an entry named \"%3\", which is not a plain "
                     "file name and could write outside the folder you chose. Nothing was "
                     "downloaded.")
                  .arg(folder, destination, visibleName(name));
    else if (!isValidUtf8(name))
        why = Tr::tr("The folder \"%1\" on %2 holds an entry named \"%3\", which is not valid "
                     "UTF-8 and cannot be downloaded by that name. Nothing was downloaded; "
                     "rename it on the cluster and try again.")
                  .arg(folder, destination, visibleName(name));
    if (why.isEmpty())
        return Result::ok();
    return Result::error(ErrorCode::Remote, why);
}

Result linkRefused(const QString &path, const QString &destination)
{
    return Result::error(ErrorCode::Remote,
                         Tr::tr("\"%1\" on %2 is a symbolic link. Links inside a folder are not "
                                "followed when it is downloaded, so nothing was downloaded. Remove "
                                "the link, or download what it points to by itself.")
                             .arg(path, destination));
}

Result tooManyEntries(const QString &folder, const QString &destination)
{
    return Result::error(ErrorCode::Remote,
                         Tr::tr("The folder \"%1\" on %2 holds more than %3 entries. Nothing was "
                                "downloaded; download its subfolders one at a time.")
                             .arg(folder, destination)
                             .arg(kMaxEntries));
}

quint32 localFileMode(quint32 remoteMode)
{
    // 0155: owner execute, group read+execute, other read+execute. 0600: owner read+write.
    return (remoteMode & 0155) | 0600;
}

} // namespace Patagon::DownloadSafety
