// The run folder of the trainer's protocol: atomic file writes and the metrics.jsonl log.
#include "rundir.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

namespace {

std::string systemError(int error)
{
    return std::strerror(error);
}

} // namespace

bool pathExists(const std::string &path)
{
    struct stat st;
    return ::stat(path.c_str(), &st) == 0;
}

bool isDirectory(const std::string &path)
{
    struct stat st;
    return ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

void makeDirectories(const std::string &path)
{
    std::string partial;
    std::istringstream in(path);
    std::string part;
    if (!path.empty() && path[0] == '/')
        partial = "/";
    while (std::getline(in, part, '/')) {
        if (part.empty())
            continue;
        partial += part;
        if (::mkdir(partial.c_str(), 0775) != 0 && errno != EEXIST)
            throw RunError("cannot create folder " + partial + ": " + systemError(errno));
        if (!isDirectory(partial))
            throw RunError("cannot create folder " + partial + ": a file of that name exists");
        partial += '/';
    }
}

void writeFileAtomically(const std::string &path, const std::string &content)
{
    const std::string tmp = path + ".tmp." + std::to_string(::getpid());
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0664);
    if (fd < 0)
        throw RunError("cannot write " + tmp + ": " + systemError(errno));
    size_t done = 0;
    while (done < content.size()) {
        const ssize_t n = ::write(fd, content.data() + done, content.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const int error = errno;
            ::close(fd);
            ::unlink(tmp.c_str());
            throw RunError("cannot write " + tmp + ": " + systemError(error));
        }
        done += size_t(n);
    }
    // fsync before rename: after a node crash the file is either old or new, never empty.
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        const int error = errno;
        ::unlink(tmp.c_str());
        throw RunError("cannot write " + tmp + ": " + systemError(error));
    }
    if (::rename(tmp.c_str(), path.c_str()) != 0) {
        const int error = errno;
        ::unlink(tmp.c_str());
        throw RunError("cannot rename " + tmp + " to " + path + ": " + systemError(error));
    }
}

std::string readFile(const std::string &path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        throw RunError("cannot read " + path + ": " + systemError(errno));
    std::string content;
    char buf[1 << 16];
    for (;;) {
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const int error = errno;
            ::close(fd);
            throw RunError("cannot read " + path + ": " + systemError(error));
        }
        if (n == 0)
            break;
        content.append(buf, size_t(n));
    }
    ::close(fd);
    return content;
}

MetricsLog::MetricsLog(std::string path)
    : m_path(std::move(path))
{}

void MetricsLog::loadExisting(size_t keepLines)
{
    m_lines.clear();
    if (!pathExists(m_path))
        return;
    std::istringstream in(readFile(m_path));
    std::string line;
    while (m_lines.size() < keepLines && std::getline(in, line)) {
        if (!line.empty())
            m_lines.push_back(line);
    }
}

void MetricsLog::append(const std::string &jsonObject)
{
    if (m_path.empty())
        return;
    m_lines.push_back(jsonObject);
    std::string content;
    for (const auto &l : m_lines) {
        content += l;
        content += '\n';
    }
    writeFileAtomically(m_path, content);
}
