// Walks the shared folder and the notebook repository on worker threads and returns what it found, without
// ever opening a file's contents (cloud placeholders must not be downloaded) and without following symlinks.
#pragma once

#include "index/ScanTree.h"
#include "util/Cancellation.h"
#include "util/Result.h"

#include <functional>

namespace ts::index {

struct ScanOptions
{
    QString sharedFolder;     // absolute; required
    QString repository;       // absolute; empty or equal to sharedFolder = one folder for both
    bool crossMounts = false; // enter folders on other file systems (off: recorded as OtherMount)
    int threads = 0;          // 0 = one per core
    const CancelToken* cancel = nullptr;
    ProgressCallback progress; // entries so far (done), bytes so far, the folder being listed
    // Called with the walk's lock held each time entries [begin, end) were appended to the tree (the tops,
    // then one folder's listing at a time, in tree order): copy what you need and return quickly. A folder's
    // own state may still change afterwards (when it cannot be opened).
    std::function<void(const ScanTree& tree, std::int32_t begin, std::int32_t end)> listed;
};

class Scanner
{
public:
    explicit Scanner(ScanOptions options);

    // The repository's own `.git` folder is recorded as one Skipped entry and not entered: it belongs to the
    // sync engine, not to the team's data, and its size is not counted. A `.git` anywhere in the shared
    // folder is team data (and a hazard), so it is walked like any folder. Failed only when a top cannot be
    // reached; Cancelled when the token fires.
    Result<ScanTree> run();

private:
    ScanOptions m_options;
};

} // namespace ts::index
