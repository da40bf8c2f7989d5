#include "core/train/runnerbundle.h"

#include "core/tr.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>

#include <algorithm>

namespace Patagon::Train {

namespace {

QList<BundleFile> readTree(const QString &root)
{
    QList<BundleFile> files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        files.append({path.mid(root.size() + 1), file.readAll()});
    }
    return files;
}

} // namespace

const RunnerBundle &RunnerBundle::builtIn()
{
    static const RunnerBundle bundle = [] {
        RunnerBundle b;
        b.m_files = readTree(QStringLiteral(":/patagon/runner"));
        b.rehash();
        return b;
    }();
    return bundle;
}

Expected<RunnerBundle> RunnerBundle::fromFolder(const QString &folder)
{
    RunnerBundle b;
    b.m_files = readTree(QDir::cleanPath(folder));
    if (b.m_files.isEmpty())
        return Result::error(ErrorCode::NotFound,
                             Tr::tr("The folder %1 holds no trainer sources.").arg(folder));
    b.rehash();
    return b;
}

qint64 RunnerBundle::totalBytes() const
{
    qint64 total = 0;
    for (const BundleFile &f : m_files)
        total += f.contents.size();
    return total;
}

void RunnerBundle::setFile(const QString &path, const QByteArray &contents)
{
    auto it = std::find_if(m_files.begin(), m_files.end(),
                           [&](const BundleFile &f) { return f.path == path; });
    if (it != m_files.end())
        it->contents = contents;
    else
        m_files.append({path, contents});
    rehash();
}

void RunnerBundle::rehash()
{
    std::sort(m_files.begin(), m_files.end(),
              [](const BundleFile &a, const BundleFile &b) { return a.path < b.path; });
    QCryptographicHash sha(QCryptographicHash::Sha256);
    for (const BundleFile &f : m_files) {
        sha.addData(f.path.toUtf8());
        sha.addData(QByteArray(1, '\0'));
        sha.addData(QByteArray::number(f.contents.size()));
        sha.addData(QByteArray(1, '\0'));
        sha.addData(f.contents);
    }
    m_hash = m_files.isEmpty() ? QString() : QString::fromLatin1(sha.result().toHex().left(16));
}

QByteArray RunnerBundle::manifest() const
{
    QByteArray out = m_hash.toLatin1() + '\n';
    for (const BundleFile &f : m_files)
        out += QByteArray::number(f.contents.size()) + ' ' + f.path.toUtf8() + '\n';
    return out;
}

} // namespace Patagon::Train
