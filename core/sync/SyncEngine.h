// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// One sync job: stage what I own (stripped), set aside what I may not commit, commit, fetch, merge by
// ownership, push, and confirm the remote ref. Runs on the calling thread with its own repository handle;
// startSync() runs it on a worker thread. See docs/sync.md.
#pragma once

#include "sync/SyncTypes.h"

#include <QFuture>

namespace ts::sync {

class SyncEngine
{
public:
    // Runs the job to the end on this thread. Every failure leaves the working tree, index and refs
    // consistent; what was already done is in the journal and is completed by the next run.
    static Result<SyncReport> run(const SyncJob& job);
    // The staging step of a dry run alone, for the Sync panel and `sync status`: what a sync started now
    // would commit (report.committed, set-aside copies included), set aside and refuse, classified by the
    // very code the sync runs. Asks no remote and writes nothing (no journal, no index, no file); the job's
    // dryRun is ignored. report.notes say what the next sync would also do (complete an interrupted one,
    // a lock in the way).
    static Result<SyncReport> planStaging(const SyncJob& job);
};

// Runs SyncEngine::run on a new worker thread of its own (the job opens its own repository there). The job is
// copied: its cancel token (job.transfer.cancel) must outlive the future.
QFuture<Result<SyncReport>> startSync(SyncJob job);

// The path of the journal for a workspace whose local database is at `databasePath`.
QString journalPathFor(const QString& databasePath);

} // namespace ts::sync
