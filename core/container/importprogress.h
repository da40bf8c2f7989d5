// Reading what Pyxis and Enroot print while an image is imported: the phase, a percentage or a
// size where one is printed, and, when the import fails, why (401 and its likely causes, no
// space left, an invalid reference, an unknown image). Works on captured output: no cluster.
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QVersionNumber>

#include <optional>

namespace Patagon::Container {

struct ImportProgress
{
    enum class Phase
    {
        Waiting, // srun is waiting for its allocation
        Starting, // the step started; Pyxis is preparing
        Importing, // "pyxis: importing docker image"
        Authenticating, // Enroot asks the registry for a token
        Downloading, // layers
        Extracting, // unpacking layers
        Converting, // building the squashfs / the container root
        Creating, // "creating container filesystem" / named container made
        Reusing, // the named container already existed: no import
        Done, // "pyxis: imported docker image" (or the task ran)
        Failed
    };

    Phase phase = Phase::Waiting;
    std::optional<double> percent; // 0..100 where the output shows one
    std::optional<qint64> bytes; // a size the output shows (downloaded so far or in total)
    QString line; // the line this comes from, as printed

    static QString phaseName(Phase phase); // "waiting", "importing", ... (not translated)
    static QString phaseText(Phase phase); // translated, for the user
};

// Feeds on output chunks as they arrive (lines may be split between chunks, and Enroot's
// progress uses '\r'); gives an update for each line that says something new.
class ImportProgressParser
{
public:
    QList<ImportProgress> feed(const QByteArray &chunk);
    QList<ImportProgress> finish(); // the last line when it had no line break
    ImportProgress current() const { return m_current; }

    // One line on its own; nullopt when it says nothing about progress.
    static std::optional<ImportProgress> parseLine(const QString &line);

private:
    QList<ImportProgress> take(const QString &line);

    QByteArray m_pending;
    ImportProgress m_current;
    bool m_reported = false; // m_current was reported (the first line always is)
};

// Why an import (or a task in a container) failed, from the command's output and exit status.
// `image` is the reference as passed; `enrootVersion` null when unknown. Codes: Authentication
// (401), InvalidInput (invalid reference), NotFound (404, unknown image, no such container),
// Io (no space left), Remote (anything else, with the last lines of the output).
Result explainContainerFailure(const QByteArray &output, int exitStatus, const QString &image,
                               const QVersionNumber &enrootVersion);

} // namespace Patagon::Container

Q_DECLARE_METATYPE(Patagon::Container::ImportProgress)
