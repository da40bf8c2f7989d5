// The few socket and pipe calls the SSH layer makes on local descriptors (a jump host's socket
// pair, the forwarder's wake-up pipe, the readability check of the session's socket), behind
// one small interface so that only localsocket_posix.cpp speaks POSIX (see docs/porting.md).
#pragma once

namespace Patagon::LocalSocket {

// A connected pair of local stream sockets, both close-on-exec. False (errno set) on failure.
[[nodiscard]] bool createPair(int pair[2]);
// A pipe whose read end a poll can wait on; both ends close-on-exec. False (errno set) on failure.
[[nodiscard]] bool createWakePipe(int pipe[2]);
// Writes one byte to `writeEnd`, so that a poll on the read end returns.
void wake(int writeEnd);
// Ends both directions of `socket`: the peer reads end of file at once.
void shutdownBoth(int socket);
void closeDescriptor(int descriptor);
// True when a read on `descriptor` would not block (data, end of file or an error waiting).
bool isReadable(int descriptor);
// The event mask (POLLIN) that libssh's ssh_event_add_fd() takes for "readable".
short readableEvents();

} // namespace Patagon::LocalSocket
