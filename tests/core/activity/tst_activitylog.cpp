// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The activity log: append, query newest first with since/limit, append-only enforced by the database.
#include "activity/ActivityLog.h"
#include "db/LocalDatabase.h"

#include "TestEnv.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ts;

class TestActivityLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolateUserFolders(); }
    void recordsAndQueriesNewestFirst();
    void sinceAndLimit();
    void appendOnly();
    void refusesBadActionAndFlattensLines();
    void recordAllWritesNothingWhenAnInsertFails();
    void recordAllWritesNothingWhenTheDatabaseIsFull();
    void recordAllWritesNothingWhenAnEntryIsRefused();
};

namespace {

QDateTime at(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
}

ActivityEntry entry(const QString& detail)
{
    return {QStringLiteral("ana"), QStringLiteral("member.add"), QString(), detail, {}, 0};
}

// Every row of the log, oldest first, as "id actor action detail".
QStringList allRows(db::SqliteDb& db)
{
    QStringList rows;
    auto select = db.prepare("SELECT id, actor, action, coalesce(detail, '') FROM activity ORDER BY id");
    if (!select)
        return {QStringLiteral("error: ") + select.error().message};
    while (select->step())
        rows << QStringLiteral("%1 %2 %3 %4")
                    .arg(select->columnInt64(0))
                    .arg(select->columnText(1), select->columnText(2), select->columnText(3));
    return rows;
}

} // namespace

void TestActivityLog::recordsAndQueriesNewestFirst()
{
    QTemporaryDir dir;
    auto db = db::openLocalDatabase(dir.filePath(QStringLiteral("index.sqlite")));
    QVERIFY(db.ok());
    QVERIFY(ActivityLog::record(*db, {QStringLiteral("ana"), QStringLiteral("member.add"), QString(),
                                      QStringLiteral("added ben"), at("2026-01-01T10:00:00.000Z"), 0})
                .ok());
    QVERIFY(ActivityLog::record(*db,
                                {QStringLiteral("ben"), QStringLiteral("layout.create"),
                                 QStringLiteral("results/ben"), QString(), at("2026-01-01T10:00:01.500Z"), 0})
                .ok());
    QVERIFY(ActivityLog::record(*db, {QString(), QStringLiteral("sync.push"), QString(), QString(), {}, 0})
                .ok()); // now, OS user

    auto entries = ActivityLog::query(*db);
    QVERIFY(entries.ok());
    QCOMPARE(entries->size(), 3);
    QCOMPARE(entries->at(0).action, QStringLiteral("sync.push"));
    QCOMPARE(entries->at(0).actor, ActivityLog::fallbackActor());
    QVERIFY(qAbs(entries->at(0).at.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QCOMPARE(entries->at(1).actor, QStringLiteral("ben"));
    QCOMPARE(entries->at(1).path, QStringLiteral("results/ben"));
    QCOMPARE(entries->at(1).detail, QString());
    QCOMPARE(ActivityLog::formatTime(entries->at(1).at), QStringLiteral("2026-01-01T10:00:01.500Z"));
    QCOMPARE(entries->at(2).detail, QStringLiteral("added ben"));
    QVERIFY(entries->at(2).id < entries->at(1).id);
}

void TestActivityLog::sinceAndLimit()
{
    QTemporaryDir dir;
    auto db = db::openLocalDatabase(dir.filePath(QStringLiteral("index.sqlite")));
    QVERIFY(db.ok());
    for (int i = 0; i < 10; ++i)
        QVERIFY(ActivityLog::record(*db, {QStringLiteral("ana"), QStringLiteral("raw.protect"),
                                          QStringLiteral("data/raw/%1").arg(i), QString(),
                                          at("2026-03-01T00:00:00.000Z").addSecs(3600 * i), 0})
                    .ok());
    auto since = ActivityLog::query(*db, at("2026-03-01T07:00:00.000Z"), 100);
    QVERIFY(since.ok());
    QCOMPARE(since->size(), 3); // 07:00 (inclusive), 08:00, 09:00
    QCOMPARE(since->first().path, QStringLiteral("data/raw/9"));
    QCOMPARE(since->last().path, QStringLiteral("data/raw/7"));
    // A since in another time zone means the same instant.
    auto offset = ActivityLog::query(*db, at("2026-03-01T09:00:00.000+02:00"), 100);
    QVERIFY(offset.ok());
    QCOMPARE(offset->size(), 3);
    auto limited = ActivityLog::query(*db, {}, 4);
    QVERIFY(limited.ok());
    QCOMPARE(limited->size(), 4);
    QCOMPARE(limited->last().path, QStringLiteral("data/raw/6"));
    QVERIFY(!ActivityLog::query(*db, {}, 0).ok());
}

void TestActivityLog::appendOnly()
{
    QTemporaryDir dir;
    auto db = db::openLocalDatabase(dir.filePath(QStringLiteral("index.sqlite")));
    QVERIFY(db.ok());
    QVERIFY(ActivityLog::record(
                *db, {QStringLiteral("ana"), QStringLiteral("member.add"), QString(), QString(), {}, 0})
                .ok());
    const auto update = db->exec("UPDATE activity SET actor = 'eve'");
    QVERIFY(!update.ok());
    QVERIFY2(update.error().message.contains(QStringLiteral("append-only")),
             qPrintable(update.error().message));
    QVERIFY(!db->exec("DELETE FROM activity").ok());
    auto entries = ActivityLog::query(*db);
    QVERIFY(entries.ok());
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->first().actor, QStringLiteral("ana"));
}

void TestActivityLog::refusesBadActionAndFlattensLines()
{
    QTemporaryDir dir;
    auto db = db::openLocalDatabase(dir.filePath(QStringLiteral("index.sqlite")));
    QVERIFY(db.ok());
    QVERIFY(!ActivityLog::record(
                 *db, {QStringLiteral("ana"), QStringLiteral("Member Add"), QString(), QString(), {}, 0})
                 .ok());
    QVERIFY(!ActivityLog::record(
                 *db, {QStringLiteral("ana"), QStringLiteral("member"), QString(), QString(), {}, 0})
                 .ok());
    QVERIFY(ActivityLog::record(*db, {QStringLiteral("ana"),
                                      QStringLiteral("notebook.assign"),
                                      QStringLiteral("a\nb.ipynb"),
                                      QStringLiteral("line one\nfake 2026 entry"),
                                      {},
                                      0})
                .ok());
    auto entries = ActivityLog::query(*db);
    QVERIFY(entries.ok());
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->first().path, QStringLiteral("a b.ipynb"));
    QCOMPARE(entries->first().detail, QStringLiteral("line one fake 2026 entry"));
}

// The third insert of a batch of five fails in SQLite itself (a trigger raises on it, as a constraint
// would): the two inserts before it are rolled back with it, and the connection is left usable.
void TestActivityLog::recordAllWritesNothingWhenAnInsertFails()
{
    QTemporaryDir dir;
    auto db = db::openLocalDatabase(dir.filePath(QStringLiteral("index.sqlite")));
    QVERIFY(db.ok());
    QVERIFY(ActivityLog::record(*db, entry(QStringLiteral("before"))).ok());
    const QStringList before = allRows(*db);
    QCOMPARE(before.size(), 1);
    QVERIFY(
        db->exec("CREATE TEMP TRIGGER fail_third BEFORE INSERT ON main.activity WHEN NEW.detail = 'third' "
                 "BEGIN SELECT RAISE(ABORT, 'injected failure'); END")
            .ok());
    const QList<ActivityEntry> batch = {entry(QStringLiteral("first")), entry(QStringLiteral("second")),
                                        entry(QStringLiteral("third")), entry(QStringLiteral("fourth")),
                                        entry(QStringLiteral("fifth"))};
    const Status failed = ActivityLog::recordAll(*db, batch);
    QVERIFY(!failed.ok());
    QVERIFY2(failed.error().message.contains(QStringLiteral("injected failure")),
             qPrintable(failed.error().message));
    QCOMPARE(allRows(*db), before);
    QVERIFY(!db->inTransaction());

    // The same batch without the fault goes in whole, after the entry from before.
    QVERIFY(db->exec("DROP TRIGGER temp.fail_third").ok());
    QVERIFY(ActivityLog::recordAll(*db, batch).ok());
    const QStringList after = allRows(*db);
    QCOMPARE(after.size(), 6);
    QCOMPARE(after.first(), before.first());
    QVERIFY(after.last().endsWith(QStringLiteral(" fifth")));
}

// The database may not grow past three more pages (PRAGMA max_page_count, SQLite's own SQLITE_FULL): the
// first entry of one page's size fits in them, ten do not. Nothing of the batch is written.
void TestActivityLog::recordAllWritesNothingWhenTheDatabaseIsFull()
{
    QTemporaryDir dir;
    auto db = db::openLocalDatabase(dir.filePath(QStringLiteral("index.sqlite")));
    QVERIFY(db.ok());
    QVERIFY(ActivityLog::record(*db, entry(QStringLiteral("before"))).ok());
    const QStringList before = allRows(*db);
    qint64 pageCount = 0, pageSize = 0;
    {
        auto pages = db->prepare("SELECT page_count, page_size FROM pragma_page_count, pragma_page_size");
        QVERIFY(pages.ok() && pages->step());
        pageCount = pages->columnInt64(0);
        pageSize = pages->columnInt64(1);
    }
    QVERIFY(pageSize >= 512);
    QVERIFY(db->exec("PRAGMA max_page_count = " + QByteArray::number(pageCount + 3)).ok());
    QList<ActivityEntry> batch;
    for (int i = 0; i < 10; ++i)
        batch << entry(QStringLiteral("%1 ").arg(i) + QString(int(pageSize), u'x'));
    const Status failed = ActivityLog::recordAll(*db, batch);
    QVERIFY(!failed.ok());
    QVERIFY2(failed.error().message.contains(QStringLiteral("full")), qPrintable(failed.error().message));
    QCOMPARE(allRows(*db), before);
    QVERIFY(!db->inTransaction());
    QVERIFY(ActivityLog::recordAll(*db, {batch.first()}).ok()); // one of them alone fits
    QCOMPARE(allRows(*db).size(), 2);
}

// An entry that ActivityLog itself refuses (not a dotted action) in the middle of a batch: nothing written.
void TestActivityLog::recordAllWritesNothingWhenAnEntryIsRefused()
{
    QTemporaryDir dir;
    auto db = db::openLocalDatabase(dir.filePath(QStringLiteral("index.sqlite")));
    QVERIFY(db.ok());
    ActivityEntry bad = entry(QStringLiteral("second"));
    bad.action = QStringLiteral("Not An Action");
    const Status failed =
        ActivityLog::recordAll(*db, {entry(QStringLiteral("first")), bad, entry(QStringLiteral("third"))});
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().kind, ErrorKind::Usage);
    QCOMPARE(allRows(*db), QStringList());
}

QTEST_GUILESS_MAIN(TestActivityLog)
#include "tst_activitylog.moc"
