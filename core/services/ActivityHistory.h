// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The activity log as people read it: newest first, with each entry's time as the log writes it.
#pragma once

#include "activity/ActivityPages.h"
#include "services/Call.h"
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

// A stretch of the workspace's log by id (activity/ActivityPages.h): afterId < id < beforeId (beforeId <= 0:
// no upper bound), highest id first, at most `limit` rows (<= 0: all). Cancelled through `call`.
Result<ActivityPage> readActivityPage(const Workspace& ws, qint64 afterId, qint64 beforeId, int limit,
                                      const Call& call = {});

// The entries as CSV (RFC 4180: comma-separated, CRLF line ends, a field quoted when it holds a comma, a
// quote, a line break or leading/trailing spaces, quotes doubled), UTF-8, with a header line:
// when (UTC, ISO-8601), who, action, what, path, details. `what` gives each entry's words (may be empty).
QByteArray activityCsv(const QList<ActivityEntry>& entries,
                       const std::function<QString(const ActivityEntry&)>& what = {});
// Writes activityCsv(...) to `path` atomically (QSaveFile): the file is complete or untouched.
Status exportActivityCsv(const QList<ActivityEntry>& entries, const QString& path,
                         const std::function<QString(const ActivityEntry&)>& what = {});

} // namespace ts::services
