// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// ActivityModel under QAbstractItemModelTester: newest first, filters, sorting with persistent indexes,
// live insertion in sort order; the log read by id pages from a real database (a malformed row counted, not
// shown); the CSV export byte for byte; 100,000 entries read and shown with the times printed.
#include "TestEnv.h"
#include "activity/ActivityPages.h"
#include "db/LocalDatabase.h"
#include "models/ActivityModel.h"
#include "services/ActivityHistory.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>

using namespace ts;

namespace {

QDateTime at(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
}

ActivityEntry entry(qint64 id, const char* when, const char* actor, const char* action, const char* path = "",
                    const char* detail = "")
{
    return {QString::fromUtf8(actor),
            QString::fromUtf8(action),
            QString::fromUtf8(path),
            QString::fromUtf8(detail),
            at(when),
            id};
}

QList<ActivityEntry> sample()
{
    return {
        entry(1, "2026-11-01T09:00:00.000Z", "ana", "workspace.init", "", "created Vision Lab"),
        entry(2, "2026-11-01T09:05:00.000Z", "ana", "member.add", "", "ben (member)"),
        entry(3, "2026-11-02T10:00:00.000Z", "ana", "raw.protect", "data/raw", "made 1,204 files read-only"),
        entry(4, "2026-11-03T11:00:00.000Z", "ben", "notebook.assign", "notebooks/ben/a.ipynb", "to ben"),
        entry(5, "2026-11-04T12:00:00.000Z", "ben", "sync.push", "", "3 notebooks")};
}

QStringList column(const ActivityModel& model, int role)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, 0).data(role).toString();
    return values;
}

QStringList ids(const ActivityModel& model)
{
    return column(model, ActivityModel::IdRole);
}

} // namespace

class TestActivityModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolateUserFolders(); }
    void newestFirstWithWordsAndRoles();
    void filtersByMemberKindTimeAndText();
    void sortsAnyColumnAndKeepsPersistentIndexes();
    void liveEntriesGoWhereTheSortPutsThem();
    void readsTheRealLogByPagesAndCountsMalformedRows();
    void csvIsRfc4180();
    void aHundredThousandEntries();
};

void TestActivityModel::newestFirstWithWordsAndRoles()
{
    ActivityModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy choices(&model, &ActivityModel::choicesChanged);
    model.setNow(at("2026-11-04T12:30:00.000Z"));
    model.addEntries(sample());

    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.columnCount(), 5);
    QCOMPARE(ids(model), (QStringList{"5", "4", "3", "2", "1"}));
    QCOMPARE(model.index(0, ActivityModel::WhenColumn).data().toString(), QStringLiteral("30 min ago"));
    QCOMPARE(model.index(0, ActivityModel::WhoColumn).data().toString(), QStringLiteral("ben"));
    QCOMPARE(model.index(2, ActivityModel::WhatColumn).data().toString(),
             QStringLiteral("Raw data protected"));
    QCOMPARE(model.index(2, ActivityModel::WhatColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("raw.protect"));
    QCOMPARE(model.index(2, ActivityModel::PathColumn).data().toString(), QStringLiteral("data/raw"));
    QCOMPARE(model.index(2, ActivityModel::DetailsColumn).data().toString(),
             QStringLiteral("made 1,204 files read-only"));
    QCOMPARE(model.index(2, 0).data(ActivityModel::KindRole).toString(), QStringLiteral("raw"));
    QCOMPARE(model.index(2, 0).data(ActivityModel::TimeRole).toDateTime(), at("2026-11-02T10:00:00.000Z"));
    QVERIFY(model.index(2, ActivityModel::WhenColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("2026-11-02 10:00:00 UTC")));
    QCOMPARE(model.headerData(ActivityModel::DetailsColumn, Qt::Horizontal).toString(),
             QStringLiteral("Details"));
    QCOMPARE(model.actors(), (QStringList{"ana", "ben"}));
    QCOMPARE(model.kinds(), (QStringList{"member", "notebook", "raw", "sync", "workspace"}));
    QCOMPARE(choices.count(), 1);
    QCOMPARE(ActivityModel::describe(QStringLiteral("future.thing")), QStringLiteral("future.thing"));
    QCOMPARE(ActivityModel::kindTitle(QStringLiteral("raw")), QStringLiteral("Raw data"));

    // The same ids again (a poll that overlapped) change nothing.
    QSignalSpy changed(&model, &ActivityModel::entriesChanged);
    model.addEntries(sample());
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(model.highestId(), 5);

    // Times age: the When column is drawn again, nothing else changes.
    QSignalSpy redrawn(&model, &QAbstractItemModel::dataChanged);
    model.setNow(at("2026-11-04T13:30:00.000Z"));
    model.refreshTimes();
    QCOMPARE(redrawn.count(), 1);
    QCOMPARE(redrawn[0][0].toModelIndex(), model.index(0, ActivityModel::WhenColumn));
    QCOMPARE(redrawn[0][1].toModelIndex(), model.index(4, ActivityModel::WhenColumn));
    QCOMPARE(model.index(0, ActivityModel::WhenColumn).data().toString(), QStringLiteral("1 h ago"));
    QCOMPARE(model.actors(), (QStringList{"ana", "ben"})); // the repeated batch counted nobody twice
}

void TestActivityModel::filtersByMemberKindTimeAndText()
{
    ActivityModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addEntries(sample());

    ActivityFilter filter;
    filter.member = QStringLiteral("ana");
    model.setFilter(filter);
    QCOMPARE(ids(model), (QStringList{"3", "2", "1"}));
    filter.kind = QStringLiteral("raw");
    model.setFilter(filter);
    QCOMPARE(ids(model), QStringList{"3"});
    filter = {};
    filter.sinceMs = at("2026-11-02T00:00:00.000Z").toMSecsSinceEpoch();
    filter.untilMs = at("2026-11-04T00:00:00.000Z").toMSecsSinceEpoch();
    model.setFilter(filter);
    QCOMPARE(ids(model), (QStringList{"4", "3"}));
    filter = {};
    filter.text = QStringLiteral("  NOTEBOOKS/ben "); // case and surrounding spaces do not matter
    model.setFilter(filter);
    QCOMPARE(ids(model), QStringList{"4"});
    filter.text = QStringLiteral("protected"); // the words shown are searched too
    model.setFilter(filter);
    QCOMPARE(ids(model), QStringList{"3"});
    filter.text = QStringLiteral("nothing like this");
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.totalCount(), 5);
    QVERIFY(model.visibleEntries().isEmpty());

    // A live entry that the filter refuses is counted but not shown.
    filter = {};
    filter.member = QStringLiteral("ben");
    model.setFilter(filter);
    model.addEntries({entry(6, "2026-11-05T08:00:00.000Z", "ana", "member.add", "", "chen")});
    QCOMPARE(ids(model), (QStringList{"5", "4"}));
    QCOMPARE(model.totalCount(), 6);
}

void TestActivityModel::sortsAnyColumnAndKeepsPersistentIndexes()
{
    ActivityModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addEntries(sample());
    const QPersistentModelIndex raw = model.index(2, ActivityModel::PathColumn);
    QCOMPARE(raw.data(ActivityModel::IdRole).toLongLong(), 3);

    model.sort(ActivityModel::WhoColumn, Qt::AscendingOrder); // ties in time order
    QCOMPARE(ids(model), (QStringList{"1", "2", "3", "4", "5"}));
    QCOMPARE(raw.row(), 2);
    model.sort(ActivityModel::WhatColumn, Qt::AscendingOrder);
    QCOMPARE(column(model, ActivityModel::ActionRole),
             (QStringList{"member.add", "notebook.assign", "sync.push", "raw.protect", "workspace.init"}));
    QCOMPARE(raw.row(), 3);
    QCOMPARE(raw.column(), int(ActivityModel::PathColumn));
    QCOMPARE(raw.data(ActivityModel::IdRole).toLongLong(), 3);
    model.sort(ActivityModel::WhenColumn, Qt::AscendingOrder);
    QCOMPARE(ids(model), (QStringList{"1", "2", "3", "4", "5"}));
    QCOMPARE(raw.row(), 2);
    QCOMPARE(model.sortColumn(), int(ActivityModel::WhenColumn));
    QCOMPARE(model.sortOrder(), Qt::AscendingOrder);
}

void TestActivityModel::liveEntriesGoWhereTheSortPutsThem()
{
    ActivityModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addEntries(sample());
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy choices(&model, &ActivityModel::choicesChanged);

    model.addEntries({entry(6, "2026-11-05T08:00:00.000Z", "chen", "layout.create", "results/chen", "")});
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted[0][1].toInt(), 0); // newest: on top
    QCOMPARE(choices.count(), 1);        // chen and "layout" are new choices
    // An entry written with an older time (a clock behind) goes where its time puts it.
    model.addEntries({entry(7, "2026-11-02T12:00:00.000Z", "ana", "raw.baseline", "data/raw", "")});
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted[1][1].toInt(), 3);
    QCOMPARE(ids(model), (QStringList{"6", "5", "4", "7", "3", "2", "1"}));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(choices.count(), 1);
}

void TestActivityModel::readsTheRealLogByPagesAndCountsMalformedRows()
{
    QTemporaryDir dir;
    auto db = db::openLocalDatabase(dir.filePath(QStringLiteral("index.sqlite")));
    QVERIFY2(db, db ? "" : qPrintable(db.error().message));
    QVERIFY(ActivityLog::recordAll(*db, sample()).ok());
    // Rows no current writer produces (another tool, a hand edit): an unreadable time, no actor.
    auto bad =
        db->prepare("INSERT INTO activity(at_utc, actor, action, path, detail) VALUES"
                    "('yesterday-ish', 'ana', 'member.add', NULL, NULL), ('2026-11-06T00:00:00.000Z', '', "
                    "'member.add', NULL, NULL)");
    QVERIFY(bad && bad->run().ok());
    QVERIFY(ActivityLog::record(*db, entry(0, "2026-11-07T00:00:00.000Z", "ben", "sync.pull")).ok());

    auto first = readActivityPage(*db, 0, 0, 3);
    QVERIFY(first);
    QCOMPARE(first->highestId, 8);
    QCOMPARE(first->lowestId, 6);
    QCOMPARE(first->entries.size(), 1); // ids 7 and 6 are the malformed ones
    QCOMPARE(first->unreadable, 2);
    auto rest = readActivityPage(*db, 0, first->lowestId, 0);
    QVERIFY(rest);
    QCOMPARE(rest->entries.size(), 5);
    QCOMPARE(rest->entries.first().id, 5);
    QCOMPARE(rest->unreadable, 0);
    auto none = readActivityPage(*db, first->highestId, 0, 0);
    QVERIFY(none && none->entries.isEmpty() && none->highestId == 0);

    ActivityModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addEntries(first->entries, first->unreadable);
    model.addEntries(rest->entries, rest->unreadable);
    QCOMPARE(model.totalCount(), 6);
    QCOMPARE(model.unreadableCount(), 2);
    QCOMPARE(ids(model), (QStringList{"8", "5", "4", "3", "2", "1"}));
}

void TestActivityModel::csvIsRfc4180()
{
    QList<ActivityEntry> rows{entry(2, "2026-11-02T10:00:00.000Z", "ana", "raw.protect", "data/raw",
                                    "made 1,204 files \"read-only\""),
                              entry(1, "2026-11-01T09:00:00.5Z", "ben", "member.add", " lead ", "línea")};
    const QByteArray csv =
        services::activityCsv(rows, [](const ActivityEntry& e) { return ActivityModel::describe(e.action); });
    QCOMPARE(csv, QByteArray("when,who,action,what,path,details\r\n"
                             "2026-11-02T10:00:00.000Z,ana,raw.protect,Raw data protected,data/raw,"
                             "\"made 1,204 files \"\"read-only\"\"\"\r\n"
                             "2026-11-01T09:00:00.500Z,ben,member.add,Member added,\" lead \",l\xc3\xad"
                             "nea\r\n"));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("activity.csv"));
    QVERIFY(services::exportActivityCsv(rows, path).ok());
    QCOMPARE(test::readFile(path), services::activityCsv(rows));
    // A folder that does not exist: the error names the path, nothing is written.
    const QString missing = dir.filePath(QStringLiteral("no/such/folder/a.csv"));
    const Status failed = services::exportActivityCsv(rows, missing);
    QVERIFY(!failed);
    QVERIFY2(failed.error().message.startsWith(missing), qPrintable(failed.error().message));
    QVERIFY(!QFile::exists(missing));
}

void TestActivityModel::aHundredThousandEntries()
{
    QTemporaryDir dir;
    auto db = db::openLocalDatabase(dir.filePath(QStringLiteral("index.sqlite")));
    QVERIFY(db);
    QList<ActivityEntry> many;
    const QDateTime start = at("2026-01-01T00:00:00.000Z");
    const char* actions[] = {"member.add", "raw.protect", "sync.push", "notebook.assign", "layout.create"};
    const char* actors[] = {"ana", "ben", "chen", "dina"};
    for (int i = 0; i < 100000; ++i)
        many << ActivityEntry{QString::fromLatin1(actors[i % 4]),
                              QString::fromLatin1(actions[i % 5]),
                              QStringLiteral("notebooks/%1.ipynb").arg(i % 997),
                              QStringLiteral("entry %1").arg(i),
                              start.addSecs(i * 60),
                              0};
    QElapsedTimer timer;
    timer.start();
    QVERIFY(ActivityLog::recordAll(*db, many).ok());
    qInfo("recorded 100,000 entries: %lld ms", timer.elapsed());

    timer.restart();
    auto first = readActivityPage(*db, 0, 0, 500);
    QVERIFY(first);
    ActivityModel model;
    model.addEntries(first->entries);
    const qint64 firstRowsMs = timer.elapsed();
    auto rest = readActivityPage(*db, 0, first->lowestId, 0);
    QVERIFY(rest);
    ActivityModel::Batch batch = ActivityModel::prepare(rest->entries);
    const qint64 readMs = timer.elapsed() - firstRowsMs;
    QElapsedTimer gui;
    gui.start();
    const std::clock_t cpuStart = std::clock();
    model.addBatch(std::move(batch));
    const qint64 addMs = gui.elapsed();
    const qint64 addCpuMs = qint64(std::clock() - cpuStart) * 1000 / CLOCKS_PER_SEC;
    gui.restart();
    ActivityFilter filter;
    filter.text = QStringLiteral("entry 9999");
    model.setFilter(filter);
    const qint64 searchMs = gui.elapsed();
    QCOMPARE(model.rowCount(), 11); // entry 9999 and 99990…99999
    gui.restart();
    model.setFilter({});
    model.sort(ActivityModel::WhoColumn, Qt::AscendingOrder);
    const qint64 sortMs = gui.elapsed();
    gui.restart();
    model.sort(ActivityModel::DetailsColumn, Qt::DescendingOrder);
    const qint64 sortDetailsMs = gui.elapsed();
    QCOMPARE(model.index(0, 0).data(ActivityModel::DetailRole).toString(), QStringLiteral("entry 99999"));
    gui.restart();
    model.sort(ActivityModel::WhenColumn, Qt::DescendingOrder);
    const qint64 sortWhenMs = gui.elapsed();
    qInfo("first 500 rows: %lld ms; the other 99,500 read and prepared (worker side): %lld ms; added to the "
          "model (GUI "
          "side): %lld ms (CPU %lld ms; the machine is shared); search: %lld ms; sort by who: %lld ms, by "
          "details: %lld ms, by time: %lld ms",
          firstRowsMs, readMs, addMs, addCpuMs, searchMs, sortMs, sortDetailsMs, sortWhenMs);
    QCOMPARE(model.totalCount(), 100000);
    QCOMPARE(model.index(0, 0).data(ActivityModel::IdRole).toLongLong(), 100000);
}

QTEST_GUILESS_MAIN(TestActivityModel)
#include "tst_activitymodel.moc"
