// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// IndexStore::applyChanges: an incremental scan's diff against the stored index (docs/index.md, Store).
#include "index/IndexRows.h"
#include "index/IndexStore.h"

#include <sqlite3.h>

#include <algorithm>
#include <optional>
#include <thread>
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

// A listing: the tree entries first .. first+count-1 (each folder's listing is consecutive in the tree).
struct Listing
{
    std::size_t first = 0, count = 0;
    std::size_t operator[](std::size_t pos) const { return first + pos; }
    std::size_t size() const { return count; }
};

// One stored child of a folder, matched with the folder's new listing by name.
struct StoredChild
{
    std::int64_t id = 0;
    std::int32_t pos = -1; // place in the listing; -1: no entry of that name now (or a second row of one)
    bool wasFolder = false;
    bool same = false; // the stored row_hash equals the entry's: the row is unchanged
};

// A folder whose stored children are read: they are matched with its listing on one of two connections,
// and the results applied in folder order afterwards.
struct ChangedFolder
{
    std::int64_t id = 0;
    Listing listing;
    ChildRange range; // count 0: none
    bool hasRange = false;
    int part = 0; // which reader's results
    std::size_t first = 0, count = 0;
};

// Reads a folder's stored children (its id range, then its appended rows) on one connection and matches
// them with the new listing by name (the tops by their top number). Compares the rows by row_hash, which
// covers every stored field (entryHash): equal hashes, equal rows.
class ChildReader
{
public:
    ChildReader(db::SqliteDb& db, const ScanTree& tree, const std::vector<std::uint64_t>& members)
        : m_db(db), m_tree(tree), m_members(members)
    {
    }

    Status prepareStatements()
    {
        auto range = prepare(m_db, kSelectChildrenRange);
        if (!range)
            return range.error();
        auto appended = prepare(m_db, kSelectAppendedChildren);
        if (!appended)
            return appended.error();
        m_range = std::move(*range);
        m_appended = std::move(*appended);
        return {};
    }

    Status read(std::int64_t parentId, Listing children, ChildRange range, bool readAppended,
                std::vector<StoredChild>& out)
    {
        m_parentId = parentId;
        m_children = children;
        m_matched.assign(children.size(), 0);
        m_useMap = children.size() > 24; // a short listing is searched in place
        if (m_useMap) {
            m_byName.clear();
            for (std::size_t pos = 0; pos < children.size(); ++pos) {
                const ScanEntry& e = m_tree.entries[children[pos]];
                m_byName.emplace(keyOf(int(e.top), m_tree.name(e)), pos);
            }
        }
        if (range.count > 0) {
            bindChildRange(m_range.get(), range, parentId);
            if (auto ok = compare(m_range.get(), out); !ok)
                return ok;
        }
        if (readAppended) {
            sqlite3_bind_int64(m_appended.get(), 1, parentId);
            if (auto ok = compare(m_appended.get(), out); !ok)
                return ok;
        }
        return {};
    }

private:
    std::string_view keyOf(int top, std::string_view name) const
    {
        return m_parentId == 0 ? std::string_view(top == 0 ? "0" : "1") : name;
    }

    std::ptrdiff_t find(std::string_view key) const
    {
        if (m_useMap) {
            const auto it = m_byName.find(key);
            return it == m_byName.end() ? -1 : std::ptrdiff_t(it->second);
        }
        for (std::size_t pos = 0; pos < m_children.size(); ++pos) {
            const ScanEntry& e = m_tree.entries[m_children[pos]];
            if (keyOf(int(e.top), m_tree.name(e)) == key)
                return std::ptrdiff_t(pos);
        }
        return -1;
    }

    Status compare(sqlite3_stmt* s, std::vector<StoredChild>& out)
    {
        int rc;
        while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
            StoredChild child;
            child.id = sqlite3_column_int64(s, 0);
            child.wasFolder = sqlite3_column_int(s, 3) == int(EntryType::Directory);
            const std::ptrdiff_t pos = find(keyOf(sqlite3_column_int(s, 1), columnBytes(s, 2)));
            if (pos >= 0 && !m_matched[std::size_t(pos)]) {
                m_matched[std::size_t(pos)] = 1;
                child.pos = std::int32_t(pos);
                child.same = std::uint64_t(sqlite3_column_int64(s, 4)) ==
                             entryHash(m_tree, m_children[std::size_t(pos)], m_members);
            }
            out.push_back(child);
        }
        sqlite3_reset(s);
        if (rc != SQLITE_DONE)
            return Error::failed(
                QStringLiteral("%1: cannot read the index: %2").arg(m_db.path(), m_db.lastError()));
        return {};
    }

    db::SqliteDb& m_db;
    const ScanTree& m_tree;
    const std::vector<std::uint64_t>& m_members;
    Stmt m_range, m_appended;
    std::int64_t m_parentId = 0;
    Listing m_children;
    std::vector<char> m_matched;
    bool m_useMap = false;
    std::unordered_map<std::string_view, std::size_t> m_byName;
};

// Reads the stored children of the folders order[begin, end) of `changed` with `reader` (prepared, in a read
// transaction of its connection), into `out`.
Status readChangedFolders(ChildReader& reader, std::vector<ChangedFolder>& changed,
                          const std::vector<std::size_t>& order, std::size_t begin, std::size_t end, int part,
                          std::int64_t maxId, std::vector<StoredChild>& out)
{
    for (std::size_t o = begin; o < end; ++o) {
        ChangedFolder& folder = changed[order[o]];
        folder.part = part;
        folder.first = out.size();
        if (auto ok = reader.read(folder.id, folder.listing, folder.range, folder.id <= maxId, out); !ok)
            return ok;
        folder.count = out.size() - folder.first;
    }
    return {};
}

// Changed folders below this many are read on one connection: a second one costs about a millisecond.
constexpr std::size_t kParallelReadFolders = 256;

} // namespace

Result<StoreStats> IndexStore::applyChanges(const ScanTree& tree, const ScanAnalysis& analysis,
                                            const IndexSnapshot& previous, const ScanRecord& record)
{
    if (!previous.hasScan)
        return replaceAll(tree, analysis, record);
    if (auto ok = checkListings(tree, analysis); !ok)
        return ok.error();

    // Entry rows are read only for folders whose children hash changed (and for the tops). A folder's
    // sub-folders take the ids of the stored folder rows of the same name (parent id, name); the other
    // children get theirs when the stored rows are matched by name, or new ones.
    std::vector<std::int64_t> ids(tree.entries.size(), 0);
    std::vector<std::size_t> inserts, updates;
    std::vector<std::int64_t> deletes, emptiedFolders;
    std::int64_t nextId = previous.maxId + 1;
    // Inserted entries that fall outside their folder's id range (IndexSchema.h, kFilesSchema): children of
    // a folder that already had its range. A new folder's listing is inserted whole, as its own range.
    std::vector<char> appended(tree.entries.size(), 0);
    const std::vector<std::uint64_t> members = memberHashes(tree.memberIds);
    std::unordered_map<std::int64_t, ChildRange> newRanges; // folder id → range of a folder without one
    bool inconsistent = false; // the stored rows disagree with the stored folders: rebuild instead

    // Applies one folder's matched stored children: ids, updates, deletes, then inserts for the rest.
    std::vector<char> matched;
    const auto applyListing = [&](std::int64_t parentId, Listing children, const StoredChild* stored,
                                  std::size_t storedCount, bool hasRange) {
        matched.assign(children.size(), 0);
        for (std::size_t r = 0; r < storedCount; ++r) {
            const StoredChild& child = stored[r];
            if (child.pos < 0) {
                deletes.push_back(child.id);
                if (child.wasFolder)
                    emptiedFolders.push_back(child.id);
                continue;
            }
            matched[std::size_t(child.pos)] = 1;
            const std::size_t k = children[std::size_t(child.pos)];
            if (ids[k] != 0 && ids[k] != child.id)
                inconsistent = true; // a folder row of this name with another id
            ids[k] = child.id;
            if (!child.same)
                updates.push_back(k);
            if (child.wasFolder && tree.entries[k].type != EntryType::Directory)
                emptiedFolders.push_back(child.id);
        }
        const std::int64_t firstNew = nextId;
        for (std::size_t pos = 0; pos < children.size(); ++pos) {
            if (matched[pos])
                continue;
            if (ids[children[pos]] != 0)
                inconsistent = true; // a folder row without its entry row
            ids[children[pos]] = nextId++;
            inserts.push_back(children[pos]);
            appended[children[pos]] = hasRange ? 1 : 0;
        }
        if (!hasRange)
            newRanges[parentId] = {firstNew, nextId - firstNew};
    };

    // The stored children of changed folders are read through a memory map (no system call per page). The
    // page cache holds little more than the pages the write changes: 16 MiB kept a 1 %-grown rescan of a
    // million files at 297 MB resident (333 MB with 64 MiB) at the same speed.
    (void)m_db.exec("PRAGMA files.mmap_size=1073741824; PRAGMA files.cache_size=-16384");
    ReadTransaction readTx{m_db};
    if (auto ok = readTx.begin(); !ok)
        return ok.error();
    ChildReader reader(m_db, tree, members);
    if (auto ok = reader.prepareStatements(); !ok)
        return ok.error();
    std::size_t topCount = 0;
    while (topCount < tree.entries.size() && tree.entries[topCount].parent == kNoParent)
        ++topCount;
    std::vector<StoredChild> results[2];
    if (auto ok = reader.read(0, Listing{0, topCount}, kTopsRange, true, results[0]); !ok)
        return ok.error();
    applyListing(0, Listing{0, topCount}, results[0].data(), results[0].size(), true);
    results[0].clear();

    // Which folders changed, with the ids every stored folder keeps (in tree order: parents first).
    enum class Fate : std::uint8_t { Unchanged, Changed, New };
    std::vector<Fate> fates(analysis.folders.size(), Fate::New);
    std::vector<ChangedFolder> changed;
    std::size_t changedEntries = 0;
    for (std::size_t f = 0; f < analysis.folders.size(); ++f) {
        const FolderTotals& folder = analysis.folders[f];
        const std::int64_t id = ids[std::size_t(folder.entry)];
        if (id == 0)
            continue; // new, or not a folder before: no stored children; its id comes with its parent's
        const Listing listing{std::size_t(std::max(folder.firstChild, 0)), std::size_t(folder.entries)};
        const auto old = previous.folders.find(id);
        bool unchanged = old != previous.folders.end() && old->second.childrenHash == folder.childrenHash &&
                         old->second.entries == folder.entries && old->second.path == folder.path;
        for (std::size_t pos = 0; pos < listing.size(); ++pos) {
            const std::size_t k = listing[pos];
            if (tree.entries[k].type != EntryType::Directory)
                continue;
            const auto child = previous.folderIdByName.find({id, tree.name(tree.entries[k])});
            if (child != previous.folderIdByName.end())
                ids[k] = child->second;
            else
                unchanged = false; // the stored folders disagree with the hash: compare row by row
        }
        if (unchanged) {
            fates[f] = Fate::Unchanged;
            continue;
        }
        fates[f] = Fate::Changed;
        ChangedFolder c;
        c.id = id;
        c.listing = listing;
        c.hasRange = old != previous.folders.end();
        if (c.hasRange)
            c.range = {old->second.firstChild, old->second.childCount};
        changed.push_back(c);
        changedEntries += listing.size();
    }

    // Their stored children, read on two connections when there are many (both cores are free now).
    // Read in id order (each range search starts near where the last one ended), applied in folder order.
    std::vector<std::size_t> order(changed.size());
    for (std::size_t c = 0; c < order.size(); ++c)
        order[c] = c;
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return changed[a].range.first < changed[b].range.first; });
    std::size_t split = changed.size();
    std::optional<db::SqliteDb> second;
    if (changed.size() >= kParallelReadFolders) {
        if (auto db = db::SqliteDb::open(filesDatabasePath(m_db.path()), db::SqliteDb::Mode::ReadOnly); db) {
            (void)db->exec("PRAGMA mmap_size=1073741824");
            second = std::move(*db);
            // About half the entries each.
            std::size_t half = 0;
            for (split = 0; split < changed.size() && half < changedEntries / 2; ++split)
                half += changed[order[split]].listing.size();
        }
    }
    Status secondStatus;
    std::thread secondReader;
    if (second) {
        secondReader = std::thread([&] {
            ReadTransaction tx{*second};
            if (auto ok = tx.begin(); !ok) {
                secondStatus = ok;
                return;
            }
            ChildReader other(*second, tree, members);
            if (auto ok = other.prepareStatements(); !ok) {
                secondStatus = ok;
                return;
            }
            secondStatus = readChangedFolders(other, changed, order, split, changed.size(), 1, previous.maxId,
                                              results[1]);
        });
    }
    const Status firstStatus =
        readChangedFolders(reader, changed, order, 0, split, 0, previous.maxId, results[0]);
    if (secondReader.joinable())
        secondReader.join();
    readTx.end();
    if (!firstStatus)
        return firstStatus.error();
    if (!secondStatus)
        return secondStatus.error();

    // Applied in folder order: a new folder's id comes from its parent's listing.
    std::size_t next = 0;
    for (std::size_t f = 0; f < analysis.folders.size(); ++f) {
        if (fates[f] == Fate::Unchanged)
            continue;
        const FolderTotals& folder = analysis.folders[f];
        const Listing listing{std::size_t(std::max(folder.firstChild, 0)), std::size_t(folder.entries)};
        const std::int64_t id = ids[std::size_t(folder.entry)];
        if (fates[f] == Fate::New) {
            if (id == 0) {
                inconsistent = true; // its parent's listing did not give it an id
                break;
            }
            applyListing(id, listing, nullptr, 0, false);
            continue;
        }
        const ChangedFolder& c = changed[next++];
        applyListing(id, listing, results[c.part].data() + c.first, c.count, c.hasRange);
    }
    if (inconsistent) {
        auto rebuilt = replaceAll(tree, analysis, record);
        if (rebuilt)
            rebuilt->rebuilt = true;
        return rebuilt;
    }
    const int readers = second ? 2 : 1;

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
    stats.readers = readers;
    const bool totalsChanged = previous.totals != analysis.totals;
    if (inserts.empty() && updates.empty() && deletes.empty() && subtreeFolders.empty() &&
        folderWrites.empty() && folderUpdates.empty() && folderDeletes.empty() && !totalsChanged)
        return stats; // nothing changed: nothing is written, not even a scan row

    // Written in id order: each statement's B-tree search starts where the previous one ended.
    const auto byId = [&](std::size_t a, std::size_t b) { return ids[a] < ids[b]; };
    std::sort(updates.begin(), updates.end(), byId);
    const auto byFolderId = [&](std::size_t a, std::size_t b) {
        return ids[std::size_t(analysis.folders[a].entry)] < ids[std::size_t(analysis.folders[b].entry)];
    };
    std::sort(folderUpdates.begin(), folderUpdates.end(), byFolderId);
    std::sort(deletes.begin(), deletes.end());

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
