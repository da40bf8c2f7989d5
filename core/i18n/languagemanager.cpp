// Loads and switches the UI language at run time (Spanish or English), and remembers the choice.
#include "core/i18n/languagemanager.h"

#include "core/settingskeys.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QSettings>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcI18n, "patagon.core.i18n")

namespace Patagon {

namespace {
const QString kSourceLanguage = QStringLiteral("en");
}

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
    , m_appTranslator(new QTranslator(this))
    , m_qtTranslator(new QTranslator(this))
    , m_current(kSourceLanguage)
{}

LanguageManager::~LanguageManager()
{
    QLocale::setDefault(m_localeBefore);
}

QStringList LanguageManager::availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("es")};
}

QString LanguageManager::systemLanguage()
{
    const QStringList wanted = QLocale::system().uiLanguages();
    for (const QString &tag : wanted) {
        const QString code = tag.section(QLatin1Char('-'), 0, 0).toLower();
        if (availableLanguages().contains(code))
            return code;
    }
    return kSourceLanguage;
}

QString LanguageManager::configuredLanguage()
{
    const QString code = QSettings()
                             .value(QLatin1String(SettingsKeys::kLanguage),
                                    QLatin1String(SettingsKeys::kLanguageDefault))
                             .toString();
    return availableLanguages().contains(code) ? code : QString();
}

void LanguageManager::applyConfigured()
{
    const QString code = configuredLanguage();
    install(code.isEmpty() ? systemLanguage() : code);
}

void LanguageManager::setLanguage(const QString &code)
{
    const QString chosen = availableLanguages().contains(code) ? code : QString();
    QSettings().setValue(QLatin1String(SettingsKeys::kLanguage), chosen);
    install(chosen.isEmpty() ? systemLanguage() : chosen);
}

void LanguageManager::useLanguage(const QString &code)
{
    install(availableLanguages().contains(code) ? code : systemLanguage());
}

void LanguageManager::install(const QString &code)
{
    if (code == m_current && !m_appTranslator->isEmpty())
        return; // already installed
    QCoreApplication::removeTranslator(m_appTranslator);
    QCoreApplication::removeTranslator(m_qtTranslator);
    // English is the source language; its file only carries the plural forms ("1 job").
    if (m_appTranslator->load(QStringLiteral("patagon_") + code, QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(m_appTranslator);
    else
        qCWarning(lcI18n) << "no app translation for" << code;
    if (code != kSourceLanguage) {
        if (m_qtTranslator->load(QStringLiteral("qtbase_") + code,
                                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(m_qtTranslator);
    }
    // Dates and numbers follow the language too ("3 dic 2026", not "3 Dec 2026"): the system's
    // own formats when it speaks this language, else the language's.
    const QLocale system = QLocale::system();
    QLocale::setDefault(QLocale::languageToCode(system.language()) == code ? system
                                                                           : QLocale(code));
    const bool changed = code != m_current;
    m_current = code;
    if (changed)
        emit languageChanged(code);
}

} // namespace Patagon
