// The Settings page: the interface language and where the settings are kept.
#include "app/pages/settingspage.h"

#include "core/i18n/languagemanager.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

namespace Patagon {

SettingsPage::SettingsPage(LanguageManager *languages, QWidget *parent)
    : QWidget(parent)
    , m_languages(languages)
    , m_title(new QLabel(this))
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_storageLabel(new QLabel(this))
    , m_storage(new QLabel(this))
{
    setObjectName(QStringLiteral("settingsPage"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_language->setObjectName(QStringLiteral("language"));
    m_languageLabel->setBuddy(m_language);
    m_storage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_storage->setText(QSettings().fileName());

    // Language names are written in their own language, so anyone can find theirs.
    m_language->addItem(QString(), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_language->setCurrentIndex(m_language->findData(LanguageManager::configuredLanguage()));

    auto *form = new QFormLayout;
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_storageLabel, m_storage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addStretch();

    connect(m_language, &QComboBox::activated, this, &SettingsPage::languageChosen);
    retranslate();
}

void SettingsPage::languageChosen(int index)
{
    if (m_languages)
        m_languages->setLanguage(m_language->itemData(index).toString());
}

void SettingsPage::retranslate()
{
    m_title->setText(tr("Settings"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setItemText(0, tr("System default"));
    m_storageLabel->setText(tr("Settings file:"));
}

void SettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Patagon
