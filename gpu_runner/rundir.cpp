// The run folder of the trainer's protocol: atomic file writes and the metrics.jsonl log.
#include "rundir.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sstream>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace {

std::string systemError(int error)
{
    return std::strerror(error);
}

std::string parentFolder(const std::string &path)
{
    const auto slash = path.find_last_of('/');
    if (slash == std::string::npos)
        return ".";
    return slash == 0 ? "/" : path.substr(0, slash);
}

// A rename is durable once its folder is: after a node crash the new name is there.
void syncFolder(const std::string &dir)
{
    const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        throw RunError("cannot open folder " + dir + ": " + systemError(errno));
    // EINVAL: a file system that cannot sync folders (some network ones); the rename stands
    if (::fsync(fd) != 0 && errno != EINVAL) {
        const int error = errno;
        ::close(fd);
        throw RunError("cannot flush folder " + dir + ": " + systemError(error));
    }
    ::close(fd);
}

// mkstemp creates files readable by their owner only; the files of a run folder get the mode an
// ordinary file of this process would (0664 less the umask), as before. Read once, while
// only this thread runs (umask can only be read by setting it).
mode_t fileMode()
{
    static const mode_t mode = [] {
        const mode_t mask = ::umask(0);
        ::umask(mask);
        return mode_t(0664 & ~mask);
    }();
    return mode;
}

bool writeAll(int fd, const std::string &content)
{
    size_t done = 0;
    while (done < content.size()) {
        const ssize_t n = ::write(fd, content.data() + done, content.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += size_t(n);
    }
    return true;
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
    std::string tmp = path + ".tmp.XXXXXX";
    const int fd = ::mkostemp(tmp.data(), O_CLOEXEC);
    if (fd < 0)
        throw RunError("cannot write a temporary file beside " + path + ": " + systemError(errno));
    // fsync before rename: after a node crash the file is either old or new, never empty.
    if (::fchmod(fd, fileMode()) != 0 || !writeAll(fd, content) || ::fsync(fd) != 0) {
        const int error = errno;
        ::close(fd);
        ::unlink(tmp.c_str());
        throw RunError("cannot write " + tmp + ": " + systemError(error));
    }
    if (::close(fd) != 0) {
        const int error = errno;
        ::unlink(tmp.c_str());
        throw RunError("cannot write " + tmp + ": " + systemError(error));
    }
    if (::rename(tmp.c_str(), path.c_str()) != 0) {
        const int error = errno;
        ::unlink(tmp.c_str());
        throw RunError("cannot rename " + tmp + " to " + path + ": " + systemError(error));
    }
    syncFolder(parentFolder(path));
}

BackgroundWriter::BackgroundWriter()
{
    fileMode(); // the umask is read by setting it: before the thread starts
}

BackgroundWriter::~BackgroundWriter()
{
    if (m_thread.joinable())
        m_thread.join();
}

void BackgroundWriter::write(const std::string &path, std::string content)
{
    wait();
    m_thread = std::thread([this, path, content = std::move(content)] {
        try {
            writeFileAtomically(path, content);
        } catch (...) {
            m_error = std::current_exception(); // read after join(), which orders it
        }
    });
}

void BackgroundWriter::wait()
{
    if (m_thread.joinable())
        m_thread.join();
    if (m_error)
        std::rethrow_exception(std::exchange(m_error, nullptr));
}

RunLock::RunLock(const std::string &dir)
{
    fileMode(); // read the umask now, before threads start
    const std::string path = dir + "/.lock";
    const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0664);
    if (fd < 0)
        throw RunError("cannot create the lock file " + path + ": " + systemError(errno));
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int error = errno;
        if (error == EWOULDBLOCK) {
            std::string holder(256, '\0');
            const ssize_t n = ::pread(fd, holder.data(), holder.size(), 0);
            holder.resize(n > 0 ? size_t(n) : 0);
            // the holder's own line, but shown only as printable text
            holder.erase(std::remove_if(holder.begin(), holder.end(),
                                        [](unsigned char c) { return c < 0x20 || c > 0x7e; }),
                         holder.end());
            ::close(fd);
            throw RunError(
                dir + " is in use by another trainer ("
                + (holder.empty() ? std::string("it has not yet written its host and PID") : holder)
                + ", per " + path + "): wait until it ends, stop it, or choose another --out");
        }
        ::close(fd);
        // e.g. Lustre mounted without -o flock: run unguarded rather than not at all
        std::fprintf(stderr,
                     "patagon-train: warning: cannot lock %s (%s): make sure no other trainer "
                     "writes to this run folder\n",
                     path.c_str(), systemError(error).c_str());
        return;
    }
    char host[256] = {};
    ::gethostname(host, sizeof host - 1);
    const std::string line = "host " + std::string(host) + " PID " + std::to_string(::getpid());
    if (::ftruncate(fd, 0) != 0 || !writeAll(fd, line + "\n") || ::fsync(fd) != 0) {
        const int error = errno;
        ::close(fd);
        throw RunError("cannot write the lock file " + path + ": " + systemError(error));
    }
    m_fd = fd;
}

RunLock::~RunLock()
{
    if (m_fd >= 0)
        ::close(m_fd); // releases the lock; the file stays (removing it would race a new holder)
}

RunLock::RunLock(RunLock &&other) noexcept
    : m_fd(std::exchange(other.m_fd, -1))
{}

RunLock &RunLock::operator=(RunLock &&other) noexcept
{
    if (this != &other) {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = std::exchange(other.m_fd, -1);
    }
    return *this;
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
