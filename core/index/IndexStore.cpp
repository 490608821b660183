#include "index/IndexStore.h"

#include "db/LocalDatabase.h"
#include "index/EntryMatcher.h"
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
constexpr const char* kUpdateEntry =
    "UPDATE index_entries SET "
    "parent=?2,top=?3,name=?4,type=?5,state=?6,size=?7,allocated=?8,mtime_ns=?9,inode=?10,"
    "device=?11,uid=?12,mode=?13,nlink=?14,counted=?15,kind=?16,member=?17,link_target=?18,error=?19 WHERE "
    "id=?1";
constexpr const char* kInsertFolder =
    "INSERT OR REPLACE INTO index_folders(id,parent,top,path,depth,bytes,allocated,files,folders,entries,"
    "newest_mtime_ns,kind,member) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13)";

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
}

bool sameFolder(const StoredFolder& old, const FolderTotals& f, const ScanEntry& e, std::int64_t parentId,
                const QString& member)
{
    return old.parent == parentId && old.top == int(e.top) && old.path == f.path && old.depth == f.depth &&
           old.bytes == f.bytes && old.allocated == f.allocated && old.files == f.files &&
           old.folders == f.folders && old.entries == f.entries && old.newestMtimeNs == f.newestMtimeNs &&
           old.kind == int(e.kind) && old.member == member;
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

    auto scans = prepare(m_db, "SELECT count(*) FROM index_scans");
    if (!scans)
        return scans.error();
    snap.hasScan = sqlite3_step(scans->get()) == SQLITE_ROW && sqlite3_column_int64(scans->get(), 0) > 0;
    if (!snap.hasScan)
        return snap;

    auto count = prepare(m_db, "SELECT count(*), max(id) FROM index_entries");
    if (!count)
        return count.error();
    if (sqlite3_step(count->get()) == SQLITE_ROW) {
        snap.entries.reserve(std::size_t(sqlite3_column_int64(count->get(), 0)));
        snap.maxId = sqlite3_column_int64(count->get(), 1);
    }
    auto rows = prepare(
        m_db, "SELECT id,parent,top,name,type,state,size,allocated,mtime_ns,inode,device,uid,mode,nlink,"
              "counted,kind,member,link_target,error FROM index_entries");
    if (!rows)
        return rows.error();
    sqlite3_stmt* s = rows->get();
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        StoredEntry e;
        e.id = sqlite3_column_int64(s, 0);
        e.parent = sqlite3_column_int64(s, 1);
        e.top = std::uint8_t(sqlite3_column_int(s, 2));
        const auto* name = static_cast<const char*>(sqlite3_column_blob(s, 3));
        e.nameLength = std::uint16_t(sqlite3_column_bytes(s, 3));
        e.nameOffset = std::uint32_t(snap.names.size());
        snap.names.append(name ? name : "", e.nameLength);
        e.type = std::uint8_t(sqlite3_column_int(s, 4));
        e.state = std::uint8_t(sqlite3_column_int(s, 5));
        e.size = sqlite3_column_int64(s, 6);
        e.allocated = sqlite3_column_int64(s, 7);
        e.mtimeNs = sqlite3_column_int64(s, 8);
        e.inode = std::uint64_t(sqlite3_column_int64(s, 9));
        e.device = std::uint64_t(sqlite3_column_int64(s, 10));
        e.uid = std::uint32_t(sqlite3_column_int64(s, 11));
        e.mode = std::uint32_t(sqlite3_column_int64(s, 12));
        e.nlink = std::uint32_t(sqlite3_column_int64(s, 13));
        e.counted = sqlite3_column_int(s, 14) != 0;
        e.kind = std::uint8_t(sqlite3_column_int(s, 15));
        if (sqlite3_column_type(s, 16) != SQLITE_NULL) {
            const QString member =
                QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(s, 16)));
            qsizetype idx = snap.members.indexOf(member);
            if (idx < 0) {
                idx = snap.members.size();
                snap.members << member;
            }
            e.member = std::int16_t(idx);
        }
        if (sqlite3_column_type(s, 17) != SQLITE_NULL)
            snap.linkTargets.insert(e.id, QByteArray(static_cast<const char*>(sqlite3_column_blob(s, 17)),
                                                     sqlite3_column_bytes(s, 17)));
        if (sqlite3_column_type(s, 18) != SQLITE_NULL)
            snap.errors.insert(e.id,
                               QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(s, 18))));
        snap.entries.push_back(e);
    }
    if (rc != SQLITE_DONE)
        return Error::failed(
            QStringLiteral("%1: cannot read the index: %2").arg(m_db.path(), m_db.lastError()));

    auto folders =
        prepare(m_db, "SELECT id,parent,top,path,depth,bytes,allocated,files,folders,entries,newest_mtime_ns,"
                      "kind,member FROM index_folders");
    if (!folders)
        return folders.error();
    s = folders->get();
    while (sqlite3_step(s) == SQLITE_ROW) {
        StoredFolder f;
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
        snap.folders.emplace(sqlite3_column_int64(s, 0), std::move(f));
    }
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

    // Old member index → new member index (-2: a member that is gone, never equal to a new one).
    std::vector<std::int16_t> memberMap;
    for (const QString& id : previous.members) {
        const auto idx = tree.memberIds.indexOf(id);
        memberMap.push_back(idx < 0 ? std::int16_t(-2) : std::int16_t(idx));
    }

    // Match each new entry to the old row at the same place (same parent row, same name bytes).
    std::vector<std::int64_t> ids(tree.entries.size());
    const std::vector<std::int32_t> matched = matchStoredEntries(tree, previous);
    std::vector<bool> oldMatched(previous.entries.size(), false);
    std::vector<std::size_t> inserts, updates;
    std::int64_t nextId = previous.maxId + 1;
    for (std::size_t i = 0; i < tree.entries.size(); ++i) {
        const ScanEntry& e = tree.entries[i];
        if (matched[i] < 0) {
            ids[i] = nextId++;
            inserts.push_back(i);
            continue;
        }
        const StoredEntry& o = previous.entries[std::size_t(matched[i])];
        oldMatched[std::size_t(matched[i])] = true;
        ids[i] = o.id;
        const std::int16_t oldMember = o.member == kNoMember ? kNoMember : memberMap[std::size_t(o.member)];
        bool same = o.type == std::uint8_t(e.type) && o.state == std::uint8_t(e.state) && o.size == e.size &&
                    o.allocated == e.allocated && o.mtimeNs == e.mtimeNs && o.inode == e.inode &&
                    o.device == e.device && o.uid == e.uid && o.mode == e.mode && o.nlink == e.nlink &&
                    o.counted == e.counted && o.kind == std::uint8_t(e.kind) && oldMember == e.member;
        // The rare text columns are compared only where they can be set.
        if (same && e.type == EntryType::Symlink)
            same = previous.linkTargets.value(o.id) == tree.linkTargets.value(std::int32_t(i));
        if (same && e.state != EntryState::Ok)
            same = previous.errors.value(o.id) == tree.errors.value(std::int32_t(i));
        if (!same)
            updates.push_back(i);
    }
    std::vector<std::int64_t> deletes;
    for (std::size_t k = 0; k < previous.entries.size(); ++k)
        if (!oldMatched[k])
            deletes.push_back(previous.entries[k].id);

    std::vector<std::size_t> folderWrites;
    std::unordered_map<std::int64_t, bool> newFolderIds;
    for (std::size_t f = 0; f < analysis.folders.size(); ++f) {
        const FolderTotals& folder = analysis.folders[f];
        const ScanEntry& e = tree.entries[std::size_t(folder.entry)];
        const std::int64_t id = ids[std::size_t(folder.entry)];
        newFolderIds.emplace(id, true);
        const std::int64_t parentId = e.parent == kNoParent ? 0 : ids[std::size_t(e.parent)];
        const auto old = previous.folders.find(id);
        const QString member = e.member == kNoMember ? QString() : tree.memberIds.at(e.member);
        if (old == previous.folders.end() || !sameFolder(old->second, folder, e, parentId, member))
            folderWrites.push_back(f);
    }
    std::vector<std::int64_t> folderDeletes;
    for (const auto& [id, folder] : previous.folders)
        if (!newFolderIds.count(id))
            folderDeletes.push_back(id);

    StoreStats stats;
    const bool totalsChanged = previous.totals != analysis.totals;
    if (inserts.empty() && updates.empty() && deletes.empty() && folderWrites.empty() &&
        folderDeletes.empty() && !totalsChanged)
        return stats; // nothing changed: nothing is written, not even a scan row

    db::Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto insert = prepare(m_db, kInsertEntry);
    auto update = prepare(m_db, kUpdateEntry);
    auto remove = prepare(m_db, "DELETE FROM index_entries WHERE id=?1");
    auto folderWrite = prepare(m_db, kInsertFolder);
    auto folderRemove = prepare(m_db, "DELETE FROM index_folders WHERE id=?1");
    for (auto* r : {&insert, &update, &remove, &folderWrite, &folderRemove})
        if (!*r)
            return r->error();
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
    for (std::size_t f : folderWrites) {
        const FolderTotals& folder = analysis.folders[f];
        const ScanEntry& e = tree.entries[std::size_t(folder.entry)];
        bindFolder(folderWrite->get(), tree, folder, ids[std::size_t(folder.entry)],
                   e.parent == kNoParent ? 0 : ids[std::size_t(e.parent)]);
        if (auto ok = stepDone(m_db, folderWrite->get()); !ok)
            return ok.error();
    }
    stats.inserted = qint64(inserts.size());
    stats.updated = qint64(updates.size());
    stats.deleted = qint64(deletes.size());
    stats.folderRows = qint64(folderWrites.size() + folderDeletes.size());
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
