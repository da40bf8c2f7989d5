// TrainRun's private parts, shared by its two source files: trainrun.cpp (the flow: places,
// dataset, container, submit, watch) and trainrunbuild.cpp (deploy, probe, build).
#pragma once

#include "core/processtypes.h"
#include "core/tr.h"
#include "core/train/runnerbundle.h"
#include "core/train/trainrun.h"

namespace Patagon::Train::Detail {

inline constexpr qint64 kOutputKeep = 256 * 1024; // of the build's output, for the first error

// A folder name for a container on a node: letters, digits, '.', '_', '-'.
inline QString safeName(const QString &text)
{
    QString out;
    for (QChar c : text)
        out += (c.isLetterOrNumber() && c.unicode() < 128) || c == u'.' || c == u'_' || c == u'-'
            ? c
            : QChar(u'_');
    return out;
}

inline bool isUnder(const QString &path, const QString &folder)
{
    return !folder.isEmpty() && (path == folder || path.startsWith(folder + u'/'));
}

inline QString commandError(const QString &what, const CommandOutput &out)
{
    const QString text = QString::fromUtf8(out.standardError.trimmed()).right(1500);
    return text.isEmpty()
        ? Tr::tr("%1 failed with exit code %2.").arg(what).arg(out.exitStatus)
        : Tr::tr("%1 failed with exit code %2: %3").arg(what).arg(out.exitStatus).arg(text);
}

} // namespace Patagon::Train::Detail

namespace Patagon::Train {

struct TrainRun::Private
{
    RunnerBundle bundle = RunnerBundle::builtIn();
    QString home;
    QString runsRoot;
    QString partialDir;
    QString binary;
    QString nodeKey; // container@node, as a folder name
    QByteArray buildOutput; // the last kOutputKeep bytes
    QByteArray probeOutput;
    QStringList mounts;
    bool review = false; // stop before the submit until approveSubmit()
    bool awaitingApproval = false;
    QByteArray pendingScript;
    QString pendingRunDir;
};

} // namespace Patagon::Train
