// The navigation's page icons: the desktop theme's where it has one, else Qt's style's, and a
// drawn one for the Script page (the style's nearest is a blank page, which reads as nothing).
#pragma once

#include "app/mainwindow.h"

#include <QIcon>

class QStyle;

namespace Patagon {

QIcon navigationIcon(MainWindow::Page page, const QStyle *style);

// A page of a script: a "#!" line and lines of code under it, in the palette's colours.
QIcon drawnScriptIcon();

} // namespace Patagon
