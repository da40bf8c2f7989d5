// Every QSettings key of the app, in one place. Each read passes its default from here too.
// Secrets never go to QSettings: they live in the system keychain (QtKeychain) or in memory.
#pragma once

namespace Patagon::SettingsKeys {

// UI language: "" follows the system locale, else a language code ("en", "es").
inline constexpr char kLanguage[] = "ui/language";
inline constexpr char kLanguageDefault[] = "";

inline constexpr char kMainWindowGeometry[] = "ui/mainWindowGeometry";
inline constexpr char kMainWindowState[] = "ui/mainWindowState";
inline constexpr char kCurrentPage[] = "ui/currentPage";
inline constexpr int kCurrentPageDefault = 0;

// Saved connection profiles: an array of groups, one per profile.
inline constexpr char kProfiles[] = "profiles";
inline constexpr char kLastProfile[] = "connection/lastProfile";

// Train: stop before submitting so that the batch script can be read first.
inline constexpr char kTrainReviewScript[] = "train/reviewScript";
inline constexpr bool kTrainReviewScriptDefault = false;

} // namespace Patagon::SettingsKeys
