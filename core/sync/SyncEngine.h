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
};

// Runs SyncEngine::run on a worker thread (the job opens its own repository there). The job is copied:
// its cancel token (job.transfer.cancel) must outlive the future.
QFuture<Result<SyncReport>> startSync(SyncJob job);

// The path of the journal for a workspace whose local database is at `databasePath`.
QString journalPathFor(const QString& databasePath);

} // namespace ts::sync
