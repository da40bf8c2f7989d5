// The train command's progress on standard output: lines, or a bar on a terminal.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

class Progress
{
public:
    // mode: --progress (auto, bar, lines, none); only the leading process prints.
    Progress(const std::string &mode, bool enabled);

    void message(const std::string &text);
    void epochStarted(int64_t epoch, int64_t epochs, int64_t steps, int64_t batch);
    // The rate shown is the rate at which steps are queued: reading the true one would
    // synchronise with the device every step.
    void stepDone(int64_t step);

private:
    using Clock = std::chrono::steady_clock;
    void clearBar();

    enum class Mode
    {
        None,
        Lines,
        Bar
    };
    Mode m_mode = Mode::Lines;
    int64_t m_epoch = 0, m_epochs = 0, m_steps = 0, m_batch = 0, m_firstStep = -1;
    Clock::time_point m_start, m_lastDraw;
    bool m_barShown = false;
};
