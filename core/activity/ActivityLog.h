// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The activity log: every change the app makes (layout, members, permissions, assignments, sync), with who,
// when and on which path. Append-only, in the workspace's local database (never shared).
//
// Other modules record through one call:
//     ActivityLog::record(db, {actor, "raw.protect", "data/raw", "made 1,204 files read-only"});
// or, holding an opened Workspace, ActivityLog::record(workspace, "raw.protect", "data/raw", "…"): those
// overloads are in workspace/WorkspaceActivity.h (activity sits below workspace and knows no Workspace).
// A namespace rather than a class so that the workspace layer can add them.
#pragma once

#include "db/SqliteDb.h"
#include "util/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace ts {

struct ActivityEntry
{
    QString actor;  // member id; empty = the OS user name
    QString action; // stable dotted id: "member.add", "layout.create", "raw.protect", "sync.push", …
    QString path;   // workspace- or root-relative path it concerns; empty when none
    QString detail; // one line for people
    QDateTime at;   // UTC; invalid = now
    qint64 id = 0;  // set when read back
};

// Every call migrates the log's tables first (activity/ActivitySchema.h), so any opened database will do.
namespace ActivityLog {

// Appends one entry. The action must be a dotted lower-case id; actor, path and detail are single lines.
Status record(db::SqliteDb& db, const ActivityEntry& entry);
// Appends several entries in one transaction: all or none.
Status recordAll(db::SqliteDb& db, const QList<ActivityEntry>& entries);

// Entries at or after `since` (all when invalid), newest first, at most `limit` (> 0).
Result<QList<ActivityEntry>> query(db::SqliteDb& db, const QDateTime& since = {}, int limit = 100);

// The actor recorded when no member is known: the OS user name, or "unknown".
QString fallbackActor();
// "2026-11-22T03:04:05.678Z"
QString formatTime(const QDateTime& at);

} // namespace ActivityLog

} // namespace ts
