// Helpers shared by the core/slurm tests: a compact text for directives, the corpus files.
#pragma once

#include "core/slurm/batchscript.h"

#include <QDir>
#include <QFile>
#include <QStringList>

namespace SlurmTest {

inline QString corpusDir()
{
    return QStringLiteral(PATAGON_SOURCE_DIR "/tests/slurm/corpus");
}

inline QStringList corpusFiles()
{
    return QDir(corpusDir()).entryList({QStringLiteral("*.slurm")}, QDir::Files, QDir::Name);
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// "2:partition=gpu", "!9:mem=2G" (inactive), "3:hold" (flag), "4:--bogus?unknown".
inline QString describe(const Patagon::Slurm::ScriptDirective &d)
{
    using Issue = Patagon::Slurm::ScriptDirective::Issue;
    QString s = (d.active ? QString() : QStringLiteral("!")) + QString::number(d.line + 1)
        + QLatin1Char(':') + d.name();
    if (d.value)
        s += QLatin1Char('=') + QString::fromUtf8(*d.value);
    switch (d.issue) {
    case Issue::None:
        break;
    case Issue::Unknown:
        s += QStringLiteral("?unknown");
        break;
    case Issue::Ambiguous:
        s += QStringLiteral("?ambiguous");
        break;
    case Issue::MissingValue:
        s += QStringLiteral("?missing");
        break;
    case Issue::UnexpectedValue:
        s += QStringLiteral("?unexpected");
        break;
    case Issue::NotAnOption:
        s += QStringLiteral("?notoption");
        break;
    }
    return s;
}

inline QStringList describeAll(const Patagon::Slurm::BatchScript &script)
{
    QStringList list;
    for (const auto &d : script.directives())
        list.append(describe(d));
    return list;
}

// The arguments sbatch takes, in order: those of active directive lines.
inline QList<QByteArray> activeArguments(const Patagon::Slurm::BatchScript &script)
{
    QList<QByteArray> args;
    for (const auto &line : script.lines()) {
        if (line.kind != Patagon::Slurm::ScriptLine::Kind::Directive || line.hetJobSeparator)
            continue;
        for (const auto &t : line.tokens)
            args.append(t.text);
    }
    return args;
}

} // namespace SlurmTest
