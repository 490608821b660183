// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "db/Schema.h"

#include <algorithm>

namespace ts::db {

namespace {

// db's own tables: how far each module's migrations are, and where the shared list of before had left the
// database (its user_version then), from which a module without a row starts.
constexpr const char* kBookkeepingSql = R"sql(
CREATE TABLE IF NOT EXISTS db_modules (
  module  TEXT PRIMARY KEY,  -- the module's id: activity, index, baseline
  version INTEGER NOT NULL   -- the newest of its migrations applied here
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS db_shared_schema (
  version INTEGER NOT NULL   -- PRAGMA user_version under the shared list (1-4); 0 for a database made since
);
)sql";

QString newerThanProgram(const SqliteDb& db, const QString& what, int version, int known)
{
    return QStringLiteral(
               "%1: the local database has %2 %3, newer than this Teamspace (%4); update Teamspace "
               "or pass --index with another file")
        .arg(db.path(), what)
        .arg(version)
        .arg(known);
}

// A write of its own: BEGIN IMMEDIATE (so two processes migrating at once queue instead of both reading the
// old version), or a savepoint inside a transaction the caller already holds. Rolls back unless committed.
class WriteScope
{
public:
    explicit WriteScope(SqliteDb& db) : m_db(db), m_nested(db.inTransaction())
    {
        m_started = m_db.exec(m_nested ? "SAVEPOINT db_migrate" : "BEGIN IMMEDIATE");
    }
    ~WriteScope()
    {
        if (m_started && !m_done)
            (void)m_db.exec(m_nested ? "ROLLBACK TO db_migrate; RELEASE db_migrate" : "ROLLBACK");
    }
    WriteScope(const WriteScope&) = delete;
    WriteScope& operator=(const WriteScope&) = delete;
    const Status& started() const { return m_started; }
    Status commit()
    {
        m_done = true;
        return m_db.exec(m_nested ? "RELEASE db_migrate" : "COMMIT");
    }

private:
    SqliteDb& m_db;
    bool m_nested;
    Status m_started;
    bool m_done = false;
};

// The newest migration of `module` that the shared list had run by user_version `shared`.
int adoptedVersion(const ModuleMigrations& module, int shared)
{
    int version = 0;
    for (std::size_t i = 0; i < module.count; ++i)
        if (module.list[i].sharedVersion != 0 && module.list[i].sharedVersion <= shared)
            version = std::max(version, module.list[i].version);
    return version;
}

struct ModuleState
{
    int version = 0;
    bool recorded = false; // has its own row in db_modules
};

Result<ModuleState> readState(SqliteDb& db, const ModuleMigrations& module)
{
    const int user = db.userVersion();
    if (user < 0)
        return Error::failed(
            QStringLiteral("%1: cannot read the schema version: %2").arg(db.path(), db.lastError()));
    if (user < kModuleBookkeepingVersion) // a database of the shared list, read without converting it
        return ModuleState{adoptedVersion(module, user), false};
    auto row = db.prepare("SELECT version FROM db_modules WHERE module = ?");
    if (!row)
        return row.error();
    row->bind(1, QString::fromLatin1(module.module));
    if (row->step())
        return ModuleState{int(row->columnInt64(0)), true};
    if (row->hasError())
        return Error::failed(QStringLiteral("%1: %2").arg(db.path(), row->error()));
    auto shared = db.prepare("SELECT max(version) FROM db_shared_schema");
    if (!shared)
        return shared.error();
    if (!shared->step())
        return Error::failed(QStringLiteral("%1: %2").arg(db.path(), shared->error()));
    return ModuleState{adoptedVersion(module, int(shared->columnInt64(0))), false};
}

} // namespace

int newestSchemaVersion()
{
    return kModuleBookkeepingVersion;
}

Status migrateBookkeeping(SqliteDb& db)
{
    const auto check = [&db]() -> Result<bool> { // true: already converted
        const int user = db.userVersion();
        if (user < 0)
            return Error::failed(
                QStringLiteral("%1: cannot read the schema version: %2").arg(db.path(), db.lastError()));
        if (user > kModuleBookkeepingVersion)
            return Error::failed(
                newerThanProgram(db, QStringLiteral("schema"), user, kModuleBookkeepingVersion));
        return user == kModuleBookkeepingVersion;
    };
    auto done = check();
    if (!done)
        return done.error();
    if (*done || db.readOnly())
        return {};
    WriteScope scope(db);
    if (!scope.started())
        return scope.started();
    const int shared = db.userVersion(); // again inside the write: another process may have converted it
    done = check();
    if (!done)
        return done.error();
    if (*done)
        return scope.commit();
    if (auto ok = db.exec(kBookkeepingSql); !ok)
        return ok.error().prefixed(QStringLiteral("migration of the schema bookkeeping: "));
    auto insert = db.prepare("INSERT INTO db_shared_schema(version) VALUES(?)");
    if (!insert)
        return insert.error();
    insert->bind(1, shared);
    if (auto ok = insert->run(); !ok)
        return ok;
    if (auto ok = db.setUserVersion(kModuleBookkeepingVersion); !ok)
        return ok;
    return scope.commit();
}

Result<int> moduleVersion(SqliteDb& db, const ModuleMigrations& module)
{
    auto state = readState(db, module);
    if (!state)
        return state.error();
    return state->version;
}

Status migrate(SqliteDb& db, const ModuleMigrations& module)
{
    if (db.migrated(module.module))
        return {};
    if (auto ok = migrateBookkeeping(db); !ok)
        return ok;
    const QString name = QString::fromLatin1(module.module);
    const auto refuseNewer = [&](int version) {
        return Error::failed(newerThanProgram(db, QStringLiteral("%1 tables of version").arg(name), version,
                                              module.newestVersion()));
    };
    auto state = readState(db, module);
    if (!state)
        return state.error();
    if (state->version > module.newestVersion())
        return refuseNewer(state->version);
    if (state->recorded && state->version == module.newestVersion()) {
        if (!db.inTransaction()) // a row of the caller's open transaction may still be rolled back
            db.setMigrated(module.module);
        return {};
    }
    if (db.readOnly())
        return {}; // read as it is; nothing here may write
    WriteScope scope(db);
    if (!scope.started())
        return scope.started();
    state = readState(db, module); // again inside the write: another process may have migrated it
    if (!state)
        return state.error();
    if (state->version > module.newestVersion())
        return refuseNewer(state->version);
    for (std::size_t i = 0; i < module.count; ++i) {
        const Migration& migration = module.list[i];
        if (migration.version <= state->version)
            continue;
        if (auto ok = db.exec(migration.sql); !ok)
            return ok.error().prefixed(QStringLiteral("migration %1 %2 (%3): ")
                                           .arg(name)
                                           .arg(migration.version)
                                           .arg(QLatin1String(migration.what)));
    }
    auto record = db.prepare("INSERT INTO db_modules(module, version) VALUES(?, ?) "
                             "ON CONFLICT(module) DO UPDATE SET version = excluded.version");
    if (!record)
        return record.error();
    record->bind(1, name);
    record->bind(2, module.newestVersion());
    if (auto ok = record->run(); !ok)
        return ok;
    if (auto ok = scope.commit(); !ok)
        return ok;
    if (!db.inTransaction())
        db.setMigrated(module.module);
    return {};
}

} // namespace ts::db
