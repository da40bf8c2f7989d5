// Entry point: a subcommand (or --version/--help) runs headless before any QApplication
// exists; everything else opens the main window.
#include "app/cli/cli.h"
#include "app/mainwindow.h"
#include "core/i18n/languagemanager.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    Patagon::Cli::setApplicationIdentity();
    if (Patagon::Cli::isCommandLineInvocation(argc, argv)) {
        QCoreApplication app(argc, argv);
        Patagon::LanguageManager languages;
        languages.applyConfigured();
        return Patagon::Cli::run(app.arguments());
    }

    QApplication app(argc, argv);
    // The reverse-DNS application id (cmake/Packaging.cmake): the installed desktop file's
    // name, which window managers and the notification service match the window to.
    QGuiApplication::setDesktopFileName(QStringLiteral(PATAGON_APP_ID));
    Patagon::LanguageManager languages;
    languages.applyConfigured();
    const Patagon::Cli::GuiOptions options = Patagon::Cli::parseGuiOptions(app.arguments());
    if (!options.language.isEmpty())
        languages.useLanguage(options.language);
    Patagon::MainWindow window(&languages);
    window.applyOptions(options);
    window.show();
    if (!options.screenshotPath.isEmpty())
        return window.saveScreenshotAndQuit(options.screenshotPath);
    return app.exec();
}
