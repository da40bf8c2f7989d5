// Container image references: the Enroot 3.x and 4.x rules, Docker Hub canonicalisation, and
// the `#` form that every Enroot version accepts.
#include "core/container/imagereference.h"

#include "core/tr.h"

#include <QRegularExpression>

namespace Patagon::Container {

namespace {

bool hasSpaceOrControl(const QString &s)
{
    for (const QChar c : s) {
        if (c.isSpace() || c.category() == QChar::Other_Control
            || c.category() == QChar::Other_Format)
            return true;
    }
    return false;
}

// Docker's grammar for one path component of a repository name.
bool isValidImagePath(const QString &image)
{
    static const QRegularExpression component(
        QStringLiteral("^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$"));
    if (image.isEmpty())
        return false;
    const QStringList parts = image.split(u'/');
    for (const QString &part : parts) {
        if (!component.match(part).hasMatch())
            return false;
    }
    return true;
}

bool isValidTag(const QString &tag)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$"));
    return re.match(tag).hasMatch();
}

bool isValidDigest(const QString &digest)
{
    static const QRegularExpression re(QStringLiteral("^sha256:[0-9a-f]{64}$"));
    return re.match(digest).hasMatch();
}

bool isValidRegistry(const QString &registry)
{
    static const QRegularExpression re(QStringLiteral(
        "^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*"
        "(?::[0-9]{1,5})?$"));
    return re.match(registry).hasMatch();
}

// Enroot's class of characters for USER (reg_user in its docker.sh), without '@' and '#'.
bool isValidUser(const QString &user)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_.!~*'()%;:&=+$,/<>?-]+$"));
    return re.match(user).hasMatch();
}

bool looksLikeRegistryHost(const QString &part)
{
    return part.contains(u'.') || part.contains(u':');
}

} // namespace

QString ImageProblem::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("info");
    }
    return QStringLiteral("error");
}

QString ImageReference::canonicalRegistry(const QString &registry)
{
    const QString lower = registry.toLower();
    if (lower == QLatin1String("docker.io") || lower == QLatin1String("index.docker.io")
        || lower == QLatin1String("registry.hub.docker.com")
        || lower == QLatin1String("registry-1.docker.io"))
        return dockerHubRegistry();
    return lower;
}

bool ImageReference::hasErrors() const
{
    for (const ImageProblem &p : m_problems) {
        if (p.severity == ImageProblem::Severity::Error)
            return true;
    }
    return false;
}

QString ImageReference::normalized() const
{
    switch (m_kind) {
    case Kind::Invalid:
        return {};
    case Kind::SquashfsFile:
        return m_path;
    case Kind::Registry:
        break;
    }
    QString s;
    if (!m_user.isEmpty())
        s += m_user + u'@';
    s += m_registry + u'#' + m_image;
    if (!m_tag.isEmpty())
        s += u':' + m_tag;
    if (!m_digest.isEmpty())
        s += u'@' + m_digest;
    return s;
}

ImageReference ImageReference::parse(const QString &text, const QVersionNumber &enrootVersion)
{
    using Severity = ImageProblem::Severity;
    ImageReference r;
    r.m_input = text;
    const bool versionKnown = !enrootVersion.isNull();
    const bool enroot4 = versionKnown && enrootVersion.majorVersion() >= 4;
    const QString versionText = enrootVersion.toString();

    if (text.trimmed().isEmpty()) {
        r.addProblem(
            Severity::Error,
            Tr::tr("Enter an image reference, for example nvcr.io#nvidia/pytorch:24.05-py3."));
        return r;
    }
    if (hasSpaceOrControl(text)) {
        r.addProblem(Severity::Error,
                     Tr::tr("The image reference \"%1\" contains a space or a control character, "
                            "which image references cannot contain.")
                         .arg(text.simplified()));
        return r;
    }

    QString s = text;
    const auto readsAsPath = [](const QString &t) {
        return t.startsWith(u'/') || t.startsWith(QLatin1String("./"))
            || t.startsWith(QLatin1String("../")) || t.startsWith(u'~')
            || t.endsWith(QLatin1String(".sqsh"));
    };
    // A path is a squashfs file on the cluster (what --container-save writes).
    if (!s.contains(QLatin1String("://")) && readsAsPath(s)) {
        if (s.startsWith(u'~')) {
            r.addProblem(Severity::Error,
                         Tr::tr("Pyxis does not expand \"~\" in \"%1\". Give the full path of the "
                                "squashfs file, for example /home/USER/image.sqsh.")
                             .arg(s));
            return r;
        }
        if (!s.startsWith(u'/'))
            r.addProblem(Severity::Warning,
                         Tr::tr("The relative path \"%1\" is resolved on the compute node, in the "
                                "job's working directory. An absolute path is safer.")
                             .arg(s));
        r.m_kind = Kind::SquashfsFile;
        r.m_path = s;
        return r;
    }

    if (s.startsWith(QLatin1String("docker://"))) {
        s = s.mid(9);
        r.m_rewritten = true;
        r.addProblem(Severity::Info,
                     Tr::tr("The docker:// prefix is Enroot's; Pyxis adds it itself, so it was "
                            "left out."));
        // Without the prefix it would name a squashfs file (found by fuzz_imagereference).
        if (readsAsPath(s)) {
            r.addProblem(Severity::Error,
                         Tr::tr("\"%1\" would name a squashfs file without docker://. Give a "
                                "registry image as [USER@][REGISTRY#]IMAGE[:TAG], or a squashfs "
                                "file by its path alone.")
                             .arg(s));
            return r;
        }
    }
    // Also after docker://: a second scheme (found by fuzz_imagereference) would make the
    // normalized reference one that is refused.
    if (s.contains(QLatin1String("://"))) {
        r.addProblem(Severity::Error,
                     Tr::tr("\"%1\" uses a scheme Pyxis does not take here. Give a registry "
                            "image as [USER@][REGISTRY#]IMAGE[:TAG].")
                         .arg(text));
        return r;
    }

    // [@DIGEST] at the end, then [USER@] at the start.
    const qsizetype at = s.lastIndexOf(u'@');
    if (at >= 0 && s.mid(at + 1).contains(u':') && !s.mid(at + 1).contains(u'#')
        && !s.mid(at + 1).contains(u'/')) {
        const QString candidate = s.mid(at + 1);
        static const QRegularExpression algorithm(QStringLiteral("^sha[0-9]+:"));
        if (algorithm.match(candidate).hasMatch()) {
            r.m_digest = candidate;
            s = s.left(at);
            if (!isValidDigest(r.m_digest)) {
                r.addProblem(
                    Severity::Error,
                    Tr::tr("The digest \"%1\" is not valid: it must be sha256: followed by "
                           "64 lowercase hexadecimal digits.")
                        .arg(r.m_digest));
            } else if (versionKnown && !enroot4) {
                r.addProblem(Severity::Error,
                             Tr::tr("Enroot %1 does not accept digests; they need Enroot 4.0 or "
                                    "later. Use a tag instead.")
                                 .arg(versionText));
            } else if (!versionKnown) {
                r.addProblem(Severity::Warning,
                             Tr::tr("Digests need Enroot 4.0 or later on the cluster."));
            }
        }
    }
    const qsizetype userAt = s.lastIndexOf(u'@');
    if (userAt >= 0) {
        r.m_user = s.left(userAt);
        s = s.mid(userAt + 1);
        if (!isValidUser(r.m_user)) {
            r.addProblem(Severity::Error,
                         Tr::tr("The user name \"%1\" before \"@\" is not valid.").arg(r.m_user));
        }
    }

    QString rest = s;
    bool dockerStyle = false;
    const qsizetype hash = s.indexOf(u'#');
    if (hash >= 0) {
        r.m_registry = s.left(hash);
        rest = s.mid(hash + 1);
        if (r.m_registry.isEmpty()) {
            r.addProblem(Severity::Error,
                         Tr::tr("There is no registry before \"#\" in \"%1\".").arg(text));
        }
        if (rest.contains(u'#')) {
            r.addProblem(Severity::Error,
                         Tr::tr("\"%1\" has more than one \"#\"; only one separates the registry "
                                "from the image.")
                             .arg(text));
            return r;
        }
    } else if (rest.contains(u'/') && looksLikeRegistryHost(rest.section(u'/', 0, 0))) {
        r.m_registry = rest.section(u'/', 0, 0);
        rest = rest.section(u'/', 1);
        dockerStyle = true;
    }

    // IMAGE[:TAG]: the tag follows the last ':' after the last '/'.
    const qsizetype colon = rest.indexOf(u':', rest.lastIndexOf(u'/') + 1);
    QString image = colon >= 0 ? rest.left(colon) : rest;
    if (colon >= 0) {
        r.m_tag = rest.mid(colon + 1);
        if (r.m_tag.isEmpty() || !isValidTag(r.m_tag))
            r.addProblem(Severity::Error,
                         Tr::tr("The tag \"%1\" is not valid: a tag has up to 128 letters, digits, "
                                "\"_\", \".\" and \"-\", and does not start with \".\" or \"-\".")
                             .arg(r.m_tag));
    }
    if (image.isEmpty()) {
        r.addProblem(Severity::Error, Tr::tr("\"%1\" names no image.").arg(text));
    } else if (image != image.toLower() && isValidImagePath(image.toLower())) {
        r.addProblem(Severity::Error, Tr::tr("Image names must be lowercase: \"%1\".").arg(image));
    } else if (!isValidImagePath(image)) {
        r.addProblem(Severity::Error,
                     Tr::tr("\"%1\" is not a valid image name: it is made of lowercase letters, "
                            "digits and the separators \".\", \"_\" and \"-\", with \"/\" between "
                            "parts.")
                         .arg(image));
    }

    if (r.m_registry.isEmpty()) {
        r.m_registry = dockerHubRegistry();
    } else if (!isValidRegistry(r.m_registry)) {
        r.addProblem(Severity::Error,
                     Tr::tr("\"%1\" is not a valid registry host name.").arg(r.m_registry));
    } else {
        const QString canonical = canonicalRegistry(r.m_registry);
        if (canonical == dockerHubRegistry() && r.m_registry != canonical) {
            r.m_rewritten = true;
            r.addProblem(Severity::Info,
                         Tr::tr("\"%1\" is Docker Hub, which Enroot calls registry-1.docker.io.")
                             .arg(r.m_registry));
        }
        r.m_registry = canonical;
    }
    if (r.m_registry == dockerHubRegistry() && !image.contains(u'/') && !image.isEmpty())
        image = QStringLiteral("library/") + image;
    r.m_image = image;
    if (r.m_tag.isEmpty() && r.m_digest.isEmpty() && colon < 0)
        r.m_tag = QStringLiteral("latest");

    if (r.hasErrors()) {
        r.m_kind = Kind::Invalid;
        return r;
    }
    r.m_kind = Kind::Registry;
    if (dockerStyle && versionKnown && !enroot4) {
        r.m_rewritten = true;
        r.addProblem(Severity::Warning,
                     Tr::tr("Enroot %1 does not understand Docker-style references: it would look "
                            "for \"%2\" on Docker Hub and fail with \"401 Unauthorized\". It was "
                            "rewritten as \"%3\", with \"#\" between the registry and the image.")
                         .arg(versionText, s, r.normalized()));
    } else if (dockerStyle && !versionKnown) {
        r.m_rewritten = true;
        r.addProblem(Severity::Info,
                     Tr::tr("Written as \"%1\", with \"#\" between the registry and the image, "
                            "which every Enroot version understands (before 4.0, Enroot would "
                            "look for \"%2\" on Docker Hub).")
                         .arg(r.normalized(), s));
    }
    return r;
}

} // namespace Patagon::Container
