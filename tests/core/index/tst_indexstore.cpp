// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "IndexTestSupport.h"
#include "TestEnv.h"

#include "activity/ActivitySchema.h"
#include "db/LocalDatabase.h"
#include "db/Schema.h"
#include "index/IndexQueries.h"
#include "index/IndexSchema.h"
#include "index/IndexStore.h"
#include "permissions/BaselineSchema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <pwd.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace ts;
using namespace ts::index;

class TestIndexStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolateUserFolders(); }
    void attributesUsageByMemberKindAndFolder();
    void growthSincePreviousScan();
    void fullRebuildKeepsOtherModulesTables();
    void oneFolderForBothSkipsOnlyTheRepositoryGit();
    void cancelledScanLeavesTheIndexAlone();
    void streamingRebuildEqualsBatchRebuild();
    void indexLivesInItsOwnUnsyncedFile();
    void damagedIndexFileIsReplaced();
    void cacheOfAnotherVersionIsRebuilt();
    void olderDatabaseMovesTheIndexOut();
    void rebuildCancelledMidWalkRollsBack();
};

void TestIndexStore::attributesUsageByMemberKindAndFolder()
{
    QTemporaryDir root, repo, state;
    test::buildSmallTeam(root.path(), repo.path());
    const QString dbPath = state.filePath(QStringLiteral("index.sqlite"));
    const ScanReport report = test::scanOrFail(root.path(), repo.path(), dbPath, true);
    QCOMPARE(report.bytes, 300 + 200 + 100 + 50 + 20000 + 7 + 400 + 5 + 30 + 30);
    QCOMPARE(report.files, 39);

    auto store = IndexStore::open(dbPath);
    QVERIFY(store.ok());
    auto members = store->usageByMember(test::teamManifest());
    QVERIFY(members.ok());
    QCOMPARE(members->size(), 3);
    QCOMPARE(members->at(0).id, QStringLiteral("lea"));
    QCOMPARE(members->at(0).bytes, 0);
    QVERIFY(!members->at(0).headroom);
    QCOMPARE(members->at(1).bytes, 150); // results + checkpoints; the notebook does not count against quota
    QCOMPARE(members->at(1).files, 2);
    QCOMPARE(*members->at(1).headroom, 1'000'000'000 - 150);
    QCOMPARE(*members->at(2).headroom, 10'000 - 20'000);

    IndexQueries queries(store->database());
    auto unattributed = queries.unattributedBytes();
    QVERIFY(unattributed.ok());
    QCOMPARE(*unattributed, report.bytes - 150 - 20000);

    auto kinds = queries.usageByKind();
    QVERIFY(kinds.ok());
    QMap<QString, qint64> byKind;
    for (const KindUsage& k : *kinds)
        byKind[k.kind] = k.bytes;
    QCOMPARE(byKind.value(QStringLiteral("results")), 20107);
    QCOMPARE(byKind.value(QStringLiteral("checkpoints")), 50);
    QCOMPARE(byKind.value(QStringLiteral("raw")), 300);
    QCOMPARE(byKind.value(QStringLiteral("processed")), 230);
    QCOMPARE(byKind.value(QStringLiteral("models")), 400);
    QCOMPARE(byKind.value(QStringLiteral("notebooks")), 30);
    QCOMPARE(byKind.value(QStringLiteral("other")), 5);
    QCOMPARE(kinds->first().kind, QStringLiteral("results"));

    auto folders = queries.usageByFolder(Top::SharedFolder, "results", 1);
    QVERIFY(folders.ok());
    QCOMPARE(folders->size(), 4);
    QCOMPARE(folders->at(0).path, QStringLiteral("results"));
    QCOMPARE(folders->at(0).bytes, 20107);
    QCOMPARE(folders->at(1).path, QStringLiteral("results/ben"));
    QCOMPARE(folders->at(1).member, QStringLiteral("ben"));
    QCOMPARE(folders->at(2).path, QStringLiteral("results/ana"));
    QCOMPARE(folders->at(3).path, QStringLiteral("results/stranger"));
    QVERIFY(folders->at(3).member.isEmpty());
    auto missing = queries.usageByFolder(Top::SharedFolder, "nope", 1);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, ErrorKind::BadInput);

    auto largest = queries.largest(2);
    QVERIFY(largest.ok());
    QCOMPARE(largest->size(), 2);
    QCOMPARE(largest->at(0).path, QStringLiteral("results/ben/big.bin"));
    QCOMPARE(largest->at(1).path, QStringLiteral("models/m.onnx"));

    auto notebooks = queries.files("e.kind=6 AND e.type=0");
    QVERIFY(notebooks.ok());
    QCOMPARE(notebooks->size(), 1);
    QCOMPARE(notebooks->first().path, QStringLiteral("repo:notebooks/ana/explore.ipynb"));
    QCOMPARE(notebooks->first().member, QStringLiteral("ana"));
}

void TestIndexStore::growthSincePreviousScan()
{
    test::ScannedTeam team; // the small team, scanned once (full)
    auto& [root, repo, state, dbPath] = team;
    test::writeFile(root.path() + QStringLiteral("/results/ana/run2/more.npy"), QByteArray(1000, 'm'));
    QVERIFY(QFile::remove(root.path() + QStringLiteral("/loose.txt")));
    test::scanOrFail(root.path(), repo.path(), dbPath, false);

    auto store = IndexStore::open(dbPath);
    QVERIFY(store.ok());
    auto growth = IndexQueries(store->database()).growth();
    QVERIFY(growth.ok());
    QMap<QString, qint64> delta;
    for (const GrowthRow& g : *growth)
        delta[g.scope + u':' + g.key] = g.delta();
    QCOMPARE(delta.value(QStringLiteral("all:")), 995);
    QCOMPARE(delta.value(QStringLiteral("member:ana")), 1000);
    QCOMPARE(delta.value(QStringLiteral("member:ben")), 0);
    QCOMPARE(delta.value(QStringLiteral("kind:other")), -5);
    QCOMPARE(delta.value(QStringLiteral("folder:results/ana")), 1000);
    QCOMPARE(delta.value(QStringLiteral("folder:.")), 995);
    QVERIFY(!delta.contains(QStringLiteral("folder:models"))); // unchanged folders are left out
}

void TestIndexStore::fullRebuildKeepsOtherModulesTables()
{
    test::ScannedTeam team; // the small team, scanned once (full)
    auto& [root, repo, state, dbPath] = team;
    {
        auto db = db::openLocalDatabase(dbPath, {activity::kMigrations});
        QVERIFY(db->exec("INSERT INTO activity(at_utc, actor, action) "
                         "VALUES('2026-01-01T00:00:00.000Z','lea','test')")
                    .ok());
    }
    test::scanOrFail(root.path(), repo.path(), dbPath, true);
    auto db = db::SqliteDb::open(dbPath);
    auto count = db->prepare("SELECT count(*) FROM activity");
    QVERIFY(count.ok() && count->step());
    QCOMPARE(count->columnInt64(0), 1);
}

void TestIndexStore::oneFolderForBothSkipsOnlyTheRepositoryGit()
{
    QTemporaryDir both, state;
    test::buildSmallTeam(both.path(), both.path());
    test::writeFile(both.filePath(QStringLiteral("data/.git/HEAD")), "ref");
    const QString dbPath = state.filePath(QStringLiteral("index.sqlite"));
    const ScanReport report = test::scanOrFail(both.path(), both.path(), dbPath, true);
    QCOMPARE(report.bytes, 300 + 200 + 100 + 50 + 20000 + 7 + 400 + 5 + 30 + 30 + 3);
    auto store = IndexStore::open(dbPath);
    QVERIFY(store.ok());
    auto notebooks = IndexQueries(store->database()).files("e.kind=6 AND e.type=0");
    QVERIFY(notebooks.ok());
    QCOMPARE(notebooks->size(), 1);
    QCOMPARE(notebooks->first().path, QStringLiteral("notebooks/ana/explore.ipynb"));
}

void TestIndexStore::cancelledScanLeavesTheIndexAlone()
{
    test::ScannedTeam team; // the small team, scanned once (full)
    auto& [root, repo, state, dbPath] = team;
    const QStringList before = test::dumpIndex(dbPath);
    test::writeFile(root.path() + QStringLiteral("/results/ana/new.bin"), "new");
    auto cancel = std::make_shared<CancelToken>();
    cancel->cancel();
    for (bool full : {false, true}) {
        ScanRequest request;
        request.sharedFolder = root.path();
        request.repository = repo.path();
        request.databasePath = dbPath;
        request.manifest = test::teamManifest();
        request.full = full;
        request.cancel = cancel;
        auto report = scanIntoIndex(request);
        QVERIFY(!report.ok());
        QCOMPARE(report.error().kind, ErrorKind::Cancelled);
        QCOMPARE(test::dumpIndex(dbPath), before);
    }
}

// A full scan writes its rows while the walk runs (BulkLoad) and corrects afterwards what only the end of the
// walk knows: folders that could not be opened, which path of a hard-linked inode counts. The result must
// be row for row what writing the finished tree in one go (replaceAll) gives, across several hand-over
// batches. Run as `nobody` so that the locked folder is really denied (root reads everything).
void TestIndexStore::streamingRebuildEqualsBatchRebuild()
{
    const passwd* nobody = ::getpwnam("nobody");
    if (!nobody)
        QSKIP("no user `nobody` to drop privileges to: root reads every folder, so denial cannot be tested");
    QTemporaryDir root, repo, state;
    for (const QTemporaryDir* d : {&root, &repo, &state})
        QVERIFY(::chmod(QFile::encodeName(d->path()).constData(), d == &state ? 0777 : 0755) == 0);
    test::buildSmallTeam(root.path(), repo.path());
    // More entries than one hand-over batch (4096), in one folder and spread over many.
    for (int i = 0; i < 5000; ++i)
        test::writeFile(root.path() + QStringLiteral("/results/ana/many/f%1").arg(i), "x");
    for (int i = 0; i < 300; ++i)
        test::writeFile(root.path() + QStringLiteral("/data/processed/d%1/g%2/file").arg(i % 30).arg(i),
                        "yy");
    // One inode under two members: only the path that sorts first counts, whichever the walk lists first.
    const QByteArray shared = QFile::encodeName(root.path() + QStringLiteral("/results/ben/shared.bin"));
    test::writeFile(QFile::decodeName(shared), QByteArray(1234, 's'));
    QVERIFY(
        ::link(shared.constData(),
               QFile::encodeName(root.path() + QStringLiteral("/checkpoints/ana/linked.bin")).constData()) ==
        0);
    QVERIFY(::symlink("../data/raw/a.csv",
                      QFile::encodeName(root.path() + QStringLiteral("/models/raw-link")).constData()) == 0);
    test::writeFile(root.path() + QStringLiteral("/results/ben/locked/secret.bin"), "secret");
    QVERIFY(::chmod(QFile::encodeName(root.path() + QStringLiteral("/results/ben/locked")).constData(),
                    0700) == 0);

    const QString streamed = state.filePath(QStringLiteral("streamed.sqlite"));
    const QString batched = state.filePath(QStringLiteral("batched.sqlite"));
    const pid_t child = ::fork();
    if (child == 0) {
        if (::setgid(nobody->pw_gid) != 0 || ::setuid(nobody->pw_uid) != 0)
            ::_exit(3);
        ScanRequest request;
        request.sharedFolder = root.path();
        request.repository = repo.path();
        request.databasePath = streamed;
        request.manifest = test::teamManifest();
        request.full = true;
        request.threads = 2;
        auto report = scanIntoIndex(request);
        if (!report || !report->full || report->errors.size() != 1)
            ::_exit(4);
        ScanOptions options;
        options.sharedFolder = root.path();
        options.repository = repo.path();
        auto tree = Scanner(options).run();
        if (!tree)
            ::_exit(5);
        const ScanAnalysis analysis = analyseScan(*tree, request.manifest);
        auto store = IndexStore::open(batched);
        if (!store || !store->replaceAll(*tree, analysis, ScanRecord{true, 0, 1}))
            ::_exit(6);
        ::_exit(0);
    }
    int status = 0;
    ::waitpid(child, &status, 0);
    if (WIFEXITED(status) && WEXITSTATUS(status) == 3)
        QSKIP("cannot drop privileges to `nobody` in this environment");
    QVERIFY2(WIFEXITED(status) && WEXITSTATUS(status) == 0,
             qPrintable(QStringLiteral("child exit status %1").arg(status)));

    const QStringList rows = test::dumpIndex(streamed);
    QCOMPARE(rows, test::dumpIndex(batched));
    QVERIFY(rows.size() > 5300);
    // The fix-ups really happened: the locked folder is denied, and one of the two linked paths counts.
    auto store = IndexStore::open(streamed);
    QVERIFY(store.ok());
    auto q = store->database().prepare(
        "SELECT (SELECT state FROM index_entries WHERE CAST(name AS TEXT)='locked'),"
        "(SELECT group_concat(counted) FROM (SELECT counted FROM index_entries WHERE "
        "CAST(name AS TEXT) IN ('shared.bin','linked.bin') ORDER BY counted))");
    QVERIFY(q.ok() && q->step());
    QCOMPARE(q->columnInt64(0), qint64(EntryState::PermissionDenied));
    QCOMPARE(q->columnText(1), QStringLiteral("0,1"));
}

// Cancelling a full rebuild after rows were already handed to the writer rolls all of them back.
void TestIndexStore::rebuildCancelledMidWalkRollsBack()
{
    test::ScannedTeam team; // the small team, scanned once (full)
    auto& [root, repo, state, dbPath] = team;
    const QStringList before = test::dumpIndex(dbPath);
    for (int i = 0; i < 200; ++i)
        test::writeFile(root.path() + QStringLiteral("/results/ana/d%1/f").arg(i), "z");
    auto cancel = std::make_shared<CancelToken>();
    int calls = 0;
    ScanRequest request;
    request.sharedFolder = root.path();
    request.repository = repo.path();
    request.databasePath = dbPath;
    request.manifest = test::teamManifest();
    request.full = true;
    request.threads = 1;
    request.cancel = cancel;
    request.progress = [&](const Progress& p) {
        ++calls;
        if (p.done > 0)
            cancel->cancel();
    };
    auto report = scanIntoIndex(request);
    QVERIFY(!report.ok());
    QCOMPARE(report.error().kind, ErrorKind::Cancelled);
    QVERIFY(calls > 0);
    QCOMPARE(test::dumpIndex(dbPath), before);
}

// The index is a cache in a file of its own, written without syncs; the activity log and the baseline stay
// in the main file, which keeps syncing (a power loss may cost a scan, never the log).
void TestIndexStore::indexLivesInItsOwnUnsyncedFile()
{
    QTemporaryDir root, repo, state;
    test::buildSmallTeam(root.path(), repo.path());
    const QString dbPath = state.filePath(QStringLiteral("local.sqlite"));
    test::scanOrFail(root.path(), repo.path(), dbPath, true);
    QCOMPARE(filesDatabasePath(dbPath), state.filePath(QStringLiteral("local.files.sqlite")));
    QCOMPARE(filesDatabasePath(QStringLiteral("/x/index.db")), QStringLiteral("/x/index.db.files.sqlite"));
    QVERIFY(QFileInfo(state.filePath(QStringLiteral("local.files.sqlite"))).size() > 0);
    auto store = IndexStore::open(dbPath);
    QVERIFY(store.ok());
    // The activity log's tables are made by the log itself (its own migrations) in the same main file.
    QVERIFY(db::migrate(store->database(), activity::kMigrations).ok());
    auto q = store->database().prepare(
        "SELECT (SELECT count(*) FROM main.sqlite_schema WHERE name LIKE 'index_%'),"
        "(SELECT count(*) FROM files.index_entries), (SELECT count(*) FROM main.activity)");
    QVERIFY(q.ok() && q->step());
    QCOMPARE(q->columnInt64(0), 0);
    QVERIFY(q->columnInt64(1) > 20);
    auto sync = store->database().prepare("PRAGMA files.synchronous");
    QVERIFY(sync.ok() && sync->step());
    QCOMPARE(sync->columnInt64(0), 0); // OFF
    auto mainSync = store->database().prepare("PRAGMA main.synchronous");
    QVERIFY(mainSync.ok() && mainSync->step());
    QCOMPARE(mainSync->columnInt64(0), 1); // NORMAL
}

// A cache file that is not a database any more (say, torn by a power loss) is replaced by an empty index;
// the main file and its activity log are untouched, and the next scan rebuilds.
void TestIndexStore::damagedIndexFileIsReplaced()
{
    test::ScannedTeam team; // the small team, scanned once (full)
    auto& [root, repo, state, dbPath] = team;
    const QStringList before = test::dumpIndex(dbPath);
    {
        auto db = db::openLocalDatabase(dbPath, {activity::kMigrations});
        QVERIFY(db->exec("INSERT INTO activity(at_utc, actor, action) "
                         "VALUES('2026-01-01T00:00:00.000Z','lea','kept')")
                    .ok());
    }
    const QString cache = filesDatabasePath(dbPath);
    QFile::remove(cache + QStringLiteral("-wal"));
    QFile::remove(cache + QStringLiteral("-shm"));
    test::writeFile(cache, QByteArray(40000, '\x5a'));

    const ScanReport report = test::scanOrFail(root.path(), repo.path(), dbPath, false);
    QVERIFY(report.full); // nothing to compare with: rebuilt
    QCOMPARE(test::dumpIndex(dbPath), before);
    auto db = db::SqliteDb::open(dbPath);
    auto kept = db->prepare("SELECT count(*) FROM activity WHERE action='kept'");
    QVERIFY(kept.ok() && kept->step());
    QCOMPARE(kept->columnInt64(0), 1);
}

// A cache file of version 1 (with kSchemaV1's partial index on state) is emptied and created again at the
// current version: the next scan is a full one with the same rows, and the old indexes are gone.
void TestIndexStore::cacheOfAnotherVersionIsRebuilt()
{
    test::ScannedTeam team; // the small team, scanned once (full)
    auto& [root, repo, state, dbPath] = team;
    const QStringList before = test::dumpIndex(dbPath);
    const auto cacheFacts = [&](const char* sql) -> qint64 {
        auto cache = db::SqliteDb::open(filesDatabasePath(dbPath));
        if (!cache.ok())
            return -1;
        auto q = cache->prepare(sql);
        return q.ok() && q->step() ? q->columnInt64(0) : -1;
    };
    {
        auto cache = db::SqliteDb::open(filesDatabasePath(dbPath));
        QVERIFY(cache.ok());
        QVERIFY(cache
                    ->exec("CREATE INDEX index_entries_problems ON index_entries(state) WHERE state <> 0;"
                           "PRAGMA user_version=1")
                    .ok());
    }
    QCOMPARE(cacheFacts("PRAGMA user_version"), 1);

    const ScanReport report = test::scanOrFail(root.path(), repo.path(), dbPath, false);
    QVERIFY(report.full); // the old cache was emptied: nothing to compare with
    QCOMPARE(test::dumpIndex(dbPath), before);
    QCOMPARE(cacheFacts("PRAGMA user_version"), qint64(kFilesSchemaVersion));
    QCOMPARE(cacheFacts("SELECT count(*) FROM sqlite_master WHERE name='index_entries_problems'"), 0);
    QCOMPARE(cacheFacts("SELECT count(*) FROM sqlite_master WHERE name='index_entries_parent'"), 0);
    QCOMPARE(cacheFacts("SELECT count(*) FROM sqlite_master WHERE name='index_entries_appended'"), 1);
    // Version 3: every folder row holds its children's id range (the team has folders with children).
    QVERIFY(cacheFacts("SELECT count(*) FROM index_folders WHERE child_count>0") > 3);
}

// A local database of the shared list's schema 3 had the index tables in the main file: the index's own
// migration 1 (the shared list's 4) drops them there (the cache file takes over; the next scan is a full
// one), and keeps everything else.
void TestIndexStore::olderDatabaseMovesTheIndexOut()
{
    QTemporaryDir root, repo, state;
    test::buildSmallTeam(root.path(), repo.path());
    const QString dbPath = state.filePath(QStringLiteral("index.sqlite"));
    {
        auto db = db::SqliteDb::open(dbPath); // the shared list's migrations 1-3, as that code ran them
        QVERIFY(db.ok());
        QVERIFY(db->exec(activity::kSchemaV1).ok());
        QVERIFY(db->exec(kSchemaV1).ok()); // what migration 2 left in the main file
        QVERIFY(db->exec(permissions::kBaselineSchemaV1).ok());
        QVERIFY(db->exec("INSERT INTO index_scans(finished_utc,full,files,dirs,bytes,allocated,errors,"
                         "changed_rows,seconds,shared_folder,repository) VALUES('x',1,0,0,0,0,0,0,0,'','')")
                    .ok());
        QVERIFY(db->exec("INSERT INTO activity(at_utc, actor, action) "
                         "VALUES('2026-01-01T00:00:00.000Z','lea','kept')")
                    .ok());
        QVERIFY(db->setUserVersion(3).ok());
    }
    const ScanReport report = test::scanOrFail(root.path(), repo.path(), dbPath, false);
    QVERIFY(report.full);
    auto db = db::SqliteDb::open(dbPath);
    auto q = db->prepare("SELECT (SELECT count(*) FROM sqlite_schema WHERE name LIKE 'index_%'),"
                         "(SELECT count(*) FROM activity WHERE action='kept')");
    QVERIFY(q.ok() && q->step());
    QCOMPARE(q->columnInt64(0), 0);
    QCOMPARE(q->columnInt64(1), 1);
    QCOMPARE(db->userVersion(), db::newestSchemaVersion());
}

QTEST_GUILESS_MAIN(TestIndexStore)
#include "tst_indexstore.moc"
