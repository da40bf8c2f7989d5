// The slave side of QTermWidget's PTY, which TerminalView writes the session's bytes to. Only
// emulatorpty_posix.cpp speaks POSIX (termios, fcntl); docs/porting.md covers the other systems.
#pragma once

#include <QtGlobal>

namespace Patagon::EmulatorPty {

// Puts `slave` in raw mode (the bytes reach the emulator unchanged) and makes writes to it
// non-blocking.
void prepare(int slave);
// Writes what fits of `size` bytes at `data` without blocking: the count written, 0 when the
// PTY is full (or the write failed).
qint64 writeSome(int slave, const char *data, qint64 size);

} // namespace Patagon::EmulatorPty
