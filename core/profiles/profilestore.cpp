// All connection profiles the app knows: the user's, the shipped presets, and drop-in files.
#include "core/profiles/profilestore.h"

#include "core/settingskeys.h"
#include "core/tr.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

namespace Patagon {

ProfileStore::ProfileStore(const QString &dropInDir)
    : m_dropInDir(dropInDir.isEmpty() ? defaultDropInDir() : dropInDir)
{}

QString ProfileStore::defaultDropInDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/patagon-studio/profiles");
}

QList<ConnectionProfile> ProfileStore::userProfiles() const
{
    QSettings settings;
    QList<ConnectionProfile> list;
    const int n = settings.beginReadArray(QLatin1String(SettingsKeys::kProfiles));
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        ConnectionProfile p = ConnectionProfile::load(settings);
        p.origin = ConnectionProfile::Origin::User;
        if (p.isValid())
            list.append(p);
    }
    settings.endArray();
    return list;
}

void ProfileStore::storeUserProfiles(const QList<ConnectionProfile> &profiles)
{
    QSettings settings;
    settings.remove(QLatin1String(SettingsKeys::kProfiles));
    settings.beginWriteArray(QLatin1String(SettingsKeys::kProfiles), int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        settings.setArrayIndex(i);
        profiles.at(i).save(settings);
    }
    settings.endArray();
}

QList<ConnectionProfile> ProfileStore::profiles() const
{
    QList<ConnectionProfile> all = userProfiles();
    auto taken = [&all](const QString &name) {
        return std::any_of(all.cbegin(), all.cend(),
                           [&name](const ConnectionProfile &p) { return p.name == name; });
    };
    const QDir dir(m_dropInDir);
    const QStringList files = dir.entryList({QStringLiteral("*.ini")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QSettings ini(dir.filePath(file), QSettings::IniFormat);
        ConnectionProfile p = ConnectionProfile::load(ini);
        if (p.name.isEmpty())
            p.name = QFileInfo(file).completeBaseName();
        p.origin = ConnectionProfile::Origin::DropIn;
        if (p.isValid() && !taken(p.name))
            all.append(p);
    }
    const ConnectionProfile preset = ConnectionProfile::patagonPreset();
    if (!taken(preset.name))
        all.append(preset);
    return all;
}

Expected<ConnectionProfile> ProfileStore::find(const QString &name) const
{
    const QList<ConnectionProfile> all = profiles();
    for (const ConnectionProfile &p : all) {
        if (p.name == name)
            return p;
    }
    return Result::error(ErrorCode::NotFound,
                         Tr::tr("There is no connection profile named \"%1\". "
                                "List the profiles with \"patagon-studio profiles list\".")
                             .arg(name));
}

Result ProfileStore::save(const ConnectionProfile &profile)
{
    if (!profile.isValid())
        return Result::error(ErrorCode::InvalidInput,
                             Tr::tr("A profile needs a name and a host or an SSH alias."));
    QList<ConnectionProfile> list = userProfiles();
    ConnectionProfile stored = profile;
    stored.origin = ConnectionProfile::Origin::User;
    auto it = std::find_if(list.begin(), list.end(),
                           [&](const ConnectionProfile &p) { return p.name == profile.name; });
    if (it != list.end())
        *it = stored;
    else
        list.append(stored);
    storeUserProfiles(list);
    return Result::ok();
}

Result ProfileStore::remove(const QString &name)
{
    QList<ConnectionProfile> list = userProfiles();
    const auto removed = list.removeIf([&](const ConnectionProfile &p) { return p.name == name; });
    if (removed == 0)
        return Result::error(ErrorCode::NotFound,
                             Tr::tr("There is no saved profile named \"%1\" to delete.").arg(name));
    storeUserProfiles(list);
    return Result::ok();
}

Result ProfileStore::writeDropIn(const QString &path, const ConnectionProfile &profile)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Result::error(ErrorCode::Io,
                             Tr::tr("Could not create the folder for \"%1\". Check that you may "
                                    "write there.")
                                 .arg(path));
    QSettings ini(path, QSettings::IniFormat);
    ini.clear();
    profile.save(ini);
    ini.sync();
    if (ini.status() != QSettings::NoError)
        return Result::error(ErrorCode::Io,
                             Tr::tr("Could not write the profile file \"%1\".").arg(path));
    return Result::ok();
}

} // namespace Patagon
