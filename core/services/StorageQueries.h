// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// usage (by folder, member, kind), largest, growth, duplicates and hazards: what the last scan recorded in
// the workspace's index, as plain reports the CLI prints and the GUI shows. Each opens the index for reading
// (a read-only local folder is fine) and fails, saying to scan first, when nothing was indexed yet.
#pragma once

#include "services/Call.h"

#include "hazards/Finding.h"
#include "index/Duplicates.h"
#include "index/IndexQueries.h"
#include "index/IndexStore.h"
#include "workspace/Workspace.h"

#include <optional>

namespace ts::services {

struct FolderUsageOptions
{
    QString path =
        QStringLiteral("."); // display path of the folder to start from ("repo:…" for the repository)
    int depth = 1;           // levels of sub-folders below it
};

struct FolderUsageReport
{
    QList<index::FolderRow> folders; // the folder first, then its sub-folders down to the depth
};

struct MemberUsageReport
{
    QList<index::MemberUsage> members;
    qint64 unattributedBytes = 0; // counted bytes not under a member's results/ or checkpoints/
};

struct KindUsageReport
{
    QList<index::KindUsage> kinds; // largest first
};

struct LargestReport
{
    QList<index::FileRow> files; // largest first, each inode once
};

// Between the last two scans that found changes; scopes in the order the index lists them.
struct GrowthReport
{
    std::optional<index::GrowthRow> total; // none before a second scan
    QList<index::GrowthRow> members, kinds, folders;
};

struct DuplicateSettings
{
    qint64 minimumSize = 1; // smaller files are ignored (at least 1: empty files reclaim nothing)
};

struct HazardsReport
{
    QList<hazards::Finding> findings;
    bool anyError() const;
};

// The index of `workspace` opened for queries; Failed "nothing indexed yet" before the first scan.
Result<index::IndexStore> openScannedIndex(const Workspace& workspace);

Result<FolderUsageReport> usageByFolder(const Workspace& workspace, const FolderUsageOptions& options);
Result<MemberUsageReport> usageByMember(const Workspace& workspace);
Result<KindUsageReport> usageByKind(const Workspace& workspace);
Result<LargestReport> largest(const Workspace& workspace, int count);
Result<GrowthReport> growth(const Workspace& workspace);
// Reads and hashes the candidates (files of equal size): cancellable, progress in files and bytes hashed.
Result<index::DuplicateReport> duplicates(const Workspace& workspace, const DuplicateSettings& settings,
                                          const Call& call);
Result<HazardsReport> hazards(const Workspace& workspace);

// The same over an index already open (the storage report queries the index it has just scanned into).
Result<MemberUsageReport> usageByMember(index::IndexStore& store, const Manifest& manifest);
Result<KindUsageReport> usageByKind(index::IndexStore& store);
Result<LargestReport> largest(index::IndexStore& store, int count);
Result<HazardsReport> hazards(index::IndexStore& store, const Workspace& workspace);

} // namespace ts::services
