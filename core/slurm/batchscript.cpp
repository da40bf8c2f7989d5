// The batch-script model. The directive rules follow sbatch 24.11 (src/sbatch/opt.c): lines
// split at '\n' only; "#SBATCH" must open the line; the first line that is neither blank nor a
// comment ends the directive block; arguments are split like a shell would, but simpler.
#include "core/slurm/batchscript.h"

#include "core/softassert.h"

#include <QRegularExpression>

#include <algorithm>
#include <functional>

namespace Patagon::Slurm {

namespace {

// C's isspace() in the "C" locale, which is what sbatch uses.
bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

// sbatch sees a line as a C string: it ends at the first NUL byte.
QByteArray sbatchView(const QByteArray &content)
{
    const qsizetype nul = content.indexOf('\0');
    return nul < 0 ? content : content.left(nul);
}

bool looksLikeDirective(const QByteArray &content)
{
    static const QRegularExpression re(QStringLiteral("^\\s*#+\\s*(SBATCH|SLURM)"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(QString::fromLatin1(content.left(64))).hasMatch();
}

// One argument as sbatch's _get_argument() reads it, from offset `pos`.
enum class Scan
{
    Token,
    End,
    Stop
};
Scan scanArgument(const QByteArray &c, int &pos, ScriptToken &token, ScriptLine::Stop &stop)
{
    const int n = int(c.size());
    while (pos < n && isSpace(c.at(pos)))
        ++pos;
    if (pos < n && c.at(pos) == ':') {
        stop = ScriptLine::Stop::LeadingColon;
        return Scan::Stop;
    }
    if (pos >= n)
        return Scan::End;
    const int start = pos;
    QByteArray argument;
    bool produced = false;
    bool escaped = false;
    bool quoted = false;
    char quote = 0;
    while (pos < n && (quoted || !isSpace(c.at(pos)))) {
        const char ch = c.at(pos);
        if (escaped) {
            escaped = false;
        } else if (ch == '\\') {
            escaped = true;
            ++pos;
            continue;
        } else if (quoted) {
            if (ch == quote) {
                quoted = false;
                ++pos;
                continue;
            }
        } else if (ch == '"' || ch == '\'') {
            quoted = true;
            quote = ch;
            ++pos;
            continue;
        } else if (ch == '#') {
            break;
        }
        argument.append(ch);
        produced = true;
        ++pos;
    }
    if (quoted) {
        pos = start;
        stop = ScriptLine::Stop::UnmatchedQuote;
        return Scan::Stop;
    }
    if (!produced) {
        // An unquoted '#' starts a comment. Anything else that produced nothing ("" or a lone
        // backslash) makes sbatch stop reading the line, silently.
        if (pos > start) {
            pos = start;
            stop = ScriptLine::Stop::EmptyArgument;
            return Scan::Stop;
        }
        return Scan::End;
    }
    token = {start, pos, argument};
    return Scan::Token;
}

void tokenizeLine(ScriptLine &line)
{
    const QByteArray view = sbatchView(line.content);
    int pos = line.magicLength;
    for (;;) {
        ScriptToken token;
        ScriptLine::Stop stop = ScriptLine::Stop::None;
        const Scan s = scanArgument(view, pos, token, stop);
        if (s == Scan::End)
            return;
        if (s == Scan::Stop) {
            line.stop = stop;
            line.stopColumn = pos;
            return;
        }
        line.tokens.append(token);
    }
}

QByteArray joinLines(const QList<ScriptLine> &lines)
{
    QByteArray text;
    for (const ScriptLine &l : lines)
        text += l.content + l.terminator;
    return text;
}

const ScriptToken *tokenStartingAt(const ScriptLine &line, int start)
{
    for (const ScriptToken &t : line.tokens) {
        if (t.start == start)
            return &t;
    }
    return nullptr;
}

struct TokenRef
{
    int line;
    int token;
};

} // namespace

QList<ScriptToken> BatchScript::tokenize(const QByteArray &text)
{
    ScriptLine line;
    line.content = text;
    tokenizeLine(line);
    return line.tokens;
}

BatchScript BatchScript::parse(const QByteArray &text)
{
    BatchScript script;
    script.reparse(text);
    return script;
}

void BatchScript::reparse(QByteArray text)
{
    m_text = std::move(text);
    m_lines.clear();
    m_directives.clear();
    m_firstCommand = -1;

    const qsizetype n = m_text.size();
    qsizetype pos = 0;
    while (pos < n) {
        ScriptLine line;
        const qsizetype nl = m_text.indexOf('\n', pos);
        if (nl < 0) {
            line.content = m_text.mid(pos);
            pos = n;
        } else {
            line.content = m_text.mid(pos, nl - pos);
            line.terminator = QByteArrayLiteral("\n");
            pos = nl + 1;
        }
        m_lines.append(line);
    }

    bool header = true;
    int component = 0;
    for (int i = 0; i < m_lines.size(); ++i) {
        ScriptLine &line = m_lines[i];
        const QByteArray view = sbatchView(line.content);
        if (view.startsWith("#SBATCH"))
            line.magicLength = 7;
        else if (view.startsWith("#SLURM"))
            line.magicLength = 6;
        if (line.magicLength > 0) {
            line.kind = header ? ScriptLine::Kind::Directive : ScriptLine::Kind::InactiveDirective;
            tokenizeLine(line);
            if (header && !line.tokens.isEmpty()) {
                const QByteArray first = line.tokens.first().text.toLower();
                if (first == "hetjob" || first == "packjob") {
                    line.hetJobSeparator = true;
                    ++component;
                }
            }
            line.component = component;
            continue;
        }
        int first = 0;
        while (first < view.size() && isSpace(view.at(first)))
            ++first;
        if (first >= view.size()) {
            line.kind = ScriptLine::Kind::Blank;
        } else if (i == 0 && view.startsWith("#!")) {
            line.kind = ScriptLine::Kind::Shebang;
        } else if (view.at(first) == '#') {
            line.kind = header && looksLikeDirective(view) ? ScriptLine::Kind::Lookalike
                                                           : ScriptLine::Kind::Comment;
        } else {
            line.kind = ScriptLine::Kind::Command;
            if (header) {
                header = false;
                m_firstCommand = i;
            }
        }
    }

    // getopt_long over the active arguments of each component; inactive lines one by one.
    QList<QList<TokenRef>> groups;
    QList<bool> groupActive;
    int currentComponent = -1;
    for (int i = 0; i < m_lines.size(); ++i) {
        const ScriptLine &line = m_lines.at(i);
        if (!line.isDirective() || line.hetJobSeparator)
            continue;
        const bool active = line.kind == ScriptLine::Kind::Directive;
        if (!active || line.component != currentComponent || groups.isEmpty()
            || !groupActive.last()) {
            groups.append(QList<TokenRef>());
            groupActive.append(active);
            if (active)
                currentComponent = line.component;
        }
        for (int t = 0; t < line.tokens.size(); ++t)
            groups.last().append({i, t});
    }
    for (int g = 0; g < groups.size(); ++g) {
        const QList<TokenRef> &refs = groups.at(g);
        const bool active = groupActive.at(g);
        bool optionsEnded = false;
        int i = 0;
        const auto tokenAt = [this, &refs](int k) -> const ScriptToken & {
            return m_lines.at(refs.at(k).line).tokens.at(refs.at(k).token);
        };
        const auto takeValue = [&](ScriptDirective &d, int k) {
            const ScriptToken &v = tokenAt(k);
            d.value = v.text;
            d.valueLine = refs.at(k).line;
            d.valueStart = v.start;
            d.valueEnd = v.end;
            if (d.valueLine == d.line)
                d.end = v.end;
        };
        while (i < refs.size()) {
            const ScriptToken &token = tokenAt(i);
            const QByteArray &t = token.text;
            ScriptDirective d;
            d.line = refs.at(i).line;
            d.active = active;
            d.component = m_lines.at(d.line).component;
            d.start = token.start;
            d.end = token.end;
            if (optionsEnded || !t.startsWith('-') || t.size() < 2) {
                d.written = QString::fromUtf8(t);
                d.issue = ScriptDirective::Issue::NotAnOption;
                d.form = ScriptDirective::Form::Flag;
                m_directives.append(d);
                ++i;
                continue;
            }
            if (t == "--") {
                optionsEnded = true;
                ++i;
                continue;
            }
            if (t.startsWith("--")) {
                const qsizetype eq = t.indexOf('=');
                const QString name = QString::fromUtf8(eq < 0 ? t.mid(2) : t.mid(2, eq - 2));
                d.written = QStringLiteral("--") + name;
                const OptionCatalog::Lookup lookup = OptionCatalog::lookupLong(name);
                d.option = lookup.option;
                d.abbreviated = lookup.abbreviated;
                d.candidates = lookup.candidates;
                ++i;
                if (!d.option) {
                    d.issue = lookup.candidates.isEmpty() ? ScriptDirective::Issue::Unknown
                                                          : ScriptDirective::Issue::Ambiguous;
                    if (eq >= 0) {
                        d.value = t.mid(eq + 1);
                        d.form = ScriptDirective::Form::LongAttached;
                    } else if (i < refs.size() && refs.at(i).line == d.line
                               && !tokenAt(i).text.startsWith('-')) {
                        // Most likely this option's value: keep it out of the way.
                        d.form = ScriptDirective::Form::LongSeparate;
                        takeValue(d, i);
                        ++i;
                    }
                } else if (eq >= 0) {
                    d.value = t.mid(eq + 1);
                    d.form = ScriptDirective::Form::LongAttached;
                    if (d.option->argument == ArgumentRule::None)
                        d.issue = ScriptDirective::Issue::UnexpectedValue;
                } else if (d.option->argument == ArgumentRule::Required) {
                    if (i < refs.size()) {
                        d.form = ScriptDirective::Form::LongSeparate;
                        takeValue(d, i);
                        ++i;
                    } else {
                        d.issue = ScriptDirective::Issue::MissingValue;
                    }
                }
                m_directives.append(ScriptDirective(d));
                continue;
            }
            // Short options, possibly several in one argument.
            ++i;
            QList<ScriptDirective> cluster;
            for (int k = 1; k < t.size(); ++k) {
                ScriptDirective s = d;
                const char ch = t.at(k);
                s.written = QStringLiteral("-") + QChar::fromLatin1(ch);
                s.option = OptionCatalog::findShort(ch);
                if (!s.option) {
                    s.issue = ScriptDirective::Issue::Unknown;
                    cluster.append(s);
                    continue;
                }
                if (s.option->argument == ArgumentRule::Required) {
                    if (k + 1 < t.size()) {
                        s.value = t.mid(k + 1);
                        s.form = ScriptDirective::Form::ShortAttached;
                    } else if (i < refs.size()) {
                        s.form = ScriptDirective::Form::ShortSeparate;
                        takeValue(s, i);
                        ++i;
                    } else {
                        s.issue = ScriptDirective::Issue::MissingValue;
                    }
                    cluster.append(s);
                    break;
                }
                cluster.append(s);
            }
            if (cluster.size() > 1) {
                for (ScriptDirective &s : cluster)
                    s.form = ScriptDirective::Form::Cluster;
            }
            m_directives.append(cluster);
        }
    }
}

const ScriptDirective *BatchScript::find(const QString &longName) const
{
    for (auto it = m_directives.crbegin(); it != m_directives.crend(); ++it) {
        if (it->active && it->option && it->option->longName == longName
            && (it->issue == ScriptDirective::Issue::None))
            return &*it;
    }
    return nullptr;
}

std::optional<QString> BatchScript::value(const QString &longName) const
{
    const ScriptDirective *d = find(longName);
    if (!d)
        return std::nullopt;
    return d->value ? QString::fromUtf8(*d->value) : QString(QLatin1String(""));
}

QByteArray BatchScript::quoteValue(const QByteArray &raw)
{
    QByteArray value = raw;
    value.replace('\n', ' ');
    value.replace('\0', "");
    bool plain = !value.isEmpty() && !value.startsWith(':');
    for (char c : std::as_const(value)) {
        if (isSpace(c) || c == '"' || c == '\'' || c == '\\' || c == '#')
            plain = false;
    }
    if (plain)
        return value;
    QByteArray quoted("\"");
    for (char c : std::as_const(value)) {
        if (c == '"' || c == '\\')
            quoted.append('\\');
        quoted.append(c);
    }
    quoted.append('"');
    return quoted;
}

QByteArray BatchScript::formatOption(const OptionInfo &option, const QByteArray *value) const
{
    QByteArray text = "--" + option.longName.toUtf8();
    if (value)
        text += '=' + quoteValue(*value);
    return text;
}

QByteArray BatchScript::withUnixLineBreaks() const
{
    QByteArray text = m_text;
    text.replace("\r\n", "\n");
    return text;
}

void BatchScript::insertDirectiveLine(const QByteArray &arguments)
{
    QList<ScriptLine> lines = m_lines;
    int after = -1;
    for (int i = 0; i < lines.size(); ++i) {
        if (lines.at(i).kind == ScriptLine::Kind::Directive)
            after = i;
    }
    if (after < 0 && hasShebang())
        after = 0;
    ScriptLine added;
    added.content = "#SBATCH " + arguments;
    if (hasDosLineBreaks())
        added.content += '\r';
    added.terminator = QByteArrayLiteral("\n");
    if (after >= 0 && after == lines.size() - 1 && lines.at(after).terminator.isEmpty()) {
        // Keep the missing final newline missing.
        lines[after].terminator = QByteArrayLiteral("\n");
        added.terminator.clear();
    }
    lines.insert(after + 1, added);
    reparse(joinLines(lines));
}

void BatchScript::setValue(const QString &longName, const QString &value)
{
    const OptionInfo *info = OptionCatalog::findLong(longName);
    PATAGON_ASSERT(info, return);
    if (info->argument == ArgumentRule::None) {
        setFlag(longName, true);
        return;
    }
    const QByteArray v = value.toUtf8();
    const QByteArray quoted = quoteValue(v);
    const ScriptDirective *d = find(longName);
    if (d && d->form == ScriptDirective::Form::Cluster
        && (d->valueLine < 0 || d->valueLine == d->line)) {
        // In a cluster ("-Hpgpu", "-Hp gpu") the option with a value is the last letter: its
        // value changes where it is, the letters before it stay.
        QList<ScriptLine> lines = m_lines;
        QByteArray &content = lines[d->line].content;
        if (d->valueLine == d->line) {
            content.replace(d->valueStart, d->valueEnd - d->valueStart, quoted);
        } else {
            const ScriptToken *token = tokenStartingAt(m_lines.at(d->line), d->start);
            PATAGON_ASSERT(token && d->value && token->text.endsWith(*d->value), return);
            const QByteArray letters = token->text.left(token->text.size() - d->value->size());
            content.replace(token->start, token->end - token->start,
                            QByteArray(quoteValue(letters) + quoted));
        }
        reparse(joinLines(lines));
        return;
    }
    if (d && d->form != ScriptDirective::Form::Cluster
        && (d->valueLine < 0 || d->valueLine == d->line)) {
        QList<ScriptLine> lines = m_lines;
        QByteArray &content = lines[d->line].content;
        const QByteArray written = d->written.toUtf8();
        switch (d->form) {
        case ScriptDirective::Form::LongSeparate:
        case ScriptDirective::Form::ShortSeparate:
            content.replace(d->valueStart, d->valueEnd - d->valueStart, quoted);
            break;
        case ScriptDirective::Form::ShortAttached:
            content.replace(d->start, d->end - d->start, QByteArray(written + quoted));
            break;
        case ScriptDirective::Form::LongAttached:
        case ScriptDirective::Form::Flag:
        case ScriptDirective::Form::Cluster:
            content.replace(d->start, d->end - d->start, QByteArray(written + '=' + quoted));
            break;
        }
        reparse(joinLines(lines));
        return;
    }
    // A value on another line: a new line that
    // sbatch reads later, so it wins.
    if (d)
        remove(longName);
    insertDirectiveLine(formatOption(*info, &v));
}

void BatchScript::setFlag(const QString &longName, bool on)
{
    const OptionInfo *info = OptionCatalog::findLong(longName);
    PATAGON_ASSERT(info, return);
    if (!on) {
        remove(longName);
        return;
    }
    if (!find(longName))
        insertDirectiveLine(formatOption(*info, nullptr));
}

namespace {

struct Removal
{
    int line;
    int start;
    int end;
    std::optional<QByteArray> replacement; // the argument rewritten rather than removed
};

bool sameCluster(const ScriptDirective &a, const ScriptDirective &b)
{
    return a.form == ScriptDirective::Form::Cluster && b.form == ScriptDirective::Form::Cluster
        && a.line == b.line && a.start == b.start;
}

// Removes the matching options of one cluster ("-Hpgpu"): the argument goes when all of them
// match, else it is rewritten with the letters that stay ("-H" or "-pgpu").
void removeFromCluster(const QList<ScriptLine> &lines, const QList<ScriptDirective> &members,
                       const std::function<bool(const ScriptDirective &)> &match,
                       QList<Removal> &removals)
{
    const qsizetype matched = std::count_if(members.cbegin(), members.cend(), match);
    if (matched == 0)
        return;
    const ScriptDirective &last = members.last();
    const bool valueElsewhere = last.valueLine >= 0;
    if (matched == members.size()) {
        removals.append({last.line, members.first().start, last.end, std::nullopt});
        if (valueElsewhere && last.valueLine != last.line)
            removals.append({last.valueLine, last.valueStart, last.valueEnd, std::nullopt});
        return;
    }
    const ScriptToken *token = tokenStartingAt(lines.at(last.line), last.start);
    PATAGON_ASSERT(token && token->text.size() > members.size(), return);
    QByteArray kept("-");
    for (qsizetype k = 0; k < members.size(); ++k) {
        if (match(members.at(k)))
            continue;
        kept += token->text.at(k + 1);
        if (k == members.size() - 1 && !valueElsewhere)
            kept += token->text.mid(k + 2); // the attached value
    }
    removals.append({last.line, token->start, token->end, BatchScript::quoteValue(kept)});
    if (valueElsewhere && match(last))
        removals.append({last.valueLine, last.valueStart, last.valueEnd, std::nullopt});
}

} // namespace

static void removeDirectives(QList<ScriptLine> &lines, const QList<ScriptDirective> &directives,
                             const std::function<bool(const ScriptDirective &)> &match)
{
    QList<Removal> removals;
    for (qsizetype i = 0; i < directives.size(); ++i) {
        const ScriptDirective &d = directives.at(i);
        if (!d.active)
            continue;
        if (d.form == ScriptDirective::Form::Cluster) {
            if (i > 0 && sameCluster(directives.at(i - 1), d))
                continue; // done with its first letter
            QList<ScriptDirective> members;
            for (qsizetype j = i; j < directives.size() && sameCluster(directives.at(j), d); ++j)
                members.append(directives.at(j));
            removeFromCluster(lines, members, match, removals);
            continue;
        }
        if (!match(d))
            continue;
        removals.append({d.line, d.start, d.end, std::nullopt});
        if (d.valueLine >= 0 && d.valueLine != d.line)
            removals.append({d.valueLine, d.valueStart, d.valueEnd, std::nullopt});
    }
    std::sort(removals.begin(), removals.end(), [](const Removal &a, const Removal &b) {
        return a.line != b.line ? a.line > b.line : a.start > b.start;
    });
    QList<int> touched;
    int previousLine = -1;
    int previousStart = -1;
    for (const Removal &r : std::as_const(removals)) {
        if (r.line == previousLine && r.start == previousStart)
            continue; // a cluster's options share one argument
        previousLine = r.line;
        previousStart = r.start;
        QByteArray &content = lines[r.line].content;
        if (r.replacement) {
            content.replace(r.start, r.end - r.start, *r.replacement);
            continue;
        }
        int start = r.start;
        while (start > lines.at(r.line).magicLength && isSpace(content.at(start - 1)))
            --start;
        content.remove(start, r.end - start);
        if (!touched.contains(r.line))
            touched.append(r.line);
    }
    std::sort(touched.begin(), touched.end(), std::greater<int>());
    for (int line : std::as_const(touched)) {
        const ScriptLine &l = lines.at(line);
        const QByteArray rest = l.content.mid(l.magicLength);
        if (!rest.trimmed().isEmpty())
            continue;
        if (l.terminator.isEmpty() && line > 0)
            lines[line - 1].terminator.clear();
        lines.removeAt(line);
    }
}

void BatchScript::remove(const QString &longName)
{
    QList<ScriptLine> lines = m_lines;
    removeDirectives(lines, m_directives, [&longName](const ScriptDirective &d) {
        return d.option && d.option->longName == longName;
    });
    reparse(joinLines(lines));
}

void BatchScript::replaceOthers(const QStringList &keep, const QList<QByteArray> &arguments)
{
    QList<ScriptLine> lines = m_lines;
    removeDirectives(lines, m_directives, [&keep](const ScriptDirective &d) {
        return !d.option || !keep.contains(d.option->longName);
    });
    reparse(joinLines(lines));
    if (arguments.isEmpty())
        return;
    QByteArray text;
    for (const QByteArray &a : arguments) {
        if (!text.isEmpty())
            text += ' ';
        text += quoteValue(a);
    }
    insertDirectiveLine(text);
}

} // namespace Patagon::Slurm
