// Package lists and requirements files, checked, and the srun commands that install them.
#include "core/packages/packageplan.h"

#include "core/tr.h"

#include <QRegularExpression>

namespace Patagon::Packages {

namespace {

Result invalid(const QString &message)
{
    return Result::error(ErrorCode::InvalidInput, message);
}

bool hasControlCharacter(const QString &s)
{
    for (const QChar c : s) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator)
            return true;
    }
    return false;
}

// `name[extras] (spec)` with the whitespace pip ignores taken out.
QString compactRequirement(const QString &requirement)
{
    const qsizetype semicolon = requirement.indexOf(u';');
    const qsizetype at = requirement.indexOf(u'@');
    qsizetype cut = requirement.size();
    if (semicolon >= 0)
        cut = semicolon;
    if (at >= 0 && at < cut)
        cut = at;
    QString head = requirement.left(cut);
    head.remove(QRegularExpression(QStringLiteral("\\s+")));
    QString rest = requirement.mid(cut).trimmed();
    if (rest.isEmpty())
        return head;
    if (rest.startsWith(u'@'))
        return head + QStringLiteral(" @ ") + rest.mid(1).trimmed();
    return head + QStringLiteral("; ") + rest.mid(1).trimmed();
}

QString pipOptionMessage(const QString &option)
{
    if (option == QLatin1String("-r") || option.startsWith(QLatin1String("--requirement"))
        || option.startsWith(QLatin1String("-r")))
        return Tr::tr("\"%1\" includes another requirements file, which cannot be followed on the "
                      "cluster. Add the requirements of that file to this list instead.")
            .arg(option);
    if (option == QLatin1String("-c") || option.startsWith(QLatin1String("--constraint")))
        return Tr::tr("\"%1\" names a constraints file, which is not supported. Write the "
                      "versions into the requirements instead (for example numpy==1.26.4).")
            .arg(option);
    if (option == QLatin1String("-e") || option.startsWith(QLatin1String("--editable")))
        return Tr::tr("\"%1\" asks for an editable install, which needs the source on the "
                      "cluster. Install the package by name and version instead.")
            .arg(option);
    return Tr::tr("\"%1\" is a pip option, not a package. Only requirements (for example "
                  "numpy>=1.26) can be installed; leave the options out.")
        .arg(option);
}

} // namespace

QString packageKindName(PackageKind kind)
{
    return kind == PackageKind::Apt ? QStringLiteral("apt") : QStringLiteral("pip");
}

QString describeStep(const PackageStep &step)
{
    const int n = int(step.packages.size());
    return step.kind == PackageKind::Apt
        ? Tr::tr("Installing %n system package(s) with apt", nullptr, n)
        : Tr::tr("Installing %n Python package(s) with pip", nullptr, n);
}

std::optional<PackageKind> packageKindFromName(const QString &name)
{
    if (name == QLatin1String("pip"))
        return PackageKind::Pip;
    if (name == QLatin1String("apt"))
        return PackageKind::Apt;
    return std::nullopt;
}

Result PackagePlan::validatePipRequirement(const QString &input)
{
    const QString requirement = input.trimmed();
    if (requirement.isEmpty())
        return invalid(Tr::tr("A pip requirement is empty."));
    if (hasControlCharacter(requirement))
        return invalid(Tr::tr("The pip requirement \"%1\" contains a line break or another "
                              "control character.")
                           .arg(requirement.simplified()));
    if (requirement.startsWith(u'-'))
        return invalid(pipOptionMessage(requirement.section(u' ', 0, 0)));
    // PEP 508: a name, optional extras, then a version specifier, a URL or nothing, then an
    // optional environment marker (checked only for what no shell or pip option could abuse).
    static const QRegularExpression re(QStringLiteral(
        "^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\\s*"
        "(\\[\\s*[A-Za-z0-9][A-Za-z0-9._-]*(?:\\s*,\\s*[A-Za-z0-9][A-Za-z0-9._-]*)*\\s*\\])?\\s*"
        "(?:(\\(?\\s*(?:===|==|~=|!=|<=|>=|<|>)\\s*[A-Za-z0-9.*+!_-]+"
        "(?:\\s*,\\s*(?:===|==|~=|!=|<=|>=|<|>)\\s*[A-Za-z0-9.*+!_-]+)*\\s*\\)?)"
        "|(@\\s*[A-Za-z][A-Za-z0-9+.-]*://\\S+))?\\s*"
        "(;\\s*[^;]+)?$"));
    const QRegularExpressionMatch m = re.match(requirement);
    if (!m.hasMatch()) {
        if (requirement.contains(QLatin1String(" -")))
            return invalid(Tr::tr("\"%1\" carries pip options (such as --hash); only the "
                                  "requirement itself can be given.")
                               .arg(requirement));
        return invalid(Tr::tr("\"%1\" is not a pip requirement. Write a package name, optionally "
                              "with a version (for example torch, numpy==1.26.4 or "
                              "scipy>=1.11,<2).")
                           .arg(requirement));
    }
    const QString spec = m.captured(3);
    if (spec.startsWith(u'(') != spec.endsWith(u')'))
        return invalid(
            Tr::tr("The parentheses in the pip requirement \"%1\" do not match.").arg(requirement));
    return Result::ok();
}

Result PackagePlan::validateAptPackage(const QString &input)
{
    const QString package = input.trimmed();
    if (package.isEmpty())
        return invalid(Tr::tr("An apt package name is empty."));
    if (package.startsWith(u'-'))
        return invalid(Tr::tr("\"%1\" is an apt option, not a package name. Give package names "
                              "only (for example libgl1).")
                           .arg(package));
    static const QRegularExpression re(
        QStringLiteral("^[a-z0-9][a-z0-9+.-]+(?::[a-z0-9-]+)?(?:=[A-Za-z0-9.+~:-]+)?$"));
    if (!re.match(package).hasMatch())
        return invalid(Tr::tr("\"%1\" is not a Debian package name. Names use lower-case "
                              "letters, digits and + . - (for example libgl1 or "
                              "python3-dev), optionally with =VERSION.")
                           .arg(package.simplified()));
    return Result::ok();
}

Expected<QStringList> PackagePlan::parseRequirements(const QByteArray &text)
{
    QStringList out;
    const QStringList rawLines = QString::fromUtf8(text).split(u'\n');
    QString logical;
    int firstLine = 0;
    for (qsizetype i = 0; i < rawLines.size(); ++i) {
        QString line = rawLines.at(i);
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (logical.isEmpty())
            firstLine = int(i) + 1;
        // A comment starts at a '#' at the beginning or after whitespace (a URL fragment such
        // as #egg= has none before it).
        static const QRegularExpression comment(QStringLiteral("(^|\\s)#.*$"));
        line.remove(comment);
        if (line.endsWith(u'\\')) {
            logical += line.chopped(1) + u' ';
            continue;
        }
        logical += line;
        const QString requirement = logical.trimmed();
        logical.clear();
        if (requirement.isEmpty())
            continue;
        if (auto r = validatePipRequirement(requirement); !r)
            return invalid(Tr::tr("Line %1: %2").arg(firstLine).arg(r.message()));
        const QString compact = compactRequirement(requirement);
        if (!out.contains(compact))
            out << compact;
    }
    if (!logical.trimmed().isEmpty()) {
        const QString requirement = logical.trimmed();
        if (auto r = validatePipRequirement(requirement); !r)
            return invalid(Tr::tr("Line %1: %2").arg(firstLine).arg(r.message()));
        out << compactRequirement(requirement);
    }
    return out;
}

QStringList PackagePlan::splitList(const QString &text)
{
    QStringList items;
    for (QString line : text.split(u'\n')) {
        static const QRegularExpression comment(QStringLiteral("(^|\\s)#.*$"));
        line.remove(comment);
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        // A marker or URL holds spaces of its own: the whole line is one requirement.
        if (line.contains(u';') || line.contains(u'@')) {
            items << line;
            continue;
        }
        // A comma followed by a name separates items; one followed by an operator continues a
        // version specifier (scipy>=1.11,<2).
        static const QRegularExpression itemComma(QStringLiteral(",\\s*(?=[A-Za-z0-9])"));
        line.replace(itemComma, QStringLiteral(" "));
        const QStringList tokens
            = line.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        static const QString opChars = QStringLiteral("=<>!~,([");
        for (const QString &t : tokens) {
            const bool continues = !items.isEmpty()
                && (opChars.contains(t.front()) || opChars.contains(items.last().back()));
            if (continues && !items.last().startsWith(u'-'))
                items.last() += t;
            else
                items << t;
        }
    }
    return items;
}

Result PackagePlan::addPip(const QStringList &requirements)
{
    QStringList checked;
    for (const QString &r : requirements) {
        if (auto ok = validatePipRequirement(r); !ok)
            return ok;
        checked << compactRequirement(r.trimmed());
    }
    for (const QString &r : checked) {
        if (!m_pip.contains(r))
            m_pip << r;
    }
    return Result::ok();
}

Result PackagePlan::addApt(const QStringList &packages)
{
    for (const QString &p : packages) {
        if (auto ok = validateAptPackage(p); !ok)
            return ok;
    }
    for (const QString &p : packages) {
        if (!m_apt.contains(p.trimmed()))
            m_apt << p.trimmed();
    }
    return Result::ok();
}

Result PackagePlan::addRequirementsFile(const QByteArray &text)
{
    const Expected<QStringList> requirements = parseRequirements(text);
    if (!requirements)
        return requirements.result();
    return addPip(*requirements);
}

QList<PackageStep> PackagePlan::steps() const
{
    QList<PackageStep> out;
    if (!m_apt.isEmpty())
        out.append({PackageKind::Apt, m_apt});
    if (!m_pip.isEmpty())
        out.append({PackageKind::Pip, m_pip});
    return out;
}

Expected<QStringList> PackagePlan::srunArguments(const PackageStep &step,
                                                 const InstallTarget &target, bool saveAfter)
{
    if (!step.isValid())
        return invalid(Tr::tr("There is nothing to install."));
    for (const QString &p : step.packages) {
        if (auto r
            = step.kind == PackageKind::Pip ? validatePipRequirement(p) : validateAptPackage(p);
            !r)
            return r;
    }
    if (target.container.isEmpty())
        return invalid(Tr::tr("Choose the named container to install into."));
    Container::PyxisOptions options;
    options.name = target.container;
    if (saveAfter && !target.save.isEmpty())
        options.save = target.save;
    QStringList program;
    if (step.kind == PackageKind::Apt) {
        options.remapRoot = true;
        options.writable = true;
        // The packages reach the script as its arguments ("$@"), never inside its text.
        program << QStringLiteral("sh") << QStringLiteral("-c")
                << QStringLiteral("export DEBIAN_FRONTEND=noninteractive; apt-get update && "
                                  "apt-get install -y --no-install-recommends \"$@\"")
                << QStringLiteral("apt-install") << step.packages;
    } else {
        program << QStringLiteral("python3") << QStringLiteral("-m") << QStringLiteral("pip")
                << QStringLiteral("install") << QStringLiteral("--user") << step.packages;
    }
    Container::JobResources resources;
    resources.partition = target.partition;
    resources.nodes = 1;
    resources.ntasks = 1;
    resources.jobName = step.kind == PackageKind::Apt ? QStringLiteral("patagon-apt")
                                                      : QStringLiteral("patagon-pip");
    Expected<QStringList> argv = Container::Pyxis::srunArguments(options, resources, program);
    if (!argv || target.node.isEmpty())
        return argv;
    if (target.node.startsWith(u'-')
        || target.node.contains(QRegularExpression(QStringLiteral("[\\s,]"))))
        return invalid(Tr::tr("\"%1\" is not a node name.").arg(target.node));
    QStringList withNode = *argv;
    withNode.insert(1, QStringLiteral("--nodelist=") + target.node);
    return withNode;
}

} // namespace Patagon::Packages
