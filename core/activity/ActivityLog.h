// The activity log: every change the app makes (layout, members, permissions, assignments, sync), with who,
// when and on which path. Append-only, in the workspace's local database (never shared).
//
// Other modules record through one call:
//     ActivityLog::record(db, {actor, "raw.protect", "data/raw", "made 1,204 files read-only"});
// or, holding an opened Workspace, ActivityLog::record(workspace, "raw.protect", "data/raw", "…").
#pragma once

#include "db/SqliteDb.h"
#include "util/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace ts {

struct Workspace;

struct ActivityEntry
{
    QString actor;  // member id; empty = the OS user name
    QString action; // stable dotted id: "member.add", "layout.create", "raw.protect", "sync.push", …
    QString path;   // workspace- or root-relative path it concerns; empty when none
    QString detail; // one line for people
    QDateTime at;   // UTC; invalid = now
    qint64 id = 0;  // set when read back
};

class ActivityLog
{
public:
    // Appends one entry. The action must be a dotted lower-case id; actor, path and detail are single lines.
    static Status record(db::SqliteDb& db, const ActivityEntry& entry);
    // Appends several entries in one transaction: all or none.
    static Status recordAll(db::SqliteDb& db, const QList<ActivityEntry>& entries);
    // Opens the workspace's local database and appends one entry with the workspace's member as actor.
    static Status record(const Workspace& workspace, const QString& action, const QString& path,
                         const QString& detail);
    // As above for several entries (an empty actor becomes the workspace's member), one open, one
    // transaction.
    static Status recordAll(const Workspace& workspace, QList<ActivityEntry> entries);

    // Entries at or after `since` (all when invalid), newest first, at most `limit` (> 0).
    static Result<QList<ActivityEntry>> query(db::SqliteDb& db, const QDateTime& since = {}, int limit = 100);

    // The actor recorded when no member is known: the OS user name, or "unknown".
    static QString fallbackActor();
    // "2026-11-22T03:04:05.678Z"
    static QString formatTime(const QDateTime& at);
};

} // namespace ts
