// `patagon-studio image check`: the image reference model of core/container on the command line.
#include "app/cli/imagecommand.h"

#include "core/container/imagereference.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QVersionNumber>

namespace Patagon::Cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Patagon::Cli)
};

using Container::ImageProblem;
using Container::ImageReference;

QString severityLabel(ImageProblem::Severity severity)
{
    switch (severity) {
    case ImageProblem::Severity::Error:
        return Text::tr("error");
    case ImageProblem::Severity::Warning:
        return Text::tr("warning");
    case ImageProblem::Severity::Info:
        return Text::tr("note");
    }
    return {};
}

QString imageUsage()
{
    return Text::tr(
        "Usage: patagon-studio image check REFERENCE [--enroot-version VERSION] [--json]\n");
}

QByteArray toJson(const ImageReference &ref)
{
    QJsonArray problems;
    for (const ImageProblem &p : ref.problems())
        problems.append(
            QJsonObject {{QStringLiteral("severity"), ImageProblem::severityName(p.severity)},
                         {QStringLiteral("message"), p.message}});
    const bool registry = ref.kind() == ImageReference::Kind::Registry;
    QJsonObject o {
        {QStringLiteral("valid"), ref.isValid()},
        {QStringLiteral("normalized"), ref.normalized()},
        {QStringLiteral("registry"), registry ? ref.registry() : QString()},
        {QStringLiteral("image"), registry ? ref.image() : ref.path()},
        {QStringLiteral("tag"), registry ? ref.tag() : QString()},
        {QStringLiteral("digest"),
         ref.digest().isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(ref.digest())},
        {QStringLiteral("problems"), problems}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void printText(const ImageReference &ref, QTextStream &out)
{
    const QString none = Text::tr("(none)");
    const auto orNone = [&none](const QString &s) { return s.isEmpty() ? none : s; };
    if (ref.kind() == ImageReference::Kind::SquashfsFile) {
        out << Text::tr("Squashfs file: %1").arg(ref.path()) << '\n';
    } else if (ref.isValid()) {
        out << Text::tr("Normalized:  %1").arg(ref.normalized()) << '\n'
            << Text::tr("Registry:    %1").arg(ref.registry()) << '\n'
            << Text::tr("Image:       %1").arg(ref.image()) << '\n'
            << Text::tr("Tag:         %1").arg(orNone(ref.tag())) << '\n'
            << Text::tr("Digest:      %1").arg(orNone(ref.digest())) << '\n';
        if (!ref.user().isEmpty())
            out << Text::tr("User:        %1").arg(ref.user()) << '\n';
    } else {
        out << Text::tr("Not a valid image reference: %1").arg(ref.input()) << '\n';
    }
    for (const ImageProblem &p : ref.problems())
        out << severityLabel(p.severity) << ": " << p.message << '\n';
}

} // namespace

int runImageCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.isEmpty() || arguments.first() != QLatin1String("check")) {
        err << imageUsage();
        err.flush();
        return 2;
    }
    QString reference;
    bool haveReference = false;
    bool json = false;
    QVersionNumber version;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--json")) {
            json = true;
        } else if (a == QLatin1String("--enroot-version")
                   || a.startsWith(QLatin1String("--enroot-version="))) {
            const QString value = a.contains(u'=') ? a.section(u'=', 1) : arguments.value(++i);
            qsizetype suffix = 0;
            version = QVersionNumber::fromString(value, &suffix);
            if (version.isNull() || suffix != value.size()) {
                err << Text::tr("\"%1\" is not an Enroot version (for example 3.4.1).").arg(value)
                    << '\n';
                err.flush();
                return 2;
            }
        } else if (!haveReference
                   && (a == QLatin1String("--") || !a.startsWith(QLatin1String("--")))) {
            if (a == QLatin1String("--"))
                ++i;
            reference = arguments.value(i);
            haveReference = true;
        } else {
            err << imageUsage();
            err.flush();
            return 2;
        }
    }
    if (!haveReference) {
        err << imageUsage();
        err.flush();
        return 2;
    }
    const ImageReference ref = ImageReference::parse(reference, version);
    if (json)
        out << QString::fromUtf8(toJson(ref)) << '\n';
    else
        printText(ref, out);
    out.flush();
    return ref.isValid() ? 0 : 1;
}

} // namespace Patagon::Cli
