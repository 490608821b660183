// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "index/IndexStore.h"

#include "db/LocalDatabase.h"
#include "db/LocalPaths.h"
#include "index/IndexRows.h"
#include "index/IndexSchema.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace ts::index {

using namespace rows;

QString filesDatabasePath(const QString& databasePath)
{
    return db::fileIndexPathFor(databasePath);
}

namespace {

// SQLite's own code for a file that is not (or no longer) a database: the cache may be dropped and rebuilt.
bool isDamaged(int rc)
{
    return (rc & 0xff) == SQLITE_NOTADB || (rc & 0xff) == SQLITE_CORRUPT;
}

// The cache file's tables and indexes (kFilesSchema), created in the attached schema `files`.
QByteArray filesSchemaSql()
{
    return QByteArray(kFilesSchema)
        .replace("CREATE TABLE index_", "CREATE TABLE files.index_")
        .replace("CREATE INDEX index_", "CREATE INDEX files.index_");
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
    // 8 KiB pages for a new cache: a rescan rewrites the pages of rows scattered all over the table, and
    // 16 KiB pages wrote twice the bytes to the WAL and back (300k bench, 1 %-grown rescan with the stored
    // folders' id ranges: 0.39 s with 16 KiB pages, 0.36 s with 8 KiB or 4 KiB; the full scan 0.47 s
    // -> 0.49 s).
    rc = sqlite3_exec(
        h,
        "PRAGMA files.page_size=8192; PRAGMA files.journal_mode=WAL; PRAGMA files.synchronous=OFF;"
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
    auto db = db::openLocalDatabase(path, {kMainFileMigrations});
    if (!db)
        return db.error();
    const QString cache = filesDatabasePath(path);
    if (auto ok = db::makeLocalFolder(QFileInfo(cache).absolutePath()); !ok)
        return ok.error();
    if (auto ok = db::makePrivateDatabaseFile(cache); !ok)
        return ok.error();
    QString message;
    int rc = attachFiles(*db, cache, &message);
    if (isDamaged(rc)) {
        // Not a database any more (a power loss while it was written, or another file in its place): the
        // cache is ours to drop; the next scan rebuilds it.
        (void)sqlite3_exec(db->handle(), "DETACH DATABASE files", nullptr, nullptr, nullptr);
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(cache + QLatin1String(suffix));
        if (auto ok = db::makePrivateDatabaseFile(cache); !ok)
            return ok.error();
        rc = attachFiles(*db, cache, &message);
    }
    if (rc != SQLITE_OK)
        return Error::failed(
            QStringLiteral("%1: cannot open the file index: %2 (check that its folder is "
                           "writable; a damaged file may be deleted: the next scan rebuilds it)")
                .arg(cache, message));
    return IndexStore(std::move(*db));
}

Result<IndexStore> IndexStore::openForReading(const QString& path)
{
    if (db::folderWritable(path) || !QFileInfo::exists(path))
        return open(path);
    auto db = db::openDatabaseForReading(path);
    if (!db)
        return db.error();
    const QString cache = filesDatabasePath(path);
    const auto attach = [&](const char* query) {
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_prepare_v2(db->handle(), "ATTACH DATABASE ?1 AS files", -1, &stmt, nullptr) != SQLITE_OK)
            return false;
        const QByteArray uri = db::sqliteUri(cache, query);
        sqlite3_bind_text(stmt, 1, uri.constData(), int(uri.size()), SQLITE_TRANSIENT);
        const int rc = sqlite3_step(stmt);
        sqlite3_finalize(stmt);
        if (rc == SQLITE_DONE && sqlite3_exec(db->handle(), "SELECT count(*) FROM files.sqlite_master",
                                              nullptr, nullptr, nullptr) == SQLITE_OK)
            return true;
        (void)sqlite3_exec(db->handle(), "DETACH DATABASE files", nullptr, nullptr, nullptr);
        return false;
    };
    if (!QFileInfo(cache).isFile() || (!attach("mode=ro") && !attach("immutable=1")))
        return Error::failed(
            QStringLiteral("%1: cannot read the file index in this read-only folder: %2 (run "
                           "`teamspace-cli scan` where the folder is writable)")
                .arg(cache, db->lastError()));
    return IndexStore(std::move(*db));
}

Result<IndexSnapshot> IndexStore::loadSnapshot()
{
    ReadTransaction tx{m_db};
    if (auto ok = tx.begin(); !ok)
        return ok.error();
    return readSnapshot();
}

Result<IndexSnapshot> IndexStore::readSnapshot()
{
    IndexSnapshot snap;
    auto scans = prepare(
        m_db, "SELECT count(*), (SELECT coalesce(max(id),0) FROM index_entries), (SELECT count(*) FROM "
              "index_folders) FROM index_scans");
    if (!scans)
        return scans.error();
    if (sqlite3_step(scans->get()) == SQLITE_ROW) {
        snap.hasScan = sqlite3_column_int64(scans->get(), 0) > 0;
        snap.maxId = sqlite3_column_int64(scans->get(), 1);
        const auto folders = std::size_t(sqlite3_column_int64(scans->get(), 2));
        snap.folders.reserve(folders);
        snap.folderIdByName.reserve(folders);
    }
    if (!snap.hasScan)
        return snap;

    auto folders =
        prepare(m_db, "SELECT id,parent,top,path,depth,bytes,allocated,files,folders,entries,newest_mtime_ns,"
                      "kind,member,children_hash,first_child,child_count FROM index_folders");
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
        f.firstChild = sqlite3_column_int64(s, 14);
        f.childCount = sqlite3_column_int64(s, 15);
        const StoredFolder& stored = snap.folders.emplace(id, std::move(f)).first->second;
        const std::string_view path(stored.path.constData(), std::size_t(stored.path.size()));
        snap.folderIdByName.emplace(StoredFolderName{stored.parent, path.substr(path.rfind('/') + 1)}, id);
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
    // Row id = tree index + 1, and a folder's listing is contiguous in the tree: its children are one range.
    if (auto ok = checkListings(tree, analysis); !ok)
        return ok;
    for (const FolderTotals& f : analysis.folders) {
        const ScanEntry& e = tree.entries[std::size_t(f.entry)];
        bindFolder(folder->get(), tree, f, f.entry + 1, e.parent == kNoParent ? 0 : e.parent + 1,
                   ChildRange{f.firstChild + 1, f.entries});
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
    const std::vector<std::uint64_t> members = memberHashes(tree.memberIds);
    for (std::size_t i = 0; i < tree.entries.size(); ++i) {
        const ScanEntry& e = tree.entries[i];
        bindEntry(insert->get(), tree, i, std::int64_t(i) + 1, e.parent == kNoParent ? 0 : e.parent + 1,
                  memberOf(tree, e), errorOf(tree, i), members);
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
