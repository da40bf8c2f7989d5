// DatasetUpload's local file work and its parsers of the cluster's answers.
#include "core/train/datasetfiles.h"

#include "core/tr.h"
#include "core/train/ustarwriter.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <utility>

namespace Patagon::Train::DatasetFiles {

namespace {

constexpr qint64 kReadChunk = 1024 * 1024;
constexpr qsizetype kMaxRecord = 64 * 1024;

quint32 modeOf(QFileDevice::Permissions p)
{
    quint32 mode = 0600; // the owner can always replace it next time
    const std::pair<QFileDevice::Permission, quint32> bits[] = {{QFileDevice::ExeOwner, 0100},
                                                                {QFileDevice::ReadGroup, 040},
                                                                {QFileDevice::ExeGroup, 010},
                                                                {QFileDevice::ReadOther, 04},
                                                                {QFileDevice::ExeOther, 01}};
    for (const auto &[permission, bit] : bits)
        mode |= (p & permission) ? bit : 0;
    return mode;
}

bool isHex(QByteArrayView text)
{
    return std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    });
}

} // namespace

Scan scan(const QString &localDir, int maxFiles, const StopFlag &stop)
{
    Scan scan;
    const QFileInfo root(localDir);
    const QString shown = QDir::toNativeSeparators(localDir);
    if (!root.exists()) {
        scan.error = Result::error(
            ErrorCode::NotFound,
            Tr::tr("The folder %1 does not exist. Choose the dataset's folder on this computer.")
                .arg(shown));
    } else if (!root.isDir()) {
        scan.error = Result::error(
            ErrorCode::InvalidInput,
            Tr::tr("%1 is not a folder. Choose the folder that holds the dataset.").arg(shown));
    } else if (!root.isReadable() || !root.isExecutable()) {
        scan.error = Result::error(
            ErrorCode::PermissionDenied,
            Tr::tr("The folder %1 cannot be read. Check its permissions or choose another folder.")
                .arg(shown));
    }
    if (!scan.error)
        return scan;
    scan.base = root.canonicalFilePath();
    const QString prefix = scan.base.endsWith(u'/') ? scan.base : scan.base + u'/';
    // Without QDir::Hidden, hidden entries are left out and hidden folders not entered;
    // without FollowSymlinks, links to folders are not entered either.
    QDirIterator it(scan.base, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext() && !stop->load()) {
        const QFileInfo info = it.nextFileInfo();
        if (info.isSymLink() && !info.canonicalFilePath().startsWith(prefix))
            continue; // a link that leaves the folder
        if (!info.isFile() || !info.filePath().startsWith(prefix))
            continue;
        if (scan.files.size() >= size_t(maxFiles)) {
            scan.error = Result::error(
                ErrorCode::InvalidInput,
                Tr::tr("The folder %1 holds more than %L2 files, too many to copy one by one. "
                       "Pack the dataset into fewer, larger files and choose that folder.")
                    .arg(shown)
                    .arg(maxFiles));
            scan.files = {};
            return scan;
        }
        scan.files.push_back({info.filePath().mid(prefix.size()), info.size()});
    }
    std::sort(scan.files.begin(), scan.files.end(),
              [](const File &a, const File &b) { return a.path < b.path; });
    return scan;
}

QList<QByteArray> sha256(const QString &base, const QStringList &paths, const StopFlag &stop)
{
    QList<QByteArray> hashes;
    QByteArray buffer(kReadChunk, Qt::Uninitialized);
    for (const QString &path : paths) {
        QFile file(base + u'/' + path);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        bool ok = file.open(QIODevice::ReadOnly);
        while (ok && !stop->load()) {
            const qint64 n = file.read(buffer.data(), kReadChunk);
            if (n <= 0) {
                ok = n == 0;
                break;
            }
            hash.addData(QByteArrayView(buffer.constData(), n));
        }
        if (stop->load())
            break;
        hashes << (ok ? hash.result().toHex() : QByteArray());
    }
    return hashes;
}

Archive archive(const QString &base, const QStringList &paths, const StopFlag &stop)
{
    Archive archive;
    UstarWriter tar;
    for (const QString &path : paths) {
        if (stop->load())
            return archive;
        QFile file(base + u'/' + path);
        const QByteArray contents = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        if (!file.isOpen() || file.error() != QFileDevice::NoError) {
            archive.unreadable = path;
            return archive;
        }
        tar.addFile(path.toUtf8(), contents, modeOf(file.permissions()),
                    QFileInfo(file).lastModified().toSecsSinceEpoch());
        ++archive.files;
    }
    archive.data = tar.finish();
    return archive;
}

void ListingParser::feed(const QByteArray &chunk, const Record &record)
{
    m_pending += chunk;
    qsizetype from = 0;
    for (qsizetype end; (end = m_pending.indexOf('\0', from)) >= 0; from = end + 1) {
        if (std::exchange(m_discarding, false))
            continue; // the tail of an over-long record
        const QByteArrayView line(m_pending.constData() + from, end - from);
        const qsizetype space = line.indexOf(' ');
        if (space <= 0 || space > 18 || space + 1 >= line.size())
            continue;
        const QByteArrayView digits = line.first(space);
        if (!std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }))
            continue;
        record(digits.toLongLong(), QString::fromUtf8(line.sliced(space + 1)));
    }
    m_pending.remove(0, from);
    if (m_pending.size() > kMaxRecord) {
        m_pending.clear();
        m_discarding = true;
    }
}

QHash<QString, QByteArray> parseSha256Sums(const QByteArray &output)
{
    QHash<QString, QByteArray> sums;
    for (const QByteArray &text : output.split('\n')) {
        QByteArrayView line(text);
        const bool escaped = line.startsWith('\\');
        if (escaped)
            line = line.sliced(1);
        if (line.size() < 67 || !isHex(line.first(64)) || line.at(64) != ' '
            || (line.at(65) != ' ' && line.at(65) != '*'))
            continue;
        QByteArray name;
        bool ok = true;
        for (qsizetype i = 66; i < line.size() && ok; ++i) {
            char c = line.at(i);
            if (escaped && c == '\\') {
                const char next = i + 1 < line.size() ? line.at(++i) : '\0';
                c = next == '\\' ? '\\' : next == 'n' ? '\n' : next == 'r' ? '\r' : '\0';
                ok = c != '\0';
            }
            name += c;
        }
        if (ok)
            sums.insert(QString::fromUtf8(name), line.first(64).toByteArray().toLower());
    }
    return sums;
}

QStringList shell(const QString &script, const QString &remoteDir)
{
    return {QStringLiteral("sh"), QStringLiteral("-c"), script, QStringLiteral("sh"), remoteDir};
}

Result commandFailed(const QString &program, int exitStatus, const QByteArray &standardError)
{
    const QString text = QString::fromUtf8(standardError.left(kMaxRecord)).simplified().right(300);
    if (!text.isEmpty())
        return Result::error(ErrorCode::Remote,
                             Tr::tr("The cluster's %1 answered: \"%2\".").arg(program, text));
    return Result::error(
        ErrorCode::Remote,
        Tr::tr("The cluster's %1 ended with status %2.").arg(program).arg(exitStatus));
}

} // namespace Patagon::Train::DatasetFiles
