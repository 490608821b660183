// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Incremental scans against the stored index (IndexStoreIncremental.cpp): what they write, that they write
// nothing when nothing changed, and that every one of them stores exactly what a fresh full scan stores.
#include "IndexTestSupport.h"
#include "TestEnv.h"

#include "index/IndexStore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace ts;
using namespace ts::index;

namespace {

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

class TestIndexIncremental : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolateUserFolders(); }
    void noChangeRescanWritesNothing();
    void incrementalEqualsFullAfterChange_data();
    void incrementalEqualsFullAfterChange();
    void chainOfIncrementalScansKeepsEveryChildFound();
    void manyChangedFoldersAreReadInParallel();
    void inconsistentIndexIsRebuilt();
};

void TestIndexIncremental::noChangeRescanWritesNothing()
{
    QTemporaryDir root, repo, state;
    test::buildSmallTeam(root.path(), repo.path());
    // A symlink, and a hard link whose second path the full scan's loader corrects after writing it
    // (counted): nothing about them may look changed to the rescan.
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

void TestIndexIncremental::incrementalEqualsFullAfterChange_data()
{
    QTest::addColumn<QString>("change");
    for (const char* c :
         {"grow", "shrink", "add", "delete", "rename", "chmod", "touch", "hardlink", "symlink-retarget",
          "folder-to-file", "move-folder", "new-member-folder", "reorder", "delete-tree", "folder-recreated"})
        QTest::newRow(c) << QString::fromLatin1(c);
}

void TestIndexIncremental::incrementalEqualsFullAfterChange()
{
    QFETCH(QString, change);
    QTemporaryDir root, repo, state;
    test::buildSmallTeam(root.path(), repo.path());
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
// (test::dumpIndex also names any row its folder's child lookup would miss): eight scans that cover the ways
// a folder's children leave its id range: appended to a folder that has one, a new folder's own range,
// appended to that, the highest ids deleted and handed out again (inside the old range), a folder becoming a
// file and a folder again.
void TestIndexIncremental::chainOfIncrementalScansKeepsEveryChildFound()
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
        const QStringList got = test::dumpIndex(incremental);
        const QStringList want = test::fullScanDump(
            root.path(), repo.path(), state.filePath(QStringLiteral("fresh%1.sqlite").arg(++round)));
        QVERIFY2(!got.join(u'\n').contains(QLatin1String("outside their folder's range")), what);
        QVERIFY2(got == want, what);
    };
    const auto run = [&](const char* rel) {
        return root.filePath(QStringLiteral("results/ana/") + QLatin1String(rel));
    };

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
void TestIndexIncremental::manyChangedFoldersAreReadInParallel()
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
        case 0:
            test::writeFile(dir + QStringLiteral("f0"), "grown");
            break;
        case 1:
            QVERIFY(QFile::remove(dir + QStringLiteral("f1")));
            break;
        case 2:
            test::writeFile(dir + QStringLiteral("g"), "new");
            break;
        default:
            QVERIFY(QDir(dir).removeRecursively());
            test::writeFile(dir.chopped(1), "a file now");
            break;
        }
    }
    const ScanReport update = test::scanOrFail(root.path(), repo.path(), incremental, false);
    QVERIFY(!update.full);
    QCOMPARE(update.store.readers, 2);
    // A quarter each: a grown file; a folder whose listing changed (its mtime); the same; a folder that
    // became a file. And results/ana, whose listing changed too.
    QCOMPARE(update.store.updated, qint64(folders + 1));
    QCOMPARE(update.store.deleted,
             qint64(folders / 4 + 3 * folders / 4)); // removed files; retyped folders' files
    QCOMPARE(test::dumpIndex(incremental),
             test::fullScanDump(root.path(), repo.path(), state.filePath(QStringLiteral("fresh.sqlite"))));
}

// Stored rows that disagree with the stored folders (here: a folder's own entry row is gone while its folder
// row stays) make the incremental scan rebuild the index from the walk instead of guessing.
void TestIndexIncremental::inconsistentIndexIsRebuilt()
{
    test::ScannedTeam team; // the small team, scanned once (full)
    auto& [root, repo, state, dbPath] = team;
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
    QCOMPARE(test::dumpIndex(dbPath),
             test::fullScanDump(root.path(), repo.path(), state.filePath(QStringLiteral("fresh.sqlite"))));
}

QTEST_GUILESS_MAIN(TestIndexIncremental)
#include "tst_indexincremental.moc"
