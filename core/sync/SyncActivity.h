// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// What a sync did, written to the activity log (one entry per file and one for the push), so the GUI and the
// CLI record the same thing. Secrets never reach here: the report holds paths, SHAs and reasons only.
#pragma once

#include "db/SqliteDb.h"
#include "sync/SyncTypes.h"

namespace ts::sync {

// Actions: sync.commit, sync.set-aside, sync.pull, sync.refuse, sync.push (detail: the confirmed remote
// head), sync.local (committed, not pushed), sync.resume (an interrupted job was finished).
Status recordSyncActivity(db::SqliteDb& db, const QString& me, const SyncReport& report);
// One sync.fail entry with the error's message.
Status recordSyncFailure(db::SqliteDb& db, const QString& me, const Error& error);

} // namespace ts::sync
