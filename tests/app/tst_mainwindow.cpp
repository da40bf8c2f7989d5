// The app shell: it opens offscreen, shows every page of the workflow, and switches language
// at run time (a translated label changes), remembering the choice.
#include "app/jobs/jobtablemodel.h"
#include "app/mainwindow.h"
#include "app/pages/containerspage.h"
#include "app/pages/jobspage.h"
#include "app/pages/packagespage.h"
#include "app/pages/settingspage.h"
#include "core/container/containerservice.h"
#include "core/i18n/languagemanager.h"
#include "core/settingskeys.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDate>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabBar>
#include <QTest>

using namespace Patagon;

// A widget's place in the tree: class and object name (or index among same-class siblings) of
// each ancestor, so that two windows built alike give their widgets the same keys.
static QString placeOf(const QObject *object, const QObject *root)
{
    QStringList parts;
    for (const QObject *o = object; o && o != root; o = o->parent()) {
        QString part = QString::fromLatin1(o->metaObject()->className());
        if (!o->objectName().isEmpty()) {
            part += u'#' + o->objectName();
        } else if (o->parent()) {
            int index = 0;
            for (const QObject *sibling : o->parent()->children()) {
                if (sibling == o)
                    break;
                if (sibling->metaObject() == o->metaObject())
                    ++index;
            }
            part += u'[' + QString::number(index) + u']';
        }
        parts.prepend(part);
    }
    return parts.join(u'/');
}

// Every user-visible text of a window, keyed by place and kind.
static QMap<QString, QString> allTexts(const QWidget &window)
{
    QMap<QString, QString> texts;
    auto add = [&](const QObject *o, const QString &kind, const QString &text) {
        if (!text.isEmpty())
            texts.insert(placeOf(o, &window) + u' ' + kind, text);
    };
    add(&window, QStringLiteral("title"), window.windowTitle());
    for (const QWidget *w : window.findChildren<QWidget *>()) {
        add(w, QStringLiteral("tooltip"), w->toolTip());
        if (w->isWindow())
            add(w, QStringLiteral("title"), w->windowTitle());
        if (auto *label = qobject_cast<const QLabel *>(w))
            add(w, QStringLiteral("text"), label->text());
        if (auto *button = qobject_cast<const QAbstractButton *>(w))
            add(w, QStringLiteral("text"), button->text());
        if (auto *group = qobject_cast<const QGroupBox *>(w))
            add(w, QStringLiteral("title"), group->title());
        if (auto *edit = qobject_cast<const QLineEdit *>(w))
            add(w, QStringLiteral("placeholder"), edit->placeholderText());
        if (auto *edit = qobject_cast<const QPlainTextEdit *>(w))
            add(w, QStringLiteral("placeholder"), edit->placeholderText());
        if (auto *tabs = qobject_cast<const QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(w, QStringLiteral("tab %1").arg(i), tabs->tabText(i));
        }
        if (auto *combo = qobject_cast<const QComboBox *>(w)) {
            for (int i = 0; i < combo->count(); ++i)
                add(w, QStringLiteral("item %1").arg(i), combo->itemText(i));
        }
        if (auto *list = qobject_cast<const QListWidget *>(w)) {
            for (int i = 0; i < list->count(); ++i)
                add(w, QStringLiteral("item %1").arg(i), list->item(i)->text());
        }
        if (auto *view = qobject_cast<const QAbstractItemView *>(w); view && view->model()) {
            for (int c = 0; c < view->model()->columnCount(); ++c)
                add(w, QStringLiteral("header %1").arg(c),
                    view->model()->headerData(c, Qt::Horizontal).toString());
        }
    }
    for (const QAction *a : window.findChildren<QAction *>()) {
        add(a, QStringLiteral("action"), a->text());
        if (a->toolTip() != a->text()) // QAction's default tooltip is its text
            add(a, QStringLiteral("action tooltip"), a->toolTip());
    }
    return texts;
}

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("patagon-studio-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    }

    void init() { QSettings().clear(); }

    void showsEveryPage()
    {
        LanguageManager languages;
        languages.setLanguage(QStringLiteral("en"));
        MainWindow window(&languages);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QVERIFY(nav);
        QCOMPARE(nav->count(), int(MainWindow::PageCount));
        const QStringList expected {
            QStringLiteral("Connection"), QStringLiteral("Containers"), QStringLiteral("Packages"),
            QStringLiteral("Script"),     QStringLiteral("Jobs"),       QStringLiteral("Logs"),
            QStringLiteral("Train"),      QStringLiteral("Terminal"),   QStringLiteral("Settings")};
        for (int i = 0; i < nav->count(); ++i)
            QCOMPARE(nav->item(i)->text(), expected.at(i));

        window.showPage(MainWindow::Jobs);
        QCOMPARE(window.currentPage(), MainWindow::Jobs);
        auto *stack = window.findChild<QStackedWidget *>();
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("jobsPage"));
        QCOMPARE(MainWindow::pageFromKey(QStringLiteral("train"), MainWindow::Connection),
                 MainWindow::Train);
        QCOMPARE(MainWindow::pageFromKey(QStringLiteral("terminal"), MainWindow::Connection),
                 MainWindow::Terminal);
        QCOMPARE(MainWindow::pageFromKey(QStringLiteral("nonsense"), MainWindow::Logs),
                 MainWindow::Logs);
    }

    // One container service, the window's: the Containers and Packages pages (and the Train
    // page) share it, so a container made on one page is known on the others.
    void containerServiceBelongsToTheWindow()
    {
        LanguageManager languages;
        MainWindow window(&languages);
        Container::ContainerService *service = window.containerService();
        QVERIFY(service);
        QCOMPARE(service->parent(), &window);
        QCOMPARE(service->host(), window.host());
        auto *containers = window.findChild<ContainersPage *>(QStringLiteral("containersPage"));
        auto *packages = window.findChild<PackagesPage *>(QStringLiteral("packagesPage"));
        QVERIFY(containers && packages);
        QCOMPARE(containers->service(), service);
        QCOMPARE(packages->service(), service);
        QCOMPARE(window.findChildren<Container::ContainerService *>().size(), 1);
    }

    // The first start opens at the size the pages are laid out for (not Qt's two thirds of the
    // screen), within the screen; a later start comes back at the size it was left at.
    void firstStartOpensAtTheDefaultSize()
    {
        LanguageManager languages;
        QSize left;
        {
            MainWindow window(&languages);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            const QSize screen = window.screen()->availableGeometry().size();
            QCOMPARE(window.size(), QSize(1100, 700).boundedTo(screen * 0.95));
            QCOMPARE(window.size(), window.defaultSize());
            window.resize(window.size() - QSize(40, 30));
            left = window.size();
            window.close(); // saves its geometry
        }
        MainWindow again(&languages);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), left);
    }

    void keyboardShortcutsChangePage()
    {
        LanguageManager languages;
        MainWindow window(&languages);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), MainWindow::Jobs);
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), MainWindow::Connection);
    }

    void switchesLanguageWithoutRestart()
    {
        LanguageManager languages;
        languages.setLanguage(QStringLiteral("en"));
        MainWindow window(&languages);
        window.show();
        auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        auto *connectionTitle = window.findChild<QWidget *>(QStringLiteral("connectionPage"))
                                    ->findChild<QLabel *>(QStringLiteral("title"));
        QCOMPARE(nav->item(MainWindow::Connection)->text(), QStringLiteral("Connection"));
        QCOMPARE(connectionTitle->text(), QStringLiteral("Connection"));

        JobTableModel *jobs = window.findChild<JobsPage *>()->model();
        QSignalSpy headers(jobs, &QAbstractItemModel::headerDataChanged);

        // Through the Settings page, as a user would.
        window.showPage(MainWindow::Settings);
        auto *settings = window.findChild<SettingsPage *>();
        QComboBox *box = settings->languageBox();
        QSignalSpy changed(&languages, &LanguageManager::languageChanged);
        box->setCurrentIndex(box->findData(QStringLiteral("es")));
        emit box->activated(box->currentIndex());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(languages.currentLanguage(), QStringLiteral("es"));
        // QApplication posts LanguageChange to the windows: let the event loop deliver it.
        QTRY_COMPARE(nav->item(MainWindow::Connection)->text(), QStringLiteral("Conexión"));
        QCOMPARE(nav->item(MainWindow::Settings)->text(), QStringLiteral("Configuración"));
        QCOMPARE(connectionTitle->text(), QStringLiteral("Conexión"));
        auto *newTerminal = window.findChild<QPushButton *>(QStringLiteral("newTerminal"));
        QVERIFY(newTerminal);
        QCOMPARE(newTerminal->text(), QStringLiteral("&Nueva terminal"));
        // Dates follow: the month of a Spanish date is Spanish.
        QCOMPARE(QLocale().language(), QLocale::Spanish);
        QVERIFY(QLocale()
                    .toString(QDate(2026, 12, 3), QStringLiteral("MMMM"))
                    .startsWith(QLatin1String("dic")));
        // Table views repaint their headers in the new language.
        QVERIFY(!headers.isEmpty());
        QCOMPARE(jobs->headerData(JobTableModel::State, Qt::Horizontal).toString(),
                 QStringLiteral("Estado"));
        QCOMPARE(window.windowTitle(), QStringLiteral("Patagon Studio"));

        // The choice persists, and a new start applies it.
        QCOMPARE(QSettings().value(QLatin1String(SettingsKeys::kLanguage)).toString(),
                 QStringLiteral("es"));
        {
            LanguageManager next;
            next.applyConfigured();
            QCOMPARE(next.currentLanguage(), QStringLiteral("es"));
        } // its translators leave with it

        languages.setLanguage(QStringLiteral("en"));
        QTRY_COMPARE(nav->item(MainWindow::Connection)->text(), QStringLiteral("Connection"));
        QCOMPARE(QLocale().language(), QLocale::English);
    }

    // The audit of what a live switch leaves behind: every text of every widget and action (labels,
    // buttons, titles, tabs, placeholders, combo and list items, column headers, tooltips) of a
    // window switched from English to Spanish equals that of a window started in Spanish.
    void liveSwitchShowsWhatAFreshStartShows()
    {
        LanguageManager languages;
        languages.setLanguage(QStringLiteral("en"));
        QMap<QString, QString> switched;
        {
            MainWindow window(&languages);
            window.show();
            auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
            languages.setLanguage(QStringLiteral("es"));
            QTRY_COMPARE(nav->item(MainWindow::Connection)->text(), QStringLiteral("Conexión"));
            QCoreApplication::sendPostedEvents();
            QCoreApplication::processEvents();
            switched = allTexts(window);
        }
        MainWindow fresh(&languages);
        fresh.show();
        QCoreApplication::processEvents();
        const QMap<QString, QString> expected = allTexts(fresh);
        QVERIFY(expected.size() > 100);
        QStringList differences;
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            if (switched.value(it.key()) != it.value())
                differences << QStringLiteral(
                                   "%1: after the switch \"%2\", started in Spanish \"%3\"")
                                   .arg(it.key(), switched.value(it.key()), it.value());
        }
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));
        languages.setLanguage(QStringLiteral("en"));
    }

    void languageForOneRunIsNotSaved()
    {
        LanguageManager languages;
        languages.setLanguage(QStringLiteral("en"));
        languages.useLanguage(QStringLiteral("es"));
        QCOMPARE(languages.currentLanguage(), QStringLiteral("es"));
        QCOMPARE(LanguageManager::configuredLanguage(), QStringLiteral("en"));
    }

    void systemDefaultIsRemembered()
    {
        LanguageManager languages;
        languages.setLanguage(QString());
        QCOMPARE(LanguageManager::configuredLanguage(), QString());
        QVERIFY(LanguageManager::availableLanguages().contains(languages.currentLanguage()));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
