// Container image references as Pyxis and Enroot take them: `[USER@][REGISTRY#]IMAGE[:TAG]`
// (digests `@sha256:...` from Enroot 4.0), Docker-style `REGISTRY/IMAGE:TAG`, and squashfs
// file paths. Parses, validates and normalises to the `#` form that the cluster's Enroot
// accepts, saying why when it had to change something.
#pragma once

#include <QList>
#include <QString>
#include <QVersionNumber>

namespace Patagon::Container {

struct ImageProblem
{
    enum class Severity
    {
        Error,
        Warning,
        Info
    };
    Severity severity = Severity::Error;
    QString message; // translated, whole sentence

    static QString severityName(Severity severity); // "error", "warning", "info" (not translated)
    bool operator==(const ImageProblem &other) const
    {
        return severity == other.severity && message == other.message;
    }
};

class ImageReference
{
public:
    enum class Kind
    {
        Invalid,
        Registry,
        SquashfsFile
    };

    // `enrootVersion` null: the cluster's Enroot is unknown, and the result must work on any.
    static ImageReference parse(const QString &text,
                                const QVersionNumber &enrootVersion = QVersionNumber());

    // The Docker Hub registry's canonical name, as Enroot and its credentials file use it.
    static QString dockerHubRegistry() { return QStringLiteral("registry-1.docker.io"); }
    // `docker.io`, `index.docker.io`, ... become registry-1.docker.io; other hosts lower-cased.
    static QString canonicalRegistry(const QString &registry);

    bool isValid() const { return m_kind != Kind::Invalid; }
    Kind kind() const { return m_kind; }
    const QString &input() const { return m_input; }
    const QString &user() const { return m_user; }
    const QString &registry() const { return m_registry; } // canonical, never empty when valid
    const QString &image() const { return m_image; } // with `library/` on Docker Hub
    const QString &tag() const { return m_tag; } // `latest` unless a digest alone
    const QString &digest() const { return m_digest; } // `sha256:...` or empty
    const QString &path() const { return m_path; } // squashfs files only
    // What to pass to --container-image: `[USER@]REGISTRY#IMAGE[:TAG][@DIGEST]`, or the path.
    QString normalized() const;
    // True when normalized() differs in substance from what was typed (not only defaults).
    bool wasRewritten() const { return m_rewritten; }
    const QList<ImageProblem> &problems() const { return m_problems; }
    bool hasErrors() const;

private:
    void addProblem(ImageProblem::Severity severity, const QString &message)
    {
        m_problems.append({severity, message});
    }

    Kind m_kind = Kind::Invalid;
    QString m_input;
    QString m_user;
    QString m_registry;
    QString m_image;
    QString m_tag;
    QString m_digest;
    QString m_path;
    bool m_rewritten = false;
    QList<ImageProblem> m_problems;
};

} // namespace Patagon::Container
