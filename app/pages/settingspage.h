// The Settings page: the interface language (applied at once, remembered) and where the
// settings are kept.
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace Patagon {

class LanguageManager;

class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPage(LanguageManager *languages, QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void languageChosen(int index);

    LanguageManager *m_languages;
    QLabel *m_title;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_storageLabel;
    QLabel *m_storage;
};

} // namespace Patagon
