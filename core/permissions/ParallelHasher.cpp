// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "permissions/ParallelHasher.h"

#include "util/Counted.h"

#include <QThread>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>

namespace ts::permissions {

Result<std::vector<HashOutcome>> ParallelHasher::hash(const RawFileSet& set,
                                                      const std::vector<int>& which) const
{
    std::vector<HashOutcome> outcomes(which.size());
    std::vector<size_t> order(which.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        return set.files.at(size_t(which[a])).size > set.files.at(size_t(which[b])).size;
    });

    const int workerCount =
        std::max(1, std::min<int>(threads > 0 ? threads : QThread::idealThreadCount(), int(order.size())));
    std::atomic<size_t> next{0};
    std::atomic<qint64> filesDone{0};
    std::atomic<qint64> bytesRead{0};
    std::atomic<bool> cancelled{false};
    std::mutex progressMutex;
    auto lastReport = std::chrono::steady_clock::now();

    auto report = [&](const QString& current, bool force) {
        if (!progress)
            return;
        std::lock_guard lock(progressMutex);
        const auto now = std::chrono::steady_clock::now();
        if (!force && now - lastReport < std::chrono::milliseconds(100))
            return;
        lastReport = now;
        Progress p;
        p.done = filesDone.load();
        p.total = qint64(order.size());
        p.bytes = bytesRead.load();
        p.current = current;
        progress(p);
    };

    auto work = [&]() {
        FileHasher hasher(algorithm);
        while (true) {
            const size_t slot = next.fetch_add(1);
            if (slot >= order.size() || cancelled.load())
                return;
            const size_t outcomeIndex = order[slot];
            const RawFile& file = set.files.at(size_t(which[outcomeIndex]));
            auto digest = hasher.hashFileBeneath(set.folderFds.at(size_t(file.folderIndex)).get(),
                                                 file.pathBeneath, file.path, cancel, &bytesRead);
            if (!digest && digest.error().kind == ErrorKind::Cancelled) {
                cancelled.store(true);
                return; // not done: the count in the cancel message stays true
            }
            if (digest)
                outcomes[outcomeIndex].digest = std::move(*digest);
            else
                outcomes[outcomeIndex].error = digest.error().message;
            filesDone.fetch_add(1);
            report(file.path, false);
        }
    };

    std::vector<std::thread> workers;
    for (int i = 1; i < workerCount; ++i)
        workers.emplace_back(work);
    work(); // the calling thread is one of the workers
    for (std::thread& t : workers)
        t.join();
    if (cancelled.load() || (cancel && cancel->isCancelled()))
        return Error::cancelled(
            QStringLiteral("hashing cancelled after %1 of %2")
                .arg(QString::number(filesDone.load()), counted(qint64(order.size()), "file", "files")));
    report(QString(), true);
    return outcomes;
}

} // namespace ts::permissions
