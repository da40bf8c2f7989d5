// What the widget tests share: standard paths and settings of their own, the C locale, and
// screenshots of what they show when PATAGON_SCREENSHOT_DIR names a folder.
#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QWidget>

namespace Patagon::Testing {

// For initTestCase: QStandardPaths' test folders and empty settings under `applicationName`.
inline void useOwnSettings(const QString &applicationName)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("patagon-studio-tests"));
    QCoreApplication::setApplicationName(applicationName);
    QSettings().clear();
    QLocale::setDefault(QLocale::c());
}

inline void saveScreenshot(QWidget *widget, const QString &name)
{
    QTest::qWait(100); // the layout follows the last changes
    const QString dir = qEnvironmentVariable("PATAGON_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(widget->grab().save(QDir(dir).filePath(name), "PNG"));
}

} // namespace Patagon::Testing
