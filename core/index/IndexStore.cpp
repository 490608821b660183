#include "index/IndexStore.h"

#include "db/LocalDatabase.h"
#include "index/IndexSchema.h"

#include <QDateTime>

#include <sqlite3.h>

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

// Binds entry `i` of the tree as row `id` with parent row `parentId` (for the insert and the update alike).
void bindEntry(sqlite3_stmt* s, const ScanTree& tree, std::size_t i, std::int64_t id, std::int64_t parentId,
               const QByteArray& member, const QByteArray& error)
{
    const ScanEntry& e = tree.entries[i];
    sqlite3_bind_int64(s, 1, id);
    sqlite3_bind_int64(s, 2, parentId);
    sqlite3_bind_int(s, 3, int(e.top));
    bindBytes(s, 4, tree.name(e));
    sqlite3_bind_int(s, 5, int(e.type));
    sqlite3_bind_int(s, 6, int(e.state));
    sqlite3_bind_int64(s, 7, e.size);
    sqlite3_bind_int64(s, 8, e.allocated);
    sqlite3_bind_int64(s, 9, e.mtimeNs);
    sqlite3_bind_int64(s, 10, sqlite3_int64(e.inode));
    sqlite3_bind_int64(s, 11, sqlite3_int64(e.device));
    sqlite3_bind_int64(s, 12, e.uid);
    sqlite3_bind_int64(s, 13, e.mode);
    sqlite3_bind_int64(s, 14, e.nlink);
    sqlite3_bind_int(s, 15, e.counted ? 1 : 0);
    sqlite3_bind_int(s, 16, int(e.kind));
    bindOptionalText(s, 17, member);
    const auto link = e.type == EntryType::Symlink ? tree.linkTargets.constFind(std::int32_t(i))
                                                   : tree.linkTargets.constEnd();
    if (link != tree.linkTargets.constEnd())
        sqlite3_bind_blob(s, 18, link->constData(), int(link->size()), SQLITE_TRANSIENT);
    else
        sqlite3_bind_null(s, 18);
    bindOptionalText(s, 19, error);
}

QByteArray memberOf(const ScanTree& tree, const ScanEntry& e)
{
    // Member ids are few: encode each once per thread instead of once per row.
    thread_local QStringList cachedIds;
    thread_local QList<QByteArray> cachedUtf8;
    if (e.member == kNoMember)
        return {};
    if (cachedIds != tree.memberIds) {
        cachedIds = tree.memberIds;
        cachedUtf8.clear();
        for (const QString& id : cachedIds)
            cachedUtf8 << id.toUtf8();
    }
    return cachedUtf8.at(e.member);
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

// A stored entry row, read when its folder's children changed.
struct OldChild
{
    std::int64_t id = 0, size = 0, allocated = 0, mtimeNs = 0;
    std::uint64_t inode = 0, device = 0;
    std::uint32_t uid = 0, mode = 0, nlink = 0;
    int top = 0, type = 0, state = 0, kind = 0;
    bool counted = true;
    QByteArray name, link;
    QString member, error;
};

Result<std::vector<OldChild>> readChildren(db::SqliteDb& db, sqlite3_stmt* s, std::int64_t parent)
{
    std::vector<OldChild> rows;
    sqlite3_bind_int64(s, 1, parent);
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        OldChild o;
        o.id = sqlite3_column_int64(s, 0);
        o.top = sqlite3_column_int(s, 1);
        o.name = QByteArray(static_cast<const char*>(sqlite3_column_blob(s, 2)), sqlite3_column_bytes(s, 2));
        o.type = sqlite3_column_int(s, 3);
        o.state = sqlite3_column_int(s, 4);
        o.size = sqlite3_column_int64(s, 5);
        o.allocated = sqlite3_column_int64(s, 6);
        o.mtimeNs = sqlite3_column_int64(s, 7);
        o.inode = std::uint64_t(sqlite3_column_int64(s, 8));
        o.device = std::uint64_t(sqlite3_column_int64(s, 9));
        o.uid = std::uint32_t(sqlite3_column_int64(s, 10));
        o.mode = std::uint32_t(sqlite3_column_int64(s, 11));
        o.nlink = std::uint32_t(sqlite3_column_int64(s, 12));
        o.counted = sqlite3_column_int(s, 13) != 0;
        o.kind = sqlite3_column_int(s, 14);
        if (sqlite3_column_type(s, 15) != SQLITE_NULL)
            o.member = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(s, 15)));
        if (sqlite3_column_type(s, 16) != SQLITE_NULL)
            o.link =
                QByteArray(static_cast<const char*>(sqlite3_column_blob(s, 16)), sqlite3_column_bytes(s, 16));
        if (sqlite3_column_type(s, 17) != SQLITE_NULL)
            o.error = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(s, 17)));
        rows.push_back(std::move(o));
    }
    sqlite3_reset(s);
    if (rc != SQLITE_DONE)
        return Error::failed(QStringLiteral("%1: cannot read the index: %2").arg(db.path(), db.lastError()));
    return rows;
}

bool sameEntry(const OldChild& o, const ScanTree& tree, std::size_t i)
{
    const ScanEntry& e = tree.entries[i];
    if (o.type != int(e.type) || o.state != int(e.state) || o.size != e.size || o.allocated != e.allocated ||
        o.mtimeNs != e.mtimeNs || o.inode != e.inode || o.device != e.device || o.uid != e.uid ||
        o.mode != e.mode || o.nlink != e.nlink || o.counted != e.counted || o.kind != int(e.kind) ||
        o.top != int(e.top))
        return false;
    if (o.member != (e.member == kNoMember ? QString() : tree.memberIds.at(e.member)))
        return false;
    if (e.type == EntryType::Symlink && o.link != tree.linkTargets.value(std::int32_t(i)))
        return false;
    return e.state == EntryState::Ok ? o.error.isNull() : o.error == tree.errors.value(std::int32_t(i));
}

} // namespace

Result<IndexStore> IndexStore::open(const QString& path)
{
    auto db = db::openLocalDatabase(path);
    if (!db)
        return db.error();
    // Bulk writes of a full scan stay in memory until commit instead of spilling half-way.
    (void)db->exec("PRAGMA cache_size=-65536; PRAGMA temp_store=MEMORY;");
    return IndexStore(std::move(*db));
}

Result<IndexSnapshot> IndexStore::loadSnapshot()
{
    IndexSnapshot snap;
    if (auto ok = m_db.exec("BEGIN"); !ok)
        return ok.error();
    struct EndRead
    {
        db::SqliteDb& db;
        ~EndRead() { (void)db.exec("COMMIT"); }
    } endRead{m_db};

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

Result<StoreStats> IndexStore::replaceAll(const ScanTree& tree, const ScanAnalysis& analysis,
                                          const ScanRecord& record)
{
    StoreStats stats;
    db::Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    if (auto ok = m_db.exec(QByteArray(kDropSecondaryIndexes) +
                            "DELETE FROM index_entries; DELETE FROM index_folders;");
        !ok)
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
    if (auto ok = tx.commit(); !ok)
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
    auto select =
        prepare(m_db, "SELECT id,top,name,type,state,size,allocated,mtime_ns,inode,device,uid,mode,nlink,"
                      "counted,kind,member,link_target,error FROM index_entries WHERE parent=?1");
    if (!select)
        return select.error();

    auto diffListing = [&](std::int64_t parentId, const std::vector<std::size_t>& children) -> Status {
        QHash<QByteArray, OldChild> old;
        if (parentId <= previous.maxId) {
            auto rows = readChildren(m_db, select->get(), parentId);
            if (!rows)
                return rows.error();
            for (OldChild& o : *rows) {
                const QByteArray key = parentId == 0 ? QByteArray::number(o.top) : o.name;
                old.insert(key, std::move(o));
            }
        }
        for (std::size_t k : children) {
            const ScanEntry& e = tree.entries[k];
            const std::string_view name = tree.name(e);
            const QByteArray key = parentId == 0
                                       ? QByteArray::number(int(e.top))
                                       : QByteArray::fromRawData(name.data(), qsizetype(name.size()));
            const auto it = old.find(key);
            if (it == old.end()) {
                ids[k] = nextId++;
                inserts.push_back(k);
                continue;
            }
            ids[k] = it->id;
            if (!sameEntry(*it, tree, k))
                updates.push_back(k);
            if (it->type == int(EntryType::Directory) && e.type != EntryType::Directory)
                emptiedFolders.push_back(it->id);
            old.erase(it);
        }
        for (const OldChild& o : old) {
            deletes.push_back(o.id);
            if (o.type == int(EntryType::Directory))
                emptiedFolders.push_back(o.id);
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
