// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Builders shared by the index and hazard tests: a team manifest built in code, scans into a real SQLite
// file, and a dump of everything an index holds (to prove an incremental scan equals a fresh full one).
#pragma once

#include "TestEnv.h"
#include "db/SqliteDb.h"
#include "index/IndexStore.h"
#include "index/ScanJob.h"
#include "workspace/Manifest.h"

#include <QStringList>
#include <QTemporaryDir>
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

// A small team folder: ana and ben have results and checkpoints, raw data, a model, notebooks in the repo.
inline void buildSmallTeam(const QString& root, const QString& repo)
{
    test::writeFile(root + QStringLiteral("/data/raw/a.csv"), QByteArray(300, 'r'));
    test::writeFile(root + QStringLiteral("/data/processed/p.parquet"), QByteArray(200, 'p'));
    test::writeFile(root + QStringLiteral("/results/ana/run1/out.npy"), QByteArray(100, 'a'));
    test::writeFile(root + QStringLiteral("/checkpoints/ana/ck.pt"), QByteArray(50, 'c'));
    test::writeFile(root + QStringLiteral("/results/ben/big.bin"), QByteArray(20000, 'b'));
    test::writeFile(root + QStringLiteral("/results/stranger/x.bin"), QByteArray(7, 's'));
    test::writeFile(root + QStringLiteral("/models/m.onnx"), QByteArray(400, 'm'));
    test::writeFile(root + QStringLiteral("/loose.txt"), QByteArray(5, 'l'));
    test::writeFile(repo + QStringLiteral("/notebooks/ana/explore.ipynb"), QByteArray(30, 'n'));
    test::writeFile(repo + QStringLiteral("/.git/objects/pack/p.pack"), QByteArray(9000, 'g'));
    for (int i = 0; i < 30; ++i)
        test::writeFile(root + QStringLiteral("/data/processed/shards/s%1").arg(i), "1");
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
        "e.inode, e.uid, e.mode, e.nlink, e.counted, e.kind, e.member, hex(e.link_target), e.error, "
        "e.row_hash "
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

// The small team (buildSmallTeam) in temporary folders, scanned once (full) into `dbPath`: where most index
// tests start. Its members bind by reference: `auto& [root, repo, state, dbPath] = team;`.
struct ScannedTeam
{
    QTemporaryDir root, repo, state;
    QString dbPath = state.filePath(QStringLiteral("index.sqlite"));
    ScannedTeam()
    {
        buildSmallTeam(root.path(), repo.path());
        scanOrFail(root.path(), repo.path(), dbPath, true);
    }
};

// What a fresh full scan of the same folders stores, into `dbPath` (a file of its own): what an incremental
// scan must equal.
inline QStringList fullScanDump(const QString& root, const QString& repo, const QString& dbPath)
{
    scanOrFail(root, repo, dbPath, true);
    return dumpIndex(dbPath);
}

} // namespace ts::test
