// The navigation's page icons, from the theme with fallbacks that show.
#include "app/navigationicons.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>
#include <QStyle>

namespace Patagon {

namespace {

struct PageIcon
{
    const char *themeName; // freedesktop icon names
    QStyle::StandardPixmap fallback;
};

// The order of MainWindow::Page. Script's fallback is drawn instead of its style icon.
constexpr PageIcon kPageIcons[MainWindow::PageCount] = {
    {"network-server", QStyle::SP_DriveNetIcon},
    {"drive-harddisk", QStyle::SP_DirIcon},
    {"package-x-generic", QStyle::SP_FileDialogContentsView},
    {"text-x-script", QStyle::SP_FileIcon},
    {"view-list-details", QStyle::SP_FileDialogListView},
    {"text-x-generic", QStyle::SP_FileDialogDetailedView},
    {"media-playback-start", QStyle::SP_MediaPlay},
    {"utilities-terminal", QStyle::SP_DesktopIcon},
    {"preferences-system", QStyle::SP_ComputerIcon},
};

QPixmap drawnScriptPixmap(int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    const QPalette palette = QGuiApplication::palette();
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(size / 32.0, size / 32.0);

    // The sheet, its top-right corner folded.
    QPainterPath sheet;
    sheet.moveTo(6.5, 2.5);
    sheet.lineTo(20.5, 2.5);
    sheet.lineTo(26.5, 8.5);
    sheet.lineTo(26.5, 29.5);
    sheet.lineTo(6.5, 29.5);
    sheet.closeSubpath();
    painter.setPen(QPen(palette.color(QPalette::WindowText), 1.2));
    painter.setBrush(palette.color(QPalette::Base));
    painter.drawPath(sheet);
    painter.drawPolyline(QPolygonF({{20.5, 2.5}, {20.5, 8.5}, {26.5, 8.5}}));

    // "#!" and indented lines of code.
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette.color(QPalette::Highlight));
    painter.drawRoundedRect(QRectF(9, 6, 8, 3), 1, 1);
    painter.setBrush(palette.color(QPalette::WindowText));
    const QRectF lines[]
        = {{9, 12, 14, 2.5}, {12, 16.5, 11, 2.5}, {12, 21, 8, 2.5}, {9, 25.5, 12, 2.5}};
    for (const QRectF &line : lines)
        painter.drawRoundedRect(line, 1, 1);
    return pixmap;
}

} // namespace

QIcon drawnScriptIcon()
{
    QIcon icon;
    for (const int size : {16, 20, 24, 32, 48, 64})
        icon.addPixmap(drawnScriptPixmap(size));
    return icon;
}

QIcon navigationIcon(MainWindow::Page page, const QStyle *style)
{
    const PageIcon &entry = kPageIcons[page];
    const QIcon fallback
        = page == MainWindow::Script ? drawnScriptIcon() : style->standardIcon(entry.fallback);
    return QIcon::fromTheme(QLatin1String(entry.themeName), fallback);
}

} // namespace Patagon
