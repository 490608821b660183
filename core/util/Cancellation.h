// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Cancellation and progress for long work on worker threads (scan, hash, sync).
#pragma once

#include <QString>

#include <atomic>
#include <functional>

namespace ts {

// Shared between the thread that asks for cancel (GUI, signal handler) and the worker, which polls it.
class CancelToken
{
public:
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }

private:
    std::atomic<bool> m_cancelled{false};
};

struct Progress
{
    qint64 done = 0;     // units of work done (entries, bytes, objects)
    qint64 total = -1;   // -1 when unknown
    qint64 bytes = 0;    // bytes handled so far, where it means something
    QString current;     // what is being worked on (a folder, a file, a phase)
};

// Called from the worker thread; the receiver throttles and marshals to its own thread.
using ProgressCallback = std::function<void(const Progress&)>;

} // namespace ts
