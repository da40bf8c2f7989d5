// What a person would see cut off in a window: labels and buttons narrower than their text,
// header sections narrower than their title, table cells narrower than their text without a
// tooltip that holds it, and list items (the navigation's) wider than their list.
#pragma once

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QStringList>
#include <QStyle>
#include <QStyleOptionToolButton>
#include <QToolButton>
#include <QWidget>

namespace Patagon::Testing {

// Where a widget is, for a person reading a failure: its object name, else its class, with
// those of its named ancestors.
inline QString widgetPath(const QWidget *widget)
{
    QStringList parts;
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        if (!w->objectName().isEmpty())
            parts.prepend(w->objectName());
        else if (w == widget)
            parts.prepend(QString::fromLatin1(w->metaObject()->className()));
    }
    return parts.join(QLatin1Char('/'));
}

namespace Detail {

inline QString clipped(const QWidget *w, const QString &text, int needed, int has)
{
    return QStringLiteral("%1 \"%2\": needs %3 px, has %4")
        .arg(widgetPath(w), text.simplified())
        .arg(needed)
        .arg(has);
}

inline void checkLabel(const QLabel *label, QStringList &problems)
{
    if (label->text().trimmed().isEmpty())
        return;
    // A wrapped label needs the height of its lines at its width.
    if (label->wordWrap()) {
        const int needed = label->heightForWidth(label->width());
        if (label->height() < needed)
            problems << QStringLiteral("%1 \"%2\": needs %3 px of height, has %4")
                            .arg(widgetPath(label), label->text().simplified())
                            .arg(needed)
                            .arg(label->height());
        return;
    }
    // An elided label shows its whole text in its tooltip.
    if (!label->toolTip().isEmpty())
        return;
    const int needed = label->sizeHint().width();
    if (label->width() < needed)
        problems << clipped(label, label->text(), needed, label->width());
}

// Qt's common style draws an instant-popup tool button's arrow in its bottom-right corner,
// from PM_MenuButtonIndicator - 5 px before the right edge, and centres the text: the text ends
// a space before the arrow when the button is at least this wide (a text-only button).
inline int widthBesideMenuArrow(const QToolButton *button)
{
    if (!button->menu() || button->popupMode() != QToolButton::InstantPopup
        || !button->icon().isNull())
        return 0;
    QStyleOptionToolButton option;
    option.initFrom(button);
    const int arrow = button->style()->pixelMetric(QStyle::PM_MenuButtonIndicator, &option, button);
    const QFontMetrics metrics = button->fontMetrics();
    return metrics.horizontalAdvance(button->text())
        + 2 * (arrow - 5 + metrics.horizontalAdvance(QLatin1Char(' ')));
}

inline void checkButton(const QAbstractButton *button, QStringList &problems)
{
    if (button->text().isEmpty())
        return;
    int needed = button->sizeHint().width();
    if (const auto *tool = qobject_cast<const QToolButton *>(button))
        needed = qMax(needed, widthBesideMenuArrow(tool));
    if (button->width() < needed)
        problems << clipped(button, button->text(), needed, button->width());
}

inline void checkGroupBox(const QGroupBox *box, QStringList &problems)
{
    if (box->title().isEmpty())
        return;
    const int needed = box->minimumSizeHint().width();
    if (box->width() < needed)
        problems << clipped(box, box->title(), needed, box->width());
}

inline void checkHeader(const QHeaderView *header, QStringList &problems)
{
    if (header->orientation() != Qt::Horizontal || !header->model())
        return;
    for (int logical = 0; logical < header->count(); ++logical) {
        if (header->isSectionHidden(logical))
            continue;
        const QString text
            = header->model()->headerData(logical, Qt::Horizontal, Qt::DisplayRole).toString();
        if (text.isEmpty()
            || !header->model()->headerData(logical, Qt::Horizontal, Qt::ToolTipRole).isNull())
            continue;
        // A section scrolled out of sight is not cut off: the view scrolls to it.
        const int needed = header->sectionSizeHint(logical);
        const int has = header->sectionSize(logical);
        if (has < needed)
            problems << clipped(header, text, needed, has);
    }
}

// Cells whose text does not fit and whose tooltip does not hold it (only the visible rows).
inline void checkCells(const QAbstractItemView *view, QStringList &problems)
{
    const QAbstractItemModel *model = view->model();
    if (!model || qobject_cast<const QListView *>(view))
        return;
    const QRect viewport = view->viewport()->rect();
    for (int row = 0; row < qMin(model->rowCount(), 200); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(row, column);
            const QString text = index.data(Qt::DisplayRole).toString();
            const QRect rect = view->visualRect(index);
            if (text.isEmpty() || !rect.isValid() || !viewport.intersects(rect)
                || !index.data(Qt::ToolTipRole).isNull())
                continue;
            const int needed = view->sizeHintForIndex(index).width();
            const int has = rect.width();
            if (has < needed)
                problems << clipped(view, text, needed, has);
        }
    }
}

inline void checkList(const QListWidget *list, QStringList &problems)
{
    const int room = list->viewport()->width();
    for (int i = 0; i < list->count(); ++i) {
        const QListWidgetItem *item = list->item(i);
        const int needed = list->sizeHintForIndex(list->model()->index(i, 0)).width();
        if (room < needed)
            problems << clipped(list, item->text(), needed, room);
    }
}

} // namespace Detail

// Everything visible under `root` that is cut off, one line each.
inline QStringList clippedTexts(const QWidget *root)
{
    QStringList problems;
    const auto widgets = root->findChildren<QWidget *>();
    for (const QWidget *w : widgets) {
        if (!w->isVisible() || w->window() != root->window())
            continue;
        if (const auto *label = qobject_cast<const QLabel *>(w))
            Detail::checkLabel(label, problems);
        else if (const auto *button = qobject_cast<const QAbstractButton *>(w))
            Detail::checkButton(button, problems);
        else if (const auto *box = qobject_cast<const QGroupBox *>(w))
            Detail::checkGroupBox(box, problems);
        else if (const auto *header = qobject_cast<const QHeaderView *>(w))
            Detail::checkHeader(header, problems);
        else if (const auto *list = qobject_cast<const QListWidget *>(w))
            Detail::checkList(list, problems);
        else if (const auto *view = qobject_cast<const QAbstractItemView *>(w))
            Detail::checkCells(view, problems);
    }
    return problems;
}

} // namespace Patagon::Testing
