// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The local database's schema: each module migrates its own tables, in its own numbered list, through
// migrate(db, module); db records how far each module is (table db_modules) and knows no module itself.
//
// A module declares its list beside its SQL (activity/ActivitySchema.h, index/IndexSchema.h,
// permissions/BaselineSchema.h) and applies it whenever it opens the database or is handed one:
//     inline constexpr db::Migration kMigrationList[] = {{1, "activity log", kSchemaV1, 1}};
//     inline constexpr db::ModuleMigrations kMigrations{"activity", kMigrationList};
//     if (auto ok = db::migrate(db, kMigrations); !ok) …
#pragma once

#include "db/SqliteDb.h"

#include <cstddef>

namespace ts::db {

struct Migration
{
    int version;      // 1, 2, 3 … within its module; append only: a released migration is never edited
    const char* what; // for the error message of a failed migration
    const char* sql;
    // The PRAGMA user_version at which the one shared list of before issue 13 ran this migration (1-4), or 0
    // when it was never in that list. A database made then starts its module at the newest migration whose
    // sharedVersion it had reached.
    int sharedVersion = 0;
};

struct ModuleMigrations
{
    const char* module; // stable id stored in db_modules: "activity", "index", "baseline"
    const Migration* list;
    std::size_t count;

    template <std::size_t N>
    constexpr ModuleMigrations(const char* name, const Migration (&migrations)[N])
        : module(name), list(migrations), count(N)
    {
    }
    int newestVersion() const { return count == 0 ? 0 : list[count - 1].version; }
};

// PRAGMA user_version of a database whose modules are recorded in db_modules. Versions 1-4 were the shared
// list of before (adopted on the first open); a database above this one is refused, not guessed at.
inline constexpr int kModuleBookkeepingVersion = 5;
int newestSchemaVersion();

// Brings the database's bookkeeping to this program's: on a database of the shared list (or a new one) it
// creates db_modules and db_shared_schema, keeping the old user_version as each module's starting point.
// Refuses a database newer than this program. On a read-only connection it only checks.
Status migrateBookkeeping(SqliteDb& db);

// Brings `module`'s tables to its newest version: its pending migrations in one transaction (a SAVEPOINT
// inside the caller's transaction), all or none. Refuses tables newer than the list. Checked once per
// connection. On a read-only connection it only checks (an older database is read as it is).
Status migrate(SqliteDb& db, const ModuleMigrations& module);

// The version `module` is at in `db`: its row in db_modules, else what the shared list had reached, else 0.
Result<int> moduleVersion(SqliteDb& db, const ModuleMigrations& module);

} // namespace ts::db
