// Translation context for code that is not a QObject (core/ has no widgets to hang tr() on).
#pragma once

#include <QCoreApplication>

namespace Patagon {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Patagon::Core)
};

} // namespace Patagon
