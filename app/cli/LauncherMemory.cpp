// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The static teamspace-cli launcher's operator new and delete (launcher.cpp; not built with the sanitizers,
// which bring their own). The launcher lives for one `notebook diff A B --json`, or execs the full CLI at once,
// and that diff reads two notebooks on two threads and builds a tree of small objects for each. With glibc's
// malloc, a thread's arena grows a page at a time, and on the virtual machines this runs on each first touch of
// a 4 KiB page costs 10 to 25 µs: those faults and malloc's bookkeeping were about a third of the diff's time
// (issue 16; docs/notebook-diff.md, "Speed and memory").
//
// Here each thread bumps a pointer through a lane of its own: a stretch of address space reserved once and made
// usable 2 MiB at a time (huge pages where the kernel allows them, faulted in by one call, not page by page). A
// notebook's read buffer (NotebookReadPlain.cpp) and then its tree follow each other in one lane, so together
// they take their size rounded up to 2 MiB. delete gives memory back when it is its lane's latest allocation
// (temporaries freed in reverse order, as a stack) and otherwise keeps it until the process exits: the
// launcher's memory stays within a small multiple of the notebooks it reads (tests/bench/bench_notebook_diff.sh
// checks the peak against 1.5x the two inputs). Whatever fails here (no address space left, a step the kernel
// refuses) falls back to malloc for that thread from then on; tst_launchermemory checks the rules.
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <new>
#include <sys/mman.h>

namespace {

constexpr std::size_t kStep = std::size_t(2) << 20;  // made usable 2 MiB (one huge page) at a time
constexpr std::size_t kLane = std::size_t(16) << 30; // one thread's address space (a notebook is at most 2 GiB)
constexpr std::size_t kLanes = 8;                    // more threads than this use malloc
constexpr std::size_t kAlign = __STDCPP_DEFAULT_NEW_ALIGNMENT__;

struct Lanes
{
    char* base = nullptr;
    std::atomic<std::size_t> taken{0};

    Lanes()
    {
        // Address space only (PROT_NONE, no commit charge); each step is made readable and writable when used.
        void* p = ::mmap(nullptr, kLanes * kLane + kStep, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE,
                         -1, 0);
        if (p != MAP_FAILED)
            base = reinterpret_cast<char*>((reinterpret_cast<std::uintptr_t>(p) + kStep - 1) & ~(kStep - 1));
    }
    bool contains(const void* p) const
    {
        return base && static_cast<const char*>(p) >= base && static_cast<const char*>(p) < base + kLanes * kLane;
    }
};

Lanes& lanes()
{
    static Lanes all; // trivially destructible: nothing runs at exit
    return all;
}

struct Lane
{
    char* next = nullptr;  // the next free byte
    char* end = nullptr;   // the end of the usable part
    char* limit = nullptr; // the end of the lane
    char* latest = nullptr; // the latest allocation (for unsized delete)
    bool useMalloc = false;
};

thread_local Lane t_lane;

// Makes at least n more bytes usable after lane.end, or returns false (the thread then uses malloc).
bool extend(Lane& lane, std::size_t n)
{
    if (lane.useMalloc)
        return false;
    if (!lane.limit) {
        Lanes& all = lanes();
        const std::size_t k = all.taken.fetch_add(1, std::memory_order_relaxed);
        if (!all.base || k >= kLanes) {
            lane.useMalloc = true;
            return false;
        }
        lane.next = lane.end = all.base + k * kLane;
        lane.limit = lane.end + kLane;
    }
    const std::size_t missing = n - std::size_t(lane.end - lane.next);
    const std::size_t grow = (missing + kStep - 1) & ~(kStep - 1);
    if (grow > std::size_t(lane.limit - lane.end) || ::mprotect(lane.end, grow, PROT_READ | PROT_WRITE) != 0) {
        lane.useMalloc = true;
        return false;
    }
#ifdef MADV_HUGEPAGE
    ::madvise(lane.end, grow, MADV_HUGEPAGE);
#endif
#ifdef MADV_POPULATE_WRITE
    ::madvise(lane.end, grow, MADV_POPULATE_WRITE); // Linux 5.14; older kernels fault the pages in as used
#endif
    lane.end += grow;
    return true;
}

void* allocate(std::size_t n)
{
    Lane& lane = t_lane;
    if (n <= kLane / 2) {
        n = n ? (n + kAlign - 1) & ~(kAlign - 1) : kAlign;
        if (std::size_t(lane.end - lane.next) >= n || extend(lane, n)) {
            lane.latest = lane.next;
            lane.next += n;
            return lane.latest;
        }
    }
    if (void* p = std::malloc(n))
        return p;
    throw std::bad_alloc();
}

// n: the size given to operator new, or 0 when not known.
void release(void* p, std::size_t n) noexcept
{
    if (!p)
        return;
    if (!lanes().contains(p)) {
        std::free(p);
        return;
    }
    Lane& lane = t_lane;
    char* const at = static_cast<char*>(p);
    if (n ? at + ((n + kAlign - 1) & ~(kAlign - 1)) == lane.next : at == lane.latest)
        lane.next = at;
    lane.latest = nullptr;
}

} // namespace

void* operator new(std::size_t n)
{
    return allocate(n);
}
void* operator new[](std::size_t n)
{
    return allocate(n);
}
void operator delete(void* p) noexcept
{
    release(p, 0);
}
void operator delete[](void* p) noexcept
{
    release(p, 0);
}
void operator delete(void* p, std::size_t n) noexcept
{
    release(p, n);
}
void operator delete[](void* p, std::size_t n) noexcept
{
    release(p, n);
}
