// Reading typed pip and apt installs out of a shell command line.
#include "core/packages/typedinstall.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace Patagon::Packages {

namespace {

struct Word
{
    QString text;
    bool isOperator = false; // && || ; | & (and newline, as ;)
    bool uncertain = false; // held an expansion or a glob: what bash ran is not this text
};

// The words and control operators of a line, with bash's quoting (no expansions performed).
// Returns false for a line this reader does not follow (subshells, groups, unclosed quotes).
bool splitLine(const QString &line, QList<Word> *out)
{
    Word word;
    bool inWord = false;
    const auto endWord = [&] {
        if (inWord)
            out->append(word);
        word = Word();
        inWord = false;
    };
    const auto addOperator = [&](const QString &op) {
        endWord();
        out->append({op, true, false});
    };
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        const QChar next = i + 1 < line.size() ? line.at(i + 1) : QChar();
        if (c == u' ' || c == u'\t') {
            endWord();
        } else if (c == u'\n' || c == u';') {
            addOperator(QStringLiteral(";"));
        } else if (c == u'&' || c == u'|') {
            if (next == c) {
                addOperator(QString(2, c));
                ++i;
            } else if (c == u'&' && next == u'>') {
                return false; // &> redirection: rare, not worth following
            } else {
                addOperator(QString(c));
            }
        } else if (c == u'(' || c == u')' || c == u'{' || c == u'}' || c == u'<' || c == u'>') {
            // Subshells, groups and redirections: an install inside one is not offered.
            if (c == u'>' || c == u'<') {
                // A redirection of output (`> log`, `2>&1`) leaves the command as it was.
                if (inWord && !(word.text.size() == 1 && word.text.at(0).isDigit()))
                    endWord();
                word = Word();
                inWord = false;
                qsizetype j = i + 1;
                if (j < line.size() && (line.at(j) == u'>' || line.at(j) == u'&'))
                    ++j;
                while (j < line.size() && line.at(j) == u' ')
                    ++j;
                while (j < line.size() && !QStringLiteral(" \t;&|").contains(line.at(j)))
                    ++j;
                i = j - 1;
                continue;
            }
            return false;
        } else if (c == u'#' && !inWord) {
            break; // a comment
        } else if (c == u'\'') {
            const qsizetype end = line.indexOf(u'\'', i + 1);
            if (end < 0)
                return false;
            word.text += line.mid(i + 1, end - i - 1);
            inWord = true;
            i = end;
        } else if (c == u'"') {
            qsizetype j = i + 1;
            for (; j < line.size() && line.at(j) != u'"'; ++j) {
                const QChar d = line.at(j);
                if (d == u'\\' && j + 1 < line.size()
                    && QStringLiteral("\"\\$`").contains(line.at(j + 1))) {
                    word.text += line.at(++j);
                    continue;
                }
                if (d == u'$' || d == u'`')
                    word.uncertain = true;
                word.text += d;
            }
            if (j >= line.size())
                return false;
            inWord = true;
            i = j;
        } else if (c == u'\\') {
            if (next.isNull())
                return false;
            if (next != u'\n')
                word.text += next;
            inWord = true;
            ++i;
        } else {
            if (c == u'$' || c == u'`' || c == u'*' || c == u'?')
                word.uncertain = true;
            word.text += c;
            inWord = true;
        }
    }
    endWord();
    return true;
}

// pip's install options that change nothing a replay would need to repeat.
bool harmlessPipOption(const QString &option, bool *takesValue)
{
    static const QSet<QString> flags {QStringLiteral("--user"),
                                      QStringLiteral("-U"),
                                      QStringLiteral("--upgrade"),
                                      QStringLiteral("-q"),
                                      QStringLiteral("--quiet"),
                                      QStringLiteral("-v"),
                                      QStringLiteral("--verbose"),
                                      QStringLiteral("--no-cache-dir"),
                                      QStringLiteral("--no-input"),
                                      QStringLiteral("--pre"),
                                      QStringLiteral("--force-reinstall"),
                                      QStringLiteral("-I"),
                                      QStringLiteral("--ignore-installed"),
                                      QStringLiteral("--no-warn-script-location"),
                                      QStringLiteral("--disable-pip-version-check"),
                                      QStringLiteral("--break-system-packages"),
                                      QStringLiteral("--prefer-binary"),
                                      QStringLiteral("--no-color")};
    static const QSet<QString> withValue {QStringLiteral("--upgrade-strategy"),
                                          QStringLiteral("--progress-bar"),
                                          QStringLiteral("--timeout"), QStringLiteral("--retries")};
    const QString name = option.section(u'=', 0, 0);
    *takesValue = withValue.contains(name) && !option.contains(u'=');
    return flags.contains(option) || withValue.contains(name)
        || QRegularExpression(QStringLiteral("^-q+$")).match(option).hasMatch()
        || QRegularExpression(QStringLiteral("^-v+$")).match(option).hasMatch();
}

bool harmlessAptOption(const QString &option)
{
    static const QSet<QString> flags {QStringLiteral("-y"),
                                      QStringLiteral("--yes"),
                                      QStringLiteral("--assume-yes"),
                                      QStringLiteral("-q"),
                                      QStringLiteral("-qq"),
                                      QStringLiteral("--quiet"),
                                      QStringLiteral("--no-install-recommends"),
                                      QStringLiteral("--install-recommends")};
    return flags.contains(option);
}

bool isPython(const QString &program)
{
    static const QRegularExpression re(QStringLiteral("^python(\\d+(\\.\\d+)?)?$"));
    return re.match(program).hasMatch();
}

bool isPip(const QString &program)
{
    static const QRegularExpression re(QStringLiteral("^pip(\\d+(\\.\\d+)?)?$"));
    return re.match(program).hasMatch();
}

// One simple command's install, when it is one this reader can vouch for.
std::optional<TypedInstall> installOf(const QList<Word> &words)
{
    qsizetype i = 0;
    // Leading assignments (PIP_NO_CACHE_DIR=1 ...) and sudo without options.
    static const QRegularExpression assignment(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*="));
    while (i < words.size()
           && (assignment.match(words.at(i).text).hasMatch()
               || words.at(i).text == QLatin1String("sudo")))
        ++i;
    if (i >= words.size())
        return std::nullopt;
    for (qsizetype j = i; j < words.size(); ++j)
        if (words.at(j).uncertain)
            return std::nullopt;
    const QString program = QFileInfo(words.at(i).text).fileName();
    PackageKind kind;
    if (isPip(program)) {
        kind = PackageKind::Pip;
        ++i;
    } else if (isPython(program) && i + 2 < words.size() && words.at(i + 1).text == u"-m"
               && words.at(i + 2).text == u"pip") {
        kind = PackageKind::Pip;
        i += 3;
    } else if (program == u"apt" || program == u"apt-get") {
        kind = PackageKind::Apt;
        ++i;
    } else {
        return std::nullopt;
    }
    if (i >= words.size() || words.at(i).text != u"install")
        return std::nullopt;
    QStringList packages;
    for (++i; i < words.size(); ++i) {
        const QString w = words.at(i).text;
        if (w.startsWith(u'-')) {
            bool takesValue = false;
            const bool harmless = kind == PackageKind::Pip ? harmlessPipOption(w, &takesValue)
                                                           : harmlessAptOption(w);
            if (!harmless)
                return std::nullopt; // -r, -e, --index-url, --target, a .deb, ...
            if (takesValue)
                ++i;
            continue;
        }
        const Result valid = kind == PackageKind::Pip ? PackagePlan::validatePipRequirement(w)
                                                      : PackagePlan::validateAptPackage(w);
        if (!valid)
            return std::nullopt;
        if (!packages.contains(w))
            packages << w;
    }
    if (packages.isEmpty())
        return std::nullopt;
    QStringList typed;
    for (const Word &w : words)
        typed << w.text;
    return TypedInstall {{kind, packages}, typed.join(u' ')};
}

} // namespace

QList<TypedInstall> typedInstalls(const QString &commandLine, int exitStatus)
{
    QList<Word> words;
    if (exitStatus != 0 || !splitLine(commandLine, &words))
        return {};
    // Trailing separators (`pip install x;`) end the line without a command after them.
    while (!words.isEmpty() && words.last().isOperator && words.last().text == u";")
        words.removeLast();
    if (words.isEmpty() || words.last().isOperator)
        return {};
    // Walk back from the last command while the operator before it is &&.
    QList<QList<Word>> commands;
    QList<Word> current;
    for (qsizetype i = words.size() - 1; i >= 0; --i) {
        const Word &w = words.at(i);
        if (!w.isOperator) {
            current.prepend(w);
            continue;
        }
        commands.prepend(current);
        current.clear();
        if (w.text != u"&&")
            break;
    }
    if (!current.isEmpty())
        commands.prepend(current);
    QList<TypedInstall> out;
    for (const QList<Word> &command : std::as_const(commands))
        if (const std::optional<TypedInstall> install = installOf(command))
            out << *install;
    return out;
}

} // namespace Patagon::Packages
