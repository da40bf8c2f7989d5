// The cluster's Slurm version.
#include "core/slurm/slurmversion.h"

#include "core/remote/hostquerycache.h"
#include "core/tr.h"

#include <QRegularExpression>

namespace Patagon::Slurm {

SlurmVersion SlurmVersion::parse(const QByteArray &output)
{
    // Slurm's releases are YY.MM (20.11, 22.05, 24.11); the patch level follows.
    static const QRegularExpression re(
        QStringLiteral(R"((?:^|[^0-9.])(\d{2})\.(\d{1,2})(?:\.(\d+))?)"));
    const QRegularExpressionMatch m = re.match(QString::fromUtf8(output));
    if (!m.hasMatch())
        return {};
    SlurmVersion v;
    v.major = m.captured(1).toInt();
    v.minor = m.captured(2).toInt();
    v.patch = m.captured(3).toInt();
    return v;
}

QString SlurmVersion::toString() const
{
    if (!isValid())
        return {};
    return QStringLiteral("%1.%2.%3")
        .arg(major, 2, 10, QLatin1Char('0'))
        .arg(minor, 2, 10, QLatin1Char('0'))
        .arg(patch);
}

bool SlurmVersion::atLeast(int wantedMajor, int wantedMinor) const
{
    if (!isValid())
        return true;
    return major > wantedMajor || (major == wantedMajor && minor >= wantedMinor);
}

QStringList versionCommand()
{
    return {QStringLiteral("sinfo"), QStringLiteral("--version")};
}

void readVersion(RemoteHost *host, QObject *context,
                 std::function<void(const Expected<SlurmVersion> &)> done)
{
    HostQueryCache *cache = HostQueryCache::of(host);
    if (!cache)
        return done(
            Result::error(ErrorCode::Network, Tr::tr("There is no connection to the cluster.")));
    cache->run(versionCommand(), context, [done](const Expected<CommandOutput> &out) {
        if (!out)
            return done(out.result());
        done(out->succeeded() ? SlurmVersion::parse(out->standardOutput) : SlurmVersion());
    });
}

} // namespace Patagon::Slurm
