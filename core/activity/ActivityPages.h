// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The activity log read by id, in pages, for readers that follow it as it grows (the GUI's Activity panel):
// the newest page first, then the rest, then whatever arrives above the highest id seen.
#pragma once

#include "activity/ActivityLog.h"

#include <functional>

namespace ts {

struct ActivityPage
{
    QList<ActivityEntry> entries; // highest id first
    int unreadable = 0;           // rows skipped: a time that does not parse, no actor or no action
    qint64 highestId = 0;         // of every row read, readable or not (0 when none)
    qint64 lowestId = 0;
};

// Rows with afterId < id < beforeId (beforeId <= 0: no upper bound), highest id first, at most `limit` rows
// (<= 0: all). `cancelled`, when given, is polled every 1,000 rows; a cancelled read returns what it had.
Result<ActivityPage> readActivityPage(db::SqliteDb& db, qint64 afterId, qint64 beforeId, int limit,
                                      const std::function<bool()>& cancelled = {});

} // namespace ts
