// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Read-only questions to the stored index. Usage answers come from the totals stored at scan time, so they
// take milliseconds on a million entries; `files`/`folders` take an SQL condition for the hazard rules.
#pragma once

#include "db/SqliteDb.h"
#include "index/ScanAnalysis.h"

#include "workspace/Manifest.h"

#include <optional>

namespace ts::index {

// One member's attributed usage: regular files under results/<id>/ and checkpoints/<id>/ (each inode once).
// This is what counts against the member's quota; the notebooks engineer's runner suggestion relies on it.
struct MemberUsage
{
    QString id;
    qint64 bytes = 0;
    qint64 files = 0;
    std::optional<qint64> quota;    // from the manifest; none when unknown
    std::optional<qint64> headroom; // quota - bytes (negative when over quota); none without a quota
};

// A problem recorded during a scan (permission denied, vanished, failed).
struct ScanProblem
{
    QString path; // display path (see PathText.h)
    QString error;
};

struct FolderRow
{
    QString path; // display path
    Top top = Top::SharedFolder;
    QByteArray relativePath;
    qint64 bytes = 0, allocated = 0, files = 0, folders = 0, entries = 0, newestMtimeNs = 0;
    int depth = 0;
    Kind kind = Kind::Other;
    QString member;
    QByteArray name() const { return relativePath.mid(relativePath.lastIndexOf('/') + 1); }
};

struct FileRow
{
    QString path; // display path
    Top top = Top::SharedFolder;
    QByteArray relativePath;
    QByteArray name;
    EntryType type = EntryType::File;
    qint64 size = 0, allocated = 0, mtimeNs = 0;
    Kind kind = Kind::Other;
    QString member;
    QByteArray linkTarget;
    EntryState state = EntryState::Ok;
    QString error;
};

struct KindUsage
{
    QString kind;
    qint64 bytes = 0, allocated = 0, files = 0;
};

struct GrowthRow
{
    QString scope; // "all", "member", "kind", "folder"
    QString key;   // member id, kind name or folder display path ("" for all)
    qint64 bytesBefore = 0, bytesAfter = 0, filesBefore = 0, filesAfter = 0;
    qint64 delta() const { return bytesAfter - bytesBefore; }
};

struct ScanSummary
{
    QString finishedUtc;
    bool full = false;
    qint64 files = 0, dirs = 0, bytes = 0, allocated = 0, errors = 0, scans = 0;
    double seconds = 0;
    QString sharedFolder, repository;
};

class IndexQueries
{
public:
    explicit IndexQueries(db::SqliteDb& db) : m_db(db) {}

    // The newest stored scan; none before the first scan.
    Result<std::optional<ScanSummary>> lastScan();
    // Per-member attributed usage for every member of the manifest, in manifest order.
    Result<QList<MemberUsage>> memberUsage(const Manifest& manifest);
    Result<QList<KindUsage>> usageByKind(); // largest first
    Result<qint64> unattributedBytes();     // all counted bytes not under a member's results/checkpoints
    // The folder at (top, path) and its sub-folders down to `depth` levels, each followed by its children
    // (largest first). BadInput when the path is not an indexed folder.
    Result<QList<FolderRow>> usageByFolder(Top top, const QByteArray& path, int depth);
    Result<QList<FileRow>> largest(int count); // regular files, each inode once, largest first
    // Changes since the scan before the last one that changed something. `folder` rows only where changed.
    Result<QList<GrowthRow>> growth();
    Result<QList<ScanProblem>> problems(); // entries whose state is an error

    // Entries (never the tops) matching an SQL condition over index_entries `e` (e.g. "e.type=2 AND
    // e.top=0").
    Result<QList<FileRow>> files(const QByteArray& condition);
    // Folders matching an SQL condition over index_folders `f`.
    Result<QList<FolderRow>> folders(const QByteArray& condition);
    // Each member's own folder under the per-member layout folders of `kind` (results/<id>, checkpoints/<id>:
    // a folder with a member whose parent has none), sorted by path. Its newestMtimeNs and bytes cover all
    // below it. Used by the stale-checkpoints rule and the Notebooks panel's runner outputs.
    Result<QList<FolderRow>> memberTopFolders(Kind kind);

private:
    db::SqliteDb& m_db;
};

} // namespace ts::index
