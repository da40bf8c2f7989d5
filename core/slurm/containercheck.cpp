#include "core/slurm/containercheck.h"

#include "core/remote/shellquote.h"
#include "core/slurm/batchscript.h"
#include "core/slurm/clusterfacts.h"
#include "core/slurm/scriptbody.h"
#include "core/tr.h"

#include <QMap>

namespace Patagon::Slurm {

namespace {

using Severity = ScriptProblem::Severity;

// The script with `insertions` (line -> (column, text)) made, and `dropped` lines left out.
QString containerName(const QString &value)
{
    return value.section(u':', 0, 0); // NAME[:FLAG]
}

struct Placement
{
    const BatchScript &script;
    const ClusterFacts *facts;
    QList<ScriptProblem> &problems;

    void add(Severity severity, int line, int start, int end, const QString &message,
             const ScriptFix &fix = {})
    {
        problems.append({severity, line + 1, start, end, message, fix});
    }

    void run()
    {
        QList<const ScriptDirective *> batch; // every active Pyxis directive
        const ScriptDirective *image = nullptr;
        const ScriptDirective *name = nullptr;
        for (const ScriptDirective &d : script.directives()) {
            if (!d.active || !d.option || !d.option->pyxis)
                continue;
            batch.append(&d);
            if (d.option->longName == QLatin1String("container-image"))
                image = &d;
            else if (d.option->longName == QLatin1String("container-name"))
                name = &d;
        }
        const QList<BodyCommand> commands = bodyCommands(script);
        if (image || name)
            checkBatchStep(batch, name ? name : image, commands);
        if (facts && facts->containers)
            checkNamedContainers(image, name, commands);
    }

    // #SBATCH --container-*: the batch step runs in the container; Slurm's commands are not
    // there.
    void checkBatchStep(const QList<const ScriptDirective *> &batch, const ScriptDirective *trigger,
                        const QList<BodyCommand> &commands)
    {
        for (const BodyCommand &c : commands) {
            if (!c.isSlurmCommand())
                continue;
            const QString program = QString::fromUtf8(c.program.text);
            add(Severity::Error, c.program.line, c.program.start, c.program.end,
                Tr::tr("The #SBATCH --%1 on line %2 makes Pyxis run the whole batch script "
                       "inside the container, where there is no %3: this line fails with "
                       "\"%3: command not found\". Put the container options on the srun line "
                       "instead (srun --container-name=NAME python train.py), or remove them "
                       "here if this script should run in the container without srun.")
                    .arg(trigger->option->longName)
                    .arg(trigger->line + 1)
                    .arg(program),
                moveToSrunLines(batch, commands));
            return; // one is enough: the fix takes care of every line
        }
    }

    // The fix: the #SBATCH container lines go, their options go onto each srun line that has
    // no container of its own. Offered when every Slurm command is srun and each directive
    // line holds only its container option.
    ScriptFix moveToSrunLines(const QList<const ScriptDirective *> &batch,
                              const QList<BodyCommand> &commands)
    {
        QList<int> dropped;
        QList<QPair<QString, QByteArray>> options; // name, " --name[=value]"
        for (const ScriptDirective *d : batch) {
            // The line goes whole: it must hold nothing else.
            const int tokens = int(script.lines().at(d->line).tokens.size());
            const int own = d->valueLine < 0 ? 1 : (d->valueLine == d->line ? 2 : -1);
            if (tokens != own)
                return {};
            dropped.append(d->line);
            QByteArray text = " --" + d->option->longName.toUtf8();
            if (d->value)
                text += '=' + Shell::quoteArgument(*d->value);
            options.append({d->option->longName, text});
        }
        QMultiMap<int, LineEdit> inserts;
        for (const BodyCommand &c : commands) {
            if (!c.isSlurmCommand())
                continue;
            if (!c.isSrun())
                return {};
            // What the step gives itself stays; the rest of the batch's options join it.
            QStringList present;
            for (const ContainerOption &o : srunContainerOptions(c))
                present.append(o.name);
            QByteArray added;
            for (const auto &[name, text] : std::as_const(options)) {
                if (!present.contains(name))
                    added += text;
            }
            if (!added.isEmpty())
                inserts.insert(c.program.line, {c.program.end, c.program.end, added});
        }
        return {Tr::tr("Move the container options to the srun lines"),
                editedScript(script, inserts, dropped)};
    }

    QStringList knownNames() const
    {
        QStringList names;
        for (const ContainerFact &c : *facts->containers)
            names.append(c.name);
        names.removeDuplicates();
        return names;
    }

    void checkNamedContainers(const ScriptDirective *image, const ScriptDirective *name,
                              const QList<BodyCommand> &commands)
    {
        if (name && !image && name->value) {
            const QString n = containerName(QString::fromUtf8(*name->value));
            if (!knownNames().contains(n))
                missing(n, name->line, name->start, name->end, {});
        }
        for (const BodyCommand &c : commands) {
            if (!c.isSrun())
                continue;
            const QList<ContainerOption> options = srunContainerOptions(c);
            const ContainerOption *named = nullptr;
            bool hasImage = false;
            for (const ContainerOption &o : options) {
                if (o.name == u"container-name")
                    named = &o;
                hasImage |= o.name == u"container-image";
            }
            if (!named || hasImage)
                continue;
            const QString n = containerName(named->value);
            if (!knownNames().contains(n)) {
                missing(n, named->line, named->start, named->end, QByteArray("--container-name="));
                continue;
            }
            checkNode(c, n);
        }
    }

    void missing(const QString &name, int line, int start, int end, const QByteArray &prefix)
    {
        const QStringList names = knownNames();
        ScriptFix fix;
        const QString closest = names.size() == 1 ? names.first() : closestName(name, names);
        if (!closest.isEmpty() && !prefix.isEmpty()) {
            QByteArray text;
            const QList<ScriptLine> &lines = script.lines();
            for (int i = 0; i < lines.size(); ++i) {
                QByteArray content = lines.at(i).content;
                if (i == line)
                    content.replace(start, end - start, QByteArray(prefix + closest.toUtf8()));
                text += content + lines.at(i).terminator;
            }
            fix = {Tr::tr("Use the container %1").arg(closest), text};
        }
        add(Severity::Warning, line, start, end,
            names.isEmpty()
                ? Tr::tr("There is no container named %1 on the cluster, and you have none yet: "
                         "without --container-image this step fails. Create it on the "
                         "Containers page.")
                      .arg(name)
                : Tr::tr("There is no container named %1 on the cluster (yours: %2): without "
                         "--container-image this step fails. Pick one of yours, or create %1 "
                         "on the Containers page.")
                      .arg(name, names.join(QStringLiteral(", "))),
            fix);
    }

    // A named container lives on one node: a step elsewhere does not find it.
    void checkNode(const BodyCommand &srun, const QString &name)
    {
        QStringList nodes;
        for (const ContainerFact &c : *facts->containers) {
            if (c.name == name && !c.node.isEmpty())
                nodes.append(c.node);
        }
        if (nodes.size() != 1 || !srunNodelist(srun).isEmpty()
            || script.value(QStringLiteral("nodelist")))
            return;
        const PartitionFacts *partition = nullptr;
        if (const auto p = script.value(QStringLiteral("partition")))
            partition = facts->partition(p->section(u',', 0, 0));
        else
            partition = facts->defaultPartition();
        if (!partition || partition->totalNodes <= 1)
            return;
        add(Severity::Warning, srun.program.line, srun.program.start, srun.program.end,
            Tr::tr("The container %1 lives on node %2 only; this step may start on another node "
                   "of partition %3, where it does not exist. Run it there with -w %2.")
                .arg(name, nodes.first(), partition->name),
            {Tr::tr("Add -w %1").arg(nodes.first()),
             editedScript(
                 script,
                 {{srun.program.line,
                   {srun.program.end, srun.program.end, " -w " + nodes.first().toUtf8()}}})});
    }
};

} // namespace

void checkContainerPlacement(const BatchScript &script, const ClusterFacts *facts,
                             QList<ScriptProblem> &problems)
{
    Placement {script, facts, problems}.run();
}

int editDistance(const QString &a, const QString &b)
{
    QList<int> row(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int up = row[j];
            row[j] = std::min(
                {row[j] + 1, row[j - 1] + 1, diagonal + (a.at(i - 1) == b.at(j - 1) ? 0 : 1)});
            diagonal = up;
        }
    }
    return row[b.size()];
}

QString closestName(const QString &name, const QStringList &candidates)
{
    QString best;
    int bestDistance = std::max(2, int(name.size()) / 3) + 1;
    for (const QString &c : candidates) {
        const int d
            = c.startsWith(name, Qt::CaseInsensitive) || name.startsWith(c, Qt::CaseInsensitive)
            ? 1
            : editDistance(name.toLower(), c.toLower());
        if (d < bestDistance) {
            bestDistance = d;
            best = c;
        }
    }
    return best;
}

} // namespace Patagon::Slurm
