// The body of a batch script as far as it concerns the cluster: the commands it runs (after
// variable assignments and wrappers such as `exec` or `time`), which of them are Slurm's, and
// each srun step with its --container-* options. Read with a small shell word splitter
// (quotes, backslashes, comments, `;` `&&` `||` `|` `&`, line continuations); what it cannot
// read (here-documents, functions, loops' bodies) is still read line by line, which is enough
// to find the commands a line starts.
#pragma once

#include <QByteArray>
#include <QList>
#include <QMultiMap>
#include <QString>

#include <optional>

namespace Patagon::Slurm {

class BatchScript;

struct ShellWord
{
    int line = 0; // 0-based script line
    int start = 0; // byte offsets in that line
    int end = 0;
    QByteArray text; // quotes and backslashes removed
};

struct BodyCommand
{
    ShellWord program; // "srun", "python", ...
    QList<ShellWord> arguments; // up to the next control operator

    bool isSlurmCommand() const;
    bool isSrun() const { return program.text == "srun"; }
};

// A --container-* option of an srun step (or of an #SBATCH line).
struct ContainerOption
{
    QString name; // long name without dashes: "container-name"
    QString value; // empty for a flag
    int line = 0;
    int start = 0; // the whole option (and its separate value) in `line`
    int end = 0;
};

// The commands of the script's body (lines from the first command on), in order.
QList<BodyCommand> bodyCommands(const BatchScript &script);
// srun's own options before the program it runs: the --container-* ones.
QList<ContainerOption> srunContainerOptions(const BodyCommand &srun);
// srun's -w/--nodelist value, when it has one.
QString srunNodelist(const BodyCommand &srun);

// One change to a line: bytes [start, end) become `text` (start == end: an insertion).
struct LineEdit
{
    int start = 0;
    int end = 0;
    QByteArray text;
};
// The script with `edits` (by 0-based line; edits of one line must not overlap) applied and
// the `dropped` lines left out.
QByteArray editedScript(const BatchScript &script, const QMultiMap<int, LineEdit> &edits,
                        const QList<int> &dropped = {});

// The form's view of a container option written on the srun steps, as the tutorial does
// (`srun --container-name=NAME python …`): the first step's value (nullopt: no step has it).
std::optional<QString> srunContainerValue(const BatchScript &script, const QString &name);
// The script with `--NAME=VALUE` on every srun step of the body: replaced where a step has it,
// added after `srun` where not, removed from every step when `value` is empty. nullopt when
// the body runs no srun step (then the option can only be a directive: the batch step runs in
// the container).
std::optional<QByteArray> withSrunContainerOption(const BatchScript &script, const QString &name,
                                                  const QString &value);

} // namespace Patagon::Slurm
