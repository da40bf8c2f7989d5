// The heap a call takes at its peak, measured through the sanitizer's allocation hooks (ASan
// calls them for malloc and operator new alike), for targets that promise a memory bound.
#pragma once

#include <sanitizer/allocator_interface.h>

#include <cstddef>
#include <cstdint>

namespace PatagonFuzz {

class HeapWatch
{
public:
    // Starts counting on this thread; allocations made before are not counted, and freeing
    // them lowers the count, which only makes the peak measured relative to the start.
    HeapWatch()
    {
        static const bool installed = __sanitizer_install_malloc_and_free_hooks(onMalloc, onFree);
        (void)installed;
        s_live = 0;
        s_peak = 0;
        s_active = true;
    }
    ~HeapWatch() { s_active = false; }
    HeapWatch(const HeapWatch &) = delete;
    HeapWatch &operator=(const HeapWatch &) = delete;

    // The most bytes held at once since the start, of those allocated since.
    uint64_t peak() const { return uint64_t(s_peak > 0 ? s_peak : 0); }

private:
    static void onMalloc(const volatile void *, size_t size)
    {
        if (!s_active)
            return;
        s_live += int64_t(size);
        if (s_live > s_peak)
            s_peak = s_live;
    }
    static void onFree(const volatile void *ptr)
    {
        if (s_active && ptr)
            s_live -= int64_t(__sanitizer_get_allocated_size(const_cast<const void *>(ptr)));
    }

    static inline thread_local bool s_active = false;
    static inline thread_local int64_t s_live = 0;
    static inline thread_local int64_t s_peak = 0;
};

} // namespace PatagonFuzz
