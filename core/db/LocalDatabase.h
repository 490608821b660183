// Where a workspace's local state lives (never in the shared folder: SQLite on a network or synced folder
// corrupts), and opening it migrated.
#pragma once

#include "db/SqliteDb.h"

namespace ts::db {

// <AppLocalDataLocation>/workspaces/<workspaceId>/index.sqlite. `override`, when given (--index), wins.
QString localDatabasePath(const QString& workspaceId, const QString& overridePath = {});

// Opens the database at `path` (creating its folder), migrated to the newest schema.
Result<SqliteDb> openLocalDatabase(const QString& path);

} // namespace ts::db
