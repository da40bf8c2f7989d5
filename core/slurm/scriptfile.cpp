// Batch-script files and NAME=VALUE edits.
#include "core/slurm/scriptfile.h"

#include "core/slurm/batchscript.h"
#include "core/slurm/optioncatalog.h"
#include "core/tr.h"

#include <QFile>
#include <QSaveFile>

namespace Patagon::Slurm {

Expected<QByteArray> readScriptFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result::error(file.exists() ? ErrorCode::PermissionDenied : ErrorCode::NotFound,
                             Tr::tr("Could not read \"%1\": %2").arg(path, file.errorString()));
    return file.readAll();
}

Result writeScriptFile(const QString &path, const QByteArray &contents)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Result::error(ErrorCode::Io,
                             Tr::tr("Could not write \"%1\": %2").arg(path, file.errorString()));
    if (file.write(contents) != contents.size() || !file.commit())
        return Result::error(ErrorCode::Io,
                             Tr::tr("Could not write \"%1\": %2").arg(path, file.errorString()));
    return Result::ok();
}

Result applyAssignment(BatchScript &script, const QString &assignment)
{
    const qsizetype eq = assignment.indexOf(u'=');
    QString name = eq < 0 ? assignment : assignment.left(eq);
    while (name.startsWith(u'-'))
        name.remove(0, 1);
    const OptionInfo *option = OptionCatalog::findLong(name);
    if (!option) {
        const QStringList close = OptionCatalog::suggestions(name);
        return Result::error(
            ErrorCode::InvalidInput,
            close.isEmpty()
                ? Tr::tr("Unknown option \"%1\".").arg(name)
                : Tr::tr("Unknown option \"%1\"; did you mean --%2?").arg(name, close.first()));
    }
    if (eq < 0) {
        if (option->argument == ArgumentRule::Required)
            return Result::error(ErrorCode::InvalidInput,
                                 Tr::tr("--%1 needs a value: write %1=VALUE.").arg(name));
        script.setFlag(name, true);
        return Result::ok();
    }
    const QString value = assignment.mid(eq + 1);
    if (value.isEmpty()) {
        script.remove(name);
        return Result::ok();
    }
    if (option->argument == ArgumentRule::None)
        return Result::error(ErrorCode::InvalidInput, Tr::tr("--%1 takes no value.").arg(name));
    script.setValue(name, value);
    return Result::ok();
}

} // namespace Patagon::Slurm
