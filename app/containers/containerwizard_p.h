// What the container wizard's pages share (containerwizard.cpp, containerwizardrun.cpp).
#pragma once

#include <QLabel>
#include <QString>

namespace Patagon::WizardDetail {

inline QLabel *wrappingLabel(QWidget *parent, const QString &objectName = {})
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (!objectName.isEmpty())
        label->setObjectName(objectName);
    return label;
}

inline QString severityColor(bool error, bool warning)
{
    return error ? QStringLiteral("#c62828") : warning ? QStringLiteral("#b26a00") : QString();
}

inline QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace Patagon::WizardDetail
