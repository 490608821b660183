// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Row-level helpers shared by the index's writers (IndexStore.cpp: schema and snapshots; BulkLoad.cpp: the
// streaming full rebuild; IndexStoreIncremental.cpp: the incremental diff). Internal to core/index.
// Statements go through the sqlite3 C API (QtSql measured 2-3x slower for bulk inserts).
#pragma once

#include "db/SqliteDb.h"
#include "index/ScanAnalysis.h"
#include "index/ScanTree.h"
#include "util/Result.h"

#include <QByteArray>
#include <QStringList>

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <string_view>
#include <utility>

namespace ts::index::rows {

struct StmtFinalizer
{
    void operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); }
};
using Stmt = std::unique_ptr<sqlite3_stmt, StmtFinalizer>;

// A read transaction (BEGIN ... COMMIT) that ends with its scope, or earlier with end().
struct ReadTransaction
{
    db::SqliteDb& db;
    bool open = false;
    Status begin()
    {
        auto ok = db.exec("BEGIN");
        open = ok.ok();
        return ok;
    }
    void end()
    {
        if (std::exchange(open, false))
            (void)db.exec("COMMIT");
    }
    ~ReadTransaction() { end(); }
};

// A statement kept for many steps (SQLITE_PREPARE_PERSISTENT); the error names the database file.
Result<Stmt> prepare(db::SqliteDb& db, const char* sql);
// Steps a statement that returns no rows and resets it; a failure names the file and the likely fix.
Status stepDone(db::SqliteDb& db, sqlite3_stmt* s);
// Binds bytes without a copy: they must outlive the step.
void bindBytes(sqlite3_stmt* s, int i, std::string_view bytes);
// Binds UTF-8 text (copied), or NULL for a null array.
void bindOptionalText(sqlite3_stmt* s, int i, const QByteArray& utf8);

// The columns bindEntryFields() binds, and their parameters.
#define TS_INDEX_ENTRY_COLUMNS                                                                               \
    "INSERT INTO index_entries(id,parent,top,name,type,state,size,allocated,mtime_ns,inode,device,uid,mode," \
    "nlink,counted,kind,member,link_target,error,row_hash"
#define TS_INDEX_ENTRY_VALUES "?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19,?20"
inline constexpr const char* kInsertEntry = TS_INDEX_ENTRY_COLUMNS ") VALUES(" TS_INDEX_ENTRY_VALUES ")";
inline constexpr int kEntryColumns = 20;
// Updated entries keep parent, top and name (matched by name under their parent), so those are not set:
// setting an indexed column rewrites its index entry even when unchanged (pages, WAL frames, checkpoint).
inline constexpr const char* kUpdateEntry =
    "UPDATE index_entries SET type=?5,state=?6,size=?7,allocated=?8,mtime_ns=?9,inode=?10,device=?11,uid=?12,"
    "mode=?13,nlink=?14,counted=?15,kind=?16,member=?17,link_target=?18,error=?19,row_hash=?20 WHERE id=?1";
// An entry inserted by an incremental scan outside its folder's id range (IndexSchema.h, kFilesSchema).
inline constexpr const char* kInsertAppendedEntry =
    TS_INDEX_ENTRY_COLUMNS ",appended) VALUES(" TS_INDEX_ENTRY_VALUES ",1)";
#undef TS_INDEX_ENTRY_COLUMNS
#undef TS_INDEX_ENTRY_VALUES
inline constexpr const char* kInsertFolder =
    "INSERT OR REPLACE INTO index_folders(id,parent,top,path,depth,bytes,allocated,files,folders,entries,"
    "newest_mtime_ns,kind,member,children_hash,first_child,child_count) "
    "VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16)";
// A folder that keeps its place gets only its totals updated (INSERT OR REPLACE rewrites its index entries).
inline constexpr const char* kUpdateFolderTotals =
    "UPDATE index_folders SET bytes=?6,allocated=?7,files=?8,folders=?9,entries=?10,newest_mtime_ns=?11,"
    "kind=?12,member=?13,children_hash=?14 WHERE id=?1";

// Binds one entry as row `id` with parent row `parentId` (for the insert and the update alike); `hash` is
// entryHash() of exactly these fields. `base` shifts every parameter: row r of a multi-row insert binds
// ?(20r+1) to ?(20r+20).
void bindEntryFields(sqlite3_stmt* s, const ScanEntry& e, std::string_view name, std::int64_t id,
                     std::int64_t parentId, const QByteArray& member, const QByteArray* link,
                     const QByteArray& error, std::uint64_t hash, int base = 0);
// Binds entry `i` of the tree as row `id` with parent row `parentId`.
void bindEntry(sqlite3_stmt* s, const ScanTree& tree, std::size_t i, std::int64_t id, std::int64_t parentId,
               const QByteArray& member, const QByteArray& error,
               const std::vector<std::uint64_t>& memberHashes);
// The entry's member id as stored (UTF-8), null when it has none.
QByteArray memberOf(const QStringList& memberIds, const ScanEntry& e);
QByteArray memberOf(const ScanTree& tree, const ScanEntry& e);
// The stored error text of entry `i`: null when its state is ok.
QByteArray errorOf(const ScanTree& tree, std::size_t i);
// A folder's children as rows are stored (IndexSchema.h, kFilesSchema): one id range, and the rows that
// incremental scans appended.
struct ChildRange
{
    std::int64_t first = 0;
    std::int64_t count = 0;
};
// The tops' range (parent 0): a rebuild writes them first.
inline constexpr ChildRange kTopsRange{1, 2};
// The children of folder ?3 in the id range ?1 .. ?2, then (kSelectAppendedChildren) the appended ones. The
// two never return the same row (appended=0 / 1), even where an id was handed out again after the rows with
// the highest ids were deleted. Columns: id, top, name, type, row_hash.
#define TS_INDEX_CHILD_COLUMNS "SELECT id,top,name,type,row_hash FROM index_entries "
inline constexpr const char* kSelectChildrenRange =
    TS_INDEX_CHILD_COLUMNS "WHERE id BETWEEN ?1 AND ?2 AND parent=?3 AND appended=0";
inline constexpr const char* kSelectAppendedChildren =
    TS_INDEX_CHILD_COLUMNS "WHERE parent=?1 AND appended=1";
#undef TS_INDEX_CHILD_COLUMNS
inline constexpr const char* kDeleteChildrenRange =
    "DELETE FROM index_entries WHERE id BETWEEN ?1 AND ?2 AND parent=?3 AND appended=0";
inline constexpr const char* kDeleteAppendedChildren =
    "DELETE FROM index_entries WHERE parent=?1 AND appended=1";
// The tree's side of the ranges: each folder's listing consecutive (ScanAnalysis::listingsContiguous), the
// tops first. An internal error otherwise: the index would lose rows.
Status checkListings(const ScanTree& tree, const ScanAnalysis& analysis);
// Binds a range for kSelectChildrenRange / kDeleteChildrenRange.
void bindChildRange(sqlite3_stmt* s, ChildRange range, std::int64_t parentId);

// Binds a folder row (kInsertFolder / kUpdateFolderTotals; only kInsertFolder sets the range).
void bindFolder(sqlite3_stmt* s, const ScanTree& tree, const FolderTotals& f, std::int64_t id,
                std::int64_t parentId, ChildRange children = {});

} // namespace ts::index::rows
