// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "index/ScanJob.h"

#include "index/PathText.h"
#include "index/SharedFolderCheck.h"
#include "util/SafePath.h"

#include <QFileInfo>

#include <QElapsedTimer>

#include <algorithm>
#include <thread>

namespace ts::index {

Result<ScanReport> scanIntoIndex(const ScanRequest& request)
{
    // This call's own reference: the token stays alive for the whole scan, whatever the caller does.
    const std::shared_ptr<CancelToken> cancel = request.cancel;
    QElapsedTimer timer;
    timer.start();
    // SQLite in a synced or network folder corrupts, and the index would index itself.
    const QString databaseDir = QFileInfo(QFileInfo(request.databasePath).absolutePath()).canonicalFilePath();
    if (!databaseDir.isEmpty() && isPathInside(request.sharedFolder, databaseDir))
        return Error::badInput(
            QStringLiteral("%1: the index must not live inside the shared folder %2 (SQLite on a "
                           "synced folder corrupts); pass --index with a path on a local disk")
                .arg(request.databasePath, request.sharedFolder));
    auto store = IndexStore::open(request.databasePath);
    if (!store)
        return store.error();
    const bool oneFolder = request.repository.isEmpty() || request.repository == request.sharedFolder;
    if (!oneFolder && !request.acceptEmptyRoot) {
        auto seen = SharedFolderCheck::lastSeen(store->database());
        if (!seen)
            return seen.error();
        if (auto present = SharedFolderCheck::check(request.sharedFolder, *seen); !present)
            return present.error();
    }

    // A full rebuild writes the rows while the walk runs (BulkLoad). An incremental scan reads the stored
    // folders after the walk: the walk keeps both cores busy, and reading them alongside it measured slower
    // (1%-grown rescan of 300k files: 0.715 s against 0.685 s, medians of six).
    auto stored = store->storedScan();
    if (!stored)
        return stored.error();
    const bool full = request.full || !stored->hasScan;
    std::unique_ptr<BulkLoad> load;
    if (full) {
        auto started = BulkLoad::start(*store, request.manifest, oneFolder);
        if (!started)
            return started.error();
        load = std::move(*started);
    }
    ScanOptions options;
    options.sharedFolder = request.sharedFolder;
    options.repository = request.repository;
    options.crossMounts = request.crossMounts;
    options.threads = request.threads;
    options.expectedEntries = stored->maxId + stored->maxId / 16 + 1024;
    options.cancel = cancel.get();
    options.progress = request.progress;
    if (load)
        options.listed = [&load](ListedEntries&& entries) { load->listed(std::move(entries)); };
    auto tree = Scanner(options).run();
    const qint64 walked = timer.nsecsElapsed();
    if (!tree)
        return tree.error();
    // After the walk both cores are free: the stored folders are read while the tree is analysed (1%-grown
    // rescan of 300k files: 18 ms and 22 ms, one after the other before).
    std::optional<Result<IndexSnapshot>> snapshot;
    std::thread reader;
    if (!full)
        reader = std::thread([&] { snapshot = store->loadSnapshot(); });
    ScanAnalysis analysis = analyseScan(*tree, request.manifest);
    std::optional<IndexSnapshot> previous;
    if (reader.joinable()) {
        reader.join();
        if (!*snapshot)
            return snapshot->error();
        previous = std::move(**snapshot);
    }
    const qint64 analysed = timer.nsecsElapsed();
    ScanReport report;
    report.files = analysis.files;
    report.dirs = analysis.dirs;
    report.bytes = analysis.bytes;
    report.allocated = analysis.allocated;
    for (auto it = tree->errors.constBegin(); it != tree->errors.constEnd(); ++it) {
        const ScanEntry& e = tree->entries[std::size_t(it.key())];
        if (e.state == EntryState::PermissionDenied || e.state == EntryState::Vanished ||
            e.state == EntryState::Failed)
            report.errors << ScanProblem{displayEntryPath(e.top, tree->relativePath(it.key())), it.value()};
    }
    std::sort(report.errors.begin(), report.errors.end(),
              [](const ScanProblem& a, const ScanProblem& b) { return a.path < b.path; });

    if (cancel && cancel->isCancelled())
        return Error::cancelled(QStringLiteral("scan cancelled; the index was not changed"));
    ScanRecord record;
    record.full = full || !previous->hasScan;
    record.errors = report.errors.size();
    record.seconds = double(timer.nsecsElapsed()) / 1e9;
    auto stats = load ? load->finish(*tree, analysis, record)
                      : store->applyChanges(*tree, analysis, *previous, record);
    if (!stats)
        return stats.error();
    report.store = *stats;
    report.full = record.full;
    report.seconds = double(timer.nsecsElapsed()) / 1e9;
    report.walkSeconds = double(walked) / 1e9;
    report.analyseSeconds = double(analysed - walked) / 1e9;
    report.storeSeconds = report.seconds - double(analysed) / 1e9;
    return report;
}

} // namespace ts::index
