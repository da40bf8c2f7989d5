// A folder download from a host that is not trusted (DownloadSafety), the same for every host:
// the hostile tree, what must land of it and with which modes, and the trees that must be
// refused. Used by tst_localhost (LocalHost) and tst_transfersafety (SSH, the sandbox).
#pragma once

#include <QDirIterator>
#include <QFile>
#include <QList>
#include <QPair>
#include <QStringList>
#include <QTest>

#include <sys/stat.h>

namespace Patagon::Testing {

// Every path under `dir`, relative to it, sorted ("sub/", for a folder).
inline QStringList treeOf(const QString &dir)
{
    QStringList paths;
    QDirIterator it(dir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo entry(it.next());
        paths << QDir(dir).relativeFilePath(entry.filePath())
                + (entry.isDir() ? QStringLiteral("/") : QString());
    }
    paths.sort();
    return paths;
}

// The permission bits of `path` itself (not of what a link points to).
inline quint32 modeOf(const QString &path)
{
    struct stat st {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return 0xffffffffu;
    return quint32(st.st_mode & 07777);
}

// A shell script, run in an empty folder, that makes odd but harmless names (a leading dash, a
// line break, an escape sequence), setuid, setgid, world-writable, owner-only and read-only
// files, and a pipe.
inline QString hostileTreeScript()
{
    return QStringLiteral(
        "mkdir sub && printf dash > ./-rf && printf nl > \"$(printf 'line\\nbreak')\" && "
        "printf esc > \"$(printf 'title\\033]0;evil\\007')\" && printf s > suid && "
        "chmod 4755 suid && printf w > open && chmod 0666 open && printf g > sgid && "
        "chmod 2770 sgid && printf x > sub/run.sh && chmod 0700 sub/run.sh && "
        "printf r > sub/readonly && chmod 0444 sub/readonly && mkfifo sub/pipe");
}

// What of it lands (treeOf the target): every name as it is, the pipe left out.
inline QStringList hostileTreeLanded()
{
    return {QStringLiteral("-rf"),
            QStringLiteral("line\nbreak"),
            QStringLiteral("open"),
            QStringLiteral("sgid"),
            QStringLiteral("sub/"),
            QStringLiteral("sub/readonly"),
            QStringLiteral("sub/run.sh"),
            QStringLiteral("suid"),
            QStringLiteral("title\x1b]0;evil\x07")};
}

// The local modes: no setuid, setgid or group/other write, whatever the host had.
inline QList<QPair<QString, quint32>> hostileTreeModes()
{
    return {{QStringLiteral("-rf"), 0644},        {QStringLiteral("suid"), 0755},
            {QStringLiteral("sgid"), 0750},       {QStringLiteral("open"), 0644},
            {QStringLiteral("sub/run.sh"), 0700}, {QStringLiteral("sub/readonly"), 0644}};
}

// Rows (script, named) of trees a download refuses, each made by `script` inside a folder
// `tree`; the refusal's message holds `named`.
inline void addRefusedTreeRows()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("named");
    QTest::newRow("link up the tree")
        << QStringLiteral("mkdir sub && printf a > sub/a && ln -s ../.. escape")
        << QStringLiteral("/tree/escape\"");
    QTest::newRow("link to /etc, deeper")
        << QStringLiteral("mkdir -p sub/deeper && printf a > a && ln -s /etc sub/deeper/etc")
        << QStringLiteral("/tree/sub/deeper/etc\"");
    QTest::newRow("link to a file in the tree")
        << QStringLiteral("printf a > a && ln -s a b") << QStringLiteral("/tree/b\"");
    QTest::newRow("dangling link")
        << QStringLiteral("printf a > a && ln -s nowhere gone") << QStringLiteral("/tree/gone\"");
    QTest::newRow("name that is not UTF-8")
        << QStringLiteral("mkdir sub && printf a > \"sub/$(printf 'bad\\377')\"")
        << QStringLiteral("\"bad\\xff\"");
}

} // namespace Patagon::Testing
