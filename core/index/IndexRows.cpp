// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "index/IndexRows.h"

namespace ts::index::rows {

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

void bindEntryFields(sqlite3_stmt* s, const ScanEntry& e, std::string_view name, std::int64_t id,
                     std::int64_t parentId, const QByteArray& member, const QByteArray* link,
                     const QByteArray& error, std::uint64_t hash, int base)
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
    sqlite3_bind_int64(s, base + 20, sqlite3_int64(hash));
}

void bindEntry(sqlite3_stmt* s, const ScanTree& tree, std::size_t i, std::int64_t id, std::int64_t parentId,
               const QByteArray& member, const QByteArray& error,
               const std::vector<std::uint64_t>& memberHashes)
{
    const ScanEntry& e = tree.entries[i];
    const auto link = e.type == EntryType::Symlink ? tree.linkTargets.constFind(std::int32_t(i))
                                                   : tree.linkTargets.constEnd();
    const QByteArray* target = link != tree.linkTargets.constEnd() ? &*link : nullptr;
    const auto text =
        e.state != EntryState::Ok ? tree.errors.constFind(std::int32_t(i)) : tree.errors.constEnd();
    bindEntryFields(
        s, e, tree.name(e), id, parentId, member, target, error,
        entryHash(e, tree.name(e), target, text != tree.errors.constEnd() ? &*text : nullptr, memberHashes));
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

Status checkListings(const ScanTree& tree, const ScanAnalysis& analysis)
{
    if (!analysis.listingsContiguous)
        return Error::failed(
            QStringLiteral("internal error: a folder's entries are not consecutive in the scan"));
    for (std::size_t i = std::size_t(kTopsRange.count); i < tree.entries.size(); ++i)
        if (tree.entries[i].parent == kNoParent)
            return Error::failed(
                QStringLiteral("internal error: top %1 is not among the first entries").arg(i));
    return {};
}

void bindChildRange(sqlite3_stmt* s, ChildRange range, std::int64_t parentId)
{
    sqlite3_bind_int64(s, 1, range.first);
    sqlite3_bind_int64(s, 2, range.first + range.count - 1);
    sqlite3_bind_int64(s, 3, parentId);
}

void bindFolder(sqlite3_stmt* s, const ScanTree& tree, const FolderTotals& f, std::int64_t id,
                std::int64_t parentId, ChildRange children)
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
    if (sqlite3_bind_parameter_count(s) >= 16) { // kUpdateFolderTotals keeps the stored range
        sqlite3_bind_int64(s, 15, children.first);
        sqlite3_bind_int64(s, 16, children.count);
    }
}

} // namespace ts::index::rows
