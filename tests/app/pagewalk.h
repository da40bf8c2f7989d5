// Every page of the main window in turn, screenshotted and checked for text that is cut off
// (layoutcheck.h): what tst_layout and tst_layoutconnected share.
#pragma once

#include "../sandbox/widgettest.h"
#include "app/mainwindow.h"
#include "layoutcheck.h"

#include <QDir>
#include <QTest>

namespace Patagon::Testing {

// For initTestCase: the folder the screenshots go to, when one is named.
inline bool makeScreenshotFolder()
{
    const QString dir = qEnvironmentVariable("PATAGON_SCREENSHOT_DIR");
    return dir.isEmpty() || QDir().mkpath(dir);
}

// A test's _data: a "language" column with the rows en and es.
inline void addLanguageRows()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("es") << QStringLiteral("es");
}

// One line for each thing cut off, named by its page. Screenshots: layout-<prefix>-N-page.png.
inline QStringList walkEveryPage(MainWindow &window, const QString &prefix)
{
    QStringList problems;
    QStringList seen; // the navigation and the status bar: reported once, not on each page
    for (int page = 0; page < MainWindow::PageCount; ++page) {
        window.showPage(MainWindow::Page(page));
        const QString key = MainWindow::pageKey(MainWindow::Page(page));
        saveScreenshot(&window,
                       QStringLiteral("layout-%1-%2-%3.png").arg(prefix).arg(page + 1).arg(key));
        // A page that needs more room than the window has makes the window grow.
        if (window.size() != window.defaultSize())
            problems << QStringLiteral("%1: the window grew to %2x%3")
                            .arg(key)
                            .arg(window.width())
                            .arg(window.height());
        for (const QString &problem : clippedTexts(&window)) {
            if (!seen.contains(problem))
                problems << QStringLiteral("%1: %2").arg(key, problem);
            seen << problem;
        }
    }
    return problems;
}

} // namespace Patagon::Testing
