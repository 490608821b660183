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
};

namespace {

QDateTime at(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
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

QTEST_GUILESS_MAIN(TestActivityLog)
#include "tst_activitylog.moc"
