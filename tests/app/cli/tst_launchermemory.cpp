// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The launcher's operator new and delete (app/cli/LauncherMemory.cpp), linked into this program as into the
// launcher: plain C++ without Qt or Qt Test, because it replaces the allocator of the whole process. Checks that
// memory is aligned, never shared between live allocations or threads, given back in stack order and kept
// otherwise, that large and impossible requests behave, and that threads past the lanes fall back to malloc.
#include <algorithm>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <new>
#include <string>
#include <thread>
#include <vector>

namespace {

int g_failures = 0;
int g_checks = 0;

#define CHECK(condition)                                                                                          \
    do {                                                                                                          \
        ++g_checks;                                                                                               \
        if (!(condition)) {                                                                                       \
            std::fprintf(stderr, "FAIL %s:%d: %s\n", __FILE__, __LINE__, #condition);                            \
            ++g_failures;                                                                                         \
        }                                                                                                         \
    } while (0)

bool aligned(const void* p)
{
    return reinterpret_cast<std::uintptr_t>(p) % __STDCPP_DEFAULT_NEW_ALIGNMENT__ == 0;
}

long residentKiB()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmRSS:", 0) == 0)
            return std::stol(line.substr(6));
    return -1;
}

void stackOrder()
{
    void* a = ::operator new(100);
    CHECK(aligned(a));
    ::operator delete(a, 100); // sized, the latest: given back
    void* b = ::operator new(100);
    CHECK(b == a);
    ::operator delete(b); // unsized, the latest: given back too
    void* c = ::operator new(40);
    CHECK(c == a);

    // Not the latest: kept, and the live one after it untouched.
    void* d = ::operator new(64);
    std::memset(d, 0x5A, 64);
    ::operator delete(c, 40);
    void* e = ::operator new(40);
    CHECK(e != c && e != d);
    std::memset(e, 0, 40);
    CHECK(static_cast<unsigned char*>(d)[0] == 0x5A && static_cast<unsigned char*>(d)[63] == 0x5A);
    ::operator delete(e, 40);
    ::operator delete(d, 64);

    // A zero-byte request still gets a distinct pointer.
    void* z1 = ::operator new(0);
    void* z2 = ::operator new(0);
    CHECK(z1 && z2 && z1 != z2);
    ::operator delete(z2, std::size_t(0));
    ::operator delete(z1, std::size_t(0));
}

// Vectors and strings growing side by side (copies left behind), then checked whole.
void containers()
{
    std::vector<std::vector<std::string>> table;
    for (int i = 0; i < 3000; ++i) {
        table.emplace_back();
        for (int j = 0; j < i % 17; ++j)
            table.back().push_back(std::string(std::size_t(j * 7 + 1), char('a' + (i + j) % 26)));
    }
    bool intact = true;
    for (int i = 0; i < 3000; ++i) {
        intact = intact && table[std::size_t(i)].size() == std::size_t(i % 17);
        for (int j = 0; j < i % 17; ++j)
            intact = intact &&
                     table[std::size_t(i)][std::size_t(j)] == std::string(std::size_t(j * 7 + 1), char('a' + (i + j) % 26));
    }
    CHECK(intact);
}

// A request larger than one 2 MiB step, then more after it, all written and read back.
void large()
{
    const std::size_t big = (5u << 20) + 12345;
    auto* a = static_cast<unsigned char*>(::operator new(big));
    auto* b = static_cast<unsigned char*>(::operator new(3u << 20));
    CHECK(aligned(a) && aligned(b));
    CHECK(b >= a + big || b + (3u << 20) <= a);
    for (std::size_t k = 0; k < big; k += 4096)
        a[k] = static_cast<unsigned char>(k >> 12);
    std::memset(b, 0xEE, 3u << 20);
    bool intact = true;
    for (std::size_t k = 0; k < big; k += 4096)
        intact = intact && a[k] == static_cast<unsigned char>(k >> 12);
    CHECK(intact);
    ::operator delete(b, 3u << 20);
    ::operator delete(a, big);

    bool threw = false;
    try {
        void* p = ::operator new(static_cast<std::size_t>(-1) / 2);
        ::operator delete(p);
    } catch (const std::bad_alloc&) {
        threw = true;
    }
    CHECK(threw);
    void* none = ::operator new(static_cast<std::size_t>(-1) / 2, std::nothrow);
    CHECK(none == nullptr);
}

// Memory given back in stack order is used again: 500 rounds of 1 MiB cost far less than 500 MiB.
void reuse()
{
    const long before = residentKiB();
    for (int round = 0; round < 500; ++round) {
        std::vector<char> block(1u << 20, char(round));
        CHECK(block[12345] == char(round));
    }
    const long after = residentKiB();
    std::printf("resident before %ld KiB, after 500 rounds of 1 MiB: %ld KiB\n", before, after);
    CHECK(before > 0 && after - before < 8 * 1024);
}

// Twelve threads (more than the eight lanes: the rest use malloc) allocate at once; no two live
// allocations overlap and each thread's data survives the others'.
void threads()
{
    constexpr int kThreads = 12;
    constexpr int kEach = 2000;
    std::vector<std::vector<std::pair<std::uintptr_t, std::size_t>>> spans(kThreads);
    std::atomic<int> broken{0};
    std::atomic<int> ready{0};
    std::atomic<int> checked{0}; // nothing is freed before every thread has checked its own (malloc reuses)
    std::vector<std::thread> pool;
    for (int t = 0; t < kThreads; ++t)
        pool.emplace_back([t, &spans, &broken, &ready, &checked] {
            ready.fetch_add(1);
            while (ready.load() < kThreads)
                std::this_thread::yield();
            std::vector<unsigned char*> mine;
            for (int k = 0; k < kEach; ++k) {
                const std::size_t n = std::size_t(16 + (k * 37 + t * 11) % 700);
                auto* p = static_cast<unsigned char*>(::operator new(n));
                if (!aligned(p))
                    broken.fetch_add(1);
                std::memset(p, t + 1, n);
                mine.push_back(p);
                spans[std::size_t(t)].push_back({reinterpret_cast<std::uintptr_t>(p), n});
            }
            for (std::size_t k = 0; k < mine.size(); ++k) {
                const std::size_t n = spans[std::size_t(t)][k].second;
                if (std::count(mine[k], mine[k] + n, static_cast<unsigned char>(t + 1)) != std::ptrdiff_t(n))
                    broken.fetch_add(1);
            }
            checked.fetch_add(1);
            while (checked.load() < kThreads)
                std::this_thread::yield();
            for (std::size_t k = mine.size(); k-- > 0;)
                ::operator delete(mine[k], spans[std::size_t(t)][k].second);
        });
    for (std::thread& thread : pool)
        thread.join();
    CHECK(broken.load() == 0);
    std::vector<std::pair<std::uintptr_t, std::size_t>> all;
    for (const auto& list : spans)
        all.insert(all.end(), list.begin(), list.end());
    std::sort(all.begin(), all.end());
    bool disjoint = true;
    for (std::size_t k = 1; k < all.size(); ++k)
        disjoint = disjoint && all[k - 1].first + all[k - 1].second <= all[k].first;
    CHECK(disjoint);
}

} // namespace

int main()
{
    stackOrder();
    containers();
    large();
    reuse();
    threads();
    std::printf("%d checks, %d failed\n", g_checks, g_failures);
    return g_failures == 0 ? 0 : 1;
}
