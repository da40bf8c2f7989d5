// Loads and switches the UI language at run time (Spanish or English), and remembers the choice.
#pragma once

#include <QLocale>
#include <QObject>
#include <QStringList>

class QTranslator;

namespace Patagon {

class LanguageManager : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    // Language codes the app has translations for; the source language is English.
    static QStringList availableLanguages();
    // The language the system locale asks for, if the app has it, else English.
    static QString systemLanguage();
    // What the user chose: "" means "follow the system".
    static QString configuredLanguage();

    QString currentLanguage() const { return m_current; }

    // Applies the configured language (or the system one). Call once at start-up.
    void applyConfigured();
    // Switches now, without restart; "" follows the system. The choice is saved.
    void setLanguage(const QString &code);
    // Switches for this run only (the --lang option): nothing is saved.
    void useLanguage(const QString &code);

signals:
    void languageChanged(const QString &code);

private:
    void install(const QString &code);

    QTranslator *m_appTranslator;
    QTranslator *m_qtTranslator;
    QString m_current;
    QLocale m_localeBefore; // restored when the manager goes (its translators go with it)
};

} // namespace Patagon
