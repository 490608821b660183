// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The local SQLite index: writes a scan (a full rebuild, or only what changed) and answers the usage queries
// from stored totals. One IndexStore = one connection: use it on one thread; open another for another thread.
#pragma once

#include "db/SqliteDb.h"
#include "index/IndexQueries.h"
#include "index/IndexSnapshot.h"
#include "index/ScanAnalysis.h"
#include "index/Scanner.h"
#include "util/Cancellation.h"

#include <memory>
#include <optional>

namespace ts::index {

struct StoreStats
{
    qint64 inserted = 0, updated = 0, deleted = 0; // entry rows
    qint64 folderRows = 0, totalRows = 0;          // folder and totals rows written
    bool wroteAnything = false;
    int readers = 0;      // incremental: connections that read the changed folders' rows (2: in parallel)
    bool rebuilt = false; // incremental: stored rows disagreed with the stored folders; all was rebuilt
};

struct ScanRecord
{
    bool full = false;
    double seconds = 0;
    qint64 errors = 0;
};

class BulkLoad;

// The file index's own SQLite file of the local database `databasePath` (db::fileIndexPathFor: under
// $XDG_CACHE_HOME/teamspace for the default place, else next to it, x.sqlite → x.files.sqlite).
QString filesDatabasePath(const QString& databasePath);

class IndexStore
{
public:
    // Opens (creating and migrating) the local database at `path`, with the file index's cache file
    // (filesDatabasePath) attached as schema `files`; a cache that is not a database any more is replaced by
    // an empty one.
    static Result<IndexStore> open(const QString& path);
    // For the commands that only read the index (usage, largest, hazards…): as open() when the database's
    // folder is writable; otherwise the database and its cache are opened read-only (immutable when SQLite
    // cannot create the -shm file a WAL database needs), so a read-only folder or mount can still be queried.
    static Result<IndexStore> openForReading(const QString& path);

    IndexStore(IndexStore&&) noexcept = default;
    IndexStore& operator=(IndexStore&&) noexcept = default;

    // Reads the stored index for an incremental comparison (a read transaction, no writes).
    Result<IndexSnapshot> loadSnapshot();
    // The same inside the caller's transaction.
    Result<IndexSnapshot> readSnapshot();

    // Replaces the index tables' contents with this scan in one transaction (readers see the old index until
    // it commits); secondary indexes are rebuilt after the bulk load. The activity log and baseline tables in
    // the same file are untouched.
    Result<StoreStats> replaceAll(const ScanTree& tree, const ScanAnalysis& analysis,
                                  const ScanRecord& record);

    // Compares with `previous` and writes only changed, new and removed rows. Nothing changed: no transaction
    // is opened and nothing at all is written (the previous scan's totals stay for `growth`).
    Result<StoreStats> applyChanges(const ScanTree& tree, const ScanAnalysis& analysis,
                                    const IndexSnapshot& previous, const ScanRecord& record);

    // Per-member attributed usage for every member of the manifest, in manifest order (stable API for the
    // runner suggestion; same as IndexQueries::memberUsage).
    Result<QList<MemberUsage>> usageByMember(const Manifest& manifest)
    {
        return IndexQueries(m_db).memberUsage(manifest);
    }

    // Whether any scan was stored (an incremental scan without one is a full rebuild), and the highest entry
    // id (about the number of entries: a hint for sizing the next walk).
    struct StoredScan
    {
        bool hasScan = false;
        qint64 maxId = 0;
    };
    Result<StoredScan> storedScan();

    db::SqliteDb& database() { return m_db; }

private:
    friend class BulkLoad;
    explicit IndexStore(db::SqliteDb db) : m_db(std::move(db)) {}
    // A full rebuild in the caller's transaction: empty the tables (secondary indexes dropped), then, after
    // the entry rows, write folders and totals and rebuild the indexes.
    Status beginRebuild(bool dropIndexes);
    Status endRebuild(const ScanTree& tree, const ScanAnalysis& analysis, const ScanRecord& record,
                      StoreStats& stats);
    Status writeTotalsAndScan(const ScanAnalysis& analysis, const ScanRecord& record, qint64 changedRows,
                              const ScanTree& tree);
    db::SqliteDb m_db;
};

// A full rebuild whose entry rows are written while the walk is still running: the walk hands over each
// folder's listing as it is merged (ScanOptions::listed), and a thread of the loader's own attributes and
// inserts the rows, in one transaction opened by start(). finish(), after analyseScan, corrects the few rows
// that changed after they were written (a folder that could not be opened, hard-linked paths that do not
// count), writes folders and totals, rebuilds the secondary indexes and commits. Readers see the previous
// index until then; destroyed without a successful finish(), everything is rolled back. The store must not be
// used by anyone else until finish() returns or the load is destroyed.
class BulkLoad
{
public:
    static Result<std::unique_ptr<BulkLoad>> start(IndexStore& store, const Manifest& manifest,
                                                   bool oneFolder);
    ~BulkLoad();
    BulkLoad(const BulkLoad&) = delete;
    BulkLoad& operator=(const BulkLoad&) = delete;

    // ScanOptions::listed: takes a listing from a walk worker (which waits here when the writer is far
    // behind: bounded memory).
    void listed(ListedEntries&& entries);

    Result<StoreStats> finish(const ScanTree& tree, const ScanAnalysis& analysis, const ScanRecord& record);

private:
    struct Impl;
    explicit BulkLoad(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
};

} // namespace ts::index
