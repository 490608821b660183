// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Duplicate files: candidates are files of equal size from the index (each inode once), then only those are
// read and hashed (XXH3-128, streamed through one fixed buffer). Reports what deleting copies would reclaim;
// never deletes anything.
#pragma once

#include "index/IndexQueries.h"
#include "util/Cancellation.h"

namespace ts::index {

struct DuplicateGroup
{
    qint64 size = 0;   // bytes of each copy
    QString hash;      // hex XXH3-128 of the content
    QStringList paths; // display paths, sorted
    qint64 reclaimable() const { return size * (paths.size() - 1); }
};

struct DuplicateReport
{
    QList<DuplicateGroup> groups; // largest reclaimable first
    qint64 reclaimableBytes = 0;
    qint64 hashedFiles = 0, hashedBytes = 0;
    QList<ScanProblem> unreadable; // candidates that could not be read (skipped)
};

struct DuplicateOptions
{
    QString sharedFolder, repository; // absolute tops, to read the candidates
    qint64 minimumSize = 1;           // empty files are all "equal" and reclaim nothing
    const CancelToken* cancel = nullptr;
    ProgressCallback progress; // files hashed, bytes hashed
};

Result<DuplicateReport> findDuplicates(db::SqliteDb& db, const DuplicateOptions& options);

} // namespace ts::index
