// The command-line front end: `patagon-studio <subcommand> ...` runs headless on the same core
// as the GUI, for scripts and CI. Subcommands are dispatched before any QApplication exists.
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Patagon::Cli {

// Organisation and application names: where QSettings and the profiles folder live.
void setApplicationIdentity();

// True when argv names a subcommand, --version or --help: no display is needed then.
bool isCommandLineInvocation(int argc, char *argv[]);

// Runs a subcommand (or --version/--help) and returns the process exit status.
int run(const QStringList &arguments);

// Options of the GUI itself.
struct GuiOptions
{
    QString profile; // connect to this profile's page at start
    QString page; // page to show first ("connection", "jobs", ...)
    QString language; // "en" or "es" for this run only
    QString screenshotPath; // save a PNG of the window, then quit
};
GuiOptions parseGuiOptions(const QStringList &arguments);

} // namespace Patagon::Cli
