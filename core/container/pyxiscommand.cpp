// Pyxis command lines from a typed description; quoting only through core/remote/shellquote.h.
#include "core/container/pyxiscommand.h"

#include "core/remote/shellquote.h"
#include "core/tr.h"

#include <QRegularExpression>

namespace Patagon::Container::Pyxis {

namespace {

Result invalid(const QString &message)
{
    return Result::error(ErrorCode::InvalidInput, message);
}

bool hasControl(const QString &s)
{
    for (const QChar c : s) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

// A value that goes into a flag: no control characters (newline, NUL, ...), never empty.
Result checkValue(const QString &flag, const QString &value)
{
    if (value.isEmpty())
        return invalid(Tr::tr("The value of %1 is empty.").arg(flag));
    if (hasControl(value))
        return invalid(Tr::tr("The value of %1 contains a line break or another control "
                              "character, which it cannot hold.")
                           .arg(flag));
    return Result::ok();
}

const QStringList &knownMountFlags()
{
    static const QStringList flags
        = {QStringLiteral("ro"),      QStringLiteral("rw"),         QStringLiteral("nosuid"),
           QStringLiteral("suid"),    QStringLiteral("nodev"),      QStringLiteral("dev"),
           QStringLiteral("noexec"),  QStringLiteral("exec"),       QStringLiteral("bind"),
           QStringLiteral("rbind"),   QStringLiteral("private"),    QStringLiteral("rprivate"),
           QStringLiteral("slave"),   QStringLiteral("rslave"),     QStringLiteral("shared"),
           QStringLiteral("rshared"), QStringLiteral("unbindable"), QStringLiteral("runbindable")};
    return flags;
}

Expected<QString> mountSpec(const ContainerMount &m)
{
    const QString flag = QStringLiteral("--container-mounts");
    const QStringList paths
        = m.destination.isEmpty() ? QStringList {m.source} : QStringList {m.source, m.destination};
    for (const QString &path : paths) {
        if (auto r = checkValue(flag, path); !r)
            return r;
        if (path.contains(u',') || path.contains(u':'))
            return invalid(Tr::tr("The mount path \"%1\" contains \",\" or \":\", which separate "
                                  "mounts in --container-mounts; Pyxis cannot mount it.")
                               .arg(path));
        if (!path.startsWith(u'/'))
            return invalid(
                Tr::tr("The mount path \"%1\" is not absolute; give the full path.").arg(path));
    }
    for (const QString &f : m.flags) {
        if (!knownMountFlags().contains(f))
            return invalid(Tr::tr("\"%1\" is not a mount flag Pyxis knows (for example ro, rw, "
                                  "nosuid, rprivate).")
                               .arg(f));
    }
    QString spec = m.source;
    if (!m.destination.isEmpty() || !m.flags.isEmpty())
        spec += u':' + (m.destination.isEmpty() ? m.source : m.destination);
    if (!m.flags.isEmpty())
        spec += u':' + m.flags.join(u'+');
    return spec;
}

QString nameFlagText(PyxisOptions::NameFlag flag)
{
    switch (flag) {
    case PyxisOptions::NameFlag::Auto:
        return QStringLiteral("auto");
    case PyxisOptions::NameFlag::Create:
        return QStringLiteral("create");
    case PyxisOptions::NameFlag::Exec:
        return QStringLiteral("exec");
    case PyxisOptions::NameFlag::NoExec:
        return QStringLiteral("no_exec");
    }
    return QStringLiteral("auto");
}

void addBool(QStringList &args, const std::optional<bool> &value, const char *on, const char *off)
{
    if (value)
        args << QString::fromLatin1(*value ? on : off);
}

} // namespace

Expected<QStringList> containerArguments(const PyxisOptions &o)
{
    QStringList args;
    if (o.image.isEmpty() && o.name.isEmpty())
        return invalid(Tr::tr("A container needs an image or the name of an existing container."));
    if (!o.image.isEmpty()) {
        if (auto r = checkValue(QStringLiteral("--container-image"), o.image); !r)
            return r;
        args << QStringLiteral("--container-image=") + o.image;
    }
    if (!o.name.isEmpty()) {
        if (auto r = checkValue(QStringLiteral("--container-name"), o.name); !r)
            return r;
        if (o.name.contains(u'/') || o.name.contains(u':') || o.name.startsWith(u'.')
            || o.name.contains(u' '))
            return invalid(Tr::tr("The container name \"%1\" cannot contain \"/\", \":\" or "
                                  "spaces, nor start with \".\".")
                               .arg(o.name));
        QString value = o.name;
        if (o.nameFlag != PyxisOptions::NameFlag::Auto || o.writeNameFlag)
            value += u':' + nameFlagText(o.nameFlag);
        args << QStringLiteral("--container-name=") + value;
    }
    if (!o.mounts.isEmpty()) {
        QStringList specs;
        for (const ContainerMount &m : o.mounts) {
            const Expected<QString> spec = mountSpec(m);
            if (!spec)
                return spec.result();
            specs << *spec;
        }
        args << QStringLiteral("--container-mounts=") + specs.join(u',');
    }
    if (!o.workdir.isEmpty()) {
        if (auto r = checkValue(QStringLiteral("--container-workdir"), o.workdir); !r)
            return r;
        if (!o.workdir.startsWith(u'/'))
            return invalid(Tr::tr("The working directory \"%1\" inside the container must be an "
                                  "absolute path.")
                               .arg(o.workdir));
        args << QStringLiteral("--container-workdir=") + o.workdir;
    }
    addBool(args, o.remapRoot, "--container-remap-root", "--no-container-remap-root");
    addBool(args, o.mountHome, "--container-mount-home", "--no-container-mount-home");
    addBool(args, o.entrypoint, "--container-entrypoint", "--no-container-entrypoint");
    if (o.entrypointLog)
        args << QStringLiteral("--container-entrypoint-log");
    addBool(args, o.writable, "--container-writable", "--container-readonly");
    if (!o.env.isEmpty()) {
        static const QRegularExpression envName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
        for (const QString &name : o.env) {
            if (!envName.match(name).hasMatch())
                return invalid(Tr::tr("\"%1\" is not an environment variable name (letters, "
                                      "digits and \"_\", not starting with a digit).")
                                   .arg(name));
        }
        args << QStringLiteral("--container-env=") + o.env.join(u',');
    }
    if (!o.save.isEmpty()) {
        if (auto r = checkValue(QStringLiteral("--container-save"), o.save); !r)
            return r;
        if (o.save.endsWith(u'/'))
            return invalid(Tr::tr("--container-save needs a file name, not a folder: \"%1\" ends "
                                  "with \"/\".")
                               .arg(o.save));
        args << QStringLiteral("--container-save=") + o.save;
    }
    return args;
}

Expected<QStringList> resourceArguments(const JobResources &j)
{
    QStringList args;
    const auto text = [&args](const char *flag, const QString &value) -> Result {
        if (value.isEmpty())
            return Result::ok();
        const QString f = QString::fromLatin1(flag);
        if (auto r = checkValue(f, value); !r)
            return r;
        args << f + u'=' + value;
        return Result::ok();
    };
    const auto number = [&args](const char *flag, int value) -> Result {
        if (value == 0)
            return Result::ok();
        if (value < 0)
            return invalid(Tr::tr("%1 must be a positive number, not %2.")
                               .arg(QString::fromLatin1(flag))
                               .arg(value));
        args << QString::fromLatin1(flag) + u'=' + QString::number(value);
        return Result::ok();
    };
    if (auto r = text("--partition", j.partition); !r)
        return r;
    if (auto r = text("--job-name", j.jobName); !r)
        return r;
    if (auto r = number("--nodes", j.nodes); !r)
        return r;
    if (auto r = number("--ntasks", j.ntasks); !r)
        return r;
    if (auto r = number("--cpus-per-task", j.cpusPerTask); !r)
        return r;
    if (auto r = text("--gres", j.gres); !r)
        return r;
    if (auto r = text("--time", j.time); !r)
        return r;
    if (auto r = text("--mem", j.memory); !r)
        return r;
    if (auto r = text("--output", j.output); !r)
        return r;
    if (auto r = text("--error", j.error); !r)
        return r;
    if (auto r = text("--nodelist", j.nodeList); !r)
        return r;
    if (j.pty)
        args << QStringLiteral("--pty");
    return args;
}

Expected<QStringList> srunArguments(const PyxisOptions &options, const JobResources &resources,
                                    const QStringList &program)
{
    const Expected<QStringList> res = resourceArguments(resources);
    if (!res)
        return res.result();
    const Expected<QStringList> container = containerArguments(options);
    if (!container)
        return container.result();
    if (!program.isEmpty() && (program.first().isEmpty() || program.first().startsWith(u'-')))
        return invalid(
            Tr::tr("The program to run must be named first, not \"%1\".").arg(program.first()));
    QStringList argv {QStringLiteral("srun")};
    argv << *res << *container;
    if (program.isEmpty())
        argv << QStringLiteral("true");
    else
        argv << program;
    return argv;
}

Expected<QByteArray> srunCommandLine(const PyxisOptions &options, const JobResources &resources,
                                     const QStringList &program)
{
    const Expected<QStringList> argv = srunArguments(options, resources, program);
    if (!argv)
        return argv.result();
    return Shell::joinArguments(*argv);
}

Expected<QByteArray> sbatchDirectives(const PyxisOptions &options, const JobResources &resources)
{
    if (resources.pty)
        return invalid(Tr::tr("A batch job has no terminal: --pty is for srun only."));
    const Expected<QStringList> res = resourceArguments(resources);
    if (!res)
        return res.result();
    QStringList all = *res;
    if (!options.image.isEmpty() || !options.name.isEmpty()) {
        const Expected<QStringList> container = containerArguments(options);
        if (!container)
            return container.result();
        all << *container;
    }
    QByteArray lines;
    for (const QString &arg : std::as_const(all)) {
        if (arg.contains(u'\\'))
            return invalid(Tr::tr("\"%1\" contains a backslash, which sbatch removes from "
                                  "#SBATCH lines. Pass this option on the sbatch command line "
                                  "instead.")
                               .arg(arg));
        lines += "#SBATCH " + Shell::quoteArgument(arg) + '\n';
    }
    return lines;
}

} // namespace Patagon::Container::Pyxis
