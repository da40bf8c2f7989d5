// The batch-script model: any bytes in, the same bytes out, with the #SBATCH directives found
// exactly as sbatch finds them and edits that touch only the directive's own line.
#pragma once

#include "core/slurm/optioncatalog.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Patagon::Slurm {

// One argument sbatch takes from a directive line.
struct ScriptToken
{
    int start = 0; // byte offset in the line
    int end = 0; // one past the last byte
    QByteArray text; // after quotes and backslashes are removed, as sbatch passes it on
};

struct ScriptLine
{
    enum class Kind
    {
        Blank,
        Shebang, // "#!..." on the first line
        Comment, // sbatch skips it
        Lookalike, // a comment that looks like a directive: "# SBATCH", "##SBATCH"
        Directive, // "#SBATCH" (or the old "#SLURM") before the first command
        InactiveDirective, // "#SBATCH" after the first command: sbatch ignores it
        Command, // the first command and every line after it
    };
    // What ended sbatch's reading of the line early.
    enum class Stop
    {
        None,
        UnmatchedQuote,
        LeadingColon,
        EmptyArgument
    };

    Kind kind = Kind::Blank;
    QByteArray content; // without the line break
    QByteArray terminator; // "\n", or empty for a last line without one
    int magicLength = 0; // 7 for "#SBATCH", 6 for "#SLURM"
    QList<ScriptToken> tokens;
    Stop stop = Stop::None;
    int stopColumn = -1;
    bool hetJobSeparator = false; // "#SBATCH hetjob"
    int component = 0; // heterogeneous job component

    bool isDirective() const { return kind == Kind::Directive || kind == Kind::InactiveDirective; }
};

// One option as getopt_long takes it from the tokens, with its value.
struct ScriptDirective
{
    enum class Form
    {
        LongAttached, // --partition=gpu
        LongSeparate, // --partition gpu
        ShortAttached, // -pgpu
        ShortSeparate, // -p gpu
        Flag, // --hold, -H, --exclusive
        Cluster, // -Hpgpu: several short options in one argument
    };
    enum class Issue
    {
        None,
        Unknown, // no such option
        Ambiguous, // a prefix of several options
        MissingValue, // --partition at the very end
        UnexpectedValue, // --hold=yes
        NotAnOption, // a word that is not an option: sbatch stops and refuses the script
    };

    int line = 0; // 0-based
    bool active = true;
    int component = 0;
    QString written; // the name as written: "-p", "--part", "--partition"
    const OptionInfo *option = nullptr;
    bool abbreviated = false;
    QStringList candidates; // for Ambiguous
    std::optional<QByteArray> value;
    Form form = Form::Flag;
    Issue issue = Issue::None;
    int start = 0; // byte range of the option's argument in `line`
    int end = 0;
    int valueLine = -1; // where the value's argument is (-1: none or attached)
    int valueStart = 0;
    int valueEnd = 0;

    QString name() const { return option ? option->longName : written; }
    std::optional<QString> valueText() const
    {
        return value ? std::optional<QString>(QString::fromUtf8(*value)) : std::nullopt;
    }
};

class BatchScript
{
public:
    BatchScript() = default;
    static BatchScript parse(const QByteArray &text);
    QByteArray serialize() const { return m_text; }

    const QList<ScriptLine> &lines() const { return m_lines; }
    const QList<ScriptDirective> &directives() const { return m_directives; }

    bool hasShebang() const { return m_text.startsWith("#!"); }
    bool hasDosLineBreaks() const { return m_text.contains("\r\n"); }
    bool hasNulByte() const { return m_text.contains('\0'); }
    int firstCommandLine() const { return m_firstCommand; } // 0-based, -1 when none

    // The directive that takes effect for an option (the last active one), or null.
    const ScriptDirective *find(const QString &longName) const;
    // Its value: nullopt when the option is absent, empty for a flag.
    std::optional<QString> value(const QString &longName) const;
    bool isSet(const QString &longName) const { return find(longName) != nullptr; }

    // Edits through the model: the effective directive's line changes, or one line is added
    // at the end of the directive block. An empty value on a flag option sets the flag.
    void setValue(const QString &longName, const QString &value);
    void setFlag(const QString &longName, bool on);
    void remove(const QString &longName);
    // Replaces every active directive whose option is not in keep with the given arguments.
    void replaceOthers(const QStringList &keep, const QList<QByteArray> &arguments);

    // A value written so that sbatch reads it back unchanged.
    static QByteArray quoteValue(const QByteArray &value);
    // The arguments sbatch takes from the text after "#SBATCH" (stops as sbatch stops).
    static QList<ScriptToken> tokenize(const QByteArray &text);
    // The script with Unix line breaks.
    QByteArray withUnixLineBreaks() const;

private:
    void reparse(QByteArray text);
    void insertDirectiveLine(const QByteArray &arguments);
    QByteArray formatOption(const OptionInfo &option, const QByteArray *value) const;

    QByteArray m_text;
    QList<ScriptLine> m_lines;
    QList<ScriptDirective> m_directives;
    int m_firstCommand = -1;
};

} // namespace Patagon::Slurm
