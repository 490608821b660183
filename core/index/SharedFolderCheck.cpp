// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "index/SharedFolderCheck.h"

#include "util/Counted.h"

#include <QDir>
#include <QFile>

#include <algorithm>
#include <cerrno>
#include <sqlite3.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>

namespace ts::index {

namespace {

QString text(sqlite3_stmt* s, int column)
{
    return QString::fromUtf8(static_cast<const char*>(sqlite3_column_blob(s, column)),
                             sqlite3_column_bytes(s, column));
}

struct Statement
{
    sqlite3_stmt* s = nullptr;
    ~Statement() { sqlite3_finalize(s); }
};

} // namespace

Result<SharedFolderSeen> SharedFolderCheck::lastSeen(db::SqliteDb& db)
{
    SharedFolderSeen seen;
    sqlite3* h = db.handle();
    const auto failed = [&] {
        return Error::failed(
            QStringLiteral("%1: cannot read the last scan: %2").arg(db.path(), db.lastError()));
    };
    Statement scan;
    if (sqlite3_prepare_v2(h,
                           "SELECT shared_folder, repository FROM files.index_scans ORDER BY id DESC LIMIT 1",
                           -1, &scan.s, nullptr) != SQLITE_OK)
        return failed();
    if (sqlite3_step(scan.s) != SQLITE_ROW)
        return seen;
    seen.path = text(scan.s, 0);
    if (seen.path.isEmpty() || seen.path == text(scan.s, 1))
        return seen; // one folder for both: the repository is never "unmounted"
    // Both lookups use the cache's indexes (folders by (top, path) and by parent): a few rows read, whatever
    // the size of the index.
    Statement top;
    if (sqlite3_prepare_v2(
            h,
            "SELECT f.id, f.entries, e.device FROM files.index_folders f JOIN files.index_entries e "
            "ON e.id = f.id WHERE f.top = 0 AND f.path IN (x'', '') LIMIT 1",
            -1, &top.s, nullptr) != SQLITE_OK)
        return failed();
    if (sqlite3_step(top.s) != SQLITE_ROW)
        return seen;
    seen.scanned = true;
    const qint64 topId = sqlite3_column_int64(top.s, 0);
    seen.entries = sqlite3_column_int64(top.s, 1);
    seen.device = sqlite3_column_int64(top.s, 2);
    Statement folders;
    if (sqlite3_prepare_v2(h, "SELECT path FROM files.index_folders WHERE parent = ?1 AND top = 0", -1,
                           &folders.s, nullptr) != SQLITE_OK)
        return failed();
    sqlite3_bind_int64(folders.s, 1, topId);
    while (sqlite3_step(folders.s) == SQLITE_ROW)
        seen.topFolders << text(folders.s, 0);
    return seen;
}

QString SharedFolderCheck::overrideHint()
{
    return QStringLiteral(
        "mount it, or pass --root DIR if it is mounted elsewhere; if it really was emptied, "
        "accept that with `scan --accept-empty-root` (or `layout apply --accept-empty-root`)");
}

Status SharedFolderCheck::check(const QString& rootDir, const SharedFolderSeen& seen, qint64 baselineRawFiles)
{
    struct stat now = {};
    if (::stat(QFile::encodeName(rootDir).constData(), &now) != 0)
        return Error::fromErrno(rootDir, QStringLiteral("cannot read the shared folder"), errno);
    // Hidden entries count on both sides: the stored count holds them too.
    const QStringList visible =
        QDir(rootDir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    const bool sameFolder = seen.scanned && seen.path == rootDir;
    const auto device = [](qint64 dev) {
        return QStringLiteral("%1:%2").arg(major(dev_t(dev))).arg(minor(dev_t(dev)));
    };
    if (visible.isEmpty() && sameFolder && seen.entries > 0)
        return Error::badInput(
            QStringLiteral("%1: the shared folder looks unmounted: it was on device %2 with "
                           "%3 at the last scan, now it is empty (device %4); %5")
                .arg(rootDir, device(seen.device), counted(seen.entries, "entry", "entries"),
                     device(qint64(now.st_dev)), overrideHint()));
    if (sameFolder && qint64(now.st_dev) != seen.device && !seen.topFolders.isEmpty() &&
        std::none_of(seen.topFolders.begin(), seen.topFolders.end(),
                     [&](const QString& name) { return visible.contains(name); }))
        return Error::badInput(
            QStringLiteral("%1: the shared folder looks unmounted: at the last scan it was on device %2 and "
                           "held %3; now it is on device %4 and none of them is there; %5")
                .arg(rootDir, device(seen.device), seen.topFolders.join(QStringLiteral(", ")),
                     device(qint64(now.st_dev)), overrideHint()));
    if (visible.isEmpty() && baselineRawFiles > 0)
        return Error::badInput(
            QStringLiteral("%1: the shared folder looks unmounted: raw-baseline.json lists %2 in it, but it "
                           "is empty (device %3); %4")
                .arg(rootDir, counted(baselineRawFiles, "raw file", "raw files"), device(qint64(now.st_dev)),
                     overrideHint()));
    return {};
}

} // namespace ts::index
