// IndexStore::applyChanges: an incremental scan's diff against the stored index (docs/index.md, Store).
#include "index/IndexRows.h"
#include "index/IndexStore.h"

#include <sqlite3.h>

#include <unordered_map>

namespace ts::index {

using namespace rows;

namespace {

bool sameFolder(const StoredFolder& old, const FolderTotals& f, const ScanEntry& e, std::int64_t parentId,
                const QString& member)
{
    return old.parent == parentId && old.top == int(e.top) && old.path == f.path && old.depth == f.depth &&
           old.bytes == f.bytes && old.allocated == f.allocated && old.files == f.files &&
           old.folders == f.folders && old.entries == f.entries && old.newestMtimeNs == f.newestMtimeNs &&
           old.kind == int(e.kind) && old.member == member && old.childrenHash == f.childrenHash;
}

std::string_view columnBytes(sqlite3_stmt* s, int column)
{
    const void* data = sqlite3_column_blob(s, column);
    return data ? std::string_view(static_cast<const char*>(data),
                                   std::size_t(sqlite3_column_bytes(s, column)))
                : std::string_view();
}

} // namespace

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
    auto selectRange = prepare(m_db, kSelectChildrenRange);
    if (!selectRange)
        return selectRange.error();
    auto selectAppended = prepare(m_db, kSelectAppendedChildren);
    if (!selectAppended)
        return selectAppended.error();
    // Inserted entries that fall outside their folder's id range (IndexSchema.h, kFilesSchema): children of
    // a folder that already had its range. A new folder's listing is inserted whole, as its own range.
    std::vector<char> appended(tree.entries.size(), 0);
    const std::vector<std::uint64_t> members = memberHashes(tree.memberIds);
    std::unordered_map<std::int64_t, ChildRange> newRanges; // folder id → range of a folder without one

    // Matches a folder's stored children with its new listing by name (the tops by their top number).
    std::vector<char> matched;
    std::unordered_map<std::string_view, std::size_t> byName;
    // A listing: the tree entries first .. first+count-1 (each folder's listing is consecutive in the tree).
    struct Listing
    {
        std::size_t first = 0, count = 0;
        std::size_t operator[](std::size_t pos) const { return first + pos; }
        std::size_t size() const { return count; }
    };
    auto diffListing = [&](std::int64_t parentId, Listing children) -> Status {
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
        // The stored range: the tops', or the folder row's (none for a folder that is new, or was not one).
        const auto stored = previous.folders.find(parentId);
        const bool hasRange = parentId == 0 || stored != previous.folders.end();
        const auto compare = [&](sqlite3_stmt* s) -> Status {
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
                // The stored row_hash covers every stored field (entryHash): equal hashes, equal rows.
                if (std::uint64_t(sqlite3_column_int64(s, 4)) != entryHash(tree, k, members))
                    updates.push_back(k);
                if (wasFolder && tree.entries[k].type != EntryType::Directory)
                    emptiedFolders.push_back(id);
            }
            sqlite3_reset(s);
            if (rc != SQLITE_DONE)
                return Error::failed(
                    QStringLiteral("%1: cannot read the index: %2").arg(m_db.path(), m_db.lastError()));
            return {};
        };
        if (hasRange) {
            const ChildRange range =
                parentId == 0 ? kTopsRange : ChildRange{stored->second.firstChild, stored->second.childCount};
            if (range.count > 0) {
                bindChildRange(selectRange->get(), range, parentId);
                if (auto ok = compare(selectRange->get()); !ok)
                    return ok;
            }
        }
        if (parentId <= previous.maxId) {
            sqlite3_bind_int64(selectAppended->get(), 1, parentId);
            if (auto ok = compare(selectAppended->get()); !ok)
                return ok;
        }
        const std::int64_t firstNew = nextId;
        for (std::size_t pos = 0; pos < children.size(); ++pos) {
            if (matched[pos])
                continue;
            ids[children[pos]] = nextId++;
            inserts.push_back(children[pos]);
            appended[children[pos]] = hasRange ? 1 : 0;
        }
        if (!hasRange)
            newRanges[parentId] = {firstNew, nextId - firstNew};
        return {};
    };

    if (auto ok = checkListings(tree, analysis); !ok)
        return ok.error();
    std::size_t topCount = 0;
    while (topCount < tree.entries.size() && tree.entries[topCount].parent == kNoParent)
        ++topCount;
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
    if (auto ok = diffListing(0, Listing{0, topCount}); !ok)
        return ok.error();
    for (std::size_t f = 0; f < analysis.folders.size(); ++f) {
        const FolderTotals& folder = analysis.folders[f];
        const std::int64_t id = ids[std::size_t(folder.entry)];
        const Listing listing{std::size_t(std::max(folder.firstChild, 0)), std::size_t(folder.entries)};
        const auto old = previous.folders.find(id);
        bool unchanged = old != previous.folders.end() && old->second.childrenHash == folder.childrenHash &&
                         old->second.entries == folder.entries && old->second.path == folder.path;
        if (unchanged) {
            // The same children: the sub-folders keep the ids of the stored folder rows of the same name.
            for (std::size_t pos = 0; pos < listing.size(); ++pos) {
                const std::size_t k = listing[pos];
                if (tree.entries[k].type != EntryType::Directory)
                    continue;
                const auto child = previous.folderIdByName.find({id, tree.name(tree.entries[k])});
                if (child == previous.folderIdByName.end()) {
                    unchanged = false; // the stored folders disagree with the hash: compare row by row
                    break;
                }
                ids[k] = child->second;
            }
        }
        if (!unchanged) {
            if (auto ok = diffListing(id, listing); !ok)
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
    auto insertAppended = prepare(m_db, kInsertAppendedEntry);
    auto removeRange = prepare(m_db, kDeleteChildrenRange);
    auto removeAppended = prepare(m_db, kDeleteAppendedChildren);
    for (auto* r : {&insert, &update, &remove, &folderWrite, &folderUpdate, &folderRemove, &insertAppended,
                    &removeRange, &removeAppended})
        if (!*r)
            return r->error();
    qint64 deletedBelow = 0;
    for (std::int64_t id : subtreeFolders) {
        const auto folder = previous.folders.find(id);
        bindChildRange(removeRange->get(),
                       folder == previous.folders.end()
                           ? ChildRange{}
                           : ChildRange{folder->second.firstChild, folder->second.childCount},
                       id);
        sqlite3_bind_int64(removeAppended->get(), 1, id);
        for (sqlite3_stmt* stmt : {removeRange->get(), removeAppended->get()}) {
            if (auto ok = stepDone(m_db, stmt); !ok)
                return ok.error();
            deletedBelow += m_db.changes();
        }
    }
    for (const auto& [list, stmt] :
         {std::pair{&inserts, insert->get()}, std::pair{&updates, update->get()}}) {
        for (std::size_t i : *list) {
            const ScanEntry& e = tree.entries[i];
            sqlite3_stmt* s = list == &inserts && appended[i] ? insertAppended->get() : stmt;
            bindEntry(s, tree, i, ids[i], e.parent == kNoParent ? 0 : ids[std::size_t(e.parent)],
                      memberOf(tree, e), errorOf(tree, i), members);
            if (auto ok = stepDone(m_db, s); !ok)
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
            const std::int64_t id = ids[std::size_t(folder.entry)];
            // A folder keeps its stored range; one without gets its listing's (inserted whole).
            const auto old = previous.folders.find(id);
            const auto fresh = newRanges.find(id);
            const ChildRange range = old != previous.folders.end()
                                         ? ChildRange{old->second.firstChild, old->second.childCount}
                                     : fresh != newRanges.end() ? fresh->second
                                                                : ChildRange{};
            bindFolder(stmt, tree, folder, id, e.parent == kNoParent ? 0 : ids[std::size_t(e.parent)], range);
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

} // namespace ts::index
