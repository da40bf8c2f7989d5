// The record of what was installed into a named container, when and with what result, so the
// same packages can be installed again on a new container or another cluster. Kept as JSON on
// this machine under the app's data folder, one file per profile and container.
#pragma once

#include "core/packages/packageplan.h"
#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Patagon::Packages {

struct ManifestEntry
{
    PackageKind kind = PackageKind::Pip;
    QStringList packages;
    QDateTime started; // UTC
    QDateTime finished; // UTC; null while running
    int exitStatus = -1; // -1: no status (cancelled, killed, connection lost)
    bool cancelled = false;
    QString node; // where it ran, when known
    QString savedTo; // the --container-save path, when the step saved the container
    QString outputTail; // the last lines of the output (at most kOutputTailBytes)
    QString typedCommand; // typed by the user in a container shell: the command (no output)

    static constexpr int kOutputTailBytes = 8192;
    bool succeeded() const { return exitStatus == 0 && !cancelled; }
    QJsonObject toJson() const;
    static ManifestEntry fromJson(const QJsonObject &json);
};

struct PackageManifest
{
    static constexpr int kFormatVersion = 1;

    QString container; // the named container
    QString image; // the reference it was imported from, when known
    QString profile; // the connection profile's name
    QString cluster; // the destination (user@host:port) at the time
    QString node; // the node the container lives on, when known
    QDateTime created; // UTC
    QList<ManifestEntry> entries; // in the order they ran

    bool isValid() const { return !container.isEmpty(); }
    // The packages whose steps succeeded, as a plan to replay (apt first, then pip, as install()
    // runs them).
    PackagePlan replayPlan() const;

    QJsonObject toJson() const;
    QByteArray toJsonBytes() const; // indented, for the file and `--json`
    static Expected<PackageManifest> fromJson(const QByteArray &bytes);
    // The last `maxBytes` of `output`, cut at a line start where possible, valid UTF-8.
    static QString tail(const QByteArray &output, int maxBytes = ManifestEntry::kOutputTailBytes);
};

class ManifestStore
{
public:
    // `folder` empty: <app data>/containers. Files: <folder>/<profile>/<container>.json.
    explicit ManifestStore(const QString &folder = {});

    QString folder() const { return m_folder; }
    QString pathFor(const QString &profile, const QString &container) const;
    // A container without a file gets an empty manifest (NotFound is not an error here).
    Expected<PackageManifest> load(const QString &profile, const QString &container) const;
    Result save(const PackageManifest &manifest) const; // atomic
    Result remove(const QString &profile, const QString &container) const;
    QStringList containers(const QString &profile) const;

private:
    QString m_folder;
};

} // namespace Patagon::Packages
