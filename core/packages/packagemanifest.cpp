// The per-container record of installed packages, as JSON on this machine.
#include "core/packages/packagemanifest.h"

#include "core/tr.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace Patagon::Packages {

namespace {

QJsonValue timeValue(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QDateTime timeFrom(const QJsonValue &v)
{
    if (!v.isString())
        return {};
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toUTC();
}

QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

// A profile or container name as a file-name part that cannot climb out of the folder.
QString safe(const QString &s)
{
    QString out;
    for (const QChar c : s)
        out += c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u'.' ? c : QChar(u'_');
    if (out.isEmpty() || out.startsWith(u'.'))
        out.prepend(u'_');
    return out;
}

} // namespace

QJsonObject ManifestEntry::toJson() const
{
    return {{QStringLiteral("kind"), packageKindName(kind)},
            {QStringLiteral("packages"), QJsonArray::fromStringList(packages)},
            {QStringLiteral("started"), timeValue(started)},
            {QStringLiteral("finished"), timeValue(finished)},
            {QStringLiteral("exit_status"), exitStatus},
            {QStringLiteral("cancelled"), cancelled},
            {QStringLiteral("succeeded"), succeeded()},
            {QStringLiteral("node"), textOrNull(node)},
            {QStringLiteral("saved_to"), textOrNull(savedTo)},
            {QStringLiteral("output_tail"), outputTail},
            {QStringLiteral("typed_command"), textOrNull(typedCommand)}};
}

ManifestEntry ManifestEntry::fromJson(const QJsonObject &o)
{
    ManifestEntry e;
    e.kind
        = packageKindFromName(o.value(QLatin1String("kind")).toString()).value_or(PackageKind::Pip);
    for (const QJsonValue &v : o.value(QLatin1String("packages")).toArray())
        e.packages << v.toString();
    e.started = timeFrom(o.value(QLatin1String("started")));
    e.finished = timeFrom(o.value(QLatin1String("finished")));
    e.exitStatus = o.value(QLatin1String("exit_status")).toInt(-1);
    e.cancelled = o.value(QLatin1String("cancelled")).toBool();
    e.node = o.value(QLatin1String("node")).toString();
    e.savedTo = o.value(QLatin1String("saved_to")).toString();
    e.outputTail = o.value(QLatin1String("output_tail")).toString();
    e.typedCommand = o.value(QLatin1String("typed_command")).toString();
    return e;
}

PackagePlan PackageManifest::replayPlan() const
{
    PackagePlan plan;
    for (const ManifestEntry &e : entries) {
        if (!e.succeeded())
            continue;
        // Entries were validated when they were installed; a hand-edited file is checked again.
        if (e.kind == PackageKind::Apt)
            (void)plan.addApt(e.packages);
        else
            (void)plan.addPip(e.packages);
    }
    return plan;
}

QJsonObject PackageManifest::toJson() const
{
    QJsonArray list;
    for (const ManifestEntry &e : entries)
        list.append(e.toJson());
    return {{QStringLiteral("format"), kFormatVersion},
            {QStringLiteral("container"), container},
            {QStringLiteral("image"), textOrNull(image)},
            {QStringLiteral("profile"), textOrNull(profile)},
            {QStringLiteral("cluster"), textOrNull(cluster)},
            {QStringLiteral("node"), textOrNull(node)},
            {QStringLiteral("created"), timeValue(created)},
            {QStringLiteral("entries"), list}};
}

QByteArray PackageManifest::toJsonBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

Expected<PackageManifest> PackageManifest::fromJson(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (!doc.isObject())
        return Result::error(
            ErrorCode::InvalidInput,
            Tr::tr("The package manifest is not valid JSON: %1.").arg(error.errorString()));
    const QJsonObject o = doc.object();
    const int format = o.value(QLatin1String("format")).toInt(0);
    if (format > kFormatVersion)
        return Result::error(ErrorCode::InvalidInput,
                             Tr::tr("The package manifest was written by a newer version of "
                                    "Patagon Studio (format %1); update the app to read it.")
                                 .arg(format));
    PackageManifest m;
    m.container = o.value(QLatin1String("container")).toString();
    if (m.container.isEmpty())
        return Result::error(ErrorCode::InvalidInput,
                             Tr::tr("The package manifest names no container."));
    m.image = o.value(QLatin1String("image")).toString();
    m.profile = o.value(QLatin1String("profile")).toString();
    m.cluster = o.value(QLatin1String("cluster")).toString();
    m.node = o.value(QLatin1String("node")).toString();
    m.created = timeFrom(o.value(QLatin1String("created")));
    for (const QJsonValue &v : o.value(QLatin1String("entries")).toArray())
        m.entries << ManifestEntry::fromJson(v.toObject());
    return m;
}

QString PackageManifest::tail(const QByteArray &output, int maxBytes)
{
    if (output.size() <= maxBytes)
        return QString::fromUtf8(output);
    QByteArray part = output.right(maxBytes);
    const qsizetype nl = part.indexOf('\n');
    if (nl >= 0 && nl + 1 < part.size())
        part.remove(0, nl + 1);
    else {
        // Skip UTF-8 continuation bytes so the text starts at a whole character.
        qsizetype i = 0;
        while (i < part.size() && (quint8(part.at(i)) & 0xC0) == 0x80)
            ++i;
        part.remove(0, i);
    }
    return QString::fromUtf8(part);
}

ManifestStore::ManifestStore(const QString &folder)
    : m_folder(folder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                       + QStringLiteral("/containers")
                                : folder)
{}

QString ManifestStore::pathFor(const QString &profile, const QString &container) const
{
    return m_folder + u'/' + safe(profile) + u'/' + safe(container) + QStringLiteral(".json");
}

Expected<PackageManifest> ManifestStore::load(const QString &profile,
                                              const QString &container) const
{
    QFile file(pathFor(profile, container));
    if (!file.exists()) {
        PackageManifest empty;
        empty.container = container;
        empty.profile = profile;
        return empty;
    }
    if (!file.open(QIODevice::ReadOnly))
        return Result::error(
            ErrorCode::Io,
            Tr::tr("Could not read %1: %2")
                .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
    Expected<PackageManifest> m = PackageManifest::fromJson(file.readAll());
    if (!m)
        return Result::error(
            m.errorCode(),
            Tr::tr("%1 (%2)").arg(m.errorMessage(), QDir::toNativeSeparators(file.fileName())));
    return m;
}

Result ManifestStore::save(const PackageManifest &manifest) const
{
    if (!manifest.isValid())
        return Result::error(ErrorCode::InvalidInput,
                             Tr::tr("The package manifest names no container."));
    const QString path = pathFor(manifest.profile, manifest.container);
    const QString dir = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(dir))
        return Result::error(
            ErrorCode::Io,
            Tr::tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(dir)));
    QSaveFile file(path);
    const QByteArray bytes = manifest.toJsonBytes();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Result::error(ErrorCode::Io,
                             Tr::tr("Could not write %1: %2")
                                 .arg(QDir::toNativeSeparators(path), file.errorString()));
    return Result::ok();
}

Result ManifestStore::remove(const QString &profile, const QString &container) const
{
    QFile file(pathFor(profile, container));
    if (file.exists() && !file.remove())
        return Result::error(
            ErrorCode::Io,
            Tr::tr("Could not remove %1: %2")
                .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
    return Result::ok();
}

QStringList ManifestStore::containers(const QString &profile) const
{
    QStringList out;
    const QDir dir(m_folder + u'/' + safe(profile));
    for (const QString &f : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(f));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const Expected<PackageManifest> m = PackageManifest::fromJson(file.readAll());
        if (m)
            out << m->container;
    }
    return out;
}

} // namespace Patagon::Packages
