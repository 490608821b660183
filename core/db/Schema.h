// The local database's schema: numbered migrations, recorded in PRAGMA user_version.
#pragma once

#include "db/SqliteDb.h"

namespace ts::db {

// Brings `db` up to the newest schema, one migration per transaction. A database newer than this program
// (user_version above the newest migration) is refused rather than guessed at.
Status migrate(SqliteDb& db);

int newestSchemaVersion();

} // namespace ts::db
