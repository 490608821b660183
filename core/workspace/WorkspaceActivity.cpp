// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "workspace/WorkspaceActivity.h"

#include "activity/ActivitySchema.h"
#include "db/LocalDatabase.h"
#include "workspace/Workspace.h"

namespace ts {

Status ActivityLog::record(const Workspace& workspace, const QString& action, const QString& path,
                           const QString& detail)
{
    return recordAll(workspace, {ActivityEntry{workspace.me, action, path, detail, {}, 0}});
}

Status ActivityLog::recordAll(const Workspace& workspace, QList<ActivityEntry> entries)
{
    if (entries.isEmpty())
        return {};
    auto db = db::openLocalDatabase(workspace.databasePath, {activity::kMigrations});
    if (!db)
        return db.error();
    for (ActivityEntry& entry : entries)
        if (entry.actor.isEmpty())
            entry.actor = workspace.me;
    return recordAll(*db, entries);
}

} // namespace ts
