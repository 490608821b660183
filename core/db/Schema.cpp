#include "db/Schema.h"

#include "activity/ActivitySchema.h"
#include "index/IndexSchema.h"
#include "permissions/BaselineSchema.h"

#include <iterator>

namespace ts::db {

namespace {

struct Migration
{
    int version;
    const char* what;
    const char* sql; // owned by the module that owns the tables (see the included headers)
};

// Append only: a migration, once released, is never edited; change a table with a new migration.
const Migration kMigrations[] = {
    {1, "activity log", activity::kSchemaV1},
    {2, "file index", index::kSchemaV1},
    {3, "raw-data baseline", permissions::kBaselineSchemaV1},
    {4, "file index moves to its own cache file", index::kSchemaV4DropFromMain},
};

} // namespace

int newestSchemaVersion()
{
    return std::size(kMigrations);
}

Status migrate(SqliteDb& db)
{
    const int current = db.userVersion();
    if (current < 0)
        return Error::failed(
            QStringLiteral("%1: cannot read the schema version: %2").arg(db.path(), db.lastError()));
    if (current > newestSchemaVersion())
        return Error::failed(
            QStringLiteral("%1: the local database has schema %2, newer than this Teamspace (%3); "
                           "update Teamspace or pass --index with another file")
                .arg(db.path())
                .arg(current)
                .arg(newestSchemaVersion()));
    for (const Migration& migration : kMigrations) {
        if (migration.version <= current)
            continue;
        Transaction tx(db);
        if (!tx.started())
            return tx.started().error();
        if (auto ok = db.exec(migration.sql); !ok)
            return ok.error().prefixed(QStringLiteral("migration %1 (%2): ")
                                           .arg(migration.version)
                                           .arg(QLatin1String(migration.what)));
        if (auto ok = db.setUserVersion(migration.version); !ok)
            return ok.error();
        if (auto ok = tx.commit(); !ok)
            return ok.error();
    }
    return {};
}

} // namespace ts::db
