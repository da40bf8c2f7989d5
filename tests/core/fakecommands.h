// Small shell scripts standing in for a cluster's commands (sbatch, scontrol, sinfo, ...) in
// tests of core units on LocalHost, which finds them first on PATH.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

#include <sys/stat.h>

namespace Patagon::Testing {

// Writes an executable /bin/sh script `name` into `dir` whose body is `body`.
inline bool writeFakeCommand(const QString &dir, const QString &name, const QByteArray &body)
{
    const QString path = dir + u'/' + name;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    const QByteArray text = "#!/bin/sh\n" + body + '\n';
    if (f.write(text) != text.size())
        return false;
    f.close();
    return ::chmod(QFile::encodeName(path).constData(), 0755) == 0;
}

// A command that prints `output` and exits with `status`.
inline bool writeFakeOutput(const QString &dir, const QString &name, const QByteArray &output,
                            int status = 0)
{
    return writeFakeCommand(dir, name,
                            "cat <<'EOF'\n" + output + "\nEOF\nexit " + QByteArray::number(status));
}

// Puts `dir` first on PATH for the commands this process starts; restores PATH when it goes.
class FakePath
{
public:
    explicit FakePath(const QString &dir)
        : m_old(qgetenv("PATH"))
    {
        qputenv("PATH", QByteArray(QFile::encodeName(dir) + ':' + m_old));
    }
    ~FakePath() { qputenv("PATH", m_old); }
    FakePath(const FakePath &) = delete;
    FakePath &operator=(const FakePath &) = delete;

private:
    QByteArray m_old;
};

} // namespace Patagon::Testing
