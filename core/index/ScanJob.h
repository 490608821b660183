// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The scan as the CLI and the GUI run it: walk (worker threads) → attribute and total → store (full rebuild
// or only the changes). A full rebuild writes its rows while the walk runs; an incremental scan compares
// with the stored index after it.
#pragma once

#include "index/IndexStore.h"
#include "index/Scanner.h"

#include <memory>

namespace ts::index {

struct ScanRequest
{
    QString sharedFolder; // absolute
    QString repository;   // absolute; may equal sharedFolder
    QString databasePath;
    Manifest manifest;
    bool full = false; // rebuild instead of comparing with the stored index
    bool crossMounts = false;
    // Without it, a separate shared folder that looks unmounted (SharedFolderCheck: empty now, or on another
    // device without the folders the last scan saw) is refused before anything is walked or written.
    bool acceptEmptyRoot = false;
    int threads = 0;
    // Co-owned: the caller keeps its own reference to cancel from any thread (a GUI panel, a signal
    // handler), the scan keeps this one while it runs, so neither has to outlive the other.
    std::shared_ptr<CancelToken> cancel;
    ProgressCallback progress; // on a worker thread, outside the walk's lock (ScanOptions::progress)
};

struct ScanReport
{
    qint64 files = 0, dirs = 0, bytes = 0, allocated = 0;
    QList<ScanProblem> errors; // permission denied, vanished, failed; sorted by path
    double seconds = 0;
    // Wall seconds of each step: walk (for a full rebuild, the entry rows are written during it), analyse,
    // store (compare and write; for a full rebuild: fix-ups, folders, totals, indexes, commit).
    double walkSeconds = 0, analyseSeconds = 0, storeSeconds = 0;
    bool full = false;
    StoreStats store;
};

Result<ScanReport> scanIntoIndex(const ScanRequest& request);

} // namespace ts::index
