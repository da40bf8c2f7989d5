// A page of the workflow that is not built yet.
#include "app/pages/placeholderpage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Patagon {

PlaceholderPage::PlaceholderPage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_description(new QLabel(this))
    , m_status(new QLabel(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("title"));
    m_description->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(m_title);
    layout->addWidget(m_description);
    layout->addSpacing(12);
    layout->addWidget(m_status);
    layout->addStretch();
}

void PlaceholderPage::setTexts(const QString &title, const QString &description)
{
    m_title->setText(title);
    m_description->setText(description);
    m_status->setText(tr("This page is not yet available in this version."));
}

QString PlaceholderPage::title() const
{
    return m_title->text();
}

} // namespace Patagon
