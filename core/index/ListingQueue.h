// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Listings handed over by the walk's workers (ScanOptions::listed), put back in tree order for one consumer
// thread. Workers call push() from several threads and out of order; the consumer takes runs of listings in
// order with take(). Memory is bounded: a worker waits while too many rows are queued, except with the
// listing the consumer needs next (which is what unblocks the others, so the queue cannot deadlock).
#pragma once

#include "index/Scanner.h"

#include <condition_variable>
#include <map>
#include <mutex>
#include <vector>

namespace ts::index {

class ListingQueue
{
public:
    static constexpr std::size_t kBatch = 4096;         // the consumer wakes for this many rows in order
    static constexpr std::size_t kMaxPending = 1 << 16; // a worker waits beyond this many queued rows

    // From a walk worker. Dropped after close().
    void push(ListedEntries&& entries)
    {
        std::unique_lock lock(m_mutex);
        m_space.wait(lock, [&] { return m_rows < kMaxPending || entries.first == m_next || m_closed; });
        if (m_closed || entries.entries.empty())
            return;
        m_rows += entries.entries.size();
        const std::int32_t first = entries.first;
        m_pending.emplace(first, std::move(entries));
        if (nextIsWaiting() && m_rows >= kBatch)
            m_wake.notify_one();
    }

    // The walk is over: the consumer takes what is left.
    void finish()
    {
        {
            std::lock_guard lock(m_mutex);
            m_finished = true;
        }
        m_wake.notify_all();
    }

    // Nobody will consume any more (an error, or the work was abandoned): workers stop waiting, their
    // listings are dropped, and take() returns nothing.
    void close()
    {
        {
            std::lock_guard lock(m_mutex);
            m_closed = true;
        }
        m_space.notify_all();
        m_wake.notify_all();
    }

    // The next listings in tree order (blocks). Empty: the walk is over and everything was taken, or the
    // queue was closed. A gap left when the walk is over (a listing never handed over) sets `gap`.
    std::vector<ListedEntries> take(bool* gap)
    {
        std::vector<ListedEntries> out;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock,
                        [this] { return (nextIsWaiting() && m_rows >= kBatch) || m_finished || m_closed; });
            if (m_closed)
                return out;
            while (nextIsWaiting()) {
                auto node = m_pending.extract(m_pending.begin());
                m_next += std::int32_t(node.mapped().entries.size());
                m_rows -= node.mapped().entries.size();
                out.push_back(std::move(node.mapped()));
            }
            *gap = out.empty() && m_finished && !m_pending.empty();
        }
        m_space.notify_all();
        return out;
    }

    std::int32_t next() const { return m_next; } // consumer thread only

private:
    bool nextIsWaiting() const { return !m_pending.empty() && m_pending.begin()->first == m_next; }

    std::mutex m_mutex;
    std::condition_variable m_wake, m_space;
    std::map<std::int32_t, ListedEntries> m_pending; // by first tree index
    std::size_t m_rows = 0;
    std::int32_t m_next = 0; // the first row not yet taken
    bool m_finished = false, m_closed = false;
};

} // namespace ts::index
