// What to install into a named container: pip requirements and apt package names, from a list
// the user edits or a requirements.txt, each validated before it goes near a command; and the
// srun commands that install them (pip with --user, apt as remapped root on a writable root
// filesystem), every argument through the one quoting function.
#pragma once

#include "core/container/pyxiscommand.h"
#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Patagon::Packages {

enum class PackageKind
{
    Pip,
    Apt
};

QString packageKindName(PackageKind kind); // "pip" or "apt" (not translated; the manifest's)
std::optional<PackageKind> packageKindFromName(const QString &name);

struct PackageStep
{
    PackageKind kind = PackageKind::Pip;
    QStringList packages; // validated requirements (pip) or package names (apt)

    bool isValid() const { return !packages.isEmpty(); }
};

// What a step does, in words ("Installing 2 Python packages with pip"), in the language in use.
QString describeStep(const PackageStep &step);

// Where and how the steps run.
struct InstallTarget
{
    QString container; // the named container
    QString partition; // empty: the cluster's default
    QString node; // empty: any (a named container lives on one node: give it when known)
    QString save; // optional --container-save=PATH.sqsh after the last step
};

class PackagePlan
{
public:
    PackagePlan() = default;

    // One requirement as pip takes it: `name[extras] (op version)[,...] [; marker]`, or a URL
    // or path form pip accepts (`pkg @ URL`). Options (`-r`, `-e`, `--index-url`, ...) are
    // refused: the message says what to do instead.
    static Result validatePipRequirement(const QString &requirement);
    // A Debian package name (`[a-z0-9][a-z0-9+.-]+`), with an optional `=VERSION` or `:ARCH`.
    static Result validateAptPackage(const QString &package);

    // The requirements of a requirements.txt: comments (`#`, also after a requirement), blank
    // lines and line continuations handled; a `-r`/`-c`/`-e` or other option line refused with
    // its line number.
    static Expected<QStringList> parseRequirements(const QByteArray &text);
    // A list typed by the user: one item per line or separated by spaces/commas (pip
    // requirements may hold spaces only around their operators, which are joined back).
    static QStringList splitList(const QString &text);

    // Each adds to the plan after validating every item (nothing added when one is bad; the
    // message names it). Duplicates are dropped.
    [[nodiscard]] Result addPip(const QStringList &requirements);
    [[nodiscard]] Result addApt(const QStringList &packages);
    [[nodiscard]] Result addRequirementsFile(const QByteArray &text);

    QStringList pipPackages() const { return m_pip; }
    QStringList aptPackages() const { return m_apt; }
    bool isEmpty() const { return m_pip.isEmpty() && m_apt.isEmpty(); }
    // apt first (pip packages may build against system libraries), then pip.
    QList<PackageStep> steps() const;

    // The srun argv of one step: pip as
    // `srun [-p P] [-w N] --container-name=C python3 -m pip install --user PKG...`, apt as
    // `srun ... --container-name=C --container-remap-root --container-writable sh -c
    // 'apt-get update && apt-get install -y "$@"' apt-install PKG...` (the packages reach the
    // script as arguments, never pasted into it). `saveAfter` adds --container-save.
    static Expected<QStringList> srunArguments(const PackageStep &step, const InstallTarget &target,
                                               bool saveAfter = false);

private:
    QStringList m_pip;
    QStringList m_apt;
};

} // namespace Patagon::Packages
