// A POSIX ustar archive of regular files built in memory, for DatasetUpload's batches of small
// files (unpacked by `tar -xf -` on the cluster). Names up to 100 bytes go in the header, longer
// ones in the prefix field when they split at a '/', else in a pax extended header ('x').
#pragma once

#include <QByteArray>

#include <algorithm>
#include <utility>

namespace Patagon::Train {

class UstarWriter
{
public:
    static constexpr int kBlock = 512;

    // `path` relative, '/'-separated, UTF-8; `mode` the permission bits; `mtime` in seconds.
    void addFile(const QByteArray &path, const QByteArray &contents, quint32 mode, qint64 mtime)
    {
        QByteArray name = path;
        QByteArray prefix;
        if (path.size() > 100) {
            // The prefix gets everything before a '/' such that both halves fit.
            for (qsizetype slash = path.indexOf('/'); slash >= 0;
                 slash = path.indexOf('/', slash + 1)) {
                if (slash <= 155 && path.size() - slash - 1 <= 100 && path.size() - slash - 1 > 0) {
                    prefix = path.left(slash);
                    name = path.mid(slash + 1);
                    break;
                }
            }
            if (prefix.isEmpty()) {
                appendEntry(QByteArrayLiteral("././@PaxHeader"), paxRecord("path", path), 0644,
                            mtime, 'x', {});
                name = path.right(100);
            }
        }
        appendEntry(name, contents, mode, mtime, '0', prefix);
    }
    // The archive with its end (two zero blocks); the writer is empty afterwards.
    QByteArray finish()
    {
        m_data.append(2 * kBlock, '\0');
        return std::exchange(m_data, {});
    }
    qint64 size() const { return m_data.size(); }

private:
    static QByteArray paxRecord(const QByteArray &key, const QByteArray &value)
    {
        // "LEN key=value\n", LEN counting itself.
        const qsizetype rest = 1 + key.size() + 1 + value.size() + 1;
        qsizetype length = rest + 1;
        while (QByteArray::number(qint64(length)).size() + rest != length)
            length = QByteArray::number(qint64(length)).size() + rest;
        return QByteArray::number(qint64(length)) + ' ' + key + '=' + value + '\n';
    }
    static void putOctal(char *field, int width, qint64 value)
    {
        // width - 1 digits, then NUL; clamped to what fits.
        const qint64 max = (qint64(1) << (3 * (width - 1))) - 1;
        const QByteArray digits = QByteArray::number(std::clamp<qint64>(value, 0, max), 8)
                                      .rightJustified(width - 1, '0');
        std::copy(digits.cbegin(), digits.cend(), field);
    }
    void appendEntry(const QByteArray &name, const QByteArray &contents, quint32 mode, qint64 mtime,
                     char type, const QByteArray &prefix)
    {
        char h[kBlock] = {};
        std::copy_n(name.constData(), std::min<qsizetype>(name.size(), 100), h);
        putOctal(h + 100, 8, mode & 07777);
        putOctal(h + 108, 8, 0); // uid
        putOctal(h + 116, 8, 0); // gid
        putOctal(h + 124, 12, contents.size());
        putOctal(h + 136, 12, mtime);
        h[156] = type;
        std::copy_n("ustar\0"
                    "00",
                    8, h + 257);
        std::copy_n(prefix.constData(), std::min<qsizetype>(prefix.size(), 155), h + 345);
        std::fill_n(h + 148, 8, ' ');
        unsigned sum = 0;
        for (unsigned char c : h)
            sum += c;
        putOctal(h + 148, 7, sum); // six digits, NUL, and the space left from above
        h[154] = '\0';
        m_data.append(h, kBlock);
        m_data.append(contents);
        m_data.append((kBlock - contents.size() % kBlock) % kBlock, '\0');
    }

    QByteArray m_data;
};

} // namespace Patagon::Train
