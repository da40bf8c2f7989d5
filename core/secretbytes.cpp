// A secret in memory with one owner, wiped when let go (see secretbytes.h).
#include "core/secretbytes.h"

#include <atomic>
#include <cstring>

#include <string.h> // explicit_bzero

namespace Patagon {

namespace {
std::atomic<SecretBytes::ReleaseObserver> s_releaseObserver {nullptr};

void released(const char *data, qsizetype size)
{
    if (const SecretBytes::ReleaseObserver observe = s_releaseObserver.load())
        observe(data, size);
}
} // namespace

void wipeMemory(void *bytes, size_t size)
{
    if (bytes && size > 0)
        ::explicit_bzero(bytes, size);
}

SecretBytes::SecretBytes(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return;
    m_size = bytes.size();
    m_data = std::make_unique<char[]>(size_t(m_size) + 1); // zeroed: the NUL is there
    std::memcpy(m_data.get(), bytes.data(), size_t(m_size));
}

SecretBytes SecretBytes::take(QByteArray &source)
{
    SecretBytes secret {QByteArrayView(source)};
    // data() on a shared buffer would detach and wipe a fresh copy: only the sole owner wipes.
    if (source.isDetached() && !source.isEmpty()) {
        wipeMemory(source.data(), size_t(source.size()));
        released(source.constData(), source.size());
    }
    source.clear();
    return secret;
}

SecretBytes::SecretBytes(SecretBytes &&other) noexcept
    : m_data(std::move(other.m_data))
    , m_size(other.m_size)
{
    other.m_size = 0;
}

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::move(other.m_data);
        m_size = other.m_size;
        other.m_size = 0;
    }
    return *this;
}

SecretBytes::~SecretBytes()
{
    clear();
}

void SecretBytes::clear()
{
    if (m_data) {
        const size_t bytes = size_t(m_size) + 1;
        wipeMemory(m_data.get(), bytes);
        released(m_data.get(), qsizetype(bytes));
        m_data.reset();
    }
    m_size = 0;
}

void SecretBytes::setReleaseObserver(ReleaseObserver observer)
{
    s_releaseObserver.store(observer);
}

} // namespace Patagon
