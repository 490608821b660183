// The local SQLite index: writes a scan (a full rebuild, or only what changed) and answers the usage queries
// from stored totals. One IndexStore = one connection: use it on one thread; open another for another thread.
#pragma once

#include "db/SqliteDb.h"
#include "index/IndexQueries.h"
#include "index/IndexSnapshot.h"
#include "index/ScanAnalysis.h"
#include "util/Cancellation.h"

#include <optional>

namespace ts::index {

struct StoreStats
{
    qint64 inserted = 0, updated = 0, deleted = 0; // entry rows
    qint64 folderRows = 0, totalRows = 0;          // folder and totals rows written
    bool wroteAnything = false;
};

struct ScanRecord
{
    bool full = false;
    double seconds = 0;
    qint64 errors = 0;
};

class IndexStore
{
public:
    // Opens (creating and migrating) the local database at `path`.
    static Result<IndexStore> open(const QString& path);

    IndexStore(IndexStore&&) noexcept = default;
    IndexStore& operator=(IndexStore&&) noexcept = default;

    // Reads the stored index for an incremental comparison (a read transaction, no writes).
    Result<IndexSnapshot> loadSnapshot();

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

    db::SqliteDb& database() { return m_db; }

private:
    explicit IndexStore(db::SqliteDb db) : m_db(std::move(db)) {}
    Status writeTotalsAndScan(const ScanAnalysis& analysis, const ScanRecord& record, qint64 changedRows,
                              const ScanTree& tree);
    db::SqliteDb m_db;
};

} // namespace ts::index
