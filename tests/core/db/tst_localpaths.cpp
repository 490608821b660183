// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// XDG places (issue 18, item 6): the data, cache and config folders follow XDG_DATA_HOME, XDG_CACHE_HOME and
// XDG_CONFIG_HOME (set to temporary folders here), and the one-time move of 0.1.3's layout
// ($XDG_DATA_HOME/teamspace/teamspace/…) with real files and a real SQLite database: moved, a second run
// changes nothing, both places holding a folder keeps the newer, a read-only old folder (a read-only tmpfs
// as root, else a 0555 folder) is a clear error with nothing lost, and a cache on another file system is
// copied, verified and removed.
#include "activity/ActivitySchema.h"
#include "db/LocalDataMove.h"
#include "db/LocalDatabase.h"
#include "db/LocalPaths.h"
#include "index/IndexStore.h"
#include "workspace/LocalSettings.h"

#include "CliRunner.h"
#include "TestEnv.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace ts;
using namespace ts::db;

namespace {

// A database of 0.1.3 at `folder`/index.sqlite with one activity row, its file index and a sync journal.
void writeOldWorkspace(const QString& folder, const QString& actor)
{
    {
        auto db = openLocalDatabase(folder + QStringLiteral("/index.sqlite"), {activity::kMigrations});
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        QVERIFY(db->exec(QStringLiteral("INSERT INTO activity(at_utc, actor, action) VALUES("
                                        "'2026-01-01T00:00:00.000Z','%1','test')")
                             .arg(actor)
                             .toUtf8())
                    .ok());
    }
    test::writeFile(folder + QStringLiteral("/index.files.sqlite"), "cache of " + actor.toUtf8());
    test::writeFile(folder + QStringLiteral("/sync-journal.json"), "{\"by\":\"" + actor.toUtf8() + "\"}");
}

QString actorIn(const QString& database)
{
    auto db = openDatabaseForReading(database);
    if (!db)
        return QStringLiteral("unreadable: ") + db.error().message;
    auto stmt = db->prepare("SELECT actor FROM activity");
    return stmt && stmt->step() ? stmt->columnText(0) : QStringLiteral("no row");
}

void setOld(const QString& path, int daysAgo)
{
    QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    const QDateTime when = QDateTime::currentDateTimeUtc().addDays(-daysAgo);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(when, QFileDevice::FileModificationTime));
    }
}

} // namespace

class TestLocalPaths : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void placesFollowXdg();
    void oldLayoutIsMovedOnce();
    void bothPlacesKeepTheNewer();
    void readOnlyOldFolderIsAClearError();
    void cacheOnAnotherFileSystemIsCopiedAndVerified();
    void cliMovesTheOldLayoutOnItsFirstCommand();

private:
    std::unique_ptr<QTemporaryDir> m_home;
    QString m_data, m_cache, m_config;
    QMap<QString, QByteArray> snapshot(const QString& dir) { return test::snapshotTree(dir); }
};

void TestLocalPaths::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    m_data = m_home->filePath(QStringLiteral("data"));
    m_cache = m_home->filePath(QStringLiteral("cache"));
    m_config = m_home->filePath(QStringLiteral("config"));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_data));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(m_cache));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config));
}

void TestLocalPaths::placesFollowXdg()
{
    QCOMPARE(localDataDir(), m_data + QStringLiteral("/teamspace"));
    QCOMPARE(localCacheDir(), m_cache + QStringLiteral("/teamspace"));
    QCOMPARE(localConfigDir(), m_config + QStringLiteral("/teamspace"));
    QCOMPARE(oldLocalDataDir(), m_data + QStringLiteral("/teamspace/teamspace"));
    QCOMPARE(LocalSettings::fileName(), m_config + QStringLiteral("/teamspace/teamspace.ini"));
    const QString database = localDatabasePath(QStringLiteral("ws-1"));
    QCOMPARE(database, m_data + QStringLiteral("/teamspace/workspaces/ws-1/index.sqlite"));
    QCOMPARE(index::filesDatabasePath(database),
             m_cache + QStringLiteral("/teamspace/workspaces/ws-1/index.files.sqlite"));
    QCOMPARE(index::filesDatabasePath(m_home->filePath(QStringLiteral("x.sqlite"))),
             m_home->filePath(QStringLiteral("x.files.sqlite"))); // --index: next to it
    // A real index in the default place: its cache file is created under XDG_CACHE_HOME, folder 0700.
    auto store = index::IndexStore::open(database);
    QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().message));
    const QString cacheFile = m_cache + QStringLiteral("/teamspace/workspaces/ws-1/index.files.sqlite");
    QVERIFY(QFileInfo(cacheFile).isFile());
    QCOMPARE((QFileInfo(QFileInfo(cacheFile).absolutePath()).permissions() & 0x0077).toInt(), 0);
    QVERIFY(!QFileInfo::exists(m_data + QStringLiteral("/teamspace/workspaces/ws-1/index.files.sqlite")));
}

void TestLocalPaths::oldLayoutIsMovedOnce()
{
    const QString old = oldLocalDataDir();
    writeOldWorkspace(old + QStringLiteral("/workspaces/ws-a"), QStringLiteral("ada"));
    writeOldWorkspace(old + QStringLiteral("/workspaces/ws-b~0123456789ab"), QStringLiteral("bob"));
    const QByteArray database = test::readFile(old + QStringLiteral("/workspaces/ws-a/index.sqlite"));
    auto moved = moveOldLocalData(old, localDataDir(), localCacheDir());
    QVERIFY2(moved.ok(), qPrintable(moved.ok() ? QString() : moved.error().message));
    QCOMPARE(moved->moved.size(), 4); // two folders, two file indexes
    QVERIFY(moved->notes.isEmpty());
    QVERIFY(!QFileInfo::exists(old)); // emptied and removed
    const QString a = localDataDir() + QStringLiteral("/workspaces/ws-a");
    QCOMPARE(actorIn(a + QStringLiteral("/index.sqlite")), QStringLiteral("ada"));
    QCOMPARE(actorIn(localDataDir() + QStringLiteral("/workspaces/ws-b~0123456789ab/index.sqlite")),
             QStringLiteral("bob"));
    QCOMPARE(test::readFile(a + QStringLiteral("/sync-journal.json")), QByteArray("{\"by\":\"ada\"}"));
    QCOMPARE(test::readFile(localCacheDir() + QStringLiteral("/workspaces/ws-a/index.files.sqlite")),
             QByteArray("cache of ada"));
    QVERIFY(!QFileInfo::exists(a + QStringLiteral("/index.files.sqlite")));
    QCOMPARE(test::readFile(a + QStringLiteral("/index.sqlite")), database);
    QVERIFY(test::readFile(localDataDir() + QStringLiteral("/moved.log")).contains(" moved " + old.toUtf8()));

    // Idempotent: nothing left to move, nothing changes.
    const auto after = snapshot(localDataDir());
    auto again = moveOldLocalData(old, localDataDir(), localCacheDir());
    QVERIFY(again.ok());
    QVERIFY(again->moved.isEmpty() && again->notes.isEmpty());
    QCOMPARE(snapshot(localDataDir()), after);
}

void TestLocalPaths::bothPlacesKeepTheNewer()
{
    const QString old = oldLocalDataDir();
    const QString now = localDataDir();
    writeOldWorkspace(old + QStringLiteral("/workspaces/newer-old"), QStringLiteral("old-newer"));
    writeOldWorkspace(now + QStringLiteral("/workspaces/newer-old"), QStringLiteral("new-older"));
    setOld(now + QStringLiteral("/workspaces/newer-old"), 3);
    writeOldWorkspace(old + QStringLiteral("/workspaces/newer-new"), QStringLiteral("old-older"));
    setOld(old + QStringLiteral("/workspaces/newer-new"), 3);
    writeOldWorkspace(now + QStringLiteral("/workspaces/newer-new"), QStringLiteral("new-newer"));
    auto moved = moveOldLocalData(old, now, localCacheDir());
    QVERIFY2(moved.ok(), qPrintable(moved.ok() ? QString() : moved.error().message));
    QCOMPARE(moved->notes.size(), 2);
    QCOMPARE(actorIn(now + QStringLiteral("/workspaces/newer-old/index.sqlite")), QStringLiteral("old-newer"));
    QCOMPARE(actorIn(now + QStringLiteral("/workspaces/newer-new/index.sqlite")), QStringLiteral("new-newer"));
    // Nothing lost: each older copy is set aside, named in the log.
    const QStringList asideNew = QDir(now + QStringLiteral("/older-copies")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    const QStringList asideOld = QDir(old + QStringLiteral("/older-copies")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCOMPARE(asideNew.size(), 1);
    QCOMPARE(asideOld.size(), 1);
    QCOMPARE(actorIn(now + QStringLiteral("/older-copies/") + asideNew.first() + QStringLiteral("/index.sqlite")),
             QStringLiteral("new-older"));
    QCOMPARE(actorIn(old + QStringLiteral("/older-copies/") + asideOld.first() + QStringLiteral("/index.sqlite")),
             QStringLiteral("old-older"));
    const QByteArray log = test::readFile(now + QStringLiteral("/moved.log"));
    QVERIFY2(log.contains("note: ") && log.contains(asideOld.first().toUtf8()) && log.contains(asideNew.first().toUtf8()),
             log.constData());
    auto again = moveOldLocalData(old, now, localCacheDir());
    QVERIFY(again.ok() && again->moved.isEmpty() && again->notes.isEmpty());
}

void TestLocalPaths::readOnlyOldFolderIsAClearError()
{
    const QString old = oldLocalDataDir();
    const QString workspaces = old + QStringLiteral("/workspaces");
    QDir().mkpath(workspaces);
    bool mounted = false;
    if (::geteuid() == 0) {
        // Root ignores mode bits: a tmpfs mounted read-only is what refuses root (and it is another file
        // system, so the move takes the copy path and cannot remove the originals).
        QVERIFY2(::mount("tmpfs", QFile::encodeName(workspaces).constData(), "tmpfs", 0, "size=4m") == 0,
                 "mounting a tmpfs needs CAP_SYS_ADMIN");
        mounted = true;
    }
    writeOldWorkspace(workspaces + QStringLiteral("/ws-ro"), QStringLiteral("ada"));
    const auto before = snapshot(workspaces);
    if (mounted)
        QCOMPARE(::mount(nullptr, QFile::encodeName(workspaces).constData(), nullptr, MS_REMOUNT | MS_RDONLY, nullptr), 0);
    else
        QCOMPARE(::chmod(QFile::encodeName(workspaces).constData(), 0555), 0);
    auto moved = moveOldLocalData(old, localDataDir(), localCacheDir());
    // Names and bytes (QFileInfo's user permission bits follow access(2), which a read-only mount changes).
    const auto contents = [](QMap<QString, QByteArray> tree) {
        for (QByteArray& value : tree)
            value = value.left(value.lastIndexOf("|mode:"));
        return tree;
    };
    const QByteArray after = contents(snapshot(workspaces)) == contents(before) ? "unchanged" : "CHANGED";
    if (mounted)
        ::umount2(QFile::encodeName(workspaces).constData(), MNT_DETACH);
    else
        ::chmod(QFile::encodeName(workspaces).constData(), 0755);
    QVERIFY(!moved.ok());
    QVERIFY2(moved.error().message.startsWith(workspaces + QStringLiteral("/ws-ro")), qPrintable(moved.error().message));
    QVERIFY2(moved.error().message.contains(QStringLiteral("make it writable and run Teamspace again, or move it "
                                                           "there yourself; nothing was lost")),
             qPrintable(moved.error().message));
    QCOMPARE(after, QByteArray("unchanged"));
    // Nothing half-moved in the new place either.
    QVERIFY(!QFileInfo::exists(localDataDir() + QStringLiteral("/workspaces/ws-ro")));
}

void TestLocalPaths::cacheOnAnotherFileSystemIsCopiedAndVerified()
{
    if (::geteuid() != 0)
        QSKIP("another file system needs a tmpfs mount (root); the rename path is covered above");
    QDir().mkpath(m_cache);
    QVERIFY(::mount("tmpfs", QFile::encodeName(m_cache).constData(), "tmpfs", 0, "size=4m") == 0);
    writeOldWorkspace(oldLocalDataDir() + QStringLiteral("/workspaces/ws-x"), QStringLiteral("cy"));
    const QByteArray cache = test::readFile(oldLocalDataDir() + QStringLiteral("/workspaces/ws-x/index.files.sqlite"));
    auto moved = moveOldLocalData(oldLocalDataDir(), localDataDir(), localCacheDir());
    const QByteArray copied = test::readFile(localCacheDir() + QStringLiteral("/workspaces/ws-x/index.files.sqlite"));
    ::umount2(QFile::encodeName(m_cache).constData(), MNT_DETACH);
    QVERIFY2(moved.ok(), qPrintable(moved.ok() ? QString() : moved.error().message));
    QCOMPARE(copied, cache);
    QVERIFY(!QFileInfo::exists(localDataDir() + QStringLiteral("/workspaces/ws-x/index.files.sqlite")));
}

// The real CLI: a workspace whose local data is where 0.1.3 left it finds it moved on the first command.
void TestLocalPaths::cliMovesTheOldLayoutOnItsFirstCommand()
{
    const QString repo = m_home->filePath(QStringLiteral("repo"));
    const QString root = m_home->filePath(QStringLiteral("shared"));
    QVERIFY(QDir().mkpath(repo) && QDir().mkpath(root));
    const auto made = test::runCli({QStringLiteral("-w"), repo, QStringLiteral("--root"), root, QStringLiteral("init"),
                                    QStringLiteral("--name"), QStringLiteral("Lab"), QStringLiteral("--lead"),
                                    QStringLiteral("ana"), QStringLiteral("--lead-name"), QStringLiteral("Ana"),
                                    QStringLiteral("--lead-email"), QStringLiteral("ana@example.org")});
    QVERIFY2(made.exitCode == 0, made.err.constData());
    QVERIFY(QDir().mkpath(oldLocalDataDir()));
    QVERIFY(QDir().rename(localDataDir() + QStringLiteral("/workspaces"), oldLocalDataDir() + QStringLiteral("/workspaces")));
    const QStringList keys = QDir(oldLocalDataDir() + QStringLiteral("/workspaces")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCOMPARE(keys.size(), 1);

    const QStringList activity{QStringLiteral("-w"), repo, QStringLiteral("activity"), QStringLiteral("--json")};
    const auto listed = test::runCli(activity);
    QVERIFY2(listed.exitCode == 0, listed.err.constData());
    QVERIFY2(listed.out.contains("workspace.init"), listed.out.constData());
    QVERIFY(!QFileInfo::exists(oldLocalDataDir()));
    QVERIFY(QFileInfo(localDataDir() + QStringLiteral("/workspaces/") + keys.first() + QStringLiteral("/index.sqlite")).isFile());
    const QByteArray log = test::readFile(localDataDir() + QStringLiteral("/moved.log"));
    QVERIFY2(log.contains(" moved "), log.constData());
    // The second command finds nothing to move and the same log.
    const auto again = test::runCli(activity);
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.out, listed.out);
    QCOMPARE(test::readFile(localDataDir() + QStringLiteral("/moved.log")), log);
}

QTEST_GUILESS_MAIN(TestLocalPaths)
#include "tst_localpaths.moc"
