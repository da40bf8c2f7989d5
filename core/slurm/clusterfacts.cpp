// Cluster facts: parsers of scontrol/sinfo/sacctmgr/srun output, JSON cache, live fetch.
#include "core/slurm/clusterfacts.h"

#include "core/processtypes.h"
#include "core/slurm/optioncatalog.h"
#include "core/slurm/valuecheck.h"
#include "core/tr.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

namespace Patagon::Slurm {

namespace {

std::optional<qint64> limit(const QString &value, bool memory)
{
    if (value.isEmpty() || value == QLatin1String("UNLIMITED") || value == QLatin1String("0")
        || value == QLatin1String("NONE"))
        return std::nullopt;
    if (memory)
        return ValueCheck::parseMegabytes(value);
    const std::optional<qint64> minutes = ValueCheck::parseMinutes(value);
    if (minutes && *minutes < 0)
        return std::nullopt;
    return minutes;
}

QStringList listValue(const QString &value)
{
    if (value.isEmpty() || value == QLatin1String("ALL"))
        return {};
    return value.split(u',', Qt::SkipEmptyParts);
}

QVariantMap gresMap(const PartitionFacts &p)
{
    QVariantMap map;
    for (auto it = p.largestNodeGres.cbegin(); it != p.largestNodeGres.cend(); ++it)
        map.insert(it.key(), it.value());
    return map;
}

QJsonValue optionalJson(const std::optional<qint64> &v)
{
    return v ? QJsonValue(double(*v)) : QJsonValue();
}

std::optional<qint64> optionalFromJson(const QJsonValue &v)
{
    return v.isDouble() ? std::optional<qint64>(qint64(v.toDouble())) : std::nullopt;
}

QString cacheFile(const QString &profileName)
{
    const QString safe
        = QString(profileName)
              .replace(QRegularExpression(QStringLiteral("[^\\w.-]")), QStringLiteral("_"));
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
        + QStringLiteral("/cluster-facts/") + safe + QStringLiteral(".json");
}

} // namespace

QStringList PartitionFacts::gresTypes(const QString &gresName) const
{
    QStringList types;
    for (const QString &g : gres) {
        // "gpu:A100:1(S:0)" or "gpu:2"
        const QStringList fields = g.section(u'(', 0, 0).split(u':');
        if (fields.size() >= 3 && fields.first() == gresName && !types.contains(fields.at(1)))
            types.append(fields.at(1));
    }
    return types;
}

bool PartitionFacts::hasGres(const QString &gresName) const
{
    for (const QString &g : gres) {
        if (g.section(u':', 0, 0).section(u'(', 0, 0) == gresName)
            return true;
    }
    return false;
}

const PartitionFacts *ClusterFacts::partition(const QString &name) const
{
    for (const PartitionFacts &p : partitions) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

const PartitionFacts *ClusterFacts::defaultPartition() const
{
    for (const PartitionFacts &p : partitions) {
        if (p.isDefault)
            return &p;
    }
    return nullptr;
}

QList<PartitionFacts> ClusterFacts::parsePartitions(const QByteArray &output)
{
    QList<PartitionFacts> result;
    const QStringList lines = QString::fromUtf8(output).split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        QHash<QString, QString> fields;
        const QStringList words = line.split(u' ', Qt::SkipEmptyParts);
        for (const QString &w : words) {
            const qsizetype eq = w.indexOf(u'=');
            if (eq > 0)
                fields.insert(w.left(eq), w.mid(eq + 1));
        }
        PartitionFacts p;
        p.name = fields.value(QStringLiteral("PartitionName"));
        if (p.name.isEmpty())
            continue;
        p.isDefault = fields.value(QStringLiteral("Default")) == QLatin1String("YES");
        p.state = fields.value(QStringLiteral("State"));
        p.maxTimeMinutes = limit(fields.value(QStringLiteral("MaxTime")), false);
        p.maxMemPerNodeMb = limit(fields.value(QStringLiteral("MaxMemPerNode")), true);
        p.maxMemPerCpuMb = limit(fields.value(QStringLiteral("MaxMemPerCPU")), true);
        const QString maxNodes = fields.value(QStringLiteral("MaxNodes"));
        if (!maxNodes.isEmpty() && maxNodes != QLatin1String("UNLIMITED"))
            p.maxNodes = maxNodes.toLongLong();
        p.totalCpus = fields.value(QStringLiteral("TotalCPUs")).toInt();
        p.totalNodes = fields.value(QStringLiteral("TotalNodes")).toInt();
        p.allowAccounts = listValue(fields.value(QStringLiteral("AllowAccounts")));
        p.allowQos = listValue(fields.value(QStringLiteral("AllowQos")));
        result.append(p);
    }
    return result;
}

void ClusterFacts::addGres(QList<PartitionFacts> &partitions, const QByteArray &output)
{
    const QStringList lines = QString::fromUtf8(output).split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        QString name = line.section(u'|', 0, 0).trimmed();
        const QString gres = line.section(u'|', 1).trimmed();
        const bool isDefault = name.endsWith(u'*');
        if (isDefault)
            name.chop(1);
        for (PartitionFacts &p : partitions) {
            if (p.name != name)
                continue;
            if (isDefault)
                p.isDefault = true;
            // "%G" separates several GRES of one node with commas, outside parentheses.
            static const QRegularExpression split(QStringLiteral(",(?![^(]*\\))"));
            for (const QString &g : gres.split(split, Qt::SkipEmptyParts)) {
                if (g != QLatin1String("(null)") && !p.gres.contains(g))
                    p.gres.append(g);
            }
        }
    }
}

void ClusterFacts::addNodeSizes(QList<PartitionFacts> &partitions, const QByteArray &output)
{
    static const QRegularExpression split(QStringLiteral(",(?![^(]*\\))"));
    const QStringList lines = QString::fromUtf8(output).split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QStringList fields = line.split(u'|');
        if (fields.size() < 4)
            continue;
        QString name = fields.at(0).trimmed();
        if (name.endsWith(u'*'))
            name.chop(1);
        // Memory may carry a suffix on some versions ("64000+"): the number is what counts.
        const int cpus = fields.at(1).trimmed().remove(u'+').toInt();
        const qint64 memMb = fields.at(2).trimmed().remove(u'+').toLongLong();
        QMap<QString, qint64> gres;
        for (const QString &g :
             fields.mid(3).join(u'|').trimmed().split(split, Qt::SkipEmptyParts)) {
            // "gpu:A100:2(S:0-1)", "gpu:2", "gpu" (one)
            const QStringList parts = g.section(u'(', 0, 0).split(u':');
            if (parts.first() == QLatin1String("(null)") || parts.first().isEmpty())
                continue;
            bool ok = false;
            const qint64 count = parts.size() >= 2 ? parts.last().toLongLong(&ok) : 1;
            const qint64 n = ok || parts.size() == 1 ? count : 1;
            gres[parts.first()] += n;
            if (parts.size() >= 3)
                gres[parts.first() + u':' + parts.at(1)] += n;
        }
        for (PartitionFacts &p : partitions) {
            if (p.name != name)
                continue;
            p.largestNodeCpus = std::max(p.largestNodeCpus, cpus);
            p.largestNodeMemMb = std::max(p.largestNodeMemMb, memMb);
            for (auto it = gres.cbegin(); it != gres.cend(); ++it)
                p.largestNodeGres[it.key()]
                    = std::max(p.largestNodeGres.value(it.key()), it.value());
        }
    }
}

void ClusterFacts::parseAssociations(const QByteArray &output, QStringList &accounts,
                                     QStringList &qos)
{
    const QStringList lines = QString::fromUtf8(output).split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QString account = line.section(u'|', 0, 0).trimmed();
        if (!account.isEmpty() && !accounts.contains(account))
            accounts.append(account);
        for (const QString &q : line.section(u'|', 1, 1).split(u',', Qt::SkipEmptyParts)) {
            if (!qos.contains(q.trimmed()))
                qos.append(q.trimmed());
        }
    }
}

QStringList ClusterFacts::parseContainerFlags(const QByteArray &help)
{
    QStringList flags;
    static const QRegularExpression re(QStringLiteral("--((?:no-)?container-[a-z-]+)"));
    auto it = re.globalMatch(QString::fromUtf8(help));
    while (it.hasNext()) {
        const QString flag = it.next().captured(1);
        const OptionInfo *known = OptionCatalog::findLong(flag);
        if (known && known->pyxis && !flags.contains(flag))
            flags.append(flag);
    }
    return flags;
}

QJsonObject ClusterFacts::toJson() const
{
    QJsonArray parts;
    for (const PartitionFacts &p : partitions) {
        parts.append(QJsonObject {
            {QStringLiteral("name"), p.name},
            {QStringLiteral("default"), p.isDefault},
            {QStringLiteral("state"), p.state},
            {QStringLiteral("maxTime"), optionalJson(p.maxTimeMinutes)},
            {QStringLiteral("maxMemPerNode"), optionalJson(p.maxMemPerNodeMb)},
            {QStringLiteral("maxMemPerCpu"), optionalJson(p.maxMemPerCpuMb)},
            {QStringLiteral("maxNodes"), optionalJson(p.maxNodes)},
            {QStringLiteral("totalCpus"), p.totalCpus},
            {QStringLiteral("totalNodes"), p.totalNodes},
            {QStringLiteral("gres"), QJsonArray::fromStringList(p.gres)},
            {QStringLiteral("allowAccounts"), QJsonArray::fromStringList(p.allowAccounts)},
            {QStringLiteral("allowQos"), QJsonArray::fromStringList(p.allowQos)},
            {QStringLiteral("largestNodeCpus"), p.largestNodeCpus},
            {QStringLiteral("largestNodeMemMb"), p.largestNodeMemMb},
            {QStringLiteral("largestNodeGres"), QJsonObject::fromVariantMap(gresMap(p))},
        });
    }
    return {
        {QStringLiteral("partitions"), parts},
        {QStringLiteral("accounts"), QJsonArray::fromStringList(accounts)},
        {QStringLiteral("qos"), QJsonArray::fromStringList(qos)},
        {QStringLiteral("pyxisKnown"), pyxisKnown},
        {QStringLiteral("pyxisFlags"), QJsonArray::fromStringList(pyxisFlags)},
        {QStringLiteral("fetchedAt"), fetchedAt.toString(Qt::ISODateWithMs)},
    };
}

ClusterFacts ClusterFacts::fromJson(const QJsonObject &json)
{
    const auto strings = [](const QJsonValue &v) {
        QStringList list;
        for (const QJsonValue &s : v.toArray())
            list.append(s.toString());
        return list;
    };
    ClusterFacts facts;
    for (const QJsonValue &v : json.value(QStringLiteral("partitions")).toArray()) {
        const QJsonObject o = v.toObject();
        PartitionFacts p;
        p.name = o.value(QStringLiteral("name")).toString();
        p.isDefault = o.value(QStringLiteral("default")).toBool();
        p.state = o.value(QStringLiteral("state")).toString();
        p.maxTimeMinutes = optionalFromJson(o.value(QStringLiteral("maxTime")));
        p.maxMemPerNodeMb = optionalFromJson(o.value(QStringLiteral("maxMemPerNode")));
        p.maxMemPerCpuMb = optionalFromJson(o.value(QStringLiteral("maxMemPerCpu")));
        p.maxNodes = optionalFromJson(o.value(QStringLiteral("maxNodes")));
        p.totalCpus = o.value(QStringLiteral("totalCpus")).toInt();
        p.totalNodes = o.value(QStringLiteral("totalNodes")).toInt();
        p.gres = strings(o.value(QStringLiteral("gres")));
        p.allowAccounts = strings(o.value(QStringLiteral("allowAccounts")));
        p.allowQos = strings(o.value(QStringLiteral("allowQos")));
        p.largestNodeCpus = o.value(QStringLiteral("largestNodeCpus")).toInt();
        p.largestNodeMemMb = o.value(QStringLiteral("largestNodeMemMb")).toInteger();
        const QJsonObject gres = o.value(QStringLiteral("largestNodeGres")).toObject();
        for (auto it = gres.constBegin(); it != gres.constEnd(); ++it)
            p.largestNodeGres.insert(it.key(), it.value().toInteger());
        if (p.isValid())
            facts.partitions.append(p);
    }
    facts.accounts = strings(json.value(QStringLiteral("accounts")));
    facts.qos = strings(json.value(QStringLiteral("qos")));
    facts.pyxisKnown = json.value(QStringLiteral("pyxisKnown")).toBool();
    facts.pyxisFlags = strings(json.value(QStringLiteral("pyxisFlags")));
    facts.fetchedAt = QDateTime::fromString(json.value(QStringLiteral("fetchedAt")).toString(),
                                            Qt::ISODateWithMs);
    return facts;
}

QList<ClusterFacts::Query> ClusterFacts::queries()
{
    return {Query::Partitions, Query::Gres, Query::NodeSizes, Query::Associations, Query::SrunHelp};
}

QStringList ClusterFacts::command(Query query, const QString &user)
{
    switch (query) {
    case Query::Partitions:
        return {QStringLiteral("scontrol"), QStringLiteral("show"), QStringLiteral("partition"),
                QStringLiteral("-o")};
    case Query::Gres:
        return {QStringLiteral("sinfo"), QStringLiteral("-h"), QStringLiteral("-o"),
                QStringLiteral("%P|%G")};
    case Query::NodeSizes:
        return {QStringLiteral("sinfo"), QStringLiteral("-h"), QStringLiteral("-N"),
                QStringLiteral("-o"), QStringLiteral("%P|%c|%m|%G")};
    case Query::Associations:
        return {QStringLiteral("sacctmgr"),     QStringLiteral("-nP"),
                QStringLiteral("show"),         QStringLiteral("assoc"),
                QStringLiteral("user=") + user, QStringLiteral("format=account,qos")};
    case Query::SrunHelp:
        return {QStringLiteral("srun"), QStringLiteral("--help")};
    }
    return {};
}

Result ClusterFacts::addOutput(Query query, const CommandOutput &output)
{
    switch (query) {
    case Query::Partitions:
        if (!output.succeeded())
            return Result::error(ErrorCode::Remote,
                                 Tr::tr("The cluster did not list its partitions: %1")
                                     .arg(QString::fromUtf8(output.standardError).trimmed()));
        partitions = parsePartitions(output.standardOutput);
        break;
    case Query::Gres:
        if (output.succeeded())
            addGres(partitions, output.standardOutput);
        break;
    case Query::NodeSizes:
        if (output.succeeded())
            addNodeSizes(partitions, output.standardOutput);
        break;
    case Query::Associations:
        if (output.succeeded())
            parseAssociations(output.standardOutput, accounts, qos);
        break;
    case Query::SrunHelp:
        if (output.succeeded()) {
            pyxisKnown = true;
            pyxisFlags = parseContainerFlags(output.standardOutput);
        }
        break;
    }
    return Result::ok();
}

Result ClusterFacts::saveToCache(const QString &profileName, const ClusterFacts &facts)
{
    const QString path = cacheFile(profileName);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Result::error(ErrorCode::Io,
                             Tr::tr("Could not create the folder of \"%1\".").arg(path));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Result::error(ErrorCode::Io,
                             Tr::tr("Could not write \"%1\": %2").arg(path, file.errorString()));
    file.write(QJsonDocument(facts.toJson()).toJson());
    if (!file.commit())
        return Result::error(ErrorCode::Io,
                             Tr::tr("Could not write \"%1\": %2").arg(path, file.errorString()));
    return Result::ok();
}

std::optional<ClusterFacts> ClusterFacts::loadFromCache(const QString &profileName)
{
    QFile file(cacheFile(profileName));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    if (!doc.isObject())
        return std::nullopt;
    ClusterFacts facts = fromJson(doc.object());
    if (!facts.isValid())
        return std::nullopt;
    return facts;
}

} // namespace Patagon::Slurm
