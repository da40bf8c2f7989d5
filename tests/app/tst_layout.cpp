// The window at its first-start size, in English and in Spanish: every page is shown and
// screenshotted (into PATAGON_SCREENSHOT_DIR; ctest sets build/test-screenshots), and no
// visible label, button, group title, header section, table cell or navigation item is cut off.
#include "core/i18n/languagemanager.h"
#include "pagewalk.h"

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
        QVERIFY(Testing::makeScreenshotFolder());
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

    void noTextIsCutOff_data() { Testing::addLanguageRows(); }

    // Disconnected, as a newcomer first sees it: each page shows its not-connected state.
    void noTextIsCutOff()
    {
        QFETCH(QString, language);
        LanguageManager languages;
        languages.setLanguage(language);
        MainWindow window(&languages);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const QStringList problems = Testing::walkEveryPage(window, language);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
