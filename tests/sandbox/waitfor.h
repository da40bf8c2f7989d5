// Waiting in a sandbox test for a condition that no one signal announces (a job's state, a
// model filled, a spy's second emission): events run, deferred deletes happen, between looks.
#pragma once

#include <QElapsedTimer>
#include <QTest>

#include <functional>

namespace Patagon::Testing {

// Long enough for a busy machine and for other jobs queued first: a safety net, not a speed
// requirement.
constexpr int kSandboxTimeoutMs = 240000;

inline bool waitFor(const std::function<bool()> &done, int ms = kSandboxTimeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < ms)
        QTest::qWait(50);
    return done();
}

} // namespace Patagon::Testing
