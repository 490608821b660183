// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The content baseline of the raw folders: for every file its relative path, size, mtime and content hash.
#pragma once

#include "permissions/FileHasher.h"
#include "permissions/RawGuard.h"
#include "util/Cancellation.h"
#include "workspace/Workspace.h"

#include <QList>
#include <QString>

namespace ts::permissions {

struct BaselineEntry
{
    QString path; // normalised, relative to the top of the raw folder's location
    qint64 size = 0;
    qint64 mtimeNs = 0;
    QString hash; // lowercase hex

    bool operator==(const BaselineEntry&) const = default;
};

struct Baseline
{
    HashAlgorithm algorithm = HashAlgorithm::Xxh3_128;
    QList<BaselineEntry> entries; // sorted by the UTF-8 bytes of path, one per path

    bool operator==(const Baseline&) const = default;
};

struct BaselineOptions
{
    HashAlgorithm algorithm = HashAlgorithm::Xxh3_128;
    int threads = 0; // 0: one per core
    const CancelToken* cancel = nullptr;
    ProgressCallback progress;
};

struct BaselineRun
{
    Baseline baseline;
    qint64 bytes = 0;           // content hashed
    QList<PathNote> skipped;    // symlinks, special files, unsafe names, other mounts
    QList<PathNote> errors;     // files that could not be read: the baseline is refused when there are any
    QList<PathNote> unreadable; // folders that could not be read (their files are not listed): refused too

    // Whether the baseline lacks something it should hold: then it must not be published.
    bool incomplete() const { return !errors.isEmpty() || !unreadable.isEmpty(); }
    QStringList missingFolders;
};

class IntegrityBaseline
{
public:
    // Hashes every file under the raw folders. Files that cannot be read are collected in errors, folders
    // that cannot be read in unreadable (the caller must not publish a baseline that silently lacks them).
    static Result<BaselineRun> compute(const Workspace& workspace, const BaselineOptions& options);
};

} // namespace ts::permissions
