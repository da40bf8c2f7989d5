#include "core/slurm/scriptbody.h"

#include "core/remote/shellquote.h"
#include "core/slurm/batchscript.h"

#include <QSet>

#include <algorithm>

namespace Patagon::Slurm {

namespace {

bool isAssignment(const QByteArray &w)
{
    const qsizetype eq = w.indexOf('=');
    if (eq <= 0)
        return false;
    for (qsizetype i = 0; i < eq; ++i) {
        const char c = w.at(i);
        if (!(c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
              || (i > 0 && c >= '0' && c <= '9')))
            return false;
    }
    return true;
}

// Shell words of the body, with operators as words of their own (their text unquoted-only).
// `quotedOperator` marks words that only look like operators because they were quoted.
struct Splitter
{
    QList<ShellWord> words;
    QList<bool> operators;

    void split(const BatchScript &script)
    {
        const QList<ScriptLine> &lines = script.lines();
        const int first = script.firstCommandLine();
        if (first < 0)
            return;
        bool continued = false;
        for (int l = first; l < lines.size(); ++l) {
            const QByteArray &s = lines.at(l).content;
            if (!continued && !words.isEmpty() && !operators.constLast())
                addOperator(l, 0, 0, ";"); // a new line ends the command
            continued = false;
            int i = 0;
            const int n = int(s.size());
            while (i < n) {
                const char c = s.at(i);
                if (c == ' ' || c == '\t' || c == '\r') {
                    ++i;
                    continue;
                }
                if (c == '#')
                    break; // a comment to the end of the line
                if (c == '\\' && i == n - 1) {
                    continued = true;
                    break;
                }
                if (c == ';' || c == '&' || c == '|') {
                    int e = i + 1;
                    if (e < n && (s.at(e) == c || (c == '|' && s.at(e) == '&')))
                        ++e;
                    addOperator(l, i, e, s.mid(i, e - i));
                    i = e;
                    continue;
                }
                ShellWord w;
                w.line = l;
                w.start = i;
                while (i < n) {
                    const char d = s.at(i);
                    if (d == ' ' || d == '\t' || d == ';' || d == '&' || d == '|' || d == '\r')
                        break;
                    if (d == '\\' && i + 1 < n) {
                        w.text += s.at(i + 1);
                        i += 2;
                    } else if (d == '\\') {
                        break; // a continuation: ends the word
                    } else if (d == '\'') {
                        const qsizetype close = s.indexOf('\'', i + 1);
                        const int e = close < 0 ? n : int(close);
                        w.text += s.mid(i + 1, e - i - 1);
                        i = close < 0 ? n : e + 1;
                    } else if (d == '"') {
                        ++i;
                        while (i < n && s.at(i) != '"') {
                            if (s.at(i) == '\\' && i + 1 < n)
                                ++i;
                            w.text += s.at(i++);
                        }
                        ++i;
                    } else {
                        w.text += d;
                        ++i;
                    }
                }
                w.end = qMin(i, n);
                words.append(w);
                operators.append(false);
            }
        }
    }

    void addOperator(int line, int start, int end, const QByteArray &text)
    {
        words.append({line, start, end, text});
        operators.append(true);
    }
};

// Options of srun that take a separate value when written without '='.
bool srunOptionTakesValue(const QByteArray &option)
{
    static const QSet<QByteArray> withValue = {"-A",
                                               "--account",
                                               "-c",
                                               "--cpus-per-task",
                                               "-C",
                                               "--constraint",
                                               "-D",
                                               "--chdir",
                                               "-e",
                                               "--error",
                                               "-i",
                                               "--input",
                                               "-J",
                                               "--job-name",
                                               "-L",
                                               "--licenses",
                                               "-m",
                                               "--distribution",
                                               "-n",
                                               "--ntasks",
                                               "-N",
                                               "--nodes",
                                               "-o",
                                               "--output",
                                               "-p",
                                               "--partition",
                                               "-q",
                                               "--qos",
                                               "-t",
                                               "--time",
                                               "-w",
                                               "--nodelist",
                                               "-x",
                                               "--exclude",
                                               "-G",
                                               "--gpus",
                                               "--gres",
                                               "--mem",
                                               "--mem-per-cpu",
                                               "--mem-per-gpu",
                                               "--jobid",
                                               "--mpi",
                                               "--ntasks-per-node",
                                               "--gpus-per-task",
                                               "--cpus-per-gpu",
                                               "--export",
                                               "--container-image",
                                               "--container-mounts",
                                               "--container-workdir",
                                               "--container-name",
                                               "--container-save",
                                               "--container-env",
                                               "--container-unshare",
                                               "--signal",
                                               "-K",
                                               "--kill-on-bad-exit",
                                               "--cpu-bind",
                                               "--het-group",
                                               "-d",
                                               "--dependency",
                                               "-W",
                                               "--wait"};
    return withValue.contains(option);
}

} // namespace

bool BodyCommand::isSlurmCommand() const
{
    static const QSet<QByteArray> slurm = {"srun",     "sbatch", "salloc", "squeue", "scancel",
                                           "scontrol", "sacct",  "sinfo",  "sstat",  "sattach"};
    return slurm.contains(program.text);
}

QList<BodyCommand> bodyCommands(const BatchScript &script)
{
    Splitter splitter;
    splitter.split(script);
    QList<BodyCommand> out;
    const QList<ShellWord> &w = splitter.words;
    int i = 0;
    while (i < w.size()) {
        // One simple command: assignments and wrappers, the program, its arguments.
        while (i < w.size() && splitter.operators.at(i))
            ++i;
        while (i < w.size() && !splitter.operators.at(i)
               && (isAssignment(w.at(i).text) || w.at(i).text == "exec" || w.at(i).text == "time"
                   || w.at(i).text == "command" || w.at(i).text == "nohup" || w.at(i).text == "then"
                   || w.at(i).text == "do" || w.at(i).text == "else" || w.at(i).text == "!"))
            ++i;
        if (i >= w.size())
            break;
        if (splitter.operators.at(i))
            continue;
        BodyCommand c;
        c.program = w.at(i++);
        while (i < w.size() && !splitter.operators.at(i))
            c.arguments.append(w.at(i++));
        out.append(c);
    }
    return out;
}

QList<ContainerOption> srunContainerOptions(const BodyCommand &srun)
{
    QList<ContainerOption> out;
    const QList<ShellWord> &a = srun.arguments;
    for (int i = 0; i < a.size(); ++i) {
        const QByteArray &t = a.at(i).text;
        if (!t.startsWith('-'))
            break; // the program srun runs: its own options are not srun's
        const qsizetype eq = t.indexOf('=');
        const QByteArray name = eq < 0 ? t : t.left(eq);
        const bool separate = eq < 0 && srunOptionTakesValue(name) && i + 1 < a.size();
        if (name.startsWith("--container-") || name.startsWith("--no-container-")) {
            ContainerOption o;
            o.name = QString::fromUtf8(name.mid(2));
            o.line = a.at(i).line;
            o.start = a.at(i).start;
            o.end = a.at(i).end;
            if (eq >= 0) {
                o.value = QString::fromUtf8(t.mid(eq + 1));
            } else if (separate) {
                o.value = QString::fromUtf8(a.at(i + 1).text);
                if (a.at(i + 1).line == o.line)
                    o.end = a.at(i + 1).end;
            }
            out.append(o);
        }
        if (separate)
            ++i;
    }
    return out;
}

QString srunNodelist(const BodyCommand &srun)
{
    const QList<ShellWord> &a = srun.arguments;
    for (int i = 0; i < a.size(); ++i) {
        const QByteArray &t = a.at(i).text;
        if (!t.startsWith('-'))
            break;
        if ((t == "-w" || t == "--nodelist") && i + 1 < a.size())
            return QString::fromUtf8(a.at(i + 1).text);
        if (t.startsWith("--nodelist="))
            return QString::fromUtf8(t.mid(11));
        if (t.startsWith("-w") && t.size() > 2)
            return QString::fromUtf8(t.mid(2));
        const qsizetype eq = t.indexOf('=');
        if (eq < 0 && srunOptionTakesValue(t))
            ++i;
    }
    return {};
}

QByteArray editedScript(const BatchScript &script, const QMultiMap<int, LineEdit> &edits,
                        const QList<int> &dropped)
{
    QByteArray out;
    const QList<ScriptLine> &lines = script.lines();
    for (int i = 0; i < lines.size(); ++i) {
        if (dropped.contains(i))
            continue;
        QByteArray content = lines.at(i).content;
        QList<LineEdit> here = edits.values(i);
        // From the end of the line backwards, so that earlier offsets stay true.
        std::sort(here.begin(), here.end(),
                  [](const LineEdit &a, const LineEdit &b) { return a.start > b.start; });
        for (const LineEdit &e : std::as_const(here))
            content.replace(e.start, e.end - e.start, e.text);
        out += content + lines.at(i).terminator;
    }
    return out;
}

std::optional<QString> srunContainerValue(const BatchScript &script, const QString &name)
{
    for (const BodyCommand &c : bodyCommands(script)) {
        if (!c.isSrun())
            continue;
        for (const ContainerOption &o : srunContainerOptions(c)) {
            if (o.name == name)
                return o.value;
        }
    }
    return std::nullopt;
}

std::optional<QByteArray> withSrunContainerOption(const BatchScript &script, const QString &name,
                                                  const QString &value)
{
    const QByteArray text
        = value.isEmpty() ? QByteArray() : "--" + name.toUtf8() + '=' + Shell::quoteArgument(value);
    QMultiMap<int, LineEdit> edits;
    bool anyStep = false;
    for (const BodyCommand &c : bodyCommands(script)) {
        if (!c.isSrun())
            continue;
        anyStep = true;
        bool present = false;
        for (const ContainerOption &o : srunContainerOptions(c)) {
            if (o.name != name)
                continue;
            present = true;
            // Removed with the blank before it, so "srun --x=1 python" becomes "srun python".
            const QByteArray &line = script.lines().at(o.line).content;
            const int start = value.isEmpty() && o.start > 0 && line.at(o.start - 1) == ' '
                ? o.start - 1
                : o.start;
            edits.insert(o.line, {start, o.end, text});
        }
        if (!present && !value.isEmpty())
            edits.insert(c.program.line, {c.program.end, c.program.end, ' ' + text});
    }
    if (!anyStep)
        return std::nullopt;
    return editedScript(script, edits);
}

} // namespace Patagon::Slurm
