// The activity log as people read it: newest first, with each entry's time as the log writes it.
#pragma once

#include "activity/ActivityLog.h"
#include "workspace/Workspace.h"

namespace ts::services {

struct ActivityRow
{
    ActivityEntry entry;
    QString at; // "2026-11-22T03:04:05.678Z"
};

struct ActivityReport
{
    QList<ActivityRow> entries; // newest first
};

// Entries of the workspace's local database at or after `since` (all when invalid), at most `limit` (> 0).
Result<ActivityReport> listActivity(const Workspace& ws, const QDateTime& since, int limit);

} // namespace ts::services
