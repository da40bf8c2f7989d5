// The script checker: sbatch's refusals, directive syntax, values, and the cluster's limits.
#include "core/slurm/scriptchecker.h"

#include "core/slurm/batchscript.h"
#include "core/slurm/clusterfacts.h"
#include "core/slurm/containercheck.h"
#include "core/slurm/valuecheck.h"
#include "core/tr.h"

#include <QRegularExpression>

namespace Patagon::Slurm {

namespace {

using Severity = ScriptProblem::Severity;

QByteArray replaceInLine(const BatchScript &script, int line, int start, int end,
                         const QByteArray &replacement)
{
    QByteArray text;
    const QList<ScriptLine> &lines = script.lines();
    for (int i = 0; i < lines.size(); ++i) {
        QByteArray content = lines.at(i).content;
        if (i == line)
            content.replace(start, end - start, replacement);
        text += content + lines.at(i).terminator;
    }
    return text;
}

QByteArray moveLine(const BatchScript &script, int from, int to)
{
    QList<ScriptLine> lines = script.lines();
    ScriptLine moved = lines.takeAt(from);
    if (moved.terminator.isEmpty()) {
        moved.terminator = QByteArrayLiteral("\n");
        if (!lines.isEmpty())
            lines.last().terminator.clear();
    }
    lines.insert(to, moved);
    QByteArray text;
    for (const ScriptLine &l : std::as_const(lines))
        text += l.content + l.terminator;
    return text;
}

struct Checker
{
    const BatchScript &script;
    const ClusterFacts *facts;
    QList<ScriptProblem> problems;

    void add(Severity severity, int line, int start, int end, const QString &message,
             const ScriptFix &fix = {})
    {
        problems.append({severity, line + 1, start, end, message, fix});
    }

    int lineLength(int line) const { return int(script.lines().at(line).content.size()); }

    void checkWhole()
    {
        const QByteArray text = script.serialize();
        if (script.lines().isEmpty() || text.trimmed().isEmpty()) {
            add(Severity::Error, 0, 0, 0,
                Tr::tr("The script is empty or only blank; sbatch refuses it."));
            return;
        }
        if (!script.hasShebang())
            add(Severity::Error, 0, 0, lineLength(0),
                Tr::tr("sbatch refuses a script whose first line does not start with #! and an "
                       "interpreter, for instance #!/bin/bash."),
                {Tr::tr("Add #!/bin/bash as the first line"), "#!/bin/bash\n" + text});
        if (script.hasDosLineBreaks()) {
            int first = 0;
            while (first < script.lines().size()
                   && !(script.lines().at(first).content.endsWith('\r')
                        && !script.lines().at(first).terminator.isEmpty()))
                ++first;
            add(Severity::Error, first, 0, lineLength(first),
                Tr::tr("The script has DOS line breaks (CR LF); sbatch refuses it."),
                {Tr::tr("Convert to Unix line breaks"), script.withUnixLineBreaks()});
        }
        if (script.hasNulByte()) {
            int line = 0;
            while (line < script.lines().size() && !script.lines().at(line).content.contains('\0'))
                ++line;
            QByteArray fixed = text;
            fixed.replace('\0', "");
            add(Severity::Error, line, 0, lineLength(line),
                Tr::tr("The script holds a NUL byte; Slurm refuses it."),
                {Tr::tr("Remove the NUL bytes"), fixed});
        }
    }

    int lastActiveDirectiveLine() const
    {
        int last = -1;
        for (int i = 0; i < script.lines().size(); ++i) {
            if (script.lines().at(i).kind == ScriptLine::Kind::Directive)
                last = i;
        }
        return last;
    }

    void checkLines()
    {
        static const QRegularExpression lookalike(QStringLiteral("^\\s*#+\\s*(?:SBATCH|SLURM)"),
                                                  QRegularExpression::CaseInsensitiveOption);
        const QList<ScriptLine> &lines = script.lines();
        for (int i = 0; i < lines.size(); ++i) {
            const ScriptLine &l = lines.at(i);
            const int length = int(l.content.size());
            switch (l.kind) {
            case ScriptLine::Kind::Lookalike: {
                const QRegularExpressionMatch m
                    = lookalike.match(QString::fromLatin1(l.content.left(64)));
                const int end = int(m.capturedEnd());
                add(Severity::Warning, i, 0, end,
                    Tr::tr("\"%1\" is a comment, not a directive: sbatch only reads lines that "
                           "start with #SBATCH.")
                        .arg(QString::fromUtf8(l.content.left(end))),
                    {Tr::tr("Make it a #SBATCH directive"),
                     replaceInLine(script, i, 0, end, "#SBATCH")});
                break;
            }
            case ScriptLine::Kind::InactiveDirective: {
                const int target = lastActiveDirectiveLine() >= 0 ? lastActiveDirectiveLine() + 1
                                                                  : script.firstCommandLine();
                add(Severity::Warning, i, 0, l.magicLength,
                    Tr::tr("sbatch ignores this directive: it comes after the first command "
                           "(line %1).")
                        .arg(script.firstCommandLine() + 1),
                    {Tr::tr("Move it above the first command"), moveLine(script, i, target)});
                break;
            }
            case ScriptLine::Kind::Directive:
                if (l.magicLength == 6)
                    add(Severity::Warning, i, 0, 6, Tr::tr("#SLURM is deprecated; write #SBATCH."),
                        {Tr::tr("Write #SBATCH"), replaceInLine(script, i, 0, 6, "#SBATCH")});
                if (l.hetJobSeparator)
                    add(Severity::Info, i, 0, length,
                        Tr::tr("The directives below belong to component %1 of a heterogeneous "
                               "job.")
                            .arg(l.component));
                break;
            default:
                break;
            }
            if (!l.isDirective())
                continue;
            const Severity severity
                = l.kind == ScriptLine::Kind::Directive ? Severity::Error : Severity::Warning;
            switch (l.stop) {
            case ScriptLine::Stop::None:
                break;
            case ScriptLine::Stop::UnmatchedQuote:
                add(severity, i, l.stopColumn, length,
                    Tr::tr("This quote is never closed; sbatch refuses the script."));
                break;
            case ScriptLine::Stop::LeadingColon:
                add(severity, i, l.stopColumn, length,
                    Tr::tr("An argument may not start with \":\" here; sbatch refuses the "
                           "script."));
                break;
            case ScriptLine::Stop::EmptyArgument:
                add(Severity::Warning, i, l.stopColumn, length,
                    Tr::tr("sbatch stops reading this line at an empty argument and ignores the "
                           "rest of it."));
                break;
            }
        }
    }

    void checkDirectives()
    {
        const QList<ScriptDirective> &all = script.directives();
        for (int k = 0; k < all.size(); ++k) {
            const ScriptDirective &d = all.at(k);
            if (!d.active)
                continue;
            checkDirective(d);
            // Repeated options: the later one wins.
            if (d.option && d.issue == ScriptDirective::Issue::None) {
                for (int j = k + 1; j < all.size(); ++j) {
                    const ScriptDirective &o = all.at(j);
                    if (o.active && o.option == d.option && o.component == d.component
                        && o.issue == ScriptDirective::Issue::None) {
                        add(Severity::Warning, d.line, d.start, d.end,
                            Tr::tr("--%1 is given again on line %2; the later one wins.")
                                .arg(d.option->longName)
                                .arg(o.line + 1));
                        break;
                    }
                }
            }
        }
    }

    void checkDirective(const ScriptDirective &d)
    {
        const int start = d.start;
        const int end = d.end;
        switch (d.issue) {
        case ScriptDirective::Issue::NotAnOption:
            add(Severity::Error, d.line, start, end,
                Tr::tr("\"%1\" is not an option; sbatch stops at it and refuses the script.")
                    .arg(d.written));
            return;
        case ScriptDirective::Issue::Unknown: {
            const bool isLong = d.written.startsWith(QLatin1String("--"));
            const QStringList close
                = isLong ? OptionCatalog::suggestions(d.written.mid(2)) : QStringList();
            if (close.isEmpty()) {
                add(Severity::Error, d.line, start, end,
                    Tr::tr("Unknown option \"%1\".").arg(d.written));
            } else {
                const QByteArray fixed = "--" + close.first().toUtf8()
                    + (d.value && d.form == ScriptDirective::Form::LongAttached
                           ? '=' + BatchScript::quoteValue(*d.value)
                           : QByteArray());
                const int nameEnd = d.form == ScriptDirective::Form::LongAttached
                    ? end
                    : start + int(d.written.toUtf8().size());
                add(Severity::Error, d.line, start, nameEnd,
                    Tr::tr("Unknown option \"%1\"; did you mean --%2?")
                        .arg(d.written, close.first()),
                    {Tr::tr("Replace with --%1").arg(close.first()),
                     replaceInLine(script, d.line, start, nameEnd, fixed)});
            }
            return;
        }
        case ScriptDirective::Issue::Ambiguous:
            add(Severity::Error, d.line, start, end,
                Tr::tr("\"%1\" is ambiguous: it could be %2.")
                    .arg(d.written,
                         QStringLiteral("--") + d.candidates.join(QLatin1String(", --"))));
            return;
        case ScriptDirective::Issue::MissingValue:
            add(Severity::Error, d.line, start, end, Tr::tr("%1 needs a value.").arg(d.written));
            return;
        case ScriptDirective::Issue::UnexpectedValue:
            add(Severity::Error, d.line, start, end, Tr::tr("%1 takes no value.").arg(d.written));
            return;
        case ScriptDirective::Issue::None:
            break;
        }
        if (!d.option)
            return;
        if (d.abbreviated) {
            const int nameEnd = start + int(d.written.toUtf8().size());
            add(Severity::Warning, d.line, start, nameEnd,
                Tr::tr("\"%1\" is short for --%2; write it out, a future option could make it "
                       "ambiguous.")
                    .arg(d.written, d.option->longName),
                {Tr::tr("Write --%1").arg(d.option->longName),
                 replaceInLine(script, d.line, start, nameEnd,
                               "--" + d.option->longName.toUtf8())});
        }
        if (facts && d.option->pyxis && facts->pyxisKnown
            && !facts->pyxisFlags.contains(d.option->longName)) {
            add(Severity::Error, d.line, d.start, d.end,
                Tr::tr("This cluster's srun has no --%1: Pyxis is missing or older.")
                    .arg(d.option->longName));
            return;
        }
        if (!d.value)
            return;
        const QString value = QString::fromUtf8(*d.value);
        int vStart = start;
        int vEnd = end;
        QByteArray prefix; // what stays before the value when the fix rewrites the argument
        if (d.valueLine == d.line) {
            vStart = d.valueStart;
            vEnd = d.valueEnd;
        } else if (d.valueLine < 0 && d.form != ScriptDirective::Form::Cluster) {
            prefix = d.written.toUtf8();
            if (d.form != ScriptDirective::Form::ShortAttached)
                prefix += '=';
            // Point at the value itself when the argument is written plainly.
            if (script.lines().at(d.line).content.mid(start, end - start) == prefix + *d.value) {
                vStart = start + int(prefix.size());
                prefix.clear();
            }
        }
        const ValueCheck::Finding f = ValueCheck::check(d.option->kind, value);
        if (f.isValid()) {
            ScriptFix fix;
            if (!f.suggestion.isEmpty() && d.valueLine <= d.line
                && d.form != ScriptDirective::Form::Cluster)
                fix = {Tr::tr("Write %1").arg(f.suggestion),
                       replaceInLine(script, d.line, vStart, vEnd,
                                     prefix + BatchScript::quoteValue(f.suggestion.toUtf8()))};
            add(f.severity, d.line, vStart, vEnd, f.message, fix);
        }
        if (facts)
            checkAgainstCluster(d, value, vStart, vEnd, prefix);
    }

    // The partition the job will run in: the script's, else the cluster's default.
    const PartitionFacts *jobPartition(int component) const
    {
        for (auto it = script.directives().crbegin(); it != script.directives().crend(); ++it) {
            if (it->active && it->component == component && it->option
                && it->option->longName == QLatin1String("partition") && it->value)
                return facts->partition(QString::fromUtf8(*it->value).section(u',', 0, 0));
        }
        return facts->defaultPartition();
    }

    void checkAgainstCluster(const ScriptDirective &d, const QString &value, int vStart, int vEnd,
                             const QByteArray &prefix)
    {
        const QString &name = d.option->longName;
        const PartitionFacts *partition = jobPartition(d.component);
        if (name == QLatin1String("partition")) {
            QStringList names;
            for (const PartitionFacts &p : facts->partitions)
                names.append(p.name);
            const QStringList asked = value.split(u',');
            for (const QString &p : asked) {
                if (facts->partition(p))
                    continue;
                ScriptFix fix;
                const QString closest = closestName(p, names);
                if (!closest.isEmpty() && asked.size() == 1 && d.valueLine <= d.line
                    && d.form != ScriptDirective::Form::Cluster)
                    fix = {Tr::tr("Write %1").arg(closest),
                           replaceInLine(script, d.line, vStart, vEnd, prefix + closest.toUtf8())};
                add(Severity::Error, d.line, vStart, vEnd,
                    Tr::tr("This cluster has no partition \"%1\"; it has %2.")
                        .arg(p, names.join(QLatin1String(", "))),
                    fix);
            }
        } else if (partition
                   && (name == QLatin1String("time") || name == QLatin1String("time-min"))) {
            const std::optional<qint64> minutes = ValueCheck::parseMinutes(value);
            if (minutes && partition->maxTimeMinutes
                && (*minutes < 0 || *minutes > *partition->maxTimeMinutes))
                add(Severity::Error, d.line, vStart, vEnd,
                    Tr::tr("Partition %1 allows at most %2.")
                        .arg(partition->name,
                             ValueCheck::formatMinutes(*partition->maxTimeMinutes)),
                    {Tr::tr("Write %1").arg(ValueCheck::formatMinutes(*partition->maxTimeMinutes)),
                     replaceInLine(
                         script, d.line, vStart, vEnd,
                         prefix + ValueCheck::formatMinutes(*partition->maxTimeMinutes).toUtf8())});
        } else if (partition && name == QLatin1String("mem")) {
            const std::optional<qint64> mb = ValueCheck::parseMegabytes(value);
            if (mb && partition->maxMemPerNodeMb && *mb > *partition->maxMemPerNodeMb)
                add(Severity::Error, d.line, vStart, vEnd,
                    Tr::tr("Partition %1 allows at most %2 MB of memory per node.")
                        .arg(partition->name)
                        .arg(*partition->maxMemPerNodeMb));
            else if (mb && partition->largestNodeMemMb > 0 && *mb > partition->largestNodeMemMb)
                add(Severity::Error, d.line, vStart, vEnd,
                    Tr::tr("The largest node of partition %1 has %2 MB of memory; the job asks "
                           "for %3 MB per node, so it could never start.")
                        .arg(partition->name)
                        .arg(partition->largestNodeMemMb)
                        .arg(*mb));
        } else if (partition && name == QLatin1String("cpus-per-task")) {
            const qint64 cpus = value.toLongLong();
            if (partition->largestNodeCpus > 0 && cpus > partition->largestNodeCpus)
                add(Severity::Error, d.line, vStart, vEnd,
                    Tr::tr("The largest node of partition %1 has %2 CPUs; a task asking for %3 "
                           "could never start.")
                        .arg(partition->name)
                        .arg(partition->largestNodeCpus)
                        .arg(cpus));
        } else if (partition && name == QLatin1String("mem-per-cpu")) {
            const std::optional<qint64> mb = ValueCheck::parseMegabytes(value);
            if (mb && partition->maxMemPerCpuMb && *mb > *partition->maxMemPerCpuMb)
                add(Severity::Error, d.line, vStart, vEnd,
                    Tr::tr("Partition %1 allows at most %2 MB of memory per CPU.")
                        .arg(partition->name)
                        .arg(*partition->maxMemPerCpuMb));
        } else if (partition && name == QLatin1String("gres")) {
            const std::optional<QList<ValueCheck::GresItem>> items = ValueCheck::parseGres(value);
            for (const ValueCheck::GresItem &item : items.value_or(QList<ValueCheck::GresItem>())) {
                if (!partition->hasGres(item.name)) {
                    add(Severity::Error, d.line, vStart, vEnd,
                        Tr::tr("Partition %1 has no %2 resources.")
                            .arg(partition->name, item.name));
                    continue;
                }
                const QStringList types = partition->gresTypes(item.name);
                if (!item.type.isEmpty() && !types.isEmpty() && !types.contains(item.type)) {
                    QStringList have;
                    for (const QString &t : types)
                        have.append(item.name + u':' + t);
                    // The same type in another case (gpu:a100 for gpu:A100): Slurm is exact.
                    ScriptFix fix;
                    for (const QString &t : types) {
                        if (t.compare(item.type, Qt::CaseInsensitive) != 0 || d.valueLine > d.line
                            || d.form == ScriptDirective::Form::Cluster)
                            continue;
                        QString corrected = value;
                        corrected.replace(item.name + u':' + item.type, item.name + u':' + t);
                        fix = {Tr::tr("Write %1").arg(corrected),
                               replaceInLine(script, d.line, vStart, vEnd,
                                             prefix + corrected.toUtf8())};
                    }
                    add(Severity::Error, d.line, vStart, vEnd,
                        Tr::tr("--gres=%1: this cluster has %2.")
                            .arg(value, have.join(QLatin1String(", "))),
                        fix);
                    continue;
                }
                const QString key = item.type.isEmpty() ? item.name : item.name + u':' + item.type;
                const qint64 most = partition->largestNodeGres.value(key);
                if (most > 0 && item.count > most)
                    add(Severity::Error, d.line, vStart, vEnd,
                        Tr::tr("The largest node of partition %1 has %2 × %3; --gres=%4 asks "
                               "for %5 on one node, so the job could never start.")
                            .arg(partition->name)
                            .arg(most)
                            .arg(key, value)
                            .arg(item.count));
            }
        } else if (name == QLatin1String("qos") && !facts->qos.isEmpty()
                   && !facts->qos.contains(value)) {
            add(Severity::Warning, d.line, vStart, vEnd,
                Tr::tr("Your associations allow the QOS %1, not \"%2\".")
                    .arg(facts->qos.join(QLatin1String(", ")), value));
        } else if (name == QLatin1String("account") && !facts->accounts.isEmpty()
                   && !facts->accounts.contains(value)) {
            add(Severity::Warning, d.line, vStart, vEnd,
                Tr::tr("You have the accounts %1, not \"%2\".")
                    .arg(facts->accounts.join(QLatin1String(", ")), value));
        }
    }
};

} // namespace

QString ScriptProblem::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    }
    return {};
}

bool hasError(const QList<ScriptProblem> &problems)
{
    return std::any_of(problems.cbegin(), problems.cend(), [](const ScriptProblem &p) {
        return p.severity == ScriptProblem::Severity::Error;
    });
}

QList<ScriptProblem> ScriptChecker::check(const BatchScript &script, const ClusterFacts *facts)
{
    Checker checker {script, facts && facts->isValid() ? facts : nullptr, {}};
    checker.checkWhole();
    checker.checkLines();
    checker.checkDirectives();
    checkContainerPlacement(script, checker.facts, checker.problems);
    std::stable_sort(
        checker.problems.begin(), checker.problems.end(),
        [](const ScriptProblem &a, const ScriptProblem &b) { return a.line < b.line; });
    return checker.problems;
}

} // namespace Patagon::Slurm
