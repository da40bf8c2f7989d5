// Value checks for sbatch options, following Slurm 24.11's own parsers (time_str2mins,
// str_to_mbytes, the GRES and array grammars) and Pyxis's argument rules.
#include "core/slurm/valuecheck.h"

#include "core/tr.h"

#include <QRegularExpression>

namespace Patagon::Slurm::ValueCheck {

namespace {

using Severity = ScriptProblem::Severity;

Finding error(const QString &message, const QString &suggestion = {})
{
    return {Severity::Error, message, suggestion};
}

Finding warning(const QString &message, const QString &suggestion = {})
{
    return {Severity::Warning, message, suggestion};
}

bool matches(const QString &pattern, const QString &value, QRegularExpressionMatch *match = nullptr)
{
    const QRegularExpression re(QLatin1String("\\A(?:") + pattern + QLatin1String(")\\z"),
                                QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(value);
    if (match)
        *match = m;
    return m.hasMatch();
}

Finding checkTime(const QString &value)
{
    const std::optional<qint64> minutes = parseMinutes(value);
    if (!minutes)
        return error(Tr::tr("\"%1\" is not a time limit. Write minutes (30), MM:SS, HH:MM:SS, "
                            "D-HH, D-HH:MM, D-HH:MM:SS or UNLIMITED.")
                         .arg(value));
    // Fields after the first are carried over above 59 (hours above 23): legal, rarely meant.
    const QStringList parts = QString(value).replace(u'-', u':').split(u':');
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const bool hours = value.contains(u'-') && i == 1;
        if (parts.at(i).toLongLong() > (hours ? 23 : 59))
            return warning(Tr::tr("\"%1\" has a field above its range; Slurm carries it over and "
                                  "reads it as %2.")
                               .arg(value, formatMinutes(*minutes)),
                           formatMinutes(*minutes));
    }
    return {};
}

Finding checkMemory(const QString &value)
{
    if (parseMegabytes(value))
        return {};
    QRegularExpressionMatch m;
    if (matches(QStringLiteral("(\\d+)\\s*([KMGT])(i?B)"), value, &m)) {
        const QString fixed = m.captured(1) + m.captured(2).toUpper();
        return error(Tr::tr("\"%1\" is not an amount of memory Slurm understands: write \"%2\" "
                            "(the unit is one letter: K, M, G or T).")
                         .arg(value, fixed),
                     fixed);
    }
    return error(Tr::tr("\"%1\" is not an amount of memory. Write megabytes (4096) or a number "
                        "with a unit: K, M, G or T (16G).")
                     .arg(value));
}

Finding checkCount(const QString &value)
{
    bool ok = false;
    const qint64 n = value.toLongLong(&ok);
    if (!matches(QStringLiteral("\\d+"), value) || !ok || n <= 0)
        return error(Tr::tr("\"%1\" is not a whole number above zero.").arg(value));
    return {};
}

Finding checkCountRange(const QString &value)
{
    QRegularExpressionMatch m;
    if (!matches(QStringLiteral("(\\d+)(?:-(\\d+))?"), value, &m)
        || m.captured(1).toLongLong() <= 0)
        return error(Tr::tr("\"%1\" is not a node count. Write a number (2) or a range "
                            "MIN-MAX (2-4).")
                         .arg(value));
    if (m.hasCaptured(2) && m.captured(2).toLongLong() < m.captured(1).toLongLong())
        return error(Tr::tr("The range \"%1\" runs backwards: its minimum is above its maximum.")
                         .arg(value));
    return {};
}

Finding checkInteger(const QString &value)
{
    if (!matches(QStringLiteral("[+-]?\\d+"), value))
        return error(Tr::tr("\"%1\" is not a whole number.").arg(value));
    return {};
}

Finding checkGres(const QString &value)
{
    if (value.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
        return {};
    QRegularExpressionMatch m;
    if (matches(QStringLiteral("(\\w+)=(\\d+)"), value, &m)) {
        const QString fixed = m.captured(1) + u':' + m.captured(2);
        return error(Tr::tr("\"%1\" is not a GRES request: write \"%2\".").arg(value, fixed),
                     fixed);
    }
    const std::optional<QList<GresItem>> items = parseGres(value);
    if (!items)
        return error(Tr::tr("\"%1\" is not a GRES request. Write NAME, NAME:COUNT or "
                            "NAME:TYPE:COUNT (gpu, gpu:2, gpu:A100:1), several separated by "
                            "commas.")
                         .arg(value));
    for (const GresItem &item : *items) {
        if (item.count == 0)
            return error(Tr::tr("\"%1\" asks for zero %2.").arg(value, item.name));
    }
    return {};
}

Finding checkGpus(const QString &value)
{
    QRegularExpressionMatch m;
    if (!matches(QStringLiteral("(?:[\\w.-]+:)?(\\d+)"), value, &m)
        || m.captured(1).toLongLong() <= 0)
        return error(Tr::tr("\"%1\" is not a GPU count. Write a number above zero (2) or "
                            "TYPE:COUNT (A100:2).")
                         .arg(value));
    return {};
}

Finding checkArray(const QString &value)
{
    QRegularExpressionMatch m;
    const QString item = QStringLiteral("\\d+(?:-\\d+(?::\\d+)?)?");
    if (!matches(QStringLiteral("(%1(?:,%1)*)(?:%(\\d+))?").arg(item), value, &m))
        return error(Tr::tr("\"%1\" is not a job array. Write indexes such as 0-15, 1,3,5 or "
                            "0-15:2, optionally with %N to run at most N at once (0-15%4).")
                         .arg(value));
    if (m.hasCaptured(2) && m.captured(2).toLongLong() == 0)
        return error(Tr::tr("In \"%1\", the limit %2 would let no task run at once.")
                         .arg(value, QStringLiteral("%0")));
    const QStringList items = m.captured(1).split(u',');
    for (const QString &range : items) {
        const QStringList stepParts = range.split(u':');
        const QStringList bounds = stepParts.first().split(u'-');
        if (bounds.size() == 2 && bounds.at(1).toLongLong() < bounds.at(0).toLongLong())
            return error(Tr::tr("The range \"%1\" runs backwards: its first index is above its "
                                "last.")
                             .arg(stepParts.first()));
        if (stepParts.size() == 2 && stepParts.at(1).toLongLong() == 0)
            return error(Tr::tr("The step in \"%1\" must be above zero.").arg(range));
    }
    return {};
}

const QStringList &mailTypes()
{
    static const QStringList types = {
        QStringLiteral("NONE"),
        QStringLiteral("BEGIN"),
        QStringLiteral("END"),
        QStringLiteral("FAIL"),
        QStringLiteral("REQUEUE"),
        QStringLiteral("ALL"),
        QStringLiteral("INVALID_DEPEND"),
        QStringLiteral("STAGE_OUT"),
        QStringLiteral("TIME_LIMIT"),
        QStringLiteral("TIME_LIMIT_90"),
        QStringLiteral("TIME_LIMIT_80"),
        QStringLiteral("TIME_LIMIT_50"),
        QStringLiteral("ARRAY_TASKS"),
    };
    return types;
}

Finding checkMailType(const QString &value)
{
    const QStringList items = value.split(u',');
    for (const QString &item : items) {
        if (!mailTypes().contains(item.toUpper()))
            return error(Tr::tr("\"%1\" is not a mail type. Use NONE, BEGIN, END, FAIL, REQUEUE, "
                                "ALL, INVALID_DEPEND, STAGE_OUT, TIME_LIMIT, TIME_LIMIT_90, "
                                "TIME_LIMIT_80, TIME_LIMIT_50 or ARRAY_TASKS, separated by "
                                "commas.")
                             .arg(item));
    }
    return {};
}

Finding checkFilePattern(const QString &value)
{
    if (value.contains(u'\\'))
        return {Severity::Info,
                Tr::tr("The name holds a backslash, so Slurm replaces none of its % patterns."),
                {}};
    static const QString known = QStringLiteral("%AabJjNnstux");
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value.at(i) != u'%')
            continue;
        qsizetype k = i + 1;
        while (k < value.size() && value.at(k).isDigit())
            ++k;
        if (k >= value.size())
            return warning(Tr::tr("The name ends with a lone \"%\"; write \"%%\" for a percent "
                                  "sign."));
        if (!known.contains(value.at(k)))
            return warning(Tr::tr("\"%%1\" is not a file-name pattern; Slurm leaves it as it is. "
                                  "Known: %j job ID, %x job name, %A array job ID, %a array "
                                  "index, %u user, %N node, %n node index, %t task, %% a "
                                  "percent sign.")
                               .arg(value.at(k)));
        i = k;
    }
    return {};
}

Finding checkDependency(const QString &value)
{
    if (value.compare(QLatin1String("singleton"), Qt::CaseInsensitive) == 0)
        return {};
    if (value.contains(u',') && value.contains(u'?'))
        return error(Tr::tr("A dependency list joins its parts with \",\" (all) or \"?\" (any), "
                            "not both."));
    static const QStringList types = {
        QStringLiteral("after"),
        QStringLiteral("afterany"),
        QStringLiteral("afterburstbuffer"),
        QStringLiteral("aftercorr"),
        QStringLiteral("afternotok"),
        QStringLiteral("afterok"),
        QStringLiteral("expand"),
        QStringLiteral("singleton"),
    };
    const QStringList parts = value.split(QRegularExpression(QStringLiteral("[,?]")));
    for (const QString &part : parts) {
        if (part == QLatin1String("singleton"))
            continue;
        QRegularExpressionMatch m;
        if (!matches(QStringLiteral("([a-z]+):((?:\\d+(?:_\\d+)?(?:\\+\\d+)?)(?::\\d+(?:_\\d+)?(?:"
                                    "\\+\\d+)?)*)"),
                     part, &m))
            return error(Tr::tr("\"%1\" is not a dependency. Write TYPE:JOBID[:JOBID...] with "
                                "TYPE one of after, afterany, afterok, afternotok, aftercorr, "
                                "afterburstbuffer, or write singleton.")
                             .arg(part));
        if (!types.contains(m.captured(1).toLower()))
            return error(Tr::tr("Unknown dependency type \"%1\". Use after, afterany, afterok, "
                                "afternotok, aftercorr or afterburstbuffer.")
                             .arg(m.captured(1)));
    }
    return {};
}

Finding checkSignal(const QString &value)
{
    if (!matches(QStringLiteral("(?:[RB]{1,2}:)?(?:\\d+|(?:SIG)?[A-Z0-9]+)(?:@\\d+)?"), value))
        return error(Tr::tr("\"%1\" is not a signal request. Write [R][B]:SIGNAL[@SECONDS], for "
                            "instance B:USR1@60.")
                         .arg(value));
    return {};
}

Finding checkPartition(const QString &value)
{
    if (!matches(QStringLiteral("[\\w.-]+(?:,[\\w.-]+)*"), value))
        return error(Tr::tr("\"%1\" is not a partition name (or a list of them separated by "
                            "commas).")
                         .arg(value));
    return {};
}

Finding checkContainerImage(const QString &value)
{
    if (value.isEmpty() || value.contains(QRegularExpression(QStringLiteral("\\s"))))
        return error(Tr::tr("\"%1\" is not an image reference: it may not be empty or hold "
                            "spaces.")
                         .arg(value));
    if (value.endsWith(QLatin1String(".sqsh")) || value.startsWith(u'/') || value.startsWith(u'.'))
        return {};
    QRegularExpressionMatch m;
    if (!value.contains(u'#')
        && matches(QStringLiteral("(?:([^@/]+)@)?([^/]*[.:][^/]*)/(.+)"), value, &m)) {
        const QString fixed = (m.hasCaptured(1) ? m.captured(1) + u'@' : QString()) + m.captured(2)
            + u'#' + m.captured(3);
        return warning(Tr::tr("Enroot before 4.0 reads \"%1\" as an image on Docker Hub; write "
                              "\"%2\" so that any version pulls it from %3.")
                           .arg(value, fixed, m.captured(2)),
                       fixed);
    }
    return {};
}

Finding checkContainerName(const QString &value)
{
    QRegularExpressionMatch m;
    if (!matches(QStringLiteral("([^:\\s]+)(?::(\\w+))?"), value, &m))
        return error(Tr::tr("\"%1\" is not a container name. Write NAME or NAME:FLAG.").arg(value));
    if (m.hasCaptured(2)) {
        static const QStringList flags = {QStringLiteral("auto"), QStringLiteral("create"),
                                          QStringLiteral("exec"), QStringLiteral("no_exec")};
        if (!flags.contains(m.captured(2)))
            return error(Tr::tr("\"%1\" is not a container-name flag. Use auto, create, exec or "
                                "no_exec.")
                             .arg(m.captured(2)));
    }
    return {};
}

} // namespace

std::optional<qint64> parseMinutes(const QString &value)
{
    if (value.compare(QLatin1String("UNLIMITED"), Qt::CaseInsensitive) == 0
        || value.compare(QLatin1String("INFINITE"), Qt::CaseInsensitive) == 0
        || value == QLatin1String("-1"))
        return -1;
    QRegularExpressionMatch m;
    const auto n = [&m](int i) { return m.captured(i).toLongLong(); };
    // Seconds round up to a whole minute, as Slurm does. Nine digits a field at most: the
    // products stay far inside qint64 (fuzz_sbatchvalue found an overflow), and Slurm's own
    // limits are 32-bit.
    const auto up = [](qint64 seconds) { return seconds > 0 ? 1 : 0; };
    if (matches(QStringLiteral("(\\d{1,9})"), value, &m))
        return n(1);
    if (matches(QStringLiteral("(\\d{1,9}):(\\d{1,9})"), value, &m))
        return n(1) + n(2) / 60 + up(n(2) % 60);
    if (matches(QStringLiteral("(\\d{1,9}):(\\d{1,9}):(\\d{1,9})"), value, &m))
        return n(1) * 60 + n(2) + n(3) / 60 + up(n(3) % 60);
    if (matches(QStringLiteral("(\\d{1,9})-(\\d{1,9})"), value, &m))
        return n(1) * 1440 + n(2) * 60;
    if (matches(QStringLiteral("(\\d{1,9})-(\\d{1,9}):(\\d{1,9})"), value, &m))
        return n(1) * 1440 + n(2) * 60 + n(3);
    if (matches(QStringLiteral("(\\d{1,9})-(\\d{1,9}):(\\d{1,9}):(\\d{1,9})"), value, &m))
        return n(1) * 1440 + n(2) * 60 + n(3) + n(4) / 60 + up(n(4) % 60);
    return std::nullopt;
}

QString formatMinutes(qint64 minutes)
{
    if (minutes < 0)
        return QStringLiteral("UNLIMITED");
    const qint64 days = minutes / 1440;
    const qint64 hours = minutes % 1440 / 60;
    const qint64 mins = minutes % 60;
    const QString hms = QStringLiteral("%1:%2:00")
                            .arg(hours, 2, 10, QLatin1Char('0'))
                            .arg(mins, 2, 10, QLatin1Char('0'));
    return days > 0 ? QStringLiteral("%1-%2").arg(days).arg(hms) : hms;
}

std::optional<qint64> parseMegabytes(const QString &value)
{
    QRegularExpressionMatch m;
    // Twelve digits at most: terabytes in megabytes stay inside qint64.
    if (!matches(QStringLiteral("(\\d{1,12})([KMGT]?)"), value, &m))
        return std::nullopt;
    const qint64 n = m.captured(1).toLongLong();
    switch (m.captured(2).toUpper().isEmpty() ? u'M' : m.captured(2).toUpper().at(0).unicode()) {
    case u'K':
        return (n + 1023) / 1024;
    case u'G':
        return n * 1024;
    case u'T':
        return n * 1024 * 1024;
    default:
        return n;
    }
}

std::optional<QList<GresItem>> parseGres(const QString &value)
{
    QList<GresItem> items;
    const QStringList parts = value.split(u',');
    for (const QString &part : parts) {
        const QStringList fields = part.split(u':');
        if (fields.size() > 3 || !matches(QStringLiteral("[A-Za-z_][\\w-]*"), fields.first()))
            return std::nullopt;
        GresItem item {fields.first(), QString(), 1};
        const bool lastIsCount = matches(QStringLiteral("\\d+"), fields.last());
        if (fields.size() == 2) {
            if (lastIsCount)
                item.count = fields.at(1).toLongLong();
            else if (matches(QStringLiteral("[\\w.-]+"), fields.at(1)))
                item.type = fields.at(1);
            else
                return std::nullopt;
        } else if (fields.size() == 3) {
            if (!lastIsCount || !matches(QStringLiteral("[\\w.-]+"), fields.at(1)))
                return std::nullopt;
            item.type = fields.at(1);
            item.count = fields.at(2).toLongLong();
        }
        items.append(item);
    }
    return items;
}

QString resolveFilePattern(const QString &pattern, const PatternContext &c)
{
    if (pattern.contains(u'\\'))
        return QString(pattern).remove(u'\\');
    QString out;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern.at(i) != u'%' || i + 1 >= pattern.size()) {
            out += pattern.at(i);
            continue;
        }
        qsizetype k = i + 1;
        while (k < pattern.size() && pattern.at(k).isDigit())
            ++k;
        if (k >= pattern.size()) {
            out += pattern.mid(i);
            break;
        }
        const int width = qMin(pattern.mid(i + 1, k - i - 1).toInt(), 10);
        const QString arrayTask
            = c.arrayTaskId.isEmpty() ? QStringLiteral("4294967294") : c.arrayTaskId;
        QString field;
        bool number = true;
        switch (pattern.at(k).unicode()) {
        case u'%':
            field = QStringLiteral("%");
            number = false;
            break;
        case u'A':
            field = c.arrayJobId.isEmpty() ? c.jobId : c.arrayJobId;
            break;
        case u'a':
            field = arrayTask;
            break;
        case u'b':
            field = QString::number(arrayTask.toLongLong() % 10);
            break;
        case u'J':
            field = c.jobId + QStringLiteral(".batch");
            number = false;
            break;
        case u'j':
            field = c.jobId;
            break;
        case u'N':
            field = c.node;
            number = false;
            break;
        case u'n':
        case u't':
        case u's':
            field = QStringLiteral("0");
            break;
        case u'u':
            field = c.user;
            number = false;
            break;
        case u'x':
            field = c.jobName;
            number = false;
            break;
        default:
            field = pattern.mid(i, k - i + 1);
            number = false;
            break;
        }
        out += number && width > 0 ? field.rightJustified(width, u'0') : field;
        i = k;
    }
    return out;
}

Finding check(ValueKind kind, const QString &value)
{
    switch (kind) {
    case ValueKind::None:
    case ValueKind::Text:
        return {};
    case ValueKind::Time:
        return checkTime(value);
    case ValueKind::Memory:
        return checkMemory(value);
    case ValueKind::Count:
        return checkCount(value);
    case ValueKind::CountRange:
        return checkCountRange(value);
    case ValueKind::Integer:
        return checkInteger(value);
    case ValueKind::Gres:
        return checkGres(value);
    case ValueKind::Gpus:
        return checkGpus(value);
    case ValueKind::Array:
        return checkArray(value);
    case ValueKind::MailType:
        return checkMailType(value);
    case ValueKind::FilePattern:
        return checkFilePattern(value);
    case ValueKind::Dependency:
        return checkDependency(value);
    case ValueKind::Signal:
        return checkSignal(value);
    case ValueKind::Partition:
        return checkPartition(value);
    case ValueKind::ContainerImage:
        return checkContainerImage(value);
    case ValueKind::ContainerName:
        return checkContainerName(value);
    }
    return {};
}

} // namespace Patagon::Slurm::ValueCheck
