// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Walks the shared folder and the notebook repository on worker threads and returns what it found, without
// ever opening a file's contents (cloud placeholders must not be downloaded) and without following symlinks.
#pragma once

#include "index/ScanTree.h"
#include "util/Cancellation.h"
#include "util/Result.h"

#include <functional>
#include <memory>
#include <mutex>

namespace ts::index {

// One folder's listing (or the tops) as the walk appended it to the tree: entries [first, first + size) of
// the tree, in order, their nameOffset pointing into `names` (not the tree's), link targets and errors by
// tree index.
struct ListedEntries
{
    std::int32_t first = 0;
    std::vector<ScanEntry> entries;
    std::string names;
    std::vector<std::pair<std::int32_t, QByteArray>> links;
    std::vector<std::pair<std::int32_t, QString>> errors;
};

struct ScanOptions
{
    QString sharedFolder;       // absolute; required
    QString repository;         // absolute; empty or equal to sharedFolder = one folder for both
    bool crossMounts = false;   // enter folders on other file systems (off: recorded as OtherMount)
    int threads = 0;            // 0 = one per core
    qint64 expectedEntries = 0; // a hint (e.g. the previous scan's count) to size the tree up front
    const CancelToken* cancel = nullptr;
    // Entries so far (done), bytes so far, the folder just listed: at most every 100 ms, on a worker, outside
    // the walk's lock, never two calls at once.
    ProgressCallback progress;
    // Given each listing right after it was appended to the tree (the tops first), on the worker that listed
    // it and outside the walk's lock: calls come from several threads and not in tree order (`first` says
    // where each belongs). A folder's own state may still change afterwards (when it cannot be opened).
    std::function<void(ListedEntries&&)> listed;
};

class ScanWalk;

class Scanner
{
public:
    explicit Scanner(ScanOptions options);
    ~Scanner();
    Scanner(const Scanner&) = delete;
    Scanner& operator=(const Scanner&) = delete;

    // The repository's own `.git` folder is recorded as one Skipped entry and not entered: it belongs to the
    // sync engine, not to the team's data, and its size is not counted. A `.git` anywhere in the shared
    // folder is team data (and a hazard), so it is walked like any folder. Failed only when a top cannot be
    // reached; Cancelled when the token fires.
    Result<ScanTree> run();

    // Entries in the tree so far while run() walks (0 before and after); callable from any thread. It takes
    // the walk's lock, as the workers do for every listed folder.
    qint64 entriesSoFar() const;

private:
    ScanOptions m_options;
    mutable std::mutex m_walkGuard;
    std::shared_ptr<ScanWalk> m_walk; // the running walk, for entriesSoFar()
};

} // namespace ts::index
