// All connection profiles the app knows: the user's (QSettings), the shipped presets, and the
// drop-in files of the profiles folder (the sandbox cluster writes `sandbox.ini` there).
#pragma once

#include "core/profiles/connectionprofile.h"
#include "core/result.h"

#include <QList>

namespace Patagon {

class ProfileStore
{
public:
    // `dropInDir` empty: the default folder, see defaultDropInDir().
    explicit ProfileStore(const QString &dropInDir = QString());

    // ${XDG_CONFIG_HOME:-~/.config}/patagon-studio/profiles
    static QString defaultDropInDir();

    QString dropInDir() const { return m_dropInDir; }

    // User profiles first, then drop-ins and presets whose names the user has not taken.
    QList<ConnectionProfile> profiles() const;
    Expected<ConnectionProfile> find(const QString &name) const;

    // Saves a user profile (replacing one of the same name).
    Result save(const ConnectionProfile &profile);
    Result remove(const QString &name);

    // Writes a drop-in profile file (used by the sandbox set-up and by tests).
    static Result writeDropIn(const QString &path, const ConnectionProfile &profile);

private:
    QList<ConnectionProfile> userProfiles() const;
    void storeUserProfiles(const QList<ConnectionProfile> &profiles);

    QString m_dropInDir;
};

} // namespace Patagon
