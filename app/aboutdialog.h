// The About dialog: what the app is, its version and the versions of what it is built on.
#pragma once

#include <QDialog>

namespace Patagon {

class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);
};

} // namespace Patagon
