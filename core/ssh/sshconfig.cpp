// Reads what the app needs from an OpenSSH client configuration.
#include "core/ssh/sshconfig.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QScopeGuard>

namespace Patagon {

namespace {

QString expandTilde(const QString &path)
{
    if (path == QLatin1String("~"))
        return QDir::homePath();
    if (path.startsWith(QLatin1String("~/")))
        return QDir::homePath() + path.mid(1);
    return path;
}

bool hostMatches(const QStringList &patterns, const QString &alias)
{
    bool matched = false;
    for (QString pattern : patterns) {
        const bool negated = pattern.startsWith(QLatin1Char('!'));
        if (negated)
            pattern.remove(0, 1);
        const QRegularExpression re(QRegularExpression::wildcardToRegularExpression(pattern),
                                    QRegularExpression::CaseInsensitiveOption);
        if (re.match(alias).hasMatch()) {
            if (negated)
                return false;
            matched = true;
        }
    }
    return matched;
}

// "Key value", "Key=value", "Key = value", values optionally in double quotes.
bool splitLine(const QString &line, QString *key, QStringList *values)
{
    static const QRegularExpression re(QStringLiteral("^\\s*([A-Za-z]+)\\s*(?:=\\s*|\\s+)(.*)$"));
    const QRegularExpressionMatch m = re.match(line);
    if (!m.hasMatch())
        return false;
    *key = m.captured(1).toLower();
    values->clear();
    const QString rest = m.captured(2).trimmed();
    QString current;
    bool quoted = false;
    for (const QChar c : rest) {
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (c.isSpace() && !quoted) {
            if (!current.isEmpty())
                values->append(current);
            current.clear();
        } else {
            current.append(c);
        }
    }
    if (!current.isEmpty())
        values->append(current);
    return !values->isEmpty();
}

// The files being read (the Include chain) and how many were read in all: a config that
// includes itself, directly or through others, or fans out (`Include * *` in ~/.ssh) is read
// a bounded number of times, not exponentially often (found by fuzz_sshconfig).
struct ReadState
{
    QStringList chain;
    int filesRead = 0;
};
constexpr int kMaxIncludeDepth = 8;
constexpr int kMaxFiles = 64;

void readFile(const QString &path, const QString &alias, SshHostConfig *config, ReadState *state)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    if (canonical.isEmpty() || state->chain.contains(canonical)
        || state->chain.size() > kMaxIncludeDepth || state->filesRead >= kMaxFiles)
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return;
    ++state->filesRead;
    state->chain.append(canonical);
    const auto leave = qScopeGuard([state] { state->chain.removeLast(); });
    bool active = true; // lines before the first Host/Match apply to every host
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        QString key;
        QStringList values;
        if (!splitLine(line, &key, &values))
            continue;
        if (key == QLatin1String("host")) {
            active = hostMatches(values, alias);
        } else if (key == QLatin1String("match")) {
            // Only "Match all" is understood; other criteria are left to libssh.
            active = values.size() == 1 && values.first().toLower() == QLatin1String("all");
        } else if (!active) {
            continue;
        } else if (key == QLatin1String("include")) {
            for (const QString &pattern : values) {
                QString p = expandTilde(pattern);
                if (QFileInfo(p).isRelative())
                    p = QDir::homePath() + QStringLiteral("/.ssh/") + p;
                const QFileInfo info(p);
                const QStringList matches
                    = info.dir().entryList({info.fileName()}, QDir::Files, QDir::Name);
                for (const QString &m : matches)
                    readFile(info.dir().filePath(m), alias, config, state);
            }
        } else if (key == QLatin1String("identityfile")) {
            config->identityFiles.append(expandTilde(values.first()));
        } else if (key == QLatin1String("hostname") && config->hostName.isEmpty()) {
            config->hostName = values.first();
        } else if (key == QLatin1String("user") && config->user.isEmpty()) {
            config->user = values.first();
        } else if (key == QLatin1String("port") && config->port == 0) {
            config->port = values.first().toInt();
        } else if (key == QLatin1String("proxyjump") && config->proxyJump.isEmpty()) {
            if (values.first().toLower() != QLatin1String("none"))
                config->proxyJump = values.first().split(QLatin1Char(','), Qt::SkipEmptyParts);
        } else if (key == QLatin1String("hashknownhosts") && !config->hashKnownHosts) {
            config->hashKnownHosts = values.first().toLower() == QLatin1String("yes");
        } else if (key == QLatin1String("serveraliveinterval")
                   && config->serverAliveInterval == 0) {
            config->serverAliveInterval = values.first().toInt();
        }
    }
}

} // namespace

QString SshConfig::defaultPath()
{
    return QDir::homePath() + QStringLiteral("/.ssh/config");
}

SshHostConfig SshConfig::forHost(const QString &alias, const QString &path)
{
    SshHostConfig config;
    ReadState state;
    readFile(path.isEmpty() ? defaultPath() : expandTilde(path), alias, &config, &state);
    return config;
}

} // namespace Patagon
