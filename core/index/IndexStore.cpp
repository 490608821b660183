#include "index/IndexStore.h"

#include "db/LocalDatabase.h"
#include "index/IndexSchema.h"
#include "index/ListingQueue.h"

#include <QDateTime>
#include <QFile>

#include <sqlite3.h>

#include <string>
#include <thread>
#include <unordered_map>

namespace ts::index {

namespace {

struct StmtFinalizer
{
    void operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); }
};
using Stmt = std::unique_ptr<sqlite3_stmt, StmtFinalizer>;

Result<Stmt> prepare(db::SqliteDb& db, const char* sql)
{
    sqlite3_stmt* raw = nullptr;
    if (sqlite3_prepare_v3(db.handle(), sql, -1, SQLITE_PREPARE_PERSISTENT, &raw, nullptr) != SQLITE_OK)
        return Error::failed(QStringLiteral("%1: database error: %2").arg(db.path(), db.lastError()));
    return Stmt(raw);
}

Status stepDone(db::SqliteDb& db, sqlite3_stmt* s)
{
    const int rc = sqlite3_step(s);
    sqlite3_reset(s);
    if (rc != SQLITE_DONE)
        return Error::failed(
            QStringLiteral("%1: database write failed: %2 (check free space on the local disk)")
                .arg(db.path(), db.lastError()));
    return {};
}

void bindBytes(sqlite3_stmt* s, int i, std::string_view bytes)
{
    sqlite3_bind_blob(s, i, bytes.data(), int(bytes.size()), SQLITE_STATIC);
}

void bindOptionalText(sqlite3_stmt* s, int i, const QByteArray& utf8)
{
    if (utf8.isNull())
        sqlite3_bind_null(s, i);
    else
        sqlite3_bind_text(s, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

constexpr const char* kInsertEntry =
    "INSERT INTO "
    "index_entries(id,parent,top,name,type,state,size,allocated,mtime_ns,inode,device,uid,mode,nlink,"
    "counted,kind,member,link_target,error) "
    "VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19)";
constexpr int kEntryColumns = 19;
// The bulk writer inserts this many rows per statement: one step then runs the statement's set-up (transaction
// check, cursor open and close, halt) once for all of them, about a fifth less SQLite time per row.
constexpr int kBulkRows = 32;

std::string multiRowInsertEntry(int rows)
{
    std::string sql(kInsertEntry);
    sql.resize(sql.find("VALUES(") + 6);
    for (int r = 0; r < rows; ++r) {
        sql += r ? ",(" : "(";
        for (int c = 1; c <= kEntryColumns; ++c) {
            sql += '?';
            sql += std::to_string(r * kEntryColumns + c);
            sql += c < kEntryColumns ? "," : ")";
        }
    }
    return sql;
}

// Updated entries keep parent, top and name (matched by name under their parent), so those are not set:
// setting an indexed column rewrites its index entry even when unchanged (pages, WAL frames, checkpoint).
constexpr const char* kUpdateEntry =
    "UPDATE index_entries SET type=?5,state=?6,size=?7,allocated=?8,mtime_ns=?9,inode=?10,device=?11,uid=?12,"
    "mode=?13,nlink=?14,counted=?15,kind=?16,member=?17,link_target=?18,error=?19 WHERE id=?1";
constexpr const char* kInsertFolder =
    "INSERT OR REPLACE INTO index_folders(id,parent,top,path,depth,bytes,allocated,files,folders,entries,"
    "newest_mtime_ns,kind,member,children_hash) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14)";
// A folder that keeps its place gets only its totals updated (INSERT OR REPLACE rewrites its index entries).
constexpr const char* kUpdateFolderTotals =
    "UPDATE index_folders SET bytes=?6,allocated=?7,files=?8,folders=?9,entries=?10,newest_mtime_ns=?11,"
    "kind=?12,member=?13,children_hash=?14 WHERE id=?1";

// Binds one entry as row `id` with parent row `parentId` (for the insert and the update alike).
// `base` shifts every parameter: row r of a multi-row insert binds ?(19r+1) to ?(19r+19).
void bindEntryFields(sqlite3_stmt* s, const ScanEntry& e, std::string_view name, std::int64_t id,
                     std::int64_t parentId, const QByteArray& member, const QByteArray* link,
                     const QByteArray& error, int base = 0)
{
    sqlite3_bind_int64(s, base + 1, id);
    sqlite3_bind_int64(s, base + 2, parentId);
    sqlite3_bind_int(s, base + 3, int(e.top));
    bindBytes(s, base + 4, name);
    sqlite3_bind_int(s, base + 5, int(e.type));
    sqlite3_bind_int(s, base + 6, int(e.state));
    sqlite3_bind_int64(s, base + 7, e.size);
    sqlite3_bind_int64(s, base + 8, e.allocated);
    sqlite3_bind_int64(s, base + 9, e.mtimeNs);
    sqlite3_bind_int64(s, base + 10, sqlite3_int64(e.inode));
    sqlite3_bind_int64(s, base + 11, sqlite3_int64(e.device));
    sqlite3_bind_int64(s, base + 12, e.uid);
    sqlite3_bind_int64(s, base + 13, e.mode);
    sqlite3_bind_int64(s, base + 14, e.nlink);
    sqlite3_bind_int(s, base + 15, e.counted ? 1 : 0);
    sqlite3_bind_int(s, base + 16, int(e.kind));
    bindOptionalText(s, base + 17, member);
    if (link)
        sqlite3_bind_blob(s, base + 18, link->constData(), int(link->size()), SQLITE_TRANSIENT);
    else
        sqlite3_bind_null(s, base + 18);
    bindOptionalText(s, base + 19, error);
}

// Binds entry `i` of the tree as row `id` with parent row `parentId`.
void bindEntry(sqlite3_stmt* s, const ScanTree& tree, std::size_t i, std::int64_t id, std::int64_t parentId,
               const QByteArray& member, const QByteArray& error)
{
    const ScanEntry& e = tree.entries[i];
    const auto link = e.type == EntryType::Symlink ? tree.linkTargets.constFind(std::int32_t(i))
                                                   : tree.linkTargets.constEnd();
    bindEntryFields(s, e, tree.name(e), id, parentId, member,
                    link != tree.linkTargets.constEnd() ? &*link : nullptr, error);
}

QByteArray memberOf(const QStringList& memberIds, const ScanEntry& e)
{
    // Member ids are few: encode each once per thread instead of once per row.
    thread_local QStringList cachedIds;
    thread_local QList<QByteArray> cachedUtf8;
    if (e.member == kNoMember)
        return {};
    if (cachedIds != memberIds) {
        cachedIds = memberIds;
        cachedUtf8.clear();
        for (const QString& id : cachedIds)
            cachedUtf8 << id.toUtf8();
    }
    return cachedUtf8.at(e.member);
}

QByteArray memberOf(const ScanTree& tree, const ScanEntry& e)
{
    return memberOf(tree.memberIds, e);
}

QByteArray errorOf(const ScanTree& tree, std::size_t i)
{
    if (tree.entries[i].state == EntryState::Ok)
        return {};
    const auto it = tree.errors.constFind(std::int32_t(i));
    return it == tree.errors.constEnd() ? QByteArray() : it->toUtf8();
}

void bindFolder(sqlite3_stmt* s, const ScanTree& tree, const FolderTotals& f, std::int64_t id,
                std::int64_t parentId)
{
    const ScanEntry& e = tree.entries[std::size_t(f.entry)];
    sqlite3_bind_int64(s, 1, id);
    sqlite3_bind_int64(s, 2, parentId);
    sqlite3_bind_int(s, 3, int(e.top));
    sqlite3_bind_blob(s, 4, f.path.constData(), int(f.path.size()), SQLITE_TRANSIENT);
    sqlite3_bind_int(s, 5, f.depth);
    sqlite3_bind_int64(s, 6, f.bytes);
    sqlite3_bind_int64(s, 7, f.allocated);
    sqlite3_bind_int64(s, 8, f.files);
    sqlite3_bind_int64(s, 9, f.folders);
    sqlite3_bind_int64(s, 10, f.entries);
    sqlite3_bind_int64(s, 11, f.newestMtimeNs);
    sqlite3_bind_int(s, 12, int(e.kind));
    bindOptionalText(s, 13, memberOf(tree, e));
    sqlite3_bind_int64(s, 14, sqlite3_int64(f.childrenHash));
}

bool sameFolder(const StoredFolder& old, const FolderTotals& f, const ScanEntry& e, std::int64_t parentId,
                const QString& member)
{
    return old.parent == parentId && old.top == int(e.top) && old.path == f.path && old.depth == f.depth &&
           old.bytes == f.bytes && old.allocated == f.allocated && old.files == f.files &&
           old.folders == f.folders && old.entries == f.entries && old.newestMtimeNs == f.newestMtimeNs &&
           old.kind == int(e.kind) && old.member == member && old.childrenHash == f.childrenHash;
}

// The stored children of a folder are read with this statement; a row is compared where it is, column by
// column, without copying it (most rows of a folder whose children changed are unchanged).
constexpr const char* kSelectChildren =
    "SELECT id,top,name,type,state,size,allocated,mtime_ns,inode,device,uid,mode,nlink,counted,kind,member,"
    "link_target,error FROM index_entries WHERE parent=?1";

std::string_view columnBytes(sqlite3_stmt* s, int column)
{
    const void* data = sqlite3_column_blob(s, column);
    return data ? std::string_view(static_cast<const char*>(data),
                                   std::size_t(sqlite3_column_bytes(s, column)))
                : std::string_view();
}

std::string_view bytesOf(const QByteArray& b)
{
    return {b.constData(), std::size_t(b.size())};
}

// Whether the row under the cursor of a kSelectChildren statement stores exactly this entry (`error` null
// for an entry without one).
bool sameStoredRow(sqlite3_stmt* s, const ScanEntry& e, std::string_view member, std::string_view link,
                   const QByteArray* error)
{
    if (sqlite3_column_int(s, 1) != int(e.top) || sqlite3_column_int(s, 3) != int(e.type) ||
        sqlite3_column_int(s, 4) != int(e.state) || sqlite3_column_int64(s, 5) != e.size ||
        sqlite3_column_int64(s, 6) != e.allocated || sqlite3_column_int64(s, 7) != e.mtimeNs ||
        std::uint64_t(sqlite3_column_int64(s, 8)) != e.inode ||
        std::uint64_t(sqlite3_column_int64(s, 9)) != e.device ||
        std::uint32_t(sqlite3_column_int64(s, 10)) != e.uid ||
        std::uint32_t(sqlite3_column_int64(s, 11)) != e.mode ||
        std::uint32_t(sqlite3_column_int64(s, 12)) != e.nlink ||
        (sqlite3_column_int(s, 13) != 0) != e.counted || sqlite3_column_int(s, 14) != int(e.kind))
        return false;
    if (columnBytes(s, 15) != member)
        return false;
    if (e.type == EntryType::Symlink && columnBytes(s, 16) != link)
        return false;
    if (e.state == EntryState::Ok)
        return sqlite3_column_type(s, 17) == SQLITE_NULL;
    return columnBytes(s, 17) == (error ? bytesOf(*error) : std::string_view());
}

// Whether the row under the cursor of a kSelectChildren statement stores exactly entry `i`.
bool sameStoredEntry(sqlite3_stmt* s, const ScanTree& tree, std::size_t i)
{
    const ScanEntry& e = tree.entries[i];
    const QByteArray error =
        e.state == EntryState::Ok ? QByteArray() : tree.errors.value(std::int32_t(i)).toUtf8();
    return sameStoredRow(s, e, bytesOf(memberOf(tree, e)),
                         e.type == EntryType::Symlink ? bytesOf(tree.linkTargets.value(std::int32_t(i)))
                                                      : std::string_view(),
                         e.state == EntryState::Ok ? nullptr : &error);
}

} // namespace

QString filesDatabasePath(const QString& databasePath)
{
    const QString base = databasePath.endsWith(QLatin1String(".sqlite"))
                             ? databasePath.chopped(int(qstrlen(".sqlite")))
                             : databasePath;
    return base + QStringLiteral(".files.sqlite");
}

namespace {

// SQLite's own code for a file that is not (or no longer) a database: the cache may be dropped and rebuilt.
bool isDamaged(int rc)
{
    return (rc & 0xff) == SQLITE_NOTADB || (rc & 0xff) == SQLITE_CORRUPT;
}

// The cache file's tables and indexes (version 2: kSchemaV1's without its partial index on state, which no
// query could use), created in the attached schema `files`.
QByteArray filesSchemaSql()
{
    QByteArray sql = QByteArray(kSchemaV1)
                         .replace(kSchemaV1ProblemsIndex, "")
                         .replace("CREATE TABLE index_", "CREATE TABLE files.index_")
                         .replace("CREATE INDEX index_", "CREATE INDEX files.index_");
    Q_ASSERT(!sql.contains("index_entries_problems"));
    return sql;
}

// Attaches the cache file as schema `files` and brings it to kFilesSchemaVersion (a cache of another version
// is emptied: the next scan rebuilds it). Returns SQLite's result code; `message` says what failed.
int attachFiles(db::SqliteDb& db, const QString& cachePath, QString* message)
{
    sqlite3* h = db.handle();
    const auto fail = [&](int rc) {
        *message = QString::fromUtf8(sqlite3_errmsg(h));
        return rc == SQLITE_OK ? SQLITE_ERROR : rc;
    };
    sqlite3_stmt* attach = nullptr;
    if (sqlite3_prepare_v2(h, "ATTACH DATABASE ?1 AS files", -1, &attach, nullptr) != SQLITE_OK)
        return fail(sqlite3_errcode(h));
    const QByteArray utf8 = cachePath.toUtf8();
    sqlite3_bind_text(attach, 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    int rc = sqlite3_step(attach);
    sqlite3_finalize(attach);
    if (rc != SQLITE_DONE)
        return fail(sqlite3_extended_errcode(h));
    // A cache: a power loss may cost the last scan, so the file is never synced; the main file still is.
    // 16 KiB pages for a new cache (see SqliteDb::open).
    rc = sqlite3_exec(
        h,
        "PRAGMA files.page_size=16384; PRAGMA files.journal_mode=WAL; PRAGMA files.synchronous=OFF;"
        "PRAGMA files.cache_size=-65536; PRAGMA temp_store=MEMORY;",
        nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return fail(sqlite3_extended_errcode(h));
    const auto version = [&]() -> int {
        sqlite3_stmt* q = nullptr;
        int v = -1;
        if (sqlite3_prepare_v2(h, "PRAGMA files.user_version", -1, &q, nullptr) == SQLITE_OK &&
            sqlite3_step(q) == SQLITE_ROW)
            v = sqlite3_column_int(q, 0);
        sqlite3_finalize(q);
        return v;
    };
    int current = version();
    if (current < 0)
        return fail(sqlite3_extended_errcode(h));
    if (current == kFilesSchemaVersion)
        return SQLITE_OK;
    if ((rc = sqlite3_exec(h, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr)) != SQLITE_OK)
        return fail(sqlite3_extended_errcode(h));
    current = version(); // another process may have created it meanwhile
    QByteArray sql;
    if (current != kFilesSchemaVersion) {
        for (const char* table : kFilesTables)
            sql += QByteArray("DROP TABLE IF EXISTS files.") + table + ';';
        sql += filesSchemaSql();
        sql += "PRAGMA files.user_version=" + QByteArray::number(kFilesSchemaVersion) + ';';
    }
    sql += "COMMIT";
    if ((rc = sqlite3_exec(h, sql.constData(), nullptr, nullptr, nullptr)) != SQLITE_OK) {
        const int code = sqlite3_extended_errcode(h);
        *message = QString::fromUtf8(sqlite3_errmsg(h));
        sqlite3_exec(h, "ROLLBACK", nullptr, nullptr, nullptr);
        return code == SQLITE_OK ? SQLITE_ERROR : code;
    }
    return SQLITE_OK;
}

} // namespace

Result<IndexStore> IndexStore::open(const QString& path)
{
    auto db = db::openLocalDatabase(path);
    if (!db)
        return db.error();
    const QString cache = filesDatabasePath(path);
    QString message;
    int rc = attachFiles(*db, cache, &message);
    if (isDamaged(rc)) {
        // Not a database any more (a power loss while it was written, or another file in its place): the
        // cache is ours to drop; the next scan rebuilds it.
        (void)sqlite3_exec(db->handle(), "DETACH DATABASE files", nullptr, nullptr, nullptr);
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(cache + QLatin1String(suffix));
        rc = attachFiles(*db, cache, &message);
    }
    if (rc != SQLITE_OK)
        return Error::failed(
            QStringLiteral("%1: cannot open the file index: %2 (check that its folder is "
                           "writable; a damaged file may be deleted: the next scan rebuilds it)")
                .arg(cache, message));
    return IndexStore(std::move(*db));
}

Result<IndexSnapshot> IndexStore::loadSnapshot()
{
    if (auto ok = m_db.exec("BEGIN"); !ok)
        return ok.error();
    struct EndRead
    {
        db::SqliteDb& db;
        ~EndRead() { (void)db.exec("COMMIT"); }
    } endRead{m_db};
    return readSnapshot();
}

Result<IndexSnapshot> IndexStore::readSnapshot()
{
    IndexSnapshot snap;
    auto scans =
        prepare(m_db, "SELECT count(*), (SELECT coalesce(max(id),0) FROM index_entries) FROM index_scans");
    if (!scans)
        return scans.error();
    if (sqlite3_step(scans->get()) == SQLITE_ROW) {
        snap.hasScan = sqlite3_column_int64(scans->get(), 0) > 0;
        snap.maxId = sqlite3_column_int64(scans->get(), 1);
    }
    if (!snap.hasScan)
        return snap;

    auto folders =
        prepare(m_db, "SELECT id,parent,top,path,depth,bytes,allocated,files,folders,entries,newest_mtime_ns,"
                      "kind,member,children_hash FROM index_folders");
    if (!folders)
        return folders.error();
    sqlite3_stmt* s = folders->get();
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        StoredFolder f;
        const std::int64_t id = sqlite3_column_int64(s, 0);
        f.parent = sqlite3_column_int64(s, 1);
        f.top = sqlite3_column_int(s, 2);
        f.path = QByteArray(static_cast<const char*>(sqlite3_column_blob(s, 3)), sqlite3_column_bytes(s, 3));
        f.depth = sqlite3_column_int(s, 4);
        f.bytes = sqlite3_column_int64(s, 5);
        f.allocated = sqlite3_column_int64(s, 6);
        f.files = sqlite3_column_int64(s, 7);
        f.folders = sqlite3_column_int64(s, 8);
        f.entries = sqlite3_column_int64(s, 9);
        f.newestMtimeNs = sqlite3_column_int64(s, 10);
        f.kind = sqlite3_column_int(s, 11);
        if (sqlite3_column_type(s, 12) != SQLITE_NULL)
            f.member = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(s, 12)));
        f.childrenHash = std::uint64_t(sqlite3_column_int64(s, 13));
        snap.folderIdByPath.insert({f.top, f.path}, id);
        snap.folders.emplace(id, std::move(f));
    }
    if (rc != SQLITE_DONE)
        return Error::failed(
            QStringLiteral("%1: cannot read the index: %2").arg(m_db.path(), m_db.lastError()));
    auto totals = prepare(m_db, "SELECT scope,key,bytes,allocated,files FROM index_totals");
    if (!totals)
        return totals.error();
    s = totals->get();
    while (sqlite3_step(s) == SQLITE_ROW) {
        const QString scope = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(s, 0)));
        const QString key = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(s, 1)));
        snap.totals.insert({scope, key}, {sqlite3_column_int64(s, 2), sqlite3_column_int64(s, 3),
                                          sqlite3_column_int64(s, 4)});
    }
    return snap;
}

Status IndexStore::beginRebuild(bool dropIndexes)
{
    return m_db.exec(QByteArray(dropIndexes ? kDropSecondaryIndexes : "") +
                     "DELETE FROM index_entries; DELETE FROM index_folders;");
}

Status IndexStore::endRebuild(const ScanTree& tree, const ScanAnalysis& analysis, const ScanRecord& record,
                              StoreStats& stats)
{
    auto folder = prepare(m_db, kInsertFolder);
    if (!folder)
        return folder.error();
    for (const FolderTotals& f : analysis.folders) {
        const ScanEntry& e = tree.entries[std::size_t(f.entry)];
        bindFolder(folder->get(), tree, f, f.entry + 1, e.parent == kNoParent ? 0 : e.parent + 1);
        if (auto ok = stepDone(m_db, folder->get()); !ok)
            return ok.error();
    }
    stats.folderRows = qint64(analysis.folders.size());
    if (auto ok = m_db.exec(kCreateSecondaryIndexes); !ok)
        return ok.error();
    if (auto ok = writeTotalsAndScan(analysis, record, stats.inserted, tree); !ok)
        return ok.error();
    stats.totalRows = analysis.totals.size();
    return {};
}

Result<StoreStats> IndexStore::replaceAll(const ScanTree& tree, const ScanAnalysis& analysis,
                                          const ScanRecord& record)
{
    StoreStats stats;
    db::Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    if (auto ok = beginRebuild(true); !ok)
        return ok.error();
    auto insert = prepare(m_db, kInsertEntry);
    if (!insert)
        return insert.error();
    // Row id = tree index + 1: parents come first, so every parent row exists before its children.
    for (std::size_t i = 0; i < tree.entries.size(); ++i) {
        const ScanEntry& e = tree.entries[i];
        bindEntry(insert->get(), tree, i, std::int64_t(i) + 1, e.parent == kNoParent ? 0 : e.parent + 1,
                  memberOf(tree, e), errorOf(tree, i));
        if (auto ok = stepDone(m_db, insert->get()); !ok)
            return ok.error();
    }
    stats.inserted = qint64(tree.entries.size());
    if (auto ok = endRebuild(tree, analysis, record, stats); !ok)
        return ok.error();
    if (auto ok = tx.commit(); !ok)
        return ok.error();
    stats.wroteAnything = true;
    return stats;
}

Result<IndexStore::StoredScan> IndexStore::storedScan()
{
    auto q = m_db.prepare("SELECT (SELECT count(*) FROM index_scans), (SELECT coalesce(max(id),0) FROM "
                          "index_entries)");
    if (!q)
        return q.error();
    StoredScan stored;
    if (q->step()) {
        stored.hasScan = q->columnInt64(0) > 0;
        stored.maxId = q->columnInt64(1);
    }
    if (q->hasError())
        return Error::failed(QStringLiteral("%1: cannot read the index: %2").arg(m_db.path(), q->error()));
    return stored;
}

// ---- BulkLoad ----

struct BulkLoad::Impl
{
    // One row waiting for the bulk writer's next statement.
    struct Row
    {
        ScanEntry entry; // attributed
        std::string_view name;
        std::int32_t index;
        const QByteArray* target;
        QByteArray error;
    };

    // What the writer wrote for fields that the walk or the analysis may still change.
    struct Written
    {
        Kind kind;
        EntryState state;
        std::int16_t member;
    };

    Impl(IndexStore& s, const Manifest& manifest, bool oneFolder)
        : store(s), tx(s.m_db), attribution(manifest, oneFolder)
    {
    }

    void write()
    {
        // A smaller page cache than a query's: pages spill to the WAL while the walk still runs, and memory
        // stays bounded on a million files.
        (void)store.m_db.exec("PRAGMA files.cache_size=-32768");
        if (auto ok = store.beginRebuild(true); !ok)
            return fail(ok.error());
        auto single = prepare(store.m_db, kInsertEntry);
        if (!single)
            return fail(single.error());
        auto batch = prepare(store.m_db, multiRowInsertEntry(kBulkRows).c_str());
        if (!batch)
            return fail(batch.error());
        while (true) {
            bool gap = false;
            const std::vector<ListedEntries> work = queue.take(&gap);
            if (gap)
                return fail(Error::failed(
                    QStringLiteral("internal error: the walk did not hand over row %1").arg(queue.next())));
            if (work.empty())
                return;
            // Names are bound without a copy: `work` keeps them alive until every pending row is written.
            for (const ListedEntries& chunk : work)
                collect(chunk);
            if (auto ok = insertPending(single->get(), batch->get()); !ok)
                return fail(ok.error());
        }
    }

    // Attributes the chunk's rows and queues them for insertPending().
    void collect(const ListedEntries& chunk)
    {
        auto link = chunk.links.begin();
        auto error = chunk.errors.begin();
        for (std::size_t k = 0; k < chunk.entries.size(); ++k) {
            const auto index = chunk.first + std::int32_t(k);
            Row row{chunk.entries[k], {}, index, nullptr, {}};
            ScanEntry& e = row.entry;
            row.name = std::string_view(chunk.names.data() + e.nameOffset, e.nameLength);
            attribution.attribute(index, e, row.name);
            written.push_back({e.kind, e.state, e.member});
            if (link != chunk.links.end() && link->first == index)
                row.target = &(link++)->second;
            if (error != chunk.errors.end() && error->first == index) {
                if (e.state != EntryState::Ok)
                    row.error = error->second.toUtf8();
                ++error;
            }
            pending.push_back(std::move(row));
        }
    }

    // Writes the pending rows, kBulkRows to a statement, the rest one by one.
    Status insertPending(sqlite3_stmt* single, sqlite3_stmt* batch)
    {
        std::size_t done = 0;
        for (; pending.size() - done >= std::size_t(kBulkRows); done += kBulkRows) {
            for (int r = 0; r < kBulkRows; ++r)
                bind(batch, pending[done + std::size_t(r)], r * kEntryColumns);
            if (auto ok = stepDone(store.m_db, batch); !ok)
                return ok;
        }
        for (; done < pending.size(); ++done) {
            bind(single, pending[done], 0);
            if (auto ok = stepDone(store.m_db, single); !ok)
                return ok;
        }
        pending.clear();
        return {};
    }

    void bind(sqlite3_stmt* stmt, const Row& row, int base)
    {
        const ScanEntry& e = row.entry;
        bindEntryFields(stmt, e, row.name, row.index + 1, e.parent == kNoParent ? 0 : e.parent + 1,
                        memberOf(attribution.memberIds(), e), row.target, row.error, base);
    }

    void fail(Error error)
    {
        failure = std::move(error);
        queue.close();
    }

    void stop()
    {
        queue.finish();
        if (writer.joinable())
            writer.join();
    }

    IndexStore& store;
    db::Transaction tx; // first in, last out: statements are finalized before it rolls back
    Attribution attribution;
    std::vector<Written> written; // by tree index (writer thread; read after it is joined)
    std::vector<Row> pending; // writer thread: rows of the current hand-over not yet written
    ListingQueue queue;
    std::optional<Error> failure; // writer thread; read after it is joined
    std::thread writer;
};

BulkLoad::BulkLoad(std::unique_ptr<Impl> impl) : d(std::move(impl)) {}

BulkLoad::~BulkLoad()
{
    if (d) {
        d->queue.close(); // abandoned (finish() not reached): the writer stops at once
        d->stop();        // the transaction rolls back with d
    }
}

Result<std::unique_ptr<BulkLoad>> BulkLoad::start(IndexStore& store, const Manifest& manifest, bool oneFolder)
{
    auto impl = std::make_unique<Impl>(store, manifest, oneFolder);
    if (!impl->tx.started())
        return impl->tx.started().error();
    impl->writer = std::thread([raw = impl.get()] { raw->write(); });
    return std::unique_ptr<BulkLoad>(new BulkLoad(std::move(impl)));
}

void BulkLoad::listed(ListedEntries&& entries)
{
    d->queue.push(std::move(entries));
}

Result<StoreStats> BulkLoad::finish(const ScanTree& tree, const ScanAnalysis& analysis,
                                    const ScanRecord& record)
{
    d->stop();
    if (d->failure)
        return *d->failure;
    if (d->written.size() != tree.entries.size())
        return Error::failed(QStringLiteral("internal error: the index loader wrote %1 of %2 rows")
                                 .arg(d->written.size())
                                 .arg(tree.entries.size()));
    IndexStore& store = d->store;
    StoreStats stats;
    stats.inserted = qint64(tree.entries.size());
    // Rows the walk or the analysis changed after they were written: a folder that could not be opened,
    // the paths of a hard-linked inode that do not count.
    auto fix = prepare(store.m_db,
                       "UPDATE index_entries SET state=?2,counted=?3,kind=?4,member=?5,error=?6 WHERE id=?1");
    if (!fix)
        return fix.error();
    for (std::size_t i = 0; i < tree.entries.size(); ++i) {
        const ScanEntry& e = tree.entries[i];
        const Impl::Written& w = d->written[i];
        if (e.counted && e.kind == w.kind && e.state == w.state && e.member == w.member)
            continue;
        sqlite3_stmt* s = fix->get();
        sqlite3_bind_int64(s, 1, std::int64_t(i) + 1);
        sqlite3_bind_int(s, 2, int(e.state));
        sqlite3_bind_int(s, 3, e.counted ? 1 : 0);
        sqlite3_bind_int(s, 4, int(e.kind));
        bindOptionalText(s, 5, memberOf(tree, e));
        bindOptionalText(s, 6, errorOf(tree, i));
        if (auto ok = stepDone(store.m_db, s); !ok)
            return ok.error();
    }
    if (auto ok = store.endRebuild(tree, analysis, record, stats); !ok)
        return ok.error();
    if (auto ok = d->tx.commit(); !ok)
        return ok.error();
    stats.wroteAnything = true;
    return stats;
}

Result<StoreStats> IndexStore::applyChanges(const ScanTree& tree, const ScanAnalysis& analysis,
                                            const IndexSnapshot& previous, const ScanRecord& record)
{
    if (!previous.hasScan)
        return replaceAll(tree, analysis, record);

    // Entry rows are read only for folders whose children hash changed (and for the tops); an unchanged
    // folder's sub-folders get their ids from the stored folder paths.
    std::vector<std::int64_t> ids(tree.entries.size(), 0);
    std::vector<std::size_t> inserts, updates;
    std::vector<std::int64_t> deletes, emptiedFolders;
    std::int64_t nextId = previous.maxId + 1;
    // The stored children of changed folders are read through a memory map (no system call per page).
    (void)m_db.exec("PRAGMA files.mmap_size=1073741824");
    auto select = prepare(m_db, kSelectChildren);
    if (!select)
        return select.error();

    // Matches a folder's stored children with its new listing by name (the tops by their top number).
    std::vector<char> matched;
    std::unordered_map<std::string_view, std::size_t> byName;
    auto diffListing = [&](std::int64_t parentId, const std::vector<std::size_t>& children) -> Status {
        const auto keyOf = [&](int top, std::string_view name) -> std::string_view {
            return parentId == 0 ? std::string_view(top == 0 ? "0" : "1") : name;
        };
        matched.assign(children.size(), 0);
        const bool useMap = children.size() > 24; // a short listing is searched in place
        if (useMap) {
            byName.clear();
            for (std::size_t pos = 0; pos < children.size(); ++pos) {
                const ScanEntry& e = tree.entries[children[pos]];
                byName.emplace(keyOf(int(e.top), tree.name(e)), pos);
            }
        }
        const auto find = [&](std::string_view key) -> std::ptrdiff_t {
            if (useMap) {
                const auto it = byName.find(key);
                return it == byName.end() ? -1 : std::ptrdiff_t(it->second);
            }
            for (std::size_t pos = 0; pos < children.size(); ++pos) {
                const ScanEntry& e = tree.entries[children[pos]];
                if (keyOf(int(e.top), tree.name(e)) == key)
                    return std::ptrdiff_t(pos);
            }
            return -1;
        };
        if (parentId <= previous.maxId) {
            sqlite3_stmt* s = select->get();
            sqlite3_bind_int64(s, 1, parentId);
            int rc;
            while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
                const std::int64_t id = sqlite3_column_int64(s, 0);
                const bool wasFolder = sqlite3_column_int(s, 3) == int(EntryType::Directory);
                const std::ptrdiff_t pos = find(keyOf(sqlite3_column_int(s, 1), columnBytes(s, 2)));
                if (pos < 0 || matched[std::size_t(pos)]) {
                    deletes.push_back(id);
                    if (wasFolder)
                        emptiedFolders.push_back(id);
                    continue;
                }
                matched[std::size_t(pos)] = 1;
                const std::size_t k = children[std::size_t(pos)];
                ids[k] = id;
                if (!sameStoredEntry(s, tree, k))
                    updates.push_back(k);
                if (wasFolder && tree.entries[k].type != EntryType::Directory)
                    emptiedFolders.push_back(id);
            }
            sqlite3_reset(s);
            if (rc != SQLITE_DONE)
                return Error::failed(
                    QStringLiteral("%1: cannot read the index: %2").arg(m_db.path(), m_db.lastError()));
        }
        for (std::size_t pos = 0; pos < children.size(); ++pos) {
            if (matched[pos])
                continue;
            ids[children[pos]] = nextId++;
            inserts.push_back(children[pos]);
        }
        return {};
    };

    // Each folder's listing is contiguous in the tree.
    std::vector<std::vector<std::size_t>> listings(analysis.folders.size());
    std::vector<std::size_t> tops;
    for (std::size_t i = 0; i < tree.entries.size(); ++i) {
        const ScanEntry& e = tree.entries[i];
        if (e.parent == kNoParent)
            tops.push_back(i);
        else
            listings[std::size_t(analysis.folderSlot[std::size_t(e.parent)])].push_back(i);
    }
    if (auto ok = m_db.exec("BEGIN"); !ok)
        return ok.error();
    struct EndRead
    {
        db::SqliteDb& db;
        bool open = true;
        void end()
        {
            if (std::exchange(open, false))
                (void)db.exec("COMMIT");
        }
        ~EndRead() { end(); }
    } endRead{m_db};
    if (auto ok = diffListing(0, tops); !ok)
        return ok.error();
    for (std::size_t f = 0; f < analysis.folders.size(); ++f) {
        const FolderTotals& folder = analysis.folders[f];
        const ScanEntry& self = tree.entries[std::size_t(folder.entry)];
        const auto old = previous.folders.find(ids[std::size_t(folder.entry)]);
        bool unchanged = old != previous.folders.end() && old->second.childrenHash == folder.childrenHash &&
                         old->second.entries == folder.entries && old->second.path == folder.path;
        if (unchanged) {
            for (std::size_t k : listings[f]) {
                if (tree.entries[k].type != EntryType::Directory)
                    continue;
                const std::string_view name = tree.name(tree.entries[k]);
                const QByteArray path = (folder.path.isEmpty() ? QByteArray() : folder.path + '/') +
                                        QByteArray(name.data(), qsizetype(name.size()));
                const auto id = previous.folderIdByPath.constFind({int(self.top), path});
                if (id == previous.folderIdByPath.constEnd()) {
                    unchanged = false; // the stored folders disagree with the hash: compare row by row
                    break;
                }
                ids[k] = *id;
            }
        }
        if (!unchanged) {
            if (auto ok = diffListing(ids[std::size_t(folder.entry)], listings[f]); !ok)
                return ok.error();
        }
    }
    endRead.end();

    // Rows below a folder that is gone (or became a file) go with it, however deep.
    std::vector<std::int64_t> subtreeFolders;
    if (!emptiedFolders.empty()) {
        std::unordered_map<std::int64_t, std::vector<std::int64_t>> childFolders;
        for (const auto& [id, folder] : previous.folders)
            childFolders[folder.parent].push_back(id);
        std::vector<std::int64_t> stack = emptiedFolders;
        while (!stack.empty()) {
            const std::int64_t id = stack.back();
            stack.pop_back();
            subtreeFolders.push_back(id);
            const auto it = childFolders.find(id);
            if (it != childFolders.end())
                stack.insert(stack.end(), it->second.begin(), it->second.end());
        }
    }

    std::vector<std::size_t> folderWrites, folderUpdates;
    std::unordered_map<std::int64_t, bool> newFolderIds;
    for (std::size_t f = 0; f < analysis.folders.size(); ++f) {
        const FolderTotals& folder = analysis.folders[f];
        const ScanEntry& e = tree.entries[std::size_t(folder.entry)];
        const std::int64_t id = ids[std::size_t(folder.entry)];
        newFolderIds.emplace(id, true);
        const std::int64_t parentId = e.parent == kNoParent ? 0 : ids[std::size_t(e.parent)];
        const auto old = previous.folders.find(id);
        const QString member = e.member == kNoMember ? QString() : tree.memberIds.at(e.member);
        if (old == previous.folders.end() || !sameFolder(old->second, folder, e, parentId, member)) {
            const bool samePlace = old != previous.folders.end() && old->second.parent == parentId &&
                                   old->second.top == int(e.top) && old->second.path == folder.path &&
                                   old->second.depth == folder.depth;
            (samePlace ? folderUpdates : folderWrites).push_back(f);
        }
    }
    std::vector<std::int64_t> folderDeletes;
    for (const auto& [id, folder] : previous.folders)
        if (!newFolderIds.count(id))
            folderDeletes.push_back(id);

    StoreStats stats;
    const bool totalsChanged = previous.totals != analysis.totals;
    if (inserts.empty() && updates.empty() && deletes.empty() && subtreeFolders.empty() &&
        folderWrites.empty() && folderUpdates.empty() && folderDeletes.empty() && !totalsChanged)
        return stats; // nothing changed: nothing is written, not even a scan row

    db::Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto insert = prepare(m_db, kInsertEntry);
    auto update = prepare(m_db, kUpdateEntry);
    auto remove = prepare(m_db, "DELETE FROM index_entries WHERE id=?1");
    auto folderWrite = prepare(m_db, kInsertFolder);
    auto folderUpdate = prepare(m_db, kUpdateFolderTotals);
    auto folderRemove = prepare(m_db, "DELETE FROM index_folders WHERE id=?1");
    auto removeBelow = prepare(m_db, "DELETE FROM index_entries WHERE parent=?1");
    for (auto* r : {&insert, &update, &remove, &folderWrite, &folderUpdate, &folderRemove, &removeBelow})
        if (!*r)
            return r->error();
    qint64 deletedBelow = 0;
    for (std::int64_t id : subtreeFolders) {
        sqlite3_bind_int64(removeBelow->get(), 1, id);
        if (auto ok = stepDone(m_db, removeBelow->get()); !ok)
            return ok.error();
        deletedBelow += m_db.changes();
    }
    for (const auto& [list, stmt] :
         {std::pair{&inserts, insert->get()}, std::pair{&updates, update->get()}}) {
        for (std::size_t i : *list) {
            const ScanEntry& e = tree.entries[i];
            bindEntry(stmt, tree, i, ids[i], e.parent == kNoParent ? 0 : ids[std::size_t(e.parent)],
                      memberOf(tree, e), errorOf(tree, i));
            if (auto ok = stepDone(m_db, stmt); !ok)
                return ok.error();
        }
    }
    for (const auto& [list, stmt] :
         {std::pair{&deletes, remove->get()}, std::pair{&folderDeletes, folderRemove->get()}}) {
        for (std::int64_t id : *list) {
            sqlite3_bind_int64(stmt, 1, id);
            if (auto ok = stepDone(m_db, stmt); !ok)
                return ok.error();
        }
    }
    for (const auto& [list, stmt] :
         {std::pair{&folderWrites, folderWrite->get()}, std::pair{&folderUpdates, folderUpdate->get()}}) {
        for (std::size_t f : *list) {
            const FolderTotals& folder = analysis.folders[f];
            const ScanEntry& e = tree.entries[std::size_t(folder.entry)];
            bindFolder(stmt, tree, folder, ids[std::size_t(folder.entry)],
                       e.parent == kNoParent ? 0 : ids[std::size_t(e.parent)]);
            if (auto ok = stepDone(m_db, stmt); !ok)
                return ok.error();
        }
    }
    stats.inserted = qint64(inserts.size());
    stats.updated = qint64(updates.size());
    stats.deleted = qint64(deletes.size()) + deletedBelow;
    stats.folderRows = qint64(folderWrites.size() + folderUpdates.size() + folderDeletes.size());
    if (auto ok = writeTotalsAndScan(analysis, record, stats.inserted + stats.updated + stats.deleted, tree);
        !ok)
        return ok.error();
    stats.totalRows = analysis.totals.size();
    if (auto ok = tx.commit(); !ok)
        return ok.error();
    stats.wroteAnything = true;
    return stats;
}

Status IndexStore::writeTotalsAndScan(const ScanAnalysis& analysis, const ScanRecord& record,
                                      qint64 changedRows, const ScanTree& tree)
{
    if (auto ok = m_db.exec("DELETE FROM index_totals_previous;"
                            "INSERT INTO index_totals_previous SELECT * FROM index_totals;"
                            "DELETE FROM index_totals;");
        !ok)
        return ok.error();
    auto insert =
        prepare(m_db, "INSERT INTO index_totals(scope,key,bytes,allocated,files) VALUES(?1,?2,?3,?4,?5)");
    if (!insert)
        return insert.error();
    for (auto it = analysis.totals.constBegin(); it != analysis.totals.constEnd(); ++it) {
        const QByteArray scope = it.key().first.toUtf8(), key = it.key().second.toUtf8();
        sqlite3_bind_text(insert->get(), 1, scope.constData(), int(scope.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(insert->get(), 2, key.constData(), int(key.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int64(insert->get(), 3, it->bytes);
        sqlite3_bind_int64(insert->get(), 4, it->allocated);
        sqlite3_bind_int64(insert->get(), 5, it->files);
        if (auto ok = stepDone(m_db, insert->get()); !ok)
            return ok.error();
    }
    auto scan = m_db.prepare(
        "INSERT INTO index_scans(finished_utc,full,files,dirs,bytes,allocated,errors,changed_rows,"
        "seconds,shared_folder,repository) VALUES(?,?,?,?,?,?,?,?,?,?,?)");
    if (!scan)
        return scan.error();
    scan->bind(1, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
        .bind(2, record.full ? 1 : 0)
        .bind(3, qint64(analysis.files))
        .bind(4, qint64(analysis.dirs))
        .bind(5, qint64(analysis.bytes))
        .bind(6, qint64(analysis.allocated))
        .bind(7, record.errors)
        .bind(8, changedRows)
        .bind(9, record.seconds)
        .bind(10, tree.sharedFolder)
        .bind(11, tree.repository);
    return scan->run();
}

} // namespace ts::index
