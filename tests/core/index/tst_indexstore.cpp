#include "IndexTestSupport.h"
#include "TestEnv.h"

#include "db/LocalDatabase.h"
#include "db/Schema.h"
#include "index/IndexQueries.h"
#include "index/IndexSchema.h"
#include "index/IndexStore.h"

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

namespace {

// A small team folder: ana and ben have results and checkpoints, raw data, a model, notebooks in the repo.
void buildTeam(const QString& root, const QString& repo)
{
    test::writeFile(root + QStringLiteral("/data/raw/a.csv"), QByteArray(300, 'r'));
    test::writeFile(root + QStringLiteral("/data/processed/p.parquet"), QByteArray(200, 'p'));
    test::writeFile(root + QStringLiteral("/results/ana/run1/out.npy"), QByteArray(100, 'a'));
    test::writeFile(root + QStringLiteral("/checkpoints/ana/ck.pt"), QByteArray(50, 'c'));
    test::writeFile(root + QStringLiteral("/results/ben/big.bin"), QByteArray(20000, 'b'));
    test::writeFile(root + QStringLiteral("/results/stranger/x.bin"), QByteArray(7, 's'));
    test::writeFile(root + QStringLiteral("/models/m.onnx"), QByteArray(400, 'm'));
    test::writeFile(root + QStringLiteral("/loose.txt"), QByteArray(5, 'l'));
    test::writeFile(repo + QStringLiteral("/notebooks/ana/explore.ipynb"), QByteArray(30, 'n'));
    test::writeFile(repo + QStringLiteral("/.git/objects/pack/p.pack"), QByteArray(9000, 'g'));
    for (int i = 0; i < 30; ++i)
        test::writeFile(root + QStringLiteral("/data/processed/shards/s%1").arg(i), "1");
}

struct FileStamp
{
    qint64 size = -1, mtimeNs = -1;
    bool operator==(const FileStamp& o) const { return size == o.size && mtimeNs == o.mtimeNs; }
};

FileStamp stamp(const QString& path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return {qint64(st.st_size), qint64(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec};
}

} // namespace

class TestIndexStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolateUserFolders(); }
    void attributesUsageByMemberKindAndFolder();
    void noChangeRescanWritesNothing();
    void incrementalEqualsFullAfterChange_data();
    void incrementalEqualsFullAfterChange();
    void chainOfIncrementalScansKeepsEveryChildFound();
    void manyChangedFoldersAreReadInParallel();
    void inconsistentIndexIsRebuilt();
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
    buildTeam(root.path(), repo.path());
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

void TestIndexStore::noChangeRescanWritesNothing()
{
    QTemporaryDir root, repo, state;
    buildTeam(root.path(), repo.path());
    // A symlink, and a hard link whose second path the full scan's loader corrects after writing it (counted):
    // nothing about them may look changed to the rescan.
    const QByteArray r = QFile::encodeName(root.path());
    QCOMPARE(::symlink("data/raw", r + "/shortcut"), 0);
    QCOMPARE(::link(r + "/models/m.onnx", r + "/data/m-again.onnx"), 0);
    const QString dbPath = state.filePath(QStringLiteral("index.sqlite"));
    test::scanOrFail(root.path(), repo.path(), dbPath, true);
    const QStringList before = test::dumpIndex(dbPath);
    const QString cachePath = filesDatabasePath(dbPath);
    const FileStamp db = stamp(dbPath), wal = stamp(dbPath + QStringLiteral("-wal"));
    const FileStamp cache = stamp(cachePath), cacheWal = stamp(cachePath + QStringLiteral("-wal"));
    QVERIFY(cache.size > 0);
    QTest::qWait(20); // a write now would show in the files' mtimes

    const ScanReport again = test::scanOrFail(root.path(), repo.path(), dbPath, false);
    QVERIFY(!again.full);
    QVERIFY(!again.store.wroteAnything);
    QCOMPARE(again.store.inserted + again.store.updated + again.store.deleted, 0);
    QVERIFY(stamp(dbPath) == db);
    QVERIFY(stamp(cachePath) == cache);
    // Closing the last connection checkpoints and removes the WAL; opening creates it empty. No frame
    // written:
    const FileStamp walAfter = stamp(dbPath + QStringLiteral("-wal"));
    QVERIFY2(walAfter == wal || walAfter.size <= 0, qPrintable(QString::number(walAfter.size)));
    const FileStamp cacheWalAfter = stamp(cachePath + QStringLiteral("-wal"));
    QVERIFY2(cacheWalAfter == cacheWal || cacheWalAfter.size <= 0,
             qPrintable(QString::number(cacheWalAfter.size)));
    QCOMPARE(test::dumpIndex(dbPath), before);
}

void TestIndexStore::incrementalEqualsFullAfterChange_data()
{
    QTest::addColumn<QString>("change");
    for (const char* c :
         {"grow", "shrink", "add", "delete", "rename", "chmod", "touch", "hardlink", "symlink-retarget",
          "folder-to-file", "move-folder", "new-member-folder", "reorder", "delete-tree", "folder-recreated"})
        QTest::newRow(c) << QString::fromLatin1(c);
}

void TestIndexStore::incrementalEqualsFullAfterChange()
{
    QFETCH(QString, change);
    QTemporaryDir root, repo, state;
    buildTeam(root.path(), repo.path());
    const QByteArray r = QFile::encodeName(root.path());
    QCOMPARE(::symlink("data/raw", r + "/shortcut"), 0);
    const QString incremental = state.filePath(QStringLiteral("incremental.sqlite"));
    const QString fresh = state.filePath(QStringLiteral("fresh.sqlite"));
    test::scanOrFail(root.path(), repo.path(), incremental, true);

    auto path = [&](const char* rel) { return root.path() + u'/' + QLatin1String(rel); };
    if (change == QLatin1String("grow")) {
        QFile f(path("results/ana/run1/out.npy"));
        QVERIFY(f.open(QIODevice::Append));
        f.write(QByteArray(1000, 'g'));
    } else if (change == QLatin1String("shrink")) {
        QVERIFY(QFile::resize(path("results/ben/big.bin"), 10));
    } else if (change == QLatin1String("add")) {
        test::writeFile(path("checkpoints/ben/new/ck2.pt"), QByteArray(77, 'n'));
    } else if (change == QLatin1String("delete")) {
        QVERIFY(QFile::remove(path("models/m.onnx")));
    } else if (change == QLatin1String("rename")) {
        QVERIFY(QFile::rename(path("results/ana/run1/out.npy"), path("results/ben/out.npy")));
    } else if (change == QLatin1String("chmod")) {
        QCOMPARE(::chmod(QFile::encodeName(path("data/raw/a.csv")).constData(), 0444), 0);
    } else if (change == QLatin1String("touch")) {
        test::writeFile(path("loose.txt"), QByteArray(5, 'L')); // same size, new mtime
    } else if (change == QLatin1String("hardlink")) {
        QCOMPARE(::link(QFile::encodeName(path("models/m.onnx")).constData(),
                        QFile::encodeName(path("data/copy.onnx")).constData()),
                 0);
    } else if (change == QLatin1String("symlink-retarget")) {
        QVERIFY(QFile::remove(path("shortcut")));
        QCOMPARE(::symlink("results", r + "/shortcut"), 0);
    } else if (change == QLatin1String("folder-to-file")) {
        QVERIFY(QDir(path("results/ana/run1")).removeRecursively());
        test::writeFile(path("results/ana/run1"), "now a file");
    } else if (change == QLatin1String("move-folder")) {
        QVERIFY(QDir().rename(path("results/ana/run1"), path("checkpoints/ana/run1")));
    } else if (change ==
               QLatin1String("reorder")) { // half the names of a folder replaced: its listing order changes
        for (int i = 0; i < 15; ++i) {
            QVERIFY(QFile::remove(path("data/processed/shards") + QStringLiteral("/s%1").arg(i * 2)));
            test::writeFile(path("data/processed/shards") + QStringLiteral("/t%1").arg(i), "22");
        }
    } else if (change == QLatin1String("delete-tree")) {
        QVERIFY(QDir(path("results")).removeRecursively());
    } else if (change == QLatin1String("folder-recreated")) { // same name, new folder, other contents
        QVERIFY(QDir(path("checkpoints/ana")).removeRecursively());
        test::writeFile(path("checkpoints/ana/again.pt"), QByteArray(9, 'a'));
    } else if (change == QLatin1String("new-member-folder")) {
        test::writeFile(path("results/lea/first.csv"), QByteArray(64, 'f'));
    }

    const ScanReport update = test::scanOrFail(root.path(), repo.path(), incremental, false);
    QVERIFY(!update.full);
    QVERIFY2(update.store.wroteAnything, "a change must be written");
    const ScanReport rebuild = test::scanOrFail(root.path(), repo.path(), fresh, true);
    QCOMPARE(update.bytes, rebuild.bytes);
    QCOMPARE(update.files, rebuild.files);
    QCOMPARE(test::dumpIndex(incremental), test::dumpIndex(fresh));
}

// Incremental scans one after another, never a full one between them, each compared with a fresh full scan
// (test::dumpIndex also names any row its folder's child lookup would miss): eight scans that cover the ways a folder's
// children leave its id range: appended to a folder that has one, a new folder's own range, appended to
// that, the highest ids deleted and handed out again (inside the old range), a folder becoming a file and
// a folder again.
void TestIndexStore::chainOfIncrementalScansKeepsEveryChildFound()
{
    QTemporaryDir root, repo, state;
    // One branch only: the walk's order, and so the ids, are the same on every run (run1's files last).
    for (int i = 0; i < 10; ++i)
        test::writeFile(root.filePath(QStringLiteral("results/ana/run1/f%1").arg(i)), QByteArray(i + 1, 'f'));
    const QString incremental = state.filePath(QStringLiteral("incremental.sqlite"));
    test::scanOrFail(root.path(), repo.path(), incremental, true);
    const auto fact = [&](const char* sql) -> QString {
        auto store = IndexStore::open(incremental);
        auto q = store->database().prepare(sql);
        return q.ok() && q->step() ? q->columnText(0) : QStringLiteral("(no row)");
    };
    // run1's files are one range and the tree's last rows.
    QCOMPARE(fact("SELECT (first_child+child_count-1) || ' ' || child_count FROM index_folders WHERE "
                  "CAST(path AS TEXT)='results/ana/run1'"),
             fact("SELECT max(id) || ' 10' FROM index_entries"));
    const QString lastId = fact("SELECT max(id) FROM index_entries");
    const QString lastName = fact("SELECT CAST(name AS TEXT) FROM index_entries ORDER BY id DESC LIMIT 1");
    const QString firstName = fact("SELECT CAST(e.name AS TEXT) FROM index_entries e JOIN index_folders f ON "
                                   "e.id=f.first_child WHERE CAST(f.path AS TEXT)='results/ana/run1'");
    QVERIFY(firstName.startsWith(u'f') && firstName != lastName);

    int round = 0;
    const auto compareWithFull = [&](const char* what) {
        const ScanReport update = test::scanOrFail(root.path(), repo.path(), incremental, false);
        QVERIFY2(!update.full, what);
        QVERIFY2(update.store.wroteAnything, what);
        const QString fresh = state.filePath(QStringLiteral("fresh%1.sqlite").arg(++round));
        test::scanOrFail(root.path(), repo.path(), fresh, true);
        const QStringList got = test::dumpIndex(incremental), want = test::dumpIndex(fresh);
        QVERIFY2(!got.join(u'\n').contains(QLatin1String("outside their folder's range")), what);
        QVERIFY2(got == want, what);
    };
    const auto run = [&](const char* rel) { return root.filePath(QStringLiteral("results/ana/") + QLatin1String(rel)); };

    QVERIFY(QFile::remove(root.filePath(QStringLiteral("results/ana/run1/") + lastName)));
    compareWithFull("the last row deleted");
    test::writeFile(run("run1/g0"), "new");
    compareWithFull("a row appended to the folder whose last row was deleted");
    if (QTest::currentTestFailed())
        return;
    // The next scan handed the deleted row's id out again, inside run1's range, as an appended row.
    QCOMPARE(fact("SELECT id || ' ' || appended FROM index_entries WHERE CAST(name AS TEXT)='g0'"),
             lastId + QStringLiteral(" 1"));

    test::writeFile(run("run1/g0"), "grown in place");
    test::writeFile(root.filePath(QStringLiteral("results/ana/run1/") + firstName), "grown in place too");
    compareWithFull("an appended row and a range row of one folder changed");
    test::writeFile(run("run2/a"), "1");
    test::writeFile(run("run2/b"), "22");
    test::writeFile(run("run2/c"), "333");
    compareWithFull("a new folder");
    QVERIFY(QFile::remove(run("run2/a")));
    test::writeFile(run("run2/d"), "4444");
    compareWithFull("a new folder's range: one row deleted, one appended");
    QVERIFY(QDir(run("run1")).removeRecursively());
    test::writeFile(run("run1"), "now a file");
    compareWithFull("a folder with range and appended rows became a file");
    QVERIFY(QFile::remove(run("run1")));
    test::writeFile(run("run1/h0"), "a folder again");
    test::writeFile(run("run1/h1"), "a folder again");
    compareWithFull("the file became a folder again");
    QVERIFY(QDir(run("run2")).removeRecursively());
    compareWithFull("a folder removed with its appended rows");

    const ScanReport again = test::scanOrFail(root.path(), repo.path(), incremental, false);
    QVERIFY(!again.store.wroteAnything);
}

// Hundreds of changed folders are read on two connections at once; the result is the same as a fresh full
// scan's, whichever connection read which folder.
void TestIndexStore::manyChangedFoldersAreReadInParallel()
{
    QTemporaryDir root, repo, state;
    const int folders = 600;
    for (int f = 0; f < folders; ++f)
        for (int i = 0; i < 3; ++i)
            test::writeFile(root.filePath(QStringLiteral("results/ana/r%1/f%2").arg(f).arg(i)), "x");
    const QString incremental = state.filePath(QStringLiteral("incremental.sqlite"));
    test::scanOrFail(root.path(), repo.path(), incremental, true);
    for (int f = 0; f < folders; ++f) {
        const QString dir = root.filePath(QStringLiteral("results/ana/r%1/").arg(f));
        switch (f % 4) {
        case 0: test::writeFile(dir + QStringLiteral("f0"), "grown"); break;
        case 1: QVERIFY(QFile::remove(dir + QStringLiteral("f1"))); break;
        case 2: test::writeFile(dir + QStringLiteral("g"), "new"); break;
        default: QVERIFY(QDir(dir).removeRecursively()); test::writeFile(dir.chopped(1), "a file now"); break;
        }
    }
    const ScanReport update = test::scanOrFail(root.path(), repo.path(), incremental, false);
    QVERIFY(!update.full);
    QCOMPARE(update.store.readers, 2);
    // A quarter each: a grown file; a folder whose listing changed (its mtime); the same; a folder that became
    // a file. And results/ana, whose listing changed too.
    QCOMPARE(update.store.updated, qint64(folders + 1));
    QCOMPARE(update.store.deleted, qint64(folders / 4 + 3 * folders / 4)); // removed files; retyped folders' files
    const QString fresh = state.filePath(QStringLiteral("fresh.sqlite"));
    test::scanOrFail(root.path(), repo.path(), fresh, true);
    QCOMPARE(test::dumpIndex(incremental), test::dumpIndex(fresh));
}

// Stored rows that disagree with the stored folders (here: a folder's own entry row is gone while its folder
// row stays) make the incremental scan rebuild the index from the walk instead of guessing.
void TestIndexStore::inconsistentIndexIsRebuilt()
{
    QTemporaryDir root, repo, state;
    buildTeam(root.path(), repo.path());
    const QString dbPath = state.filePath(QStringLiteral("index.sqlite"));
    test::scanOrFail(root.path(), repo.path(), dbPath, true);
    {
        auto store = IndexStore::open(dbPath);
        QVERIFY(store.ok());
        QVERIFY(store->database()
                    .exec("DELETE FROM index_entries WHERE id=(SELECT id FROM index_folders WHERE "
                          "CAST(path AS TEXT)='results/ana/run1')")
                    .ok());
        QCOMPARE(store->database().changes(), 1);
    }
    test::writeFile(root.filePath(QStringLiteral("results/ana/more.csv")), "so that results/ana is read");
    const ScanReport update = test::scanOrFail(root.path(), repo.path(), dbPath, false);
    QVERIFY(update.store.rebuilt);
    const QString fresh = state.filePath(QStringLiteral("fresh.sqlite"));
    test::scanOrFail(root.path(), repo.path(), fresh, true);
    QCOMPARE(test::dumpIndex(dbPath), test::dumpIndex(fresh));
}

void TestIndexStore::growthSincePreviousScan()
{
    QTemporaryDir root, repo, state;
    buildTeam(root.path(), repo.path());
    const QString dbPath = state.filePath(QStringLiteral("index.sqlite"));
    test::scanOrFail(root.path(), repo.path(), dbPath, true);
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
    QTemporaryDir root, repo, state;
    buildTeam(root.path(), repo.path());
    const QString dbPath = state.filePath(QStringLiteral("index.sqlite"));
    test::scanOrFail(root.path(), repo.path(), dbPath, true);
    {
        auto db = db::SqliteDb::open(dbPath);
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
    buildTeam(both.path(), both.path());
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
    QTemporaryDir root, repo, state;
    buildTeam(root.path(), repo.path());
    const QString dbPath = state.filePath(QStringLiteral("index.sqlite"));
    test::scanOrFail(root.path(), repo.path(), dbPath, true);
    const QStringList before = test::dumpIndex(dbPath);
    test::writeFile(root.path() + QStringLiteral("/results/ana/new.bin"), "new");
    CancelToken cancel;
    cancel.cancel();
    for (bool full : {false, true}) {
        ScanRequest request;
        request.sharedFolder = root.path();
        request.repository = repo.path();
        request.databasePath = dbPath;
        request.manifest = test::teamManifest();
        request.full = full;
        request.cancel = &cancel;
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
    buildTeam(root.path(), repo.path());
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
    QTemporaryDir root, repo, state;
    buildTeam(root.path(), repo.path());
    const QString dbPath = state.filePath(QStringLiteral("index.sqlite"));
    test::scanOrFail(root.path(), repo.path(), dbPath, true);
    const QStringList before = test::dumpIndex(dbPath);
    for (int i = 0; i < 200; ++i)
        test::writeFile(root.path() + QStringLiteral("/results/ana/d%1/f").arg(i), "z");
    CancelToken cancel;
    int calls = 0;
    ScanRequest request;
    request.sharedFolder = root.path();
    request.repository = repo.path();
    request.databasePath = dbPath;
    request.manifest = test::teamManifest();
    request.full = true;
    request.threads = 1;
    request.cancel = &cancel;
    request.progress = [&](const Progress& p) {
        ++calls;
        if (p.done > 0)
            cancel.cancel();
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
    buildTeam(root.path(), repo.path());
    const QString dbPath = state.filePath(QStringLiteral("local.sqlite"));
    test::scanOrFail(root.path(), repo.path(), dbPath, true);
    QCOMPARE(filesDatabasePath(dbPath), state.filePath(QStringLiteral("local.files.sqlite")));
    QCOMPARE(filesDatabasePath(QStringLiteral("/x/index.db")), QStringLiteral("/x/index.db.files.sqlite"));
    QVERIFY(QFileInfo(state.filePath(QStringLiteral("local.files.sqlite"))).size() > 0);
    auto store = IndexStore::open(dbPath);
    QVERIFY(store.ok());
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
    QTemporaryDir root, repo, state;
    buildTeam(root.path(), repo.path());
    const QString dbPath = state.filePath(QStringLiteral("index.sqlite"));
    test::scanOrFail(root.path(), repo.path(), dbPath, true);
    const QStringList before = test::dumpIndex(dbPath);
    {
        auto db = db::SqliteDb::open(dbPath);
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
    QTemporaryDir root, repo, state;
    buildTeam(root.path(), repo.path());
    const QString dbPath = state.filePath(QStringLiteral("index.sqlite"));
    test::scanOrFail(root.path(), repo.path(), dbPath, true);
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
        QVERIFY(cache->exec("CREATE INDEX index_entries_problems ON index_entries(state) WHERE state <> 0;"
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

// A local database of schema 3 had the index tables in the main file: migration 4 drops them there (the
// cache file takes over; the next scan is a full one), and keeps everything else.
void TestIndexStore::olderDatabaseMovesTheIndexOut()
{
    QTemporaryDir root, repo, state;
    buildTeam(root.path(), repo.path());
    const QString dbPath = state.filePath(QStringLiteral("index.sqlite"));
    {
        auto db = db::openLocalDatabase(dbPath);
        QVERIFY(db.ok());
        QVERIFY(db->exec(kSchemaV1).ok()); // what migration 2 left in the main file
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
