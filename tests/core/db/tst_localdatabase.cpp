// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "activity/ActivitySchema.h"
#include "db/LocalDatabase.h"
#include "db/Schema.h"

#include "TestEnv.h"

#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ts;
using namespace ts::db;

class TestLocalDatabase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolateUserFolders(); }
    void defaultPathIsPerWorkspaceUnderLocalData();
    void migratesToNewestAndIsIdempotent();
    void refusesNewerSchema();
    void transactionRollsBackUnlessCommitted();
};

void TestLocalDatabase::defaultPathIsPerWorkspaceUnderLocalData()
{
    const QString path = localDatabasePath(QStringLiteral("ws-1"));
    QVERIFY(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                            QStringLiteral("/teamspace/workspaces/")));
    QVERIFY(path.endsWith(QStringLiteral("/workspaces/ws-1/index.sqlite")));
    QCOMPARE(localDatabasePath(QStringLiteral("ws-1"), QStringLiteral("/tmp/x.sqlite")),
             QStringLiteral("/tmp/x.sqlite"));
}

void TestLocalDatabase::migratesToNewestAndIsIdempotent()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/index.sqlite"));
    {
        auto db = openLocalDatabase(path, {activity::kMigrations});
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        QCOMPARE(db->userVersion(), newestSchemaVersion());
        QVERIFY(db->exec("INSERT INTO activity(at_utc, actor, action) "
                         "VALUES('2026-01-01T00:00:00.000Z','ana','test')")
                    .ok());
    }
    auto again = openLocalDatabase(path);
    QVERIFY(again.ok());
    auto stmt = again->prepare("SELECT count(*) FROM activity");
    QVERIFY(stmt.ok());
    QVERIFY(stmt->step());
    QCOMPARE(stmt->columnInt64(0), 1);
    QVERIFY(QFileInfo::exists(path));
}

void TestLocalDatabase::refusesNewerSchema()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("index.sqlite"));
    {
        auto db = SqliteDb::open(path);
        QVERIFY(db.ok());
        QVERIFY(db->setUserVersion(newestSchemaVersion() + 1).ok());
    }
    auto db = openLocalDatabase(path);
    QVERIFY(!db.ok());
    QVERIFY2(db.error().message.contains(QStringLiteral("newer than this Teamspace")),
             qPrintable(db.error().message));
}

void TestLocalDatabase::transactionRollsBackUnlessCommitted()
{
    QTemporaryDir dir;
    auto db = openLocalDatabase(dir.filePath(QStringLiteral("index.sqlite")), {activity::kMigrations});
    QVERIFY(db.ok());
    {
        Transaction tx(*db);
        QVERIFY(tx.started().ok());
        QVERIFY(db->exec("INSERT INTO activity(at_utc, actor, action) VALUES('t','a','x')").ok());
    }
    {
        Transaction tx(*db);
        QVERIFY(db->exec("INSERT INTO activity(at_utc, actor, action) VALUES('t','a','y')").ok());
        QVERIFY(tx.commit().ok());
    }
    auto stmt = db->prepare("SELECT group_concat(action) FROM activity");
    QVERIFY(stmt.ok() && stmt->step());
    QCOMPARE(stmt->columnText(0), QStringLiteral("y"));
}

QTEST_GUILESS_MAIN(TestLocalDatabase)
#include "tst_localdatabase.moc"
