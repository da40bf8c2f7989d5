// The trainer's sources as the app carries them (gpu_runner/ plus the probe and build scripts,
// compiled in as resources), and their hash: the name of the folder they are deployed to on a
// cluster, ~/.patagon-studio/runner/HASH. The same hash means the same bytes.
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Patagon::Train {

struct BundleFile
{
    QString path; // relative, '/'-separated
    QByteArray contents;
};

class RunnerBundle
{
public:
    RunnerBundle() = default;
    // The bundle compiled into the app.
    static const RunnerBundle &builtIn();
    // Every file under `folder` (tests: a changed bundle). Empty folder: an error.
    static Expected<RunnerBundle> fromFolder(const QString &folder);

    bool isValid() const { return !m_files.isEmpty(); }
    const QList<BundleFile> &files() const { return m_files; }
    qint64 totalBytes() const;
    // 16 hexadecimal digits of the SHA-256 over every path and content, in path order.
    QString hash() const { return m_hash; }
    // Replaces or adds a file (tests: a deliberately broken source); the hash follows.
    void setFile(const QString &path, const QByteArray &contents);
    // The file list written as BUNDLE into the deployed folder: "HASH\n" then "SIZE PATH" lines.
    QByteArray manifest() const;

private:
    void rehash();
    QList<BundleFile> m_files; // sorted by path
    QString m_hash;
};

} // namespace Patagon::Train
