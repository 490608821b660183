// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The steps of one sync job (internal to core/sync): staging the working tree and merging the remote.
// SyncEngine runs them in order; each leaves the repository consistent when it returns or is killed.
#pragma once

#include "sync/SyncJournal.h"
#include "sync/SyncOwnership.h"
#include "sync/SyncTypes.h"

namespace ts::sync::detail {

struct JobContext
{
    const SyncJob& job;
    git::GitRepository& repo;
    SyncOwnership ownership;
    SyncReport& report;
    SyncJournal journal;
    JournalEntry entry; // what the journal says now
    QString workdir;    // absolute, trailing slash

    void hook(const char* point) const
    {
        if (job.testHook)
            job.testHook(point);
    }
    // Tells the caller which phase the job is in ("strip", "commit", "fetch", "merge", "push", "confirm"):
    // Progress.current is the phase, done/total unknown; the transfers then report objects under the same
    // name.
    void phase(const char* name) const
    {
        if (job.transfer.progress)
            job.transfer.progress(Progress{0, -1, 0, QString::fromLatin1(name)});
    }
    Status record(JournalEntry::Phase phase)
    {
        entry.phase = phase;
        return job.dryRun ? Status() : journal.write(entry);
    }
};

// Step 1: every change in the working tree is classified; mine are stripped and staged, others' are set
// aside and restored, refused ones are left alone and unstaged. Nothing is written when dryRun.
Status stageWorkingTree(JobContext& context);

// What a committed notebook at least looks like: a JSON object. Zero bytes, or bytes cut off in the middle,
// are what a failed write leaves (issue 12: a full disk emptied a notebook and sync committed it).
bool looksLikeNotebook(const char* data, qsizetype size);

// Unstages `paths` (the index takes HEAD's version again); the working tree is not touched.
Status resetIndexPaths(JobContext& context, const QStringList& paths);

// Step 2: commits the index when it differs from HEAD (author from my member entry). Returns whether a
// commit was made. Fills report.committed.
Result<bool> commitStaged(JobContext& context);

// Step 3: brings refs/remotes/<remote>/<branch> into HEAD: nothing, a fast-forward or a merge commit
// with ownership-based conflict resolution. Journalled (phase Merging) so that a kill in the middle is
// completed by finishMerge() in the next job.
Status mergeRemote(JobContext& context);

// Step 3b, inside mergeRemote: reviews the commits `target` brings from the remote (reachable from `theirs`,
// not from `ours`; IncomingReview). When some change is refused, returns a correction commit on top of
// `target` that restores the accepted versions and keeps refused versions as set-aside copies; otherwise
// `target` itself. Fills report.incoming, report.refused and report.setAside. Writes objects only, never the
// working tree.
Result<git::Oid> correctIncoming(JobContext& context, const git::Oid& ours, const git::Oid& theirs,
                                 const git::Oid& target);

// Completes a merge the journal says was interrupted (HEAD at mergeFrom or mergeTo).
Status finishInterruptedMerge(JobContext& context);

} // namespace ts::sync::detail
