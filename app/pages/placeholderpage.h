// A page of the workflow that is not built yet: its title, what it will do, and that it is
// not yet available.
#pragma once

#include <QWidget>

class QLabel;

namespace Patagon {

class PlaceholderPage : public QWidget
{
    Q_OBJECT

public:
    explicit PlaceholderPage(QWidget *parent = nullptr);

    void setTexts(const QString &title, const QString &description);
    QString title() const;

private:
    QLabel *m_title;
    QLabel *m_description;
    QLabel *m_status;
};

} // namespace Patagon
