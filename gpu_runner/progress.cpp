// The train command's progress on standard output.
#include "progress.h"

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <unistd.h>

Progress::Progress(const std::string &mode, bool enabled)
{
    if (!enabled || mode == "none")
        m_mode = Mode::None;
    else if (mode == "bar" || (mode == "auto" && ::isatty(STDOUT_FILENO)))
        m_mode = Mode::Bar;
    else
        m_mode = Mode::Lines;
}

void Progress::message(const std::string &text)
{
    if (m_mode == Mode::None)
        return;
    clearBar();
    std::cout << text << std::endl;
}

void Progress::epochStarted(int64_t epoch, int64_t epochs, int64_t steps, int64_t batch)
{
    m_epoch = epoch;
    m_epochs = epochs;
    m_steps = steps;
    m_batch = batch;
    m_start = Clock::now();
    m_firstStep = -1;
    m_lastDraw = Clock::time_point();
}

void Progress::stepDone(int64_t step)
{
    if (m_mode != Mode::Bar)
        return;
    if (m_firstStep < 0)
        m_firstStep = step - 1;
    const auto now = Clock::now();
    if (step < m_steps && now - m_lastDraw < std::chrono::milliseconds(200))
        return;
    m_lastDraw = now;
    const int width = 30;
    const int filled = int(width * step / std::max<int64_t>(1, m_steps));
    const double seconds = std::chrono::duration<double>(now - m_start).count();
    const double rate = seconds > 0 ? double((step - m_firstStep) * m_batch) / seconds : 0;
    std::printf("\repoch %lld/%lld [%s%s] %lld/%lld  %.0f img/s ", (long long)m_epoch + 1,
                (long long)m_epochs, std::string(size_t(filled), '#').c_str(),
                std::string(size_t(width - filled), '.').c_str(), (long long)step,
                (long long)m_steps, rate);
    std::fflush(stdout);
    m_barShown = true;
}

void Progress::clearBar()
{
    if (m_barShown) {
        std::printf("\r%s\r", std::string(79, ' ').c_str());
        m_barShown = false;
    }
}
