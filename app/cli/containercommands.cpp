// The container and package subcommands, on core/container like the Containers and Packages
// pages.
#include "app/cli/containercommands.h"

#include "app/cli/clisession.h"
#include "app/cli/terminal.h"
#include "core/container/clusterprobe.h"
#include "core/container/containerservice.h"
#include "core/packages/packagemanifest.h"
#include "core/packages/packageplan.h"
#include "core/packages/savepath.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <functional>
#include <optional>

namespace Patagon::Cli {

namespace {

using namespace Patagon::Container;
using namespace Patagon::Packages;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Patagon::Cli)
};

QString containersUsage()
{
    return Text::tr("patagon-studio containers probe [--json] [--profile NAME]\n"
                    "       patagon-studio containers list [--partition P] [--json] "
                    "[--profile NAME]\n"
                    "       patagon-studio containers create NAME IMAGE [--partition P] "
                    "[--node N] [--save PATH.sqsh] [--profile NAME]\n"
                    "       patagon-studio containers remove NAME [--node N] [--partition P] "
                    "[--profile NAME]");
}

QString packagesUsage()
{
    return Text::tr("patagon-studio packages install NAME [--pip PKG...] [--apt PKG...] "
                    "[-r requirements.txt] [--partition P] [--node N] [--save PATH.sqsh] "
                    "[--profile NAME]\n"
                    "       patagon-studio packages manifest NAME [--json] [--profile NAME]\n"
                    "       patagon-studio packages replay NAME --onto OTHER [--partition P] "
                    "[--node N] [--profile NAME]");
}

// "--name VALUE" / "--name=VALUE" options, multi-valued lists and flags, the rest positional.
struct Options
{
    QString profile;
    QHash<QString, QString> values;
    QHash<QString, QStringList> lists;
    QStringList flags;
    QStringList positional;
    bool ok = true;
    QString problem;

    QString value(const char *name) const { return values.value(QLatin1String(name)); }
    bool has(const char *name) const { return flags.contains(QLatin1String(name)); }
};

Options parse(const QStringList &input, const QStringList &valueOptions,
              const QStringList &listOptions, const QStringList &flagOptions)
{
    Options o;
    QStringList arguments = input;
    o.profile = CliSession::profileFor(&arguments, &o.problem);
    o.ok = o.problem.isEmpty();
    for (qsizetype i = 0; o.ok && i < arguments.size(); ++i) {
        QString a = arguments.at(i);
        QString inlineValue;
        bool hasInline = false;
        if (a.startsWith(QLatin1String("--")) && a.contains(u'=')) {
            inlineValue = a.section(u'=', 1);
            a = a.section(u'=', 0, 0);
            hasInline = true;
        }
        if (valueOptions.contains(a)) {
            if (!hasInline && i + 1 >= arguments.size()) {
                o.ok = false;
                o.problem = Text::tr("%1 needs a value.").arg(a);
                break;
            }
            const QString v = hasInline ? inlineValue : arguments.at(++i);
            o.values.insert(a.mid(a.startsWith(QLatin1String("--")) ? 2 : 1), v);
        } else if (listOptions.contains(a)) {
            QStringList &list = o.lists[a.mid(2)];
            if (hasInline)
                list << inlineValue;
            while (i + 1 < arguments.size() && !arguments.at(i + 1).startsWith(u'-'))
                list << arguments.at(++i);
        } else if (flagOptions.contains(a)) {
            o.flags << a.mid(2);
        } else if (a.startsWith(u'-') && a.size() > 1) {
            o.ok = false;
            o.problem = Text::tr("Unknown option \"%1\".").arg(a);
            break;
        } else {
            o.positional << a;
        }
    }
    return o;
}

Result waitFor(ContainerTask *task)
{
    QEventLoop loop;
    Result result;
    QObject::connect(task, &ContainerTask::finished, &loop, [&](const Result &r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    return result;
}

QString severityLabel(ProbeFinding::Severity severity)
{
    switch (severity) {
    case ProbeFinding::Severity::Error:
        return Text::tr("error");
    case ProbeFinding::Severity::Warning:
        return Text::tr("warning");
    case ProbeFinding::Severity::Info:
        return Text::tr("note");
    }
    return {};
}

Expected<ClusterProbeResult> probe(CliSession &session)
{
    ClusterProbe prober(session.host());
    return await<Expected<ClusterProbeResult>>(
        [&prober](std::function<void(const Expected<ClusterProbeResult> &)> done) {
            prober.probe(nullptr, done);
        });
}

void printProbe(const ClusterProbeResult &r)
{
    out() << Text::tr("Pyxis:       %1").arg(r.pyxisPresent ? Text::tr("yes") : Text::tr("no"))
          << '\n';
    if (!r.containerFlags.isEmpty())
        out() << Text::tr("Flags:       %1").arg(r.containerFlags.join(QStringLiteral(", ")))
              << '\n';
    const QString version
        = r.enrootVersion.isNull() ? Text::tr("unknown") : r.enrootVersion.toString();
    if (r.enrootNode.isEmpty())
        out() << Text::tr("Enroot:      %1").arg(version) << '\n';
    else
        out() << Text::tr("Enroot:      %1 (on the compute node %2)").arg(version, r.enrootNode)
              << '\n';
    for (const ProbePartition &p : r.partitions)
        out() << Text::tr("Partition:   %1%2 (nodes: %3)")
                     .arg(p.name, p.isDefault ? QStringLiteral("*") : QString(),
                          p.nodes.join(QStringLiteral(", ")))
              << '\n';
    for (const ProbeFinding &f : r.findings)
        out() << severityLabel(f.severity) << ": " << f.message << '\n';
}

// Progress lines on standard error, one per change of phase or each 10 % step.
void reportProgress(ContainerTask *task)
{
    auto last = std::make_shared<std::pair<int, int>>(-1, -1);
    QObject::connect(task, &ContainerTask::progressChanged, task, [last](const ImportProgress &p) {
        const int decile = p.percent ? int(*p.percent / 10) : -1;
        if (int(p.phase) == last->first && decile == last->second)
            return;
        *last = {int(p.phase), decile};
        QString line = ImportProgress::phaseText(p.phase);
        if (p.percent)
            line = Text::tr("%1: %2%").arg(line).arg(int(*p.percent));
        err() << line << '\n';
        err().flush();
    });
}

void streamOutput(ContainerTask *task)
{
    QObject::connect(task, &ContainerTask::standardOutput, task, [](const QByteArray &b) {
        out() << QString::fromUtf8(b);
        out().flush();
    });
    QObject::connect(task, &ContainerTask::standardError, task, [](const QByteArray &b) {
        err() << QString::fromUtf8(b);
        err().flush();
    });
    QObject::connect(task, &ContainerTask::stepStarted, task,
                     [](int index, int count, const QString &description) {
                         err() << Text::tr("[%1/%2] %3").arg(index + 1).arg(count).arg(description)
                               << '\n';
                         err().flush();
                     });
}

int containersProbe(const Options &o)
{
    CliSession session(err());
    if (auto r = session.open(o.profile); !r)
        return fail(r.message());
    const Expected<ClusterProbeResult> r = probe(session);
    if (!r)
        return fail(r.errorMessage());
    if (o.has("json"))
        out() << QString::fromUtf8(QJsonDocument(r->toJson()).toJson(QJsonDocument::Compact))
              << '\n';
    else
        printProbe(*r);
    out().flush();
    return r->canRunContainers() ? 0 : 1;
}

int containersList(const Options &o)
{
    CliSession session(err());
    if (auto r = session.open(o.profile); !r)
        return fail(r.message());
    ContainerService service(session.host());
    const Expected<ContainerList> list = await<Expected<ContainerList>>(
        [&](std::function<void(const Expected<ContainerList> &)> done) {
            service.list(o.value("partition"), nullptr, done);
        });
    if (!list)
        return fail(list.errorMessage());
    if (o.has("json")) {
        QJsonArray items;
        for (const NamedContainer &c : list->containers)
            items.append(QJsonObject {{QStringLiteral("name"), c.name},
                                      {QStringLiteral("node"), c.node},
                                      {QStringLiteral("enroot_name"), c.enrootName}});
        QJsonArray problems;
        for (const ProbeFinding &p : list->problems)
            problems.append(p.message);
        const QJsonObject json {
            {QStringLiteral("containers"), items},
            {QStringLiteral("nodes_checked"), QJsonArray::fromStringList(list->nodesChecked)},
            {QStringLiteral("problems"), problems}};
        out() << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)) << '\n';
    } else {
        if (list->containers.isEmpty())
            out() << Text::tr("No named containers on %1.")
                         .arg(list->nodesChecked.join(QStringLiteral(", ")))
                  << '\n';
        for (const NamedContainer &c : list->containers)
            out() << c.name << '\t' << c.node << '\n';
        for (const ProbeFinding &p : list->problems)
            err() << severityLabel(p.severity) << ": " << p.message << '\n';
    }
    out().flush();
    err().flush();
    return list->problems.isEmpty() ? 0 : 1;
}

int containersCreate(const Options &o)
{
    if (o.positional.size() != 2)
        return usageError(containersUsage());
    if (auto r = checkSavePath(o.value("save"), o.positional.first()); !r)
        return fail(r.message());
    CliSession session(err());
    if (auto r = session.open(o.profile); !r)
        return fail(r.message());
    ContainerService service(session.host());
    // The Enroot version decides how the reference is written and how a 401 is explained.
    const Expected<ClusterProbeResult> probed = probe(session);
    if (!probed)
        return fail(probed.errorMessage());
    if (!probed->canRunContainers()) {
        for (const ProbeFinding &f : probed->findings)
            err() << severityLabel(f.severity) << ": " << f.message << '\n';
        return fail(Text::tr("This cluster cannot run containers."));
    }
    service.setProbeResult(*probed);
    CreateRequest request;
    request.name = o.positional.at(0);
    request.image = o.positional.at(1);
    request.partition = o.value("partition");
    request.node = o.value("node");
    request.save = o.value("save");
    ContainerTask *task = service.create(request);
    for (const QString &note : task->notes())
        err() << Text::tr("note: %1").arg(note) << '\n';
    reportProgress(task);
    const Result r = waitFor(task);
    if (!r)
        return fail(r.message());
    out() << (task->reused()
                  ? Text::tr("The container %1 already existed on the node %2; it was not "
                             "imported again.")
                  : Text::tr("The container %1 is ready on the node %2."))
                 .arg(request.name, task->node())
          << '\n';
    out().flush();
    return 0;
}

int containersRemove(const Options &o)
{
    if (o.positional.size() != 1)
        return usageError(containersUsage());
    CliSession session(err());
    if (auto r = session.open(o.profile); !r)
        return fail(r.message());
    ContainerService service(session.host());
    const Result r = await<Result>([&](std::function<void(const Result &)> done) {
        service.remove(o.positional.first(), o.value("node"), o.value("partition"), nullptr, done);
    });
    if (!r)
        return fail(r.message());
    out() << Text::tr("Removed the container %1.").arg(o.positional.first()) << '\n';
    out().flush();
    return 0;
}

InstallTarget targetFrom(const Options &o, const QString &container)
{
    InstallTarget t;
    t.container = container;
    t.partition = o.value("partition");
    t.node = o.value("node");
    t.save = o.value("save");
    return t;
}

int runInstallTask(ContainerService &service, ContainerTask *task, const QString &container)
{
    streamOutput(task);
    const Result r = waitFor(task);
    if (!r)
        return fail(r.message());
    out() << Text::tr("Installed into %1. The manifest is %2.")
                 .arg(container, service.manifestStore().pathFor(service.profileName(), container))
          << '\n';
    out().flush();
    return 0;
}

int packagesInstall(const Options &o)
{
    if (o.positional.size() != 1)
        return usageError(packagesUsage());
    PackagePlan plan;
    const QStringList pip = o.lists.value(QStringLiteral("pip"));
    const QStringList apt = o.lists.value(QStringLiteral("apt"));
    if (auto r = plan.addApt(apt); !r)
        return fail(r.message());
    if (auto r = plan.addPip(pip); !r)
        return fail(r.message());
    if (const QString file = o.value("r"); !file.isEmpty()) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return fail(Text::tr("Could not read %1: %2").arg(file, f.errorString()));
        if (auto r = plan.addRequirementsFile(f.readAll()); !r)
            return fail(Text::tr("%1: %2").arg(file, r.message()));
    }
    if (plan.isEmpty())
        return usageError(packagesUsage());
    if (auto r = checkSavePath(o.value("save"), o.positional.first()); !r)
        return fail(r.message());
    CliSession session(err());
    if (auto r = session.open(o.profile); !r)
        return fail(r.message());
    ContainerService service(session.host());
    ContainerTask *task = service.install(plan, targetFrom(o, o.positional.first()));
    return runInstallTask(service, task, o.positional.first());
}

int packagesReplay(const Options &o)
{
    const QString onto = o.value("onto");
    if (o.positional.size() != 1 || onto.isEmpty())
        return usageError(packagesUsage());
    if (auto r = checkSavePath(o.value("save"), onto); !r)
        return fail(r.message());
    const ManifestStore store;
    const Expected<PackageManifest> source = store.load(o.profile, o.positional.first());
    if (!source)
        return fail(source.errorMessage());
    CliSession session(err());
    if (auto r = session.open(o.profile); !r)
        return fail(r.message());
    ContainerService service(session.host());
    ContainerTask *task = service.replay(*source, targetFrom(o, onto));
    return runInstallTask(service, task, onto);
}

int packagesManifest(const Options &o)
{
    if (o.positional.size() != 1)
        return usageError(packagesUsage());
    const ManifestStore store;
    const Expected<PackageManifest> m = store.load(o.profile, o.positional.first());
    if (!m)
        return fail(m.errorMessage());
    if (o.has("json")) {
        out() << QString::fromUtf8(QJsonDocument(m->toJson()).toJson(QJsonDocument::Compact))
              << '\n';
        out().flush();
        return 0;
    }
    out() << Text::tr("Container: %1").arg(m->container) << '\n';
    if (!m->image.isEmpty())
        out() << Text::tr("Image:     %1").arg(m->image) << '\n';
    if (!m->node.isEmpty())
        out() << Text::tr("Node:      %1").arg(m->node) << '\n';
    if (m->entries.isEmpty())
        out() << Text::tr("Nothing has been installed into it with Patagon Studio yet.") << '\n';
    for (const ManifestEntry &e : m->entries) {
        QString status;
        if (e.cancelled)
            status = Text::tr("cancelled");
        else if (e.succeeded())
            status = Text::tr("ok");
        else
            status = Text::tr("failed (exit status %1)").arg(e.exitStatus);
        out() << e.started.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) << "  "
              << packageKindName(e.kind) << "  " << status << "  " << e.packages.join(u' ') << '\n';
    }
    out().flush();
    return 0;
}

} // namespace

int runContainersCommand(const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    const Options o
        = parse(arguments.mid(1),
                {QStringLiteral("--partition"), QStringLiteral("--node"), QStringLiteral("--save")},
                {}, {QStringLiteral("--json")});
    if (!o.ok) {
        err() << o.problem << '\n';
        return usageError(containersUsage());
    }
    if (sub == QLatin1String("probe") && o.positional.isEmpty())
        return containersProbe(o);
    if (sub == QLatin1String("list") && o.positional.isEmpty())
        return containersList(o);
    if (sub == QLatin1String("create"))
        return containersCreate(o);
    if (sub == QLatin1String("remove"))
        return containersRemove(o);
    return usageError(containersUsage());
}

int runPackagesCommand(const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    const Options o
        = parse(arguments.mid(1),
                {QStringLiteral("--partition"), QStringLiteral("--node"), QStringLiteral("--save"),
                 QStringLiteral("--onto"), QStringLiteral("-r")},
                {QStringLiteral("--pip"), QStringLiteral("--apt")}, {QStringLiteral("--json")});
    if (!o.ok) {
        err() << o.problem << '\n';
        return usageError(packagesUsage());
    }
    if (sub == QLatin1String("install"))
        return packagesInstall(o);
    if (sub == QLatin1String("manifest"))
        return packagesManifest(o);
    if (sub == QLatin1String("replay"))
        return packagesReplay(o);
    return usageError(packagesUsage());
}

} // namespace Patagon::Cli
