// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// `raw verify`: the files on disk against a baseline. Content decides (a one-byte change with size and mtime
// put back is still found); --quick trusts size and mtime and says so.
#pragma once

#include "permissions/IntegrityBaseline.h"

namespace ts::permissions {

struct VerifyOptions
{
    bool quick = false; // compare size + mtime only, no content hashing
    int threads = 0;
    const CancelToken* cancel = nullptr;
    ProgressCallback progress;
};

struct VerifyReport
{
    QStringList modified; // sorted like the baseline
    QStringList added;
    QStringList removed;
    qint64 unchanged = 0;
    bool quick = false;
    qint64 bytesHashed = 0;
    QList<PathNote> skipped; // not part of any baseline (symlinks, special files, unsafe names)
    QList<PathNote> errors;  // files that could not be read: nothing can be said about them
    QStringList missingFolders;

    bool differs() const { return !modified.isEmpty() || !added.isEmpty() || !removed.isEmpty(); }
};

class BaselineVerifier
{
public:
    static Result<VerifyReport> verify(const Workspace& workspace, const Baseline& baseline,
                                       const VerifyOptions& options);
};

} // namespace ts::permissions
