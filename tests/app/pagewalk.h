// Every page of the main window in turn, screenshotted and checked for text that is cut off
// (layoutcheck.h): what tst_layout and tst_layoutconnected share.
#pragma once

#include "../sandbox/widgettest.h"
#include "app/mainwindow.h"
#include "layoutcheck.h"

#include <QDir>
#include <QStackedWidget>
#include <QTabWidget>
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

namespace Detail {

inline void collect(const MainWindow &window, const QString &where, QStringList &problems,
                    QStringList &seen)
{
    // A page that needs more room than the window has makes the window grow.
    if (window.size() != window.defaultSize())
        problems << QStringLiteral("%1: the window grew to %2x%3")
                        .arg(where)
                        .arg(window.width())
                        .arg(window.height());
    for (const QString &problem : clippedTexts(&window)) {
        if (!seen.contains(problem))
            problems << QStringLiteral("%1: %2").arg(where, problem);
        seen << problem;
    }
}

} // namespace Detail

// One line for each thing cut off, named by its page. Each tab of the page's tab widgets is
// shown too. Screenshots: layout-<prefix>-N-page[-tabM].png.
inline QStringList walkEveryPage(MainWindow &window, const QString &prefix)
{
    QStringList problems;
    QStringList seen; // the navigation and the status bar: reported once, not on each page
    auto *stack = window.findChild<QStackedWidget *>();
    for (int page = 0; page < MainWindow::PageCount; ++page) {
        window.showPage(MainWindow::Page(page));
        const QString key = MainWindow::pageKey(MainWindow::Page(page));
        const QString name = QStringLiteral("layout-%1-%2-%3").arg(prefix).arg(page + 1).arg(key);
        saveScreenshot(&window, name + QStringLiteral(".png"));
        Detail::collect(window, key, problems, seen);
        for (QTabWidget *tabs : stack->currentWidget()->findChildren<QTabWidget *>()) {
            if (!tabs->isVisible())
                continue;
            const int shown = tabs->currentIndex();
            for (int tab = 0; tab < tabs->count(); ++tab) {
                if (tab == shown || !tabs->isTabVisible(tab) || !tabs->isTabEnabled(tab))
                    continue;
                tabs->setCurrentIndex(tab);
                const QString tabsName
                    = tabs->objectName().isEmpty() ? QStringLiteral("tabs") : tabs->objectName();
                saveScreenshot(&window,
                               QStringLiteral("%1-%2-%3.png").arg(name, tabsName).arg(tab + 1));
                Detail::collect(window, key + QLatin1Char('/') + tabs->tabText(tab), problems,
                                seen);
            }
            tabs->setCurrentIndex(shown);
        }
    }
    return problems;
}

} // namespace Patagon::Testing
