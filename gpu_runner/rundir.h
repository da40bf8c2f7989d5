// The run folder of the trainer's protocol: atomic file writes and the metrics.jsonl log.
#pragma once

#include <exception>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

class RunError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// Writes content to a temporary file beside path (a unique name from mkstemp, so two writers
// never share one), flushes it to disk, renames it over path and flushes the folder, so readers
// (the GUI polling over SFTP) see the old or the new file, never a part, even after a crash.
void writeFileAtomically(const std::string &path, const std::string &content);
// Writes files atomically (writeFileAtomically) on a thread of its own, one at a time, so a
// trainer's checkpoint reaches the disk while the GPU trains on: write() waits for the write
// before it, then returns at once. wait() returns when the last write is on disk; a write that
// failed throws its RunError from the next write() or wait(). The destructor waits, quietly.
class BackgroundWriter
{
public:
    BackgroundWriter();
    ~BackgroundWriter();
    BackgroundWriter(const BackgroundWriter &) = delete;
    BackgroundWriter &operator=(const BackgroundWriter &) = delete;
    void write(const std::string &path, std::string content);
    void wait();

private:
    std::thread m_thread;
    std::exception_ptr m_error;
};
// Creates path and its parents; throws RunError naming the folder on failure.
void makeDirectories(const std::string &path);
bool pathExists(const std::string &path);
bool isDirectory(const std::string &path);
// Reads a whole file; throws RunError naming it on failure.
std::string readFile(const std::string &path);

// An exclusive lock on a run folder, held while a trainer writes to it: flock on
// RUN_DIR/.lock, into which the holder writes its host name and PID for the message that
// refuses a second trainer. The kernel releases it when the process ends, however it ends.
class RunLock
{
public:
    RunLock() = default;
    // Takes the lock on dir (which must exist); throws RunError naming the holder when another
    // process has it. Where the file system has no locks it warns on stderr and goes on.
    explicit RunLock(const std::string &dir);
    ~RunLock();
    RunLock(RunLock &&other) noexcept;
    RunLock &operator=(RunLock &&other) noexcept;
    RunLock(const RunLock &) = delete;
    RunLock &operator=(const RunLock &) = delete;

    bool isHeld() const { return m_fd >= 0; }

private:
    int m_fd = -1;
};

// metrics.jsonl, rewritten atomically on every event (a run writes few events, so whole-file
// rewrites cost nothing and keep the file always complete).
class MetricsLog
{
public:
    MetricsLog() = default;
    explicit MetricsLog(std::string path);
    // On resume: keep the first keepLines lines (the ones the checkpoint knew about), so a run
    // killed after an event but before its checkpoint does not repeat the event.
    void loadExisting(size_t keepLines);
    void append(const std::string &jsonObject);
    size_t lineCount() const { return m_lines.size(); }
    bool isEnabled() const { return !m_path.empty(); }

private:
    std::string m_path;
    std::vector<std::string> m_lines;
};
