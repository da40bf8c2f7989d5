// The cluster's Slurm version and what follows from it: which commands the client runs where
// versions differ. Read once per connection (sinfo --version, through HostQueryCache).
//
// What differs between the versions clusters run (22.05 was tried against the old-Slurm
// sandbox, 24.11 against the main one):
// - squeue --json exists since 21.08; older ones get the text format at once.
// - sacct knows the StdOut and StdErr fields since 23.02; older ones are not asked for them.
// - squeue --json before 23.02 ignores --me and the state filter: the client filters every
//   answer itself, whatever the version (a filter the server may ignore is never trusted).
// - The parsers read every shape by its form, not by the version: squeue's JSON exit codes
//   (a raw wait status before data_parser v0.0.39, an object after), output paths (patterns
//   before 23.02), scontrol show job's TRES= (22.05) or AllocTRES=/ReqTRES= (23.02 and later).
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

#include <functional>

class QObject;

namespace Patagon {
class RemoteHost;
}

namespace Patagon::Slurm {

struct SlurmVersion
{
    int major = -1;
    int minor = 0;
    int patch = 0;

    // False when unknown: the choices below then take the newest behaviour and the client
    // finds out from the answers, as it did before versions were read.
    bool isValid() const { return major >= 0; }
    // "slurm 24.11.1", "slurm-wlm 22.05.8", "slurm 23.02.7-1": invalid when none is there.
    static SlurmVersion parse(const QByteArray &output);
    // "22.05.8"; empty when unknown.
    QString toString() const;
    // At least major.minor (an unknown version counts as new).
    bool atLeast(int wantedMajor, int wantedMinor) const;

    // squeue --json (21.08 and later).
    bool hasQueueJson() const { return atLeast(21, 8); }
    // sacct's StdOut and StdErr fields (23.02 and later).
    bool hasHistoryOutputPaths() const { return atLeast(23, 2); }

    friend bool operator==(const SlurmVersion &a, const SlurmVersion &b)
    {
        return a.major == b.major && a.minor == b.minor && a.patch == b.patch;
    }
};

// The command that tells the version.
QStringList versionCommand();
// `host`'s Slurm version, asked once per connection however many clients ask. Fails only
// when the command could not be asked (no connection); a host whose sinfo says no version
// (none installed) gives an invalid one. `done` is dropped when `context` is deleted.
void readVersion(RemoteHost *host, QObject *context,
                 std::function<void(const Expected<SlurmVersion> &)> done);

} // namespace Patagon::Slurm
