// The scripts the Script page starts from: the tutorial's job and a few common shapes.
#pragma once

#include <QCoreApplication>
#include <QList>

namespace Patagon {

struct ScriptTemplate
{
    QString title;
    QByteArray text;
};

class ScriptTemplates
{
    Q_DECLARE_TR_FUNCTIONS(Patagon::ScriptTemplates)

public:
    // The tutorial's job first.
    static QList<ScriptTemplate> all();
};

} // namespace Patagon
