// Import progress and failures, read from what srun, Pyxis and Enroot print.
#include "core/container/importprogress.h"

#include "core/container/enrootcredentials.h"
#include "core/container/imagereference.h"
#include "core/tr.h"

#include <QRegularExpression>
#include <QStringList>

namespace Patagon::Container {

namespace {

using Phase = ImportProgress::Phase;

std::optional<double> percentIn(const QString &line)
{
    static const QRegularExpression re(QStringLiteral("(?:^|[^0-9.])(\\d{1,3}(?:\\.\\d+)?)\\s?%"));
    QRegularExpressionMatch last;
    for (auto it = re.globalMatch(line); it.hasNext();)
        last = it.next();
    if (!last.hasMatch())
        return std::nullopt;
    const double value = last.captured(1).toDouble();
    if (value < 0 || value > 100)
        return std::nullopt;
    return value;
}

std::optional<qint64> bytesIn(const QString &line)
{
    static const QRegularExpression re(
        QStringLiteral("(\\d+(?:\\.\\d+)?)\\s?([KMGT]i?B|[kKMGT]|B)\\b"));
    QRegularExpressionMatch last;
    for (auto it = re.globalMatch(line); it.hasNext();)
        last = it.next();
    if (!last.hasMatch())
        return std::nullopt;
    const QString unit = last.captured(2).toUpper();
    double value = last.captured(1).toDouble();
    const bool binary = unit.contains(u'I') || unit.size() == 1;
    const double base = binary ? 1024.0 : 1000.0;
    int power = 0;
    switch (unit.at(0).unicode()) {
    case 'K':
        power = 1;
        break;
    case 'M':
        power = 2;
        break;
    case 'G':
        power = 3;
        break;
    case 'T':
        power = 4;
        break;
    default:
        break;
    }
    for (int i = 0; i < power; ++i)
        value *= base;
    return qint64(value);
}

QString lastLines(const QString &text, int count)
{
    QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    for (QString &l : lines) {
        const qsizetype cr = l.lastIndexOf(u'\r', l.size() - 2);
        if (cr >= 0)
            l = l.mid(cr + 1);
        l = l.trimmed();
    }
    lines.removeAll(QString());
    return lines.mid(std::max<qsizetype>(0, lines.size() - count)).join(u'\n');
}

} // namespace

QString ImportProgress::phaseName(Phase phase)
{
    switch (phase) {
    case Phase::Waiting:
        return QStringLiteral("waiting");
    case Phase::Starting:
        return QStringLiteral("starting");
    case Phase::Importing:
        return QStringLiteral("importing");
    case Phase::Authenticating:
        return QStringLiteral("authenticating");
    case Phase::Downloading:
        return QStringLiteral("downloading");
    case Phase::Extracting:
        return QStringLiteral("extracting");
    case Phase::Converting:
        return QStringLiteral("converting");
    case Phase::Creating:
        return QStringLiteral("creating");
    case Phase::Reusing:
        return QStringLiteral("reusing");
    case Phase::Done:
        return QStringLiteral("done");
    case Phase::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

QString ImportProgress::phaseText(Phase phase)
{
    switch (phase) {
    case Phase::Waiting:
        return Tr::tr("Waiting for a compute node");
    case Phase::Starting:
        return Tr::tr("Starting on the compute node");
    case Phase::Importing:
        return Tr::tr("Importing the image");
    case Phase::Authenticating:
        return Tr::tr("Signing in to the registry");
    case Phase::Downloading:
        return Tr::tr("Downloading layers");
    case Phase::Extracting:
        return Tr::tr("Extracting layers");
    case Phase::Converting:
        return Tr::tr("Building the image file");
    case Phase::Creating:
        return Tr::tr("Creating the container");
    case Phase::Reusing:
        return Tr::tr("Using the existing container");
    case Phase::Done:
        return Tr::tr("Done");
    case Phase::Failed:
        return Tr::tr("Failed");
    }
    return {};
}

namespace {

// The phase a line names; nullopt for a bare progress line (GNU parallel's bar, mksquashfs's),
// which belongs to the phase before it.
std::optional<Phase> phaseOf(const QString &line)
{
    const auto has = [&line](const char *s) {
        return line.contains(QLatin1StringView(s), Qt::CaseInsensitive);
    };
    if (has("queued and waiting for resources") || has("Requested partition configuration"))
        return Phase::Waiting;
    if (has("has been allocated resources") || has("job step created"))
        return Phase::Starting;
    if (has("pyxis: imported docker image") || has("pyxis: imported image"))
        return Phase::Done;
    if (has("pyxis: importing docker image") || has("pyxis: importing image"))
        return Phase::Importing;
    if (has("reusing") && has("container"))
        return Phase::Reusing;
    if (has("[ERROR]") || has("couldn't start container") || has("error code:"))
        return Phase::Failed;
    if (has("Querying registry") || has("Authenticating") || has("Authentication succeeded"))
        return Phase::Authenticating;
    if (has("Fetching image") || has("Downloading") || has("Found all layers"))
        return Phase::Downloading;
    if (has("Extracting"))
        return Phase::Extracting;
    if (has("Converting whiteouts") || has("Creating squashfs") || has("mksquashfs")
        || has("Squashfs") || has("filesystem on"))
        return Phase::Converting;
    if (has("creating container filesystem") || has("Creating container"))
        return Phase::Creating;
    return std::nullopt;
}

} // namespace

std::optional<ImportProgress> ImportProgressParser::parseLine(const QString &rawLine)
{
    ImportProgress p;
    p.line = rawLine.trimmed();
    const std::optional<Phase> phase = phaseOf(p.line);
    if (p.line.isEmpty() || !phase)
        return std::nullopt;
    p.phase = *phase;
    p.percent = percentIn(p.line);
    p.bytes = bytesIn(p.line);
    return p;
}

QList<ImportProgress> ImportProgressParser::take(const QString &rawLine)
{
    const QString line = rawLine.trimmed();
    if (line.isEmpty())
        return {};
    std::optional<ImportProgress> p = parseLine(line);
    if (!p) {
        ImportProgress bare;
        bare.line = line;
        bare.percent = percentIn(line);
        bare.bytes = bytesIn(line);
        if (!bare.percent && !bare.bytes)
            return {};
        bare.phase = m_current.phase;
        p = bare;
    }
    // After a failure Pyxis prints Enroot's log of the attempt: those steps are history.
    if (m_reported && m_current.phase == Phase::Failed)
        return {};
    if (m_reported && p->phase == m_current.phase && !p->percent && !p->bytes) {
        m_current.line = p->line;
        return {};
    }
    m_current = *p;
    m_reported = true;
    return {*p};
}

QList<ImportProgress> ImportProgressParser::feed(const QByteArray &chunk)
{
    m_pending += chunk;
    QList<ImportProgress> out;
    for (;;) {
        const qsizetype nl = m_pending.indexOf('\n');
        const qsizetype cr = m_pending.indexOf('\r');
        qsizetype end = nl < 0 ? cr : (cr < 0 ? nl : std::min(nl, cr));
        if (end < 0)
            break;
        const QString line = QString::fromUtf8(m_pending.left(end));
        m_pending.remove(0, end + 1);
        out << take(line);
    }
    // A progress bar that never ends its line must not grow without bound.
    if (m_pending.size() > 65536)
        m_pending = m_pending.right(4096);
    return out;
}

QList<ImportProgress> ImportProgressParser::finish()
{
    const QString line = QString::fromUtf8(m_pending);
    m_pending.clear();
    return take(line);
}

namespace {

Result explainNow(const QByteArray &outputBytes, int exitStatus, const QString &image,
                  const QVersionNumber &enrootVersion)
{
    const QString output = QString::fromUtf8(outputBytes);
    const QString tail = lastLines(output, 6);
    const auto withOutput = [&tail](const QString &message) {
        return tail.isEmpty() ? message
                              : Tr::tr("%1\n\nThe last lines it printed:\n%2").arg(message, tail);
    };
    const auto has = [&output](const char *s) {
        return output.contains(QLatin1StringView(s), Qt::CaseInsensitive);
    };

    if (has("Invalid image reference")) {
        QString detail;
        if (!image.isEmpty()) {
            const ImageReference ref = ImageReference::parse(image, enrootVersion);
            for (const ImageProblem &p : ref.problems()) {
                if (p.severity == ImageProblem::Severity::Error)
                    detail = p.message;
            }
        }
        QString message = Tr::tr("Enroot refused the image reference \"%1\": it is not in a form "
                                 "it understands. Write it as REGISTRY#IMAGE:TAG, for example "
                                 "nvcr.io#nvidia/pytorch:24.05-py3.")
                              .arg(image);
        if (!detail.isEmpty())
            message = Tr::tr("%1 %2").arg(message, detail);
        return Result::error(ErrorCode::InvalidInput, withOutput(message));
    }
    if (has("401 Unauthorized") || has("error code: 401")) {
        const ImageReference ref = ImageReference::parse(image, enrootVersion);
        QStringList causes;
        // A Docker-style reference (REGISTRY/IMAGE, no '#') that an old Enroot sends to Docker
        // Hub.
        const ImageReference asNew = ImageReference::parse(image, QVersionNumber(4, 1, 0));
        const bool oldEnroot = enrootVersion.isNull() || enrootVersion.majorVersion() < 4;
        if (oldEnroot && !image.contains(u'#') && asNew.isValid()
            && asNew.kind() == ImageReference::Kind::Registry
            && asNew.registry() != ImageReference::dockerHubRegistry())
            causes << Tr::tr("Enroot %1 does not read Docker-style references: it sent \"%2\" "
                             "to Docker Hub. Write it as %3.")
                          .arg(enrootVersion.isNull() ? Tr::tr("before 4.0")
                                                      : enrootVersion.toString(),
                               image, asNew.normalized());
        const QString host = ref.isValid() && ref.kind() == ImageReference::Kind::Registry
            ? EnrootCredentials::canonicalHost(ref.registry())
            : QString();
        if (!host.isEmpty())
            causes << Tr::tr("The credentials for %1 are missing or wrong: ~/.config/enroot/"
                             ".credentials on the cluster needs the line \"machine %1 login USER "
                             "password SECRET\" with a valid login and password or token.")
                          .arg(host);
        else
            causes << Tr::tr("The registry's credentials in ~/.config/enroot/.credentials on the "
                             "cluster are missing or wrong.");
        if (host == ImageReference::dockerHubRegistry())
            causes << Tr::tr("Docker Hub also answers 401 for an image that does not exist or is "
                             "private: check the image's name.");
        if (host == EnrootCredentials::ngcRegistry())
            causes << Tr::tr("NVIDIA NGC needs two lines, for nvcr.io and authn.nvidia.com, both "
                             "with login $oauthtoken and the API key as password.");
        QString list;
        for (const QString &c : causes)
            list += QStringLiteral("\n  • ") + c;
        return Result::error(ErrorCode::Authentication,
                             withOutput(Tr::tr("The registry refused access to \"%1\" (401 "
                                               "Unauthorized). Likely causes:%2")
                                            .arg(image, list)));
    }
    if (has("No space left on device"))
        return Result::error(ErrorCode::Io,
                             withOutput(Tr::tr("The compute node ran out of disk space. Remove "
                                               "named containers you no longer need, or ask the "
                                               "administrators where Enroot keeps its data and "
                                               "cache (ENROOT_DATA_PATH, ENROOT_CACHE_PATH).")));
    if (has("404 Not Found") || has("error code: 404") || has("manifest unknown"))
        return Result::error(ErrorCode::NotFound,
                             withOutput(Tr::tr("The registry has no image \"%1\" (404 Not "
                                               "Found). Check the name and the tag.")
                                            .arg(image)));
    if (has("does not exist, and --container-image is not set") || has("does not exist"))
        return Result::error(ErrorCode::NotFound,
                             withOutput(Tr::tr("The named container does not exist on that node. "
                                               "A named container lives only on the node that "
                                               "created it: create it again there, or run on "
                                               "its node.")));
    if (has("Read-only file system"))
        return Result::error(
            ErrorCode::PermissionDenied,
            withOutput(Tr::tr("The container's root filesystem is read-only. Installing system "
                              "packages needs --container-writable and --container-remap-root.")));
    if (has("are you root?") || has("Could not open lock file"))
        return Result::error(ErrorCode::PermissionDenied,
                             withOutput(Tr::tr("apt needs root: run it with "
                                               "--container-remap-root and "
                                               "--container-writable.")));
    if (has("No matching distribution found") || has("Could not find a version"))
        return Result::error(ErrorCode::NotFound,
                             withOutput(Tr::tr("pip found no such package (or no version that "
                                               "matches). Check the names and versions.")));
    if (has("Unable to locate package") || has("has no installation candidate"))
        return Result::error(ErrorCode::NotFound,
                             withOutput(Tr::tr("apt found no such package in the container's "
                                               "package sources. Check the names.")));
    if (exitStatus < 0)
        return Result::error(ErrorCode::Remote,
                             withOutput(Tr::tr("The command was stopped before it finished.")));
    return Result::error(
        ErrorCode::Remote,
        withOutput(Tr::tr("The command failed with exit status %1.").arg(exitStatus)));
}

} // namespace

Result explainContainerFailure(const QByteArray &outputBytes, int exitStatus, const QString &image,
                               const QVersionNumber &enrootVersion)
{
    // Explained again whenever the message is read: a page shows it in the language in use.
    return Result::error(
        explainNow(outputBytes, exitStatus, image, enrootVersion).code(),
        [outputBytes, exitStatus, image, enrootVersion] {
            return explainNow(outputBytes, exitStatus, image, enrootVersion).message();
        });
}

} // namespace Patagon::Container
