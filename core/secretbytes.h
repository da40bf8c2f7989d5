// A secret (a password, a passphrase, a keyboard-interactive answer) in memory that has one
// owner and is overwritten with zeros when it is let go. A QByteArray cannot be that: its
// buffer is shared by every copy, and wiping one copy detaches it and wipes only the copy, so
// the secret lived on in the others. SecretBytes cannot be copied (copy() makes a second
// owner on purpose) and wipes on destruction, clear() and assignment.
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>
#include <vector>

namespace Patagon {

class SecretBytes
{
public:
    SecretBytes() = default;
    // A copy of `bytes` (the caller wipes its own).
    explicit SecretBytes(QByteArrayView bytes);
    // The bytes of `source`, which is left empty. Its buffer is wiped when `source` was its
    // only owner; a buffer other QByteArrays still share is theirs to wipe (wiping it here
    // would change their contents under them), so hand a secret over with std::move.
    static SecretBytes take(QByteArray &source);
    static SecretBytes take(QByteArray &&source) { return take(source); }

    SecretBytes(SecretBytes &&other) noexcept;
    SecretBytes &operator=(SecretBytes &&other) noexcept;
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;
    ~SecretBytes();

    SecretBytes copy() const { return SecretBytes(view()); }
    bool isEmpty() const { return m_size == 0; }
    qsizetype size() const { return m_size; }
    // NUL-terminated, never null: for C APIs such as libssh's.
    const char *c_str() const { return m_data ? m_data.get() : ""; }
    QByteArrayView view() const { return QByteArrayView(c_str(), m_size); }
    bool operator==(const SecretBytes &other) const { return view() == other.view(); }
    bool operator!=(const SecretBytes &other) const { return !(*this == other); }
    // Wipes and frees the secret now.
    void clear();

    // For tests: called with each buffer just after it was wiped and just before it is freed,
    // on the thread that lets it go: a SecretBytes' own (`size` bytes, the terminating NUL
    // included) and the QByteArray buffer take() wiped.
    using ReleaseObserver = void (*)(const char *data, qsizetype size);
    static void setReleaseObserver(ReleaseObserver observer);

private:
    std::unique_ptr<char[]> m_data; // m_size bytes and a NUL
    qsizetype m_size = 0;
};

// The answers to one credential request, one per prompt.
using SecretList = std::vector<SecretBytes>;

// Overwrites `bytes` with zeros in a way the compiler may not leave out.
void wipeMemory(void *bytes, size_t size);

} // namespace Patagon
