// The run folder of the trainer's protocol: atomic file writes and the metrics.jsonl log.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

class RunError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// Writes content to a temporary file beside path, flushes it to disk and renames it over path,
// so readers (the GUI polling over SFTP) see the old or the new file, never a part.
void writeFileAtomically(const std::string &path, const std::string &content);
// Creates path and its parents; throws RunError naming the folder on failure.
void makeDirectories(const std::string &path);
bool pathExists(const std::string &path);
bool isDirectory(const std::string &path);
// Reads a whole file; throws RunError naming it on failure.
std::string readFile(const std::string &path);

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
