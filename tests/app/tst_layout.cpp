// The window at its first-start size, in English and in Spanish: every page is shown and
// screenshotted (into PATAGON_SCREENSHOT_DIR; ctest sets build/test-screenshots), and no
// visible label, button, group title, header section, table cell or navigation item is cut off.
#include "../sandbox/widgettest.h"
#include "app/mainwindow.h"
#include "core/i18n/languagemanager.h"
#include "layoutcheck.h"

#include <QDir>
#include <QImage>
#include <QListWidget>
#include <QStyle>
#include <QTest>

using namespace Patagon;

class TestLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        Testing::useOwnSettings(QStringLiteral("tst_layout"));
        const QString dir = qEnvironmentVariable("PATAGON_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(QDir().mkpath(dir));
    }

    // Every page has an icon that shows something: the theme's, else the style's, and none is
    // the style's blank page (Script's was) nor another page's.
    void navigationIconsShow()
    {
        LanguageManager languages;
        MainWindow window(&languages);
        auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QVERIFY(nav);
        const QSize size = nav->iconSize();
        const QImage blank
            = window.style()->standardIcon(QStyle::SP_FileIcon).pixmap(size).toImage();
        QList<QImage> seen;
        for (int i = 0; i < nav->count(); ++i) {
            const QImage image = nav->item(i)->icon().pixmap(size).toImage();
            QVERIFY2(!image.isNull(), qPrintable(nav->item(i)->text()));
            QVERIFY2(image != blank, qPrintable(nav->item(i)->text()));
            QVERIFY2(!seen.contains(image), qPrintable(nav->item(i)->text()));
            seen << image;
        }
    }

    void noTextIsCutOff_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("es") << QStringLiteral("es");
    }

    // Disconnected, as a newcomer first sees it: each page shows its not-connected state.
    void noTextIsCutOff()
    {
        QFETCH(QString, language);
        LanguageManager languages;
        languages.setLanguage(language);
        MainWindow window(&languages);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QVERIFY(nav);
        QStringList problems;
        QStringList seen; // the navigation and the status bar: reported once, not on each page
        for (int page = 0; page < MainWindow::PageCount; ++page) {
            window.showPage(MainWindow::Page(page));
            const QString key = MainWindow::pageKey(MainWindow::Page(page));
            Testing::saveScreenshot(
                &window,
                QStringLiteral("layout-%1-%2-%3.png").arg(language).arg(page + 1).arg(key));
            // A page that needs more room than the window has makes the window grow.
            if (window.size() != window.defaultSize())
                problems << QStringLiteral("%1: the window grew to %2x%3")
                                .arg(key)
                                .arg(window.width())
                                .arg(window.height());
            for (const QString &problem : Testing::clippedTexts(&window)) {
                if (!seen.contains(problem))
                    problems << QStringLiteral("%1: %2").arg(key, problem);
                seen << problem;
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
