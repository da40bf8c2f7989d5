// A problem found in a batch script: where it is, how bad, what to say, and a fix if one exists.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Patagon::Slurm {

// A fix the editor can apply with one click: the whole script as it would be afterwards.
struct ScriptFix
{
    QString label; // translated: "Convert to Unix line breaks"
    QByteArray newScript; // the script with the fix applied

    bool isValid() const { return !label.isEmpty(); }
};

struct ScriptProblem
{
    enum class Severity
    {
        Info,
        Warning,
        Error
    };

    Severity severity = Severity::Error;
    int line = 0; // 1-based
    int startColumn = 0; // byte offsets within the line, 0-based, end exclusive
    int endColumn = 0;
    QString message; // translated, whole sentence
    ScriptFix fix;

    bool isValid() const { return line > 0 && !message.isEmpty(); }
    static QString severityName(Severity severity); // "error", "warning", "info" (not translated)
};

bool hasError(const QList<ScriptProblem> &problems);

} // namespace Patagon::Slurm
