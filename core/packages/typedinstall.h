// Package installs typed in a shell: from one command line as bash ran it (with its exit
// status), the pip and apt installs that are known to have succeeded, in a form the manifest
// can replay. Conservative on purpose: a command whose effect the replay could not reproduce
// (a requirements file, another index, a target folder, an expansion only the shell knew) is
// not offered at all, rather than recorded wrongly.
#pragma once

#include "core/packages/packageplan.h"

#include <QList>
#include <QString>

namespace Patagon::Packages {

struct TypedInstall
{
    PackageStep step; // what a replay installs
    QString command; // the simple command as typed (`python3 -m pip install --user x`)
};

// The installs in `commandLine` that ran to success. Only commands whose own success follows
// from `exitStatus == 0` count: the last one of the line, and those joined to it by `&&`;
// one before `;`, `||`, `|` or `&` could have failed unseen.
QList<TypedInstall> typedInstalls(const QString &commandLine, int exitStatus);

} // namespace Patagon::Packages
