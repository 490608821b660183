// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "index/IndexQueries.h"

#include "index/PathText.h"

#include <algorithm>

namespace ts::index {

namespace {

Error readError(const db::SqliteDb& db, const QString& what)
{
    return Error::failed(
        QStringLiteral("%1: cannot read %2 from the index: %3 (run `teamspace-cli scan --full`)")
            .arg(db.path(), what, db.lastError()));
}

constexpr const char* kFolderColumns = "f.top,f.path,f.bytes,f.allocated,f.files,f.folders,f.entries,f."
                                       "newest_mtime_ns,f.depth,f.kind,f.member,f.id";

FolderRow folderFrom(const db::Statement& s)
{
    FolderRow r;
    r.top = Top(s.columnInt64(0));
    r.relativePath = s.columnBlob(1);
    r.path = displayEntryPath(r.top, r.relativePath);
    r.bytes = s.columnInt64(2);
    r.allocated = s.columnInt64(3);
    r.files = s.columnInt64(4);
    r.folders = s.columnInt64(5);
    r.entries = s.columnInt64(6);
    r.newestMtimeNs = s.columnInt64(7);
    r.depth = int(s.columnInt64(8));
    r.kind = Kind(s.columnInt64(9));
    r.member = s.columnText(10);
    return r;
}

} // namespace

Result<std::optional<ScanSummary>> IndexQueries::lastScan()
{
    auto s = m_db.prepare(
        "SELECT finished_utc,full,files,dirs,bytes,allocated,errors,seconds,shared_folder,repository,"
        "(SELECT count(*) FROM index_scans) FROM index_scans ORDER BY id DESC LIMIT 1");
    if (!s)
        return s.error();
    if (!s->step()) {
        if (s->hasError())
            return readError(m_db, QStringLiteral("the last scan"));
        return std::optional<ScanSummary>();
    }
    ScanSummary r;
    r.finishedUtc = s->columnText(0);
    r.full = s->columnInt64(1) != 0;
    r.files = s->columnInt64(2);
    r.dirs = s->columnInt64(3);
    r.bytes = s->columnInt64(4);
    r.allocated = s->columnInt64(5);
    r.errors = s->columnInt64(6);
    r.seconds = s->columnDouble(7);
    r.sharedFolder = s->columnText(8);
    r.repository = s->columnText(9);
    r.scans = s->columnInt64(10);
    return std::optional<ScanSummary>(r);
}

Result<QList<MemberUsage>> IndexQueries::memberUsage(const Manifest& manifest)
{
    auto stmt = m_db.prepare("SELECT bytes, files FROM index_totals WHERE scope='member' AND key=?1");
    if (!stmt)
        return stmt.error();
    QList<MemberUsage> result;
    for (const Member& m : manifest.members) {
        MemberUsage u;
        u.id = m.id;
        stmt->reset();
        stmt->bind(1, m.id);
        if (stmt->step()) {
            u.bytes = stmt->columnInt64(0);
            u.files = stmt->columnInt64(1);
        }
        if (stmt->hasError())
            return Error::failed(
                QStringLiteral("%1: cannot read member usage: %2").arg(m_db.path(), stmt->error()));
        u.quota = m.quotaBytes;
        if (m.quotaBytes)
            u.headroom = *m.quotaBytes - u.bytes;
        result << u;
    }
    return result;
}

Result<QList<KindUsage>> IndexQueries::usageByKind()
{
    auto s = m_db.prepare(
        "SELECT key,bytes,allocated,files FROM index_totals WHERE scope='kind' ORDER BY bytes DESC, key");
    if (!s)
        return s.error();
    QList<KindUsage> result;
    while (s->step())
        result << KindUsage{s->columnText(0), s->columnInt64(1), s->columnInt64(2), s->columnInt64(3)};
    if (s->hasError())
        return readError(m_db, QStringLiteral("usage by kind"));
    return result;
}

Result<qint64> IndexQueries::unattributedBytes()
{
    auto s =
        m_db.prepare("SELECT coalesce((SELECT bytes FROM index_totals WHERE scope='all' AND key=''),0) - "
                     "coalesce((SELECT sum(bytes) FROM index_totals WHERE scope='member'),0)");
    if (!s)
        return s.error();
    if (!s->step())
        return readError(m_db, QStringLiteral("usage totals"));
    return s->columnInt64(0);
}

Result<QList<FolderRow>> IndexQueries::usageByFolder(Top top, const QByteArray& path, int depth)
{
    auto find = m_db.prepare(QByteArray("SELECT ") + kFolderColumns +
                             " FROM index_folders f WHERE f.top=?1 AND f.path=?2");
    auto children = m_db.prepare(QByteArray("SELECT ") + kFolderColumns +
                                 " FROM index_folders f WHERE f.parent=?1 ORDER BY f.bytes DESC, f.path");
    if (!find)
        return find.error();
    if (!children)
        return children.error();
    find->bind(1, qint64(top)).bindBlob(2, path);
    if (!find->step()) {
        if (find->hasError())
            return readError(m_db, QStringLiteral("folder usage"));
        return Error::badInput(
            QStringLiteral("--path %1: no such folder in the index (check the path, or run "
                           "`teamspace-cli scan`)")
                .arg(displayEntryPath(top, path)));
    }
    QList<FolderRow> result;
    // Depth-first, children largest first: the order a tree view shows.
    struct Pending
    {
        FolderRow row;
        qint64 id;
        int level;
    };
    std::vector<Pending> stack{{folderFrom(*find), find->columnInt64(11), 0}};
    while (!stack.empty()) {
        Pending p = std::move(stack.back());
        stack.pop_back();
        result << p.row;
        if (p.level >= depth)
            continue;
        children->reset();
        children->bind(1, p.id);
        std::vector<Pending> level;
        while (children->step())
            level.push_back({folderFrom(*children), children->columnInt64(11), p.level + 1});
        if (children->hasError())
            return readError(m_db, QStringLiteral("folder usage"));
        for (auto it = level.rbegin(); it != level.rend(); ++it)
            stack.push_back(std::move(*it));
    }
    return result;
}

Result<QList<FileRow>> IndexQueries::files(const QByteArray& condition)
{
    auto s = m_db.prepare("SELECT "
                          "e.top,f.path,e.name,e.type,e.size,e.allocated,e.mtime_ns,e.kind,e.member,e.link_"
                          "target,e.state,e.error "
                          "FROM index_entries e JOIN index_folders f ON f.id=e.parent WHERE " +
                          condition);
    if (!s)
        return s.error();
    QList<FileRow> result;
    while (s->step()) {
        FileRow r;
        r.top = Top(s->columnInt64(0));
        const QByteArray folder = s->columnBlob(1);
        r.name = s->columnBlob(2);
        r.relativePath = folder.isEmpty() ? r.name : folder + '/' + r.name;
        r.path = displayEntryPath(r.top, r.relativePath);
        r.type = EntryType(s->columnInt64(3));
        r.size = s->columnInt64(4);
        r.allocated = s->columnInt64(5);
        r.mtimeNs = s->columnInt64(6);
        r.kind = Kind(s->columnInt64(7));
        r.member = s->columnText(8);
        r.linkTarget = s->columnBlob(9);
        r.state = EntryState(s->columnInt64(10));
        r.error = s->columnText(11);
        result << r;
    }
    if (s->hasError())
        return readError(m_db, QStringLiteral("entries"));
    return result;
}

Result<QList<FolderRow>> IndexQueries::memberTopFolders(Kind kind)
{
    return folders(
        QByteArray("f.kind=") + QByteArray::number(int(kind)) +
        " AND f.member IS NOT NULL AND (SELECT p.member FROM index_folders p WHERE p.id=f.parent) IS "
        "NULL ORDER BY f.path");
}

Result<QList<FolderRow>> IndexQueries::folders(const QByteArray& condition)
{
    auto s =
        m_db.prepare(QByteArray("SELECT ") + kFolderColumns + " FROM index_folders f WHERE " + condition);
    if (!s)
        return s.error();
    QList<FolderRow> result;
    while (s->step())
        result << folderFrom(*s);
    if (s->hasError())
        return readError(m_db, QStringLiteral("folders"));
    return result;
}

Result<QList<FileRow>> IndexQueries::largest(int count)
{
    return files("e.type=0 AND e.counted=1 ORDER BY e.size DESC, e.id LIMIT " +
                 QByteArray::number(std::max(0, count)));
}

Result<QList<GrowthRow>> IndexQueries::growth()
{
    // Every (scope, key) of either scan: full outer join spelled as a union for SQLite 3.40.
    auto s = m_db.prepare(
        "SELECT "
        "k.scope,k.key,coalesce(p.bytes,0),coalesce(c.bytes,0),coalesce(p.files,0),coalesce(c.files,0) FROM "
        "(SELECT scope,key FROM index_totals UNION SELECT scope,key FROM index_totals_previous) k "
        "LEFT JOIN index_totals c ON c.scope=k.scope AND c.key=k.key "
        "LEFT JOIN index_totals_previous p ON p.scope=k.scope AND p.key=k.key "
        "WHERE k.scope IN ('all','member','kind','folder') ORDER BY k.scope, k.key");
    if (!s)
        return s.error();
    QList<GrowthRow> result;
    while (s->step()) {
        GrowthRow r{s->columnText(0),  s->columnText(1),  s->columnInt64(2),
                    s->columnInt64(3), s->columnInt64(4), s->columnInt64(5)};
        if (r.scope == QLatin1String("folder") && r.delta() == 0 && r.filesBefore == r.filesAfter)
            continue;
        result << r;
    }
    if (s->hasError())
        return readError(m_db, QStringLiteral("growth"));
    return result;
}

Result<QList<ScanProblem>> IndexQueries::problems()
{
    QList<ScanProblem> result;
    // Tops have no parent folder row, so they are read apart from the other entries.
    auto tops =
        m_db.prepare("SELECT e.top,e.error FROM index_entries e WHERE e.parent=0 AND e.state IN (1,2,5)");
    if (!tops)
        return tops.error();
    while (tops->step())
        result << ScanProblem{displayEntryPath(Top(tops->columnInt64(0)), {}), tops->columnText(1)};
    auto rows = files("e.state IN (1,2,5) ORDER BY e.top, f.path, e.name");
    if (!rows)
        return rows.error();
    for (const FileRow& r : *rows)
        result << ScanProblem{r.path, r.error};
    return result;
}

} // namespace ts::index
