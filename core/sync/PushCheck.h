// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The server side of the incoming review: `teamspace-cli check-push OLD NEW` in a pre-receive hook or a CI
// job checks every commit of a pushed range with the rules the sync applies (IncomingReview.h).
#pragma once

#include "sync/IncomingReview.h"

namespace ts::sync {

struct PushCheckResult
{
    int commits = 0;
    QList<IncomingViolation> violations;
};

// Opens `repoPath` (a bare or a working repository; empty: the one git's environment names, GIT_DIR with
// GIT_OBJECT_DIRECTORY and GIT_ALTERNATE_OBJECT_DIRECTORIES, as in a pre-receive hook whose new objects are
// still in quarantine) and reviews OLD..NEW. OLD all zeros (a new branch): NEW's whole history, the first
// valid manifest taken as given. NEW all zeros (a deletion): nothing to check. Revisions may be SHAs or
// names.
Result<PushCheckResult> checkPushedRange(const QString& repoPath, const QString& oldRev,
                                         const QString& newRev, NotebookStripFunction validateNotebook);

} // namespace ts::sync
