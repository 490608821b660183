// Builders shared by the index and hazard tests: a team manifest built in code, scans into a real SQLite
// file, and a dump of everything an index holds (to prove an incremental scan equals a fresh full one).
#pragma once

#include "db/SqliteDb.h"
#include "index/IndexStore.h"
#include "index/ScanJob.h"
#include "workspace/Manifest.h"

#include <QStringList>
#include <QTest>

namespace ts::test {

inline Manifest teamManifest()
{
    Manifest m;
    m.id = QStringLiteral("team-1");
    m.name = QStringLiteral("Team");
    auto member = [](const char* id, MemberRole role, std::optional<qint64> quota) {
        Member x;
        x.id = QLatin1String(id);
        x.name = QLatin1String(id);
        x.email = QLatin1String(id) + QStringLiteral("@example.org");
        x.role = role;
        x.quotaBytes = quota;
        return x;
    };
    m.members = {member("lea", MemberRole::Lead, std::nullopt),
                 member("ana", MemberRole::Member, 1'000'000'000), member("ben", MemberRole::Member, 10'000)};
    auto folder = [](const char* path, FolderRole role, bool perMember,
                     FolderLocation location = FolderLocation::Root) {
        LayoutFolder f;
        f.path = QLatin1String(path);
        f.role = role;
        f.perMember = perMember;
        f.location = location;
        return f;
    };
    m.layout = {folder("data/raw", FolderRole::Raw, false),
                folder("data/processed", FolderRole::Processed, false),
                folder("results", FolderRole::Results, true),
                folder("checkpoints", FolderRole::Checkpoints, true),
                folder("models", FolderRole::Models, false),
                folder("notebooks", FolderRole::Notebooks, true, FolderLocation::Repository)};
    return m;
}

inline index::ScanReport scanOrFail(const QString& root, const QString& repo, const QString& db, bool full,
                                    const Manifest& manifest = teamManifest())
{
    index::ScanRequest request;
    request.sharedFolder = root;
    request.repository = repo;
    request.databasePath = db;
    request.manifest = manifest;
    request.full = full;
    auto report = index::scanIntoIndex(request);
    if (!report)
        qFatal("scan failed: %s", qPrintable(report.error().message));
    return *report;
}

// Every row of the index tables except ids (which differ between a rebuild and an update), sorted; plus a
// line naming any row that its folder's child lookup would miss (never in a correct index).
inline QStringList dumpIndex(const QString& dbPath)
{
    auto store = index::IndexStore::open(dbPath);
    if (!store)
        qFatal("cannot open %s", qPrintable(dbPath));
    db::SqliteDb* db = &store->database();
    QStringList lines;
    const char* queries[] = {
        "SELECT 'E', e.top, hex(coalesce(f.path,'')), hex(e.name), e.type, e.state, e.size, e.allocated, "
        "e.mtime_ns, "
        "e.inode, e.uid, e.mode, e.nlink, e.counted, e.kind, e.member, hex(e.link_target), e.error, e.row_hash "
        "FROM index_entries e LEFT JOIN index_folders f ON f.id=e.parent",
        "SELECT 'F', f.top, hex(f.path), f.depth, f.bytes, f.allocated, f.files, f.folders, f.entries, "
        "f.newest_mtime_ns, "
        "f.kind, f.member, hex(coalesce(p.path,'-')), f.children_hash FROM index_folders f LEFT JOIN "
        "index_folders p ON "
        "p.id=f.parent",
        "SELECT 'T', scope, key, bytes, allocated, files FROM index_totals",
    };
    for (const char* sql : queries) {
        auto s = db->prepare(sql);
        if (!s)
            qFatal("%s", qPrintable(s.error().message));
        while (s->step()) {
            QStringList cols;
            for (int c = 0; c < 19; ++c)
                cols << s->columnText(c);
            lines << cols.join(u'|');
        }
    }
    // Every folder's children are found the way the store finds them (IndexSchema.h, kFilesSchema): in the
    // folder's id range, or appended. A row outside both would be missed by every later incremental scan.
    auto lost = db->prepare(
        "SELECT count(*), group_concat(hex(e.name)) FROM index_entries e LEFT JOIN index_folders f ON "
        "f.id=e.parent WHERE e.appended=0 AND CASE WHEN e.parent=0 THEN e.id NOT BETWEEN 1 AND 2 ELSE "
        "f.id IS NULL OR e.id NOT BETWEEN f.first_child AND f.first_child+f.child_count-1 END");
    if (!lost || !lost->step())
        qFatal("cannot check the child ranges of %s", qPrintable(dbPath));
    if (lost->columnInt64(0) != 0)
        lines << QStringLiteral("rows outside their folder's range: ") + lost->columnText(1);
    lines.sort();
    return lines;
}

} // namespace ts::test
