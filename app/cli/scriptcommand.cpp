// The script subcommands: check a batch script as sbatch would read it (and against the
// cluster's facts with --profile), and edit its directives through the model.
#include "app/cli/scriptcommand.h"

#include "app/cli/clisession.h"
#include "app/cli/terminal.h"
#include "core/profiles/profilestore.h"
#include "core/slurm/batchscript.h"
#include "core/slurm/clusterfacts.h"
#include "core/slurm/scriptchecker.h"
#include "core/slurm/scriptfile.h"

#include <QByteArrayList>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace Patagon::Cli {

namespace {

using namespace Patagon::Slurm;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Patagon::Cli)
};

int scriptUsageError(const QString &message)
{
    err() << message << '\n'
          << Text::tr("Usage: patagon-studio script check FILE [--json] [--profile NAME] "
                      "[--refresh]\n"
                      "       patagon-studio script set FILE NAME=VALUE ...\n"
                      "       patagon-studio script fix FILE [--profile NAME] [--refresh]")
          << '\n';
    err().flush();
    return 2;
}

QString severityText(ScriptProblem::Severity severity)
{
    switch (severity) {
    case ScriptProblem::Severity::Info:
        return Text::tr("info");
    case ScriptProblem::Severity::Warning:
        return Text::tr("warning");
    case ScriptProblem::Severity::Error:
        return Text::tr("error");
    }
    return {};
}

// One JSON value as text (QJsonDocument writes only arrays and objects).
QByteArray jsonText(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

// An object with its keys in the order given: QJsonObject would sort them, and the documented
// format reads best in its own order ("line", "option", "value", "active").
QByteArray jsonObject(const QList<std::pair<QString, QJsonValue>> &members)
{
    QByteArray text("{");
    for (const auto &[key, value] : members) {
        if (text.size() > 1)
            text += ',';
        text += jsonText(key) + ':' + jsonText(value);
    }
    return text + '}';
}

// Cached facts younger than this are used as they are; older ones are read again.
constexpr qint64 kFactsMaxAgeSeconds = 24 * 60 * 60;

// The profile's cluster facts: the cached ones while they are recent (unless `refresh`), else
// fetched now (and cached); the cached ones when fetching fails.
std::optional<ClusterFacts> factsFor(const QString &profileName, bool refresh)
{
    std::optional<ClusterFacts> cached = ClusterFacts::loadFromCache(profileName);
    if (cached && !refresh && cached->fetchedAt.isValid()
        && cached->fetchedAt.secsTo(QDateTime::currentDateTimeUtc()) < kFactsMaxAgeSeconds)
        return cached;
    const auto fallback = [&cached, &profileName]() -> std::optional<ClusterFacts> {
        if (cached)
            err() << Text::tr("Checking against the facts of %1 read %2 instead.")
                         .arg(profileName, cached->fetchedAt.toLocalTime().toString(Qt::ISODate))
                  << '\n';
        return cached;
    };
    const ProfileStore store;
    const Expected<ConnectionProfile> profile = store.find(profileName);
    if (!profile) {
        err() << Text::tr("Warning: %1").arg(profile.errorMessage()) << '\n';
        return fallback();
    }
    CliSession session(err());
    if (const Result r = session.open(profile->name); !r) {
        err() << Text::tr("Warning: not checked against the cluster: %1").arg(r.message()) << '\n';
        return fallback();
    }
    ClusterFacts facts;
    for (const ClusterFacts::Query query : ClusterFacts::queries()) {
        const Expected<CommandOutput> output
            = session.run(ClusterFacts::command(query, profile->user));
        Result r = output.result();
        if (r)
            r = facts.addOutput(query, *output);
        if (!r) {
            err() << Text::tr("Warning: not checked against the cluster: %1").arg(r.message())
                  << '\n';
            return fallback();
        }
    }
    facts.fetchedAt = QDateTime::currentDateTimeUtc();
    if (const Result r = ClusterFacts::saveToCache(profileName, facts); !r)
        err() << Text::tr("Warning: %1").arg(r.message()) << '\n';
    return facts;
}

int check(const QStringList &arguments)
{
    QString file;
    bool json = false;
    bool refresh = false;
    // Without --profile the script is checked on its own (no cluster is asked).
    QStringList args = arguments;
    QString problem;
    const QString profile = CliSession::takeProfile(&args, &problem).value_or(QString());
    if (!problem.isEmpty())
        return scriptUsageError(problem);
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--json"))
            json = true;
        else if (a == QLatin1String("--refresh"))
            refresh = true;
        else if (file.isEmpty() && !a.startsWith(QLatin1String("--")))
            file = a;
        else
            return scriptUsageError(Text::tr("Unexpected argument \"%1\".").arg(a));
    }
    if (file.isEmpty())
        return scriptUsageError(Text::tr("Which script? Give the file to check."));
    const Expected<QByteArray> text = readScriptFile(file);
    if (!text) {
        err() << Text::tr("Error: %1").arg(text.errorMessage()) << '\n';
        return 2;
    }
    const BatchScript script = BatchScript::parse(*text);
    std::optional<ClusterFacts> facts;
    if (!profile.isEmpty())
        facts = factsFor(profile, refresh);
    err().flush();
    const QList<ScriptProblem> problems = ScriptChecker::check(script, facts ? &*facts : nullptr);

    if (json) {
        QByteArrayList directives;
        for (const ScriptDirective &d : script.directives()) {
            if (d.issue == ScriptDirective::Issue::NotAnOption)
                continue;
            QString name = d.name();
            while (name.startsWith(u'-'))
                name.remove(0, 1);
            directives.append(jsonObject({
                {QStringLiteral("line"), d.line + 1},
                {QStringLiteral("option"), name},
                {QStringLiteral("value"),
                 d.value ? QJsonValue(QString::fromUtf8(*d.value)) : QJsonValue()},
                {QStringLiteral("active"), d.active},
            }));
        }
        QByteArrayList list;
        for (const ScriptProblem &p : problems) {
            QList<std::pair<QString, QJsonValue>> members {
                {QStringLiteral("severity"), ScriptProblem::severityName(p.severity)},
                {QStringLiteral("line"), p.line},
                {QStringLiteral("message"), p.message},
            };
            // The fix as the script it makes: what `script fix` writes.
            if (p.fix.isValid())
                members.append({QStringLiteral("fix"),
                                QJsonObject {
                                    {QStringLiteral("label"), p.fix.label},
                                    {QStringLiteral("script"), QString::fromUtf8(p.fix.newScript)},
                                }});
            list.append(jsonObject(members));
        }
        out() << QString::fromUtf8("{\"directives\":[" + directives.join(',') + "],\"problems\":["
                                   + list.join(',') + "]}")
              << '\n';
    } else {
        out() << Text::tr("Directives:") << '\n';
        for (const ScriptDirective &d : script.directives()) {
            if (d.issue == ScriptDirective::Issue::NotAnOption)
                continue;
            const QString option = d.option ? QStringLiteral("--") + d.option->longName : d.written;
            const QString shown = d.value
                ? QStringLiteral("%1=%2").arg(option, QString::fromUtf8(*d.value))
                : option;
            out() << "  "
                  << (d.active ? Text::tr("%1: %2").arg(d.line + 1).arg(shown)
                               : Text::tr("%1: %2 (inactive)").arg(d.line + 1).arg(shown))
                  << '\n';
        }
        if (problems.isEmpty())
            out() << Text::tr("No problems found.") << '\n';
        for (const ScriptProblem &p : problems)
            out() << QStringLiteral("%1:%2:%3: %4: %5")
                         .arg(file)
                         .arg(p.line)
                         .arg(p.startColumn + 1)
                         .arg(severityText(p.severity), p.message)
                  << '\n';
    }
    out().flush();
    return hasError(problems) ? 1 : 0;
}

// Applies the checker's fixes one after the other (each on the script the last one made),
// then writes the file once; what has no fix is listed as it stays.
int fix(const QStringList &arguments)
{
    QStringList args = arguments;
    QString problem;
    const QString profile = CliSession::takeProfile(&args, &problem).value_or(QString());
    if (!problem.isEmpty())
        return scriptUsageError(problem);
    const bool refresh = args.removeAll(QStringLiteral("--refresh")) > 0;
    if (args.size() != 1 || args.first().startsWith(QLatin1String("--")))
        return scriptUsageError(Text::tr("Give the one file to fix."));
    const QString file = args.first();
    const Expected<QByteArray> text = readScriptFile(file);
    if (!text) {
        err() << Text::tr("Error: %1").arg(text.errorMessage()) << '\n';
        return 2;
    }
    std::optional<ClusterFacts> facts;
    if (!profile.isEmpty())
        facts = factsFor(profile, refresh);
    BatchScript script = BatchScript::parse(*text);
    QList<ScriptProblem> problems;
    for (int round = 0; round < 100; ++round) { // each fix removes its problem; bounded anyway
        problems = ScriptChecker::check(script, facts ? &*facts : nullptr);
        const auto fixable = std::find_if(problems.cbegin(), problems.cend(),
                                          [](const ScriptProblem &p) { return p.fix.isValid(); });
        if (fixable == problems.cend() || fixable->fix.newScript == script.serialize())
            break;
        out() << Text::tr("%1:%2: %3").arg(file).arg(fixable->line).arg(fixable->fix.label) << '\n';
        script = BatchScript::parse(fixable->fix.newScript);
    }
    if (script.serialize() != *text) {
        if (const Result r = writeScriptFile(file, script.serialize()); !r)
            return fail(r.message());
    }
    for (const ScriptProblem &p : std::as_const(problems))
        out() << Text::tr("%1:%2: %3 (not fixed): %4")
                     .arg(file)
                     .arg(p.line)
                     .arg(severityText(p.severity), p.message)
              << '\n';
    out().flush();
    return hasError(problems) ? 1 : 0;
}

int set(const QStringList &args)
{
    if (args.size() < 2)
        return scriptUsageError(Text::tr("Give the file and at least one NAME=VALUE."));
    const QString file = args.first();
    const Expected<QByteArray> text = readScriptFile(file);
    if (!text) {
        err() << Text::tr("Error: %1").arg(text.errorMessage()) << '\n';
        return 2;
    }
    BatchScript script = BatchScript::parse(*text);
    for (const QString &assignment : args.mid(1)) {
        if (const Result r = applyAssignment(script, assignment); !r) {
            err() << Text::tr("Error: %1").arg(r.message()) << '\n';
            return 2;
        }
    }
    if (script.serialize() == *text)
        return 0;
    if (const Result r = writeScriptFile(file, script.serialize()); !r)
        return fail(r.message());
    return 0;
}

} // namespace

int runScriptCommand(const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (sub == QLatin1String("check"))
        return check(arguments.mid(1));
    if (sub == QLatin1String("set"))
        return set(arguments.mid(1));
    if (sub == QLatin1String("fix"))
        return fix(arguments.mid(1));
    return scriptUsageError(sub.isEmpty() ? Text::tr("Which script command? check, set or fix.")
                                          : Text::tr("Unknown script command \"%1\".").arg(sub));
}

} // namespace Patagon::Cli
