// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Per-module migrations of the local database (db/Schema.h): a database made by the code of before issue 13
// (one shared list, PRAGMA user_version 4; tests/core/db/data/README.md says how it was made) opens, keeps
// its activity log and raw baseline, and is migrated; a second open changes nothing; newer ones are refused.
#include "activity/ActivityLog.h"
#include "activity/ActivitySchema.h"
#include "db/LocalDatabase.h"
#include "db/Schema.h"
#include "index/IndexSchema.h"
#include "index/IndexStore.h"
#include "permissions/BaselineSchema.h"
#include "permissions/BaselineStore.h"

#include "TestEnv.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ts;

class TestMigrations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolateUserFolders(); }
    void databaseOfTodayIsMigratedAndKept();
    void secondOpenChangesNothing();
    void databaseOfTodayIsReadWithoutWriting();
    void newerDatabaseIsRefused();
    void newerModuleIsRefusedAlone();
    void newDatabaseGetsEachModuleOnFirstUse();
    void failedMigrationWritesNothing();
    void migratesInsideTheCallersTransaction();
};

namespace {

const QString kFixture = QStringLiteral(TEAMSPACE_DB_FIXTURES "/v4-local.sqlite");
// What data/README.md says the fixture holds.
constexpr int kFixtureActivityRows = 28;
constexpr int kFixtureBaselineRows = 301;

// A writable copy of the fixture (and its file-index cache) in `dir`; returns the main file's path.
QString copyFixture(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("index.sqlite"));
    for (const QString& suffix : {QString(), QStringLiteral(".files")}) {
        const QString from = QString(kFixture).replace(QStringLiteral(".sqlite"), suffix + ".sqlite");
        const QString to = QString(path).replace(QStringLiteral(".sqlite"), suffix + ".sqlite");
        if (!QFile::copy(from, to))
            qFatal("cannot copy %s", qPrintable(from));
        QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner);
    }
    return path;
}

// One text column per row (the queries concatenate their columns).
QStringList rows(db::SqliteDb& db, const char* sql)
{
    QStringList out;
    auto select = db.prepare(sql);
    if (!select)
        return {QStringLiteral("error: ") + select.error().message};
    while (select->step())
        out << select->columnText(0);
    if (select->hasError())
        out << QStringLiteral("error: ") + select->error();
    return out;
}

const char* const kActivityRows =
    "SELECT id || '|' || at_utc || '|' || actor || '|' || action || '|' || "
    "coalesce(path, '') || '|' || coalesce(detail, '') FROM activity ORDER BY id";
const char* const kBaselineRows =
    "SELECT path || '|' || size || '|' || mtime_ns || '|' || algorithm || '|' || "
    "hash || '|' || recorded_at_utc FROM raw_baseline ORDER BY path";
const char* const kTables = "SELECT type || ' ' || name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' "
                            "ORDER BY type, name";

// What the fixture holds, read with plain SQLite before any migration.
struct Contents
{
    int userVersion = -1;
    QStringList activity, baseline, tables;
};

Contents contentsOf(const QString& path)
{
    Contents c;
    auto db =
        db::SqliteDb::open(QString::fromUtf8(db::sqliteUri(path, "mode=ro")), db::SqliteDb::Mode::ReadOnly);
    if (!db)
        return c;
    c.userVersion = db->userVersion();
    c.activity = rows(*db, kActivityRows);
    c.baseline = rows(*db, kBaselineRows);
    c.tables = rows(*db, kTables);
    return c;
}

QByteArray digest(const QString& path)
{
    return QCryptographicHash::hash(test::readFile(path), QCryptographicHash::Sha256).toHex();
}

Result<db::SqliteDb> openAllModules(const QString& path)
{
    return db::openLocalDatabase(
        path, {activity::kMigrations, index::kMainFileMigrations, permissions::kBaselineMigrations});
}

} // namespace

void TestMigrations::databaseOfTodayIsMigratedAndKept()
{
    QTemporaryDir dir;
    const QString path = copyFixture(dir);
    const Contents before = contentsOf(path);
    QCOMPARE(before.userVersion, 4);
    QCOMPARE(before.activity.size(), kFixtureActivityRows);
    QCOMPARE(before.baseline.size(), kFixtureBaselineRows);
    QVERIFY(!before.tables.contains(QStringLiteral("table db_modules")));
    {
        auto db = openAllModules(path);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        QCOMPARE(db->userVersion(), db::newestSchemaVersion());
        QCOMPARE(rows(*db, "SELECT module || ' ' || version FROM db_modules ORDER BY module"),
                 QStringList({QStringLiteral("activity 1"), QStringLiteral("baseline 1"),
                              QStringLiteral("index 1")}));
        QCOMPARE(rows(*db, "SELECT version FROM db_shared_schema"), QStringList(QStringLiteral("4")));
        QCOMPARE(rows(*db, kActivityRows), before.activity);
        QCOMPARE(rows(*db, kBaselineRows), before.baseline);

        // Through the modules' own calls too.
        auto entries = ActivityLog::query(*db, {}, 1000);
        QVERIFY(entries.ok());
        QCOMPARE(entries->size(), kFixtureActivityRows);
        QStringList actions;
        for (const ActivityEntry& e : *entries)
            actions << e.action;
        QVERIFY2(actions.contains(QStringLiteral("member.add")), qPrintable(actions.join(u' ')));
        QVERIFY2(actions.contains(QStringLiteral("raw.baseline")), qPrintable(actions.join(u' ')));
        permissions::BaselineStore store(*db);
        auto baseline = store.load();
        QVERIFY(baseline.ok() && baseline->has_value());
        QCOMPARE(int((*baseline)->entries.size()), kFixtureBaselineRows);
        QVERIFY(ActivityLog::record(*db, {QStringLiteral("lea"), QStringLiteral("test.after"), {}, {}, {}, 0})
                    .ok());
    }
    const Contents after = contentsOf(path);
    QCOMPARE(after.activity.mid(0, before.activity.size()), before.activity);
    QCOMPARE(after.activity.size(), before.activity.size() + 1);
    // Nothing but the bookkeeping was added; no module table was dropped or created.
    QStringList expectedTables = before.tables;
    expectedTables << QStringLiteral("table db_modules") << QStringLiteral("table db_shared_schema");
    expectedTables.sort();
    QStringList afterTables = after.tables;
    afterTables.sort();
    QCOMPARE(afterTables, expectedTables);
}

// Once migrated, opening again (every module, and the file index with its cache) writes nothing: the main
// file keeps its bytes.
void TestMigrations::secondOpenChangesNothing()
{
    QTemporaryDir dir;
    const QString path = copyFixture(dir);
    {
        auto db = openAllModules(path);
        QVERIFY(db.ok());
    }
    const QByteArray migrated = digest(path);
    const Contents first = contentsOf(path);
    {
        auto db = openAllModules(path);
        QVERIFY(db.ok());
        auto entries = ActivityLog::query(*db, {}, 1000);
        QVERIFY(entries.ok());
        auto store = index::IndexStore::open(path);
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().message));
    }
    QCOMPARE(digest(path), migrated);
    const Contents second = contentsOf(path);
    QCOMPARE(second.tables, first.tables);
    QCOMPARE(second.activity, first.activity);
    QCOMPARE(second.baseline, first.baseline);
}

// Opened for reading (a read-only folder), the database of before is read as it is: no bookkeeping is
// added, its log and baseline are there.
void TestMigrations::databaseOfTodayIsReadWithoutWriting()
{
    QTemporaryDir dir;
    const QString path = copyFixture(dir);
    const QByteArray before = digest(path);
    {
        auto db = db::openDatabaseForReading(path);
        QVERIFY(db.ok());
        QVERIFY(db->readOnly());
        auto entries = ActivityLog::query(*db, {}, 1000);
        QVERIFY2(entries.ok(), qPrintable(entries.ok() ? QString() : entries.error().message));
        QCOMPARE(entries->size(), kFixtureActivityRows);
        permissions::BaselineStore store(*db);
        auto baseline = store.load();
        QVERIFY(baseline.ok() && baseline->has_value());
        QCOMPARE(int((*baseline)->entries.size()), kFixtureBaselineRows);
    }
    QCOMPARE(digest(path), before);
    QCOMPARE(contentsOf(path).userVersion, 4);
}

void TestMigrations::newerDatabaseIsRefused()
{
    QTemporaryDir dir;
    const QString path = copyFixture(dir);
    {
        auto db = db::SqliteDb::open(path);
        QVERIFY(db.ok());
        QVERIFY(db->setUserVersion(db::newestSchemaVersion() + 1).ok());
    }
    const QByteArray before = digest(path);
    auto db = db::openLocalDatabase(path);
    QVERIFY(!db.ok());
    QVERIFY2(db.error().message.contains(QStringLiteral("schema 6, newer than this Teamspace (5)")),
             qPrintable(db.error().message));
    QVERIFY2(db.error().message.startsWith(path), qPrintable(db.error().message));
    auto store = index::IndexStore::open(path);
    QVERIFY(!store.ok());
    QCOMPARE(digest(path), before);
}

// A module of a newer program (its version above this program's list) refuses that module's calls only.
void TestMigrations::newerModuleIsRefusedAlone()
{
    QTemporaryDir dir;
    const QString path = copyFixture(dir);
    {
        auto db = openAllModules(path);
        QVERIFY(db.ok());
        QVERIFY(db->exec("UPDATE db_modules SET version = 2 WHERE module = 'activity'").ok());
    }
    auto db = db::openLocalDatabase(path);
    QVERIFY(db.ok());
    auto entries = ActivityLog::query(*db);
    QVERIFY(!entries.ok());
    QVERIFY2(entries.error().message.contains(
                 QStringLiteral("activity tables of version 2, newer than this Teamspace (1)")),
             qPrintable(entries.error().message));
    QVERIFY(!ActivityLog::record(*db, {QStringLiteral("lea"), QStringLiteral("test.refused"), {}, {}, {}, 0})
                 .ok());
    permissions::BaselineStore store(*db);
    QVERIFY(store.load().ok()); // the baseline is of this program's version
    QVERIFY(!db::openLocalDatabase(path, {activity::kMigrations}).ok());
}

// A new database holds only the bookkeeping until a module uses it; each module records its version.
void TestMigrations::newDatabaseGetsEachModuleOnFirstUse()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("index.sqlite"));
    auto db = db::openLocalDatabase(path);
    QVERIFY(db.ok());
    QCOMPARE(db->userVersion(), db::newestSchemaVersion());
    QCOMPARE(rows(*db, kTables),
             QStringList({QStringLiteral("table db_modules"), QStringLiteral("table db_shared_schema")}));
    QCOMPARE(rows(*db, "SELECT version FROM db_shared_schema"), QStringList(QStringLiteral("0")));
    QVERIFY(
        ActivityLog::record(*db, {QStringLiteral("lea"), QStringLiteral("test.first"), {}, {}, {}, 0}).ok());
    QCOMPARE(rows(*db, "SELECT module || ' ' || version FROM db_modules"),
             QStringList(QStringLiteral("activity 1")));
    permissions::BaselineStore store(*db);
    auto none = store.load();
    QVERIFY(none.ok() && !none->has_value());
    QCOMPARE(rows(*db, "SELECT module || ' ' || version FROM db_modules ORDER BY module"),
             QStringList({QStringLiteral("activity 1"), QStringLiteral("baseline 1")}));
}

// A module whose second migration fails keeps neither: its version and tables stay as they were, and the
// error names the module, the migration and the file.
void TestMigrations::failedMigrationWritesNothing()
{
    static constexpr db::Migration kList[] = {
        {1, "a table", "CREATE TABLE probe_one(x)"},
        {2, "a broken one", "CREATE TABLE probe_two(x); INSERT INTO no_such_table VALUES(1)"},
    };
    static constexpr db::ModuleMigrations kProbe{"probe", kList};
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("index.sqlite"));
    auto db = db::openLocalDatabase(path);
    QVERIFY(db.ok());
    const QStringList tables = rows(*db, kTables);
    const Status failed = db::migrate(*db, kProbe);
    QVERIFY(!failed.ok());
    QVERIFY2(failed.error().message.startsWith(QStringLiteral("migration probe 2 (a broken one): ") + path),
             qPrintable(failed.error().message));
    QCOMPARE(rows(*db, kTables), tables);
    QCOMPARE(rows(*db, "SELECT count(*) FROM db_modules"), QStringList(QStringLiteral("0")));
    QVERIFY(!db->inTransaction());
}

// A module first used inside a transaction its caller holds (sync records activity that way) migrates in a
// savepoint: the caller's rollback takes the caller's rows, and the migration with them.
void TestMigrations::migratesInsideTheCallersTransaction()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("index.sqlite"));
    auto db = db::openLocalDatabase(path);
    QVERIFY(db.ok());
    const QStringList tables = rows(*db, kTables);
    {
        db::Transaction tx(*db);
        QVERIFY(tx.started().ok());
        QVERIFY(ActivityLog::record(*db, {QStringLiteral("lea"), QStringLiteral("test.lost"), {}, {}, {}, 0})
                    .ok());
        QVERIFY(db->inTransaction());
    } // rolled back
    QCOMPARE(rows(*db, kTables), tables);
    {
        db::Transaction tx(*db);
        QVERIFY(tx.started().ok());
        QVERIFY(ActivityLog::record(*db, {QStringLiteral("lea"), QStringLiteral("test.inner"), {}, {}, {}, 0})
                    .ok());
        QVERIFY(tx.commit().ok());
    }
    QCOMPARE(rows(*db, "SELECT action FROM activity"), QStringList(QStringLiteral("test.inner")));
    QCOMPARE(rows(*db, "SELECT module || ' ' || version FROM db_modules"),
             QStringList(QStringLiteral("activity 1")));
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
