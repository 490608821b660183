// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The sync job under faults (issue 12): a full disk during the write-back, a write that "succeeded" with
// other bytes, an empty notebook on its way into a commit. Links, tokens and missing remotes:
// tst_sync_untrusted. Real clones of a real bare remote (GitTeam).
#include "sync/SyncEngine.h"

#include "FileFacts.h"
#include "GitTeam.h"
#include "TestEnv.h"

#include "notebooks/NotebookStripper.h"
#include "util/AtomicFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

#include <optional>

#include <unistd.h>

using namespace ts;
using namespace ts::sync;
using ts::test::everythingUnder;
using ts::test::GitTeam;
using ts::test::makeNotebook;

namespace {

const QString kAda = QStringLiteral("ada");
const QString kBob = QStringLiteral("bob");
const QString kAdaNotebook = QStringLiteral("notebooks/ada/intro.ipynb");

// A notebook whose stripped form is a few KB: bigger than the space the tests leave.
QByteArray bigEdit(const QString& who)
{
    return makeNotebook(QStringLiteral("print('%1')\n").arg(who).repeated(400), 20000);
}

QString headOf(const GitTeam& team, const QString& member)
{
    return team.git(team.clone(member), {QStringLiteral("rev-parse"), QStringLiteral("HEAD")});
}

// Runs ada's sync job and cuts `target` to 0 bytes when the job reaches `point`: a writer or a disk that lost
// the bytes behind the job's back.
Result<SyncReport> syncEmptyingAt(const GitTeam& team, const char* point, const QString& target)
{
    SyncJob job = team.job(kAda);
    job.testHook = [point, target](const char* reached) {
        if (qstrcmp(reached, point) == 0)
            QFile(target).resize(0);
    };
    return SyncEngine::run(job);
}

// A small tmpfs, mounted for the life of the object (root only); unmounted whatever the test did.
class SmallTmpfs
{
public:
    explicit SmallTmpfs(const QString& size)
    {
        if (::geteuid() != 0) {
            m_why = QStringLiteral("not root: cannot mount a tmpfs (the in-process seam test covers this)");
            return;
        }
        if (!m_dir.isValid())
            return;
        QProcess mount;
        mount.start(QStringLiteral("mount"),
                    {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                     QStringLiteral("size=") + size, QStringLiteral("tmpfs"), m_dir.path()});
        mount.waitForFinished(20000);
        if (mount.exitStatus() != QProcess::NormalExit || mount.exitCode() != 0) {
            m_why = QStringLiteral("mount -t tmpfs refused: ") +
                    QString::fromLocal8Bit(mount.readAllStandardError()).trimmed();
            return;
        }
        m_mounted = true;
    }
    ~SmallTmpfs()
    {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), m_dir.path()});
    }
    bool mounted() const { return m_mounted; }
    QString why() const { return m_why; }
    QString path() const { return m_dir.path(); }

    // Fills the file system until a write fails: from then on every new byte is refused with ENOSPC.
    bool fill() const
    {
        QFile filler(m_dir.path() + QStringLiteral("/filler"));
        if (!filler.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
            return false;
        const QByteArray chunk(4096, 'f');
        while (filler.write(chunk) == chunk.size()) {
        }
        QByteArray small(1, 'f');
        while (filler.write(small) == 1) {
        }
        return true;
    }
    void unfill() const { QFile::remove(m_dir.path() + QStringLiteral("/filler")); }

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
    QString m_why;
};

// Points TMPDIR somewhere else while alive, so that GitTeam's temporary folder is created there.
class TempDirOverride
{
public:
    explicit TempDirOverride(const QString& dir) : m_old(qgetenv("TMPDIR"))
    {
        qputenv("TMPDIR", QFile::encodeName(dir));
    }
    ~TempDirOverride() { qputenv("TMPDIR", m_old); }

private:
    QByteArray m_old;
};

// Ada and bob with their clones and the remote on a 4 MiB tmpfs (root only: check disk.mounted()), and the
// local data folder (the journal) on another disk. The team goes before the tmpfs is unmounted.
struct TeamOnTmpfs
{
    SmallTmpfs disk{QStringLiteral("4m")};
    std::optional<GitTeam> team;
    QTemporaryDir local;

    TeamOnTmpfs()
    {
        if (!disk.mounted())
            return;
        TempDirOverride tmp(disk.path());
        team.emplace(QStringList{kAda, kBob});
    }
    SyncJob job(const QString& member) const
    {
        SyncJob job = team->job(member);
        job.journalPath = local.path() + QStringLiteral("/sync-journal.json");
        return job;
    }
};

} // namespace

class TestSyncFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolateUserFolders(); }
    void cleanup() { setAtomicWriteSpaceLimitForTesting(-1); }
    void fullDiskDuringWriteBackKeepsTheEditAndCommitsNothing();
    void fullDiskOnRealTmpfs();
    void journalOnFullDiskStopsTheSync();
    void restoreOnFullDiskKeepsTheFileWhole();
    void gitObjectWritesOnFullTmpfsStopCleanly();
    void restoreOnRealFullTmpfsKeepsTheFileWhole();
    void writeThatLeftOtherBytesIsCaughtBeforeRestoring();
    void fileChangedBeforeStagingIsNotCommitted();
    void emptyStripperOutputIsRefused();
    void emptyNotebookInTheIndexIsNeverCommitted();
};

// The audit's case: `sync` after an edit on a full disk. The stripped notebook cannot be written back: the
// job stops (Failed = exit 4), the notebook still holds the user's edit, HEAD and the remote are where they
// were, and the next sync, with space again, finishes from the journal.
void TestSyncFaults::fullDiskDuringWriteBackKeepsTheEditAndCommitsNothing()
{
    GitTeam team({kAda, kBob});
    QVERIFY2(team.ok(), qPrintable(team.error()));
    const QByteArray edited = bigEdit(kAda);
    team.write(kAda, kAdaNotebook, edited);
    const QString headBefore = headOf(team, kAda);
    const QString remoteBefore = team.remoteHead();

    setAtomicWriteSpaceLimitForTesting(1024);
    auto failed = team.sync(kAda);
    setAtomicWriteSpaceLimitForTesting(-1);
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().kind, ErrorKind::Failed);
    QVERIFY2(failed.error().message.contains(QLatin1String("no space left")),
             qPrintable(test::syncMessage(failed)));
    QVERIFY2(failed.error().message.contains(kAdaNotebook), qPrintable(test::syncMessage(failed)));
    QVERIFY2(failed.error().message.contains(QLatin1String("nothing was committed")),
             qPrintable(test::syncMessage(failed)));
    QCOMPARE(team.read(kAda, kAdaNotebook), edited);
    QCOMPARE(headOf(team, kAda), headBefore);
    QCOMPARE(team.remoteHead(), remoteBefore);
    QVERIFY(QFile::exists(team.journal(kAda))); // the next job knows a sync was under way

    auto again = team.sync(kAda);
    QVERIFY2(again.ok(), qPrintable(test::syncMessage(again)));
    QVERIFY(again->resumed);
    QCOMPARE(again->committed, QStringList{kAdaNotebook});
    QVERIFY(again->pushed);
    QCOMPARE(team.remoteFile(kAdaNotebook), *nb::stripNotebookBytes(edited, team.manifest().policies.strip));
    QVERIFY(!QFile::exists(team.journal(kAda)));
}

// The same on a real full file system: the clone lives on a 4 MiB tmpfs filled to the last byte.
void TestSyncFaults::fullDiskOnRealTmpfs()
{
    TeamOnTmpfs onTmpfs;
    if (!onTmpfs.disk.mounted())
        QSKIP(qPrintable(onTmpfs.disk.why()));
    const SmallTmpfs& disk = onTmpfs.disk;
    const std::optional<GitTeam>& team = onTmpfs.team;
    QVERIFY2(team->ok(), qPrintable(team->error()));
    QVERIFY(team->clone(kAda).startsWith(disk.path()));
    const QByteArray edited = bigEdit(kAda);
    team->write(kAda, kAdaNotebook, edited);
    const QString headBefore = headOf(*team, kAda);
    const QString remoteBefore = team->remoteHead();
    SyncJob job = onTmpfs.job(kAda);
    QVERIFY(disk.fill());

    auto failed = SyncEngine::run(job);
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().kind, ErrorKind::Failed);
    QVERIFY2(failed.error().message.contains(QLatin1String("no space left")),
             qPrintable(test::syncMessage(failed)));
    QCOMPARE(team->read(kAda, kAdaNotebook), edited);
    QCOMPARE(headOf(*team, kAda), headBefore);
    QCOMPARE(team->remoteHead(), remoteBefore);
    QVERIFY(everythingUnder(team->clone(kAda) + QStringLiteral("/notebooks"))
                .filter(QStringLiteral(".ts-"))
                .isEmpty());

    disk.unfill();
    auto again = SyncEngine::run(job);
    QVERIFY2(again.ok(), qPrintable(test::syncMessage(again)));
    QVERIFY(again->pushed);
    QCOMPARE(team->remoteFile(kAdaNotebook),
             *nb::stripNotebookBytes(edited, team->manifest().policies.strip));
}

// The journal is written before anything else: when even that fails, the job stops with nothing done.
void TestSyncFaults::journalOnFullDiskStopsTheSync()
{
    GitTeam team({kAda, kBob});
    QVERIFY2(team.ok(), qPrintable(team.error()));
    const QByteArray edited = bigEdit(kAda);
    team.write(kAda, kAdaNotebook, edited);
    const QString headBefore = headOf(team, kAda);
    setAtomicWriteSpaceLimitForTesting(10); // the journal is ~200 bytes
    auto failed = team.sync(kAda);
    setAtomicWriteSpaceLimitForTesting(-1);
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().kind, ErrorKind::Failed);
    QVERIFY2(failed.error().message.contains(team.journal(kAda)), qPrintable(test::syncMessage(failed)));
    QVERIFY2(failed.error().message.contains(QLatin1String("no space left")),
             qPrintable(test::syncMessage(failed)));
    QCOMPARE(team.read(kAda, kAdaNotebook), edited);
    QCOMPARE(headOf(team, kAda), headBefore);
    auto again = team.sync(kAda);
    QVERIFY2(again.ok(), qPrintable(test::syncMessage(again)));
    QVERIFY(again->pushed);
}

// Bob's notebook is big at HEAD; ada's meddling with it (small) is set aside, then HEAD's version must come
// back. When there is room for the copy but not for the restore, the file keeps ada's bytes (never a cut-off
// file), the copy holds them too, nothing is committed, and the next sync with room finishes the set-aside.
namespace {
const QString kBobNotebook = QStringLiteral("notebooks/bob/intro.ipynb");

bool prepareBigBobNotebook(const GitTeam& team)
{
    team.write(kBob, kBobNotebook, makeNotebook(QStringLiteral("print('bob')\n").repeated(1200), 100));
    auto bob = team.sync(kBob);
    auto ada = team.sync(kAda);
    return bob.ok() && ada.ok() && team.read(kAda, kBobNotebook).size() > 15000;
}
} // namespace

void TestSyncFaults::restoreOnFullDiskKeepsTheFileWhole()
{
    GitTeam team({kAda, kBob});
    QVERIFY2(team.ok(), qPrintable(team.error()));
    QVERIFY(prepareBigBobNotebook(team));
    const QByteArray meddling = makeNotebook(QStringLiteral("ada edits bob's"), 10);
    team.write(kAda, kBobNotebook, meddling);
    const QString headBefore = headOf(team, kAda);
    const QString remoteBefore = team.remoteHead();
    setAtomicWriteSpaceLimitForTesting(4000); // the copy (~0.5 KB) fits, HEAD's version (~16 KB) does not
    auto failed = team.sync(kAda);
    setAtomicWriteSpaceLimitForTesting(-1);
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().kind, ErrorKind::Failed);
    QVERIFY2(failed.error().message.contains(kBobNotebook + QStringLiteral(": no space left")),
             qPrintable(test::syncMessage(failed)));
    QCOMPARE(team.read(kAda, kBobNotebook), meddling);
    const QStringList copies =
        QDir(team.clone(kAda) + QStringLiteral("/notebooks/ada/set-aside")).entryList(QDir::Files);
    QCOMPARE(copies.size(), 1);
    QCOMPARE(headOf(team, kAda), headBefore);
    QCOMPARE(team.remoteHead(), remoteBefore);

    auto again = team.sync(kAda);
    QVERIFY2(again.ok(), qPrintable(test::syncMessage(again)));
    QCOMPARE(again->setAside.size(), 1);
    QCOMPARE(again->setAside[0].copy,
             QStringLiteral("notebooks/ada/set-aside/") + copies[0]); // the same copy
    QCOMPARE(team.read(kAda, kBobNotebook), team.read(kBob, kBobNotebook));
    QCOMPARE(team.remoteFile(kBobNotebook), team.read(kBob, kBobNotebook));
}

// The same on a real full tmpfs: room for the small copy only. libgit2's checkout truncated the file in place
// and then ran out of room, leaving a cut-off notebook; the restore now replaces it whole or not at all.
void TestSyncFaults::restoreOnRealFullTmpfsKeepsTheFileWhole()
{
    TeamOnTmpfs onTmpfs;
    if (!onTmpfs.disk.mounted())
        QSKIP(qPrintable(onTmpfs.disk.why()));
    const SmallTmpfs& disk = onTmpfs.disk;
    const std::optional<GitTeam>& team = onTmpfs.team;
    QVERIFY2(team->ok(), qPrintable(team->error()));
    QVERIFY(prepareBigBobNotebook(*team));
    const QByteArray meddling = makeNotebook(QStringLiteral("ada edits bob's"), 10);
    team->write(kAda, kBobNotebook, meddling);
    const QString headBefore = headOf(*team, kAda);
    SyncJob job = onTmpfs.job(kAda);
    QVERIFY(disk.fill());
    QVERIFY(QFile(disk.path() + QStringLiteral("/filler"))
                .resize(QFileInfo(disk.path() + QStringLiteral("/filler")).size() - 8192));

    auto failed = SyncEngine::run(job);
    QVERIFY(!failed.ok());
    QCOMPARE(team->read(kAda, kBobNotebook), meddling); // not cut off
    QVERIFY2(failed.error().message.contains(QLatin1String("no space left")),
             qPrintable(test::syncMessage(failed)));
    QCOMPARE(headOf(*team, kAda), headBefore);

    disk.unfill();
    auto again = SyncEngine::run(job);
    QVERIFY2(again.ok(), qPrintable(test::syncMessage(again)));
    QCOMPARE(team->read(kAda, kBobNotebook), team->read(kBob, kBobNotebook));
}

// The notebook needs no rewrite (already stripped) so the first write is libgit2's (the blob, the index): on
// a full disk that fails too, and the job stops with nothing committed and the edit in place.
void TestSyncFaults::gitObjectWritesOnFullTmpfsStopCleanly()
{
    TeamOnTmpfs onTmpfs;
    if (!onTmpfs.disk.mounted())
        QSKIP(qPrintable(onTmpfs.disk.why()));
    const SmallTmpfs& disk = onTmpfs.disk;
    const std::optional<GitTeam>& team = onTmpfs.team;
    QVERIFY2(team->ok(), qPrintable(team->error()));
    const QByteArray edited = *nb::stripNotebookBytes(bigEdit(kAda), team->manifest().policies.strip);
    team->write(kAda, kAdaNotebook, edited);
    const QString headBefore = headOf(*team, kAda);
    const QString remoteBefore = team->remoteHead();
    SyncJob job = onTmpfs.job(kAda);
    QVERIFY(disk.fill());

    auto failed = SyncEngine::run(job);
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().kind, ErrorKind::Failed);
    QVERIFY2(failed.error().message.contains(QLatin1String("No space left"), Qt::CaseInsensitive),
             qPrintable(test::syncMessage(failed)));
    QCOMPARE(team->read(kAda, kAdaNotebook), edited);
    QCOMPARE(headOf(*team, kAda), headBefore);
    QCOMPARE(team->remoteHead(), remoteBefore);

    disk.unfill();
    auto again = SyncEngine::run(job);
    QVERIFY2(again.ok(), qPrintable(test::syncMessage(again)));
    QCOMPARE(team->remoteFile(kAdaNotebook), edited);
}

// A writer that reports success while the disk holds other bytes (what Qt 6.4's QSaveFile did on a full disk)
// must not get past the check that follows every write: nothing restored, staged, committed or pushed.
void TestSyncFaults::writeThatLeftOtherBytesIsCaughtBeforeRestoring()
{
    GitTeam team({kAda, kBob});
    QVERIFY2(team.ok(), qPrintable(team.error()));
    team.write(kAda, kAdaNotebook, bigEdit(kAda));
    const QByteArray meddling = makeNotebook(QStringLiteral("ada edits bob's"));
    team.write(kAda, QStringLiteral("notebooks/bob/intro.ipynb"), meddling);
    const QString headBefore = headOf(team, kAda);
    const QString remoteBefore = team.remoteHead();
    const QString target = team.clone(kAda) + u'/' + kAdaNotebook;
    auto failed = syncEmptyingAt(team, "after-write", target);
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().kind, ErrorKind::Failed);
    QVERIFY2(failed.error().message.contains(QLatin1String("holds 0 bytes")),
             qPrintable(test::syncMessage(failed)));
    QVERIFY2(failed.error().message.contains(target), qPrintable(test::syncMessage(failed)));
    QCOMPARE(headOf(team, kAda), headBefore);
    QCOMPARE(team.remoteHead(), remoteBefore);
    QCOMPARE(team.read(kAda, QStringLiteral("notebooks/bob/intro.ipynb")), meddling); // not restored yet
    QVERIFY(!team.remoteFile(kAdaNotebook).isEmpty());
}

// Between the check and the staging the file changes (an editor saves, or the disk drops the bytes): the blob
// staged is compared with the bytes meant, and the job stops instead of committing the other bytes.
void TestSyncFaults::fileChangedBeforeStagingIsNotCommitted()
{
    GitTeam team({kAda, kBob});
    QVERIFY2(team.ok(), qPrintable(team.error()));
    team.write(kAda, kAdaNotebook, bigEdit(kAda));
    const QString headBefore = headOf(team, kAda);
    const QString remoteBefore = team.remoteHead();
    const QString target = team.clone(kAda) + u'/' + kAdaNotebook;
    auto failed = syncEmptyingAt(team, "after-rewrite", target);
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().kind, ErrorKind::Failed);
    QVERIFY2(failed.error().message.contains(QLatin1String("changed on disk while sync staged it")),
             qPrintable(test::syncMessage(failed)));
    QCOMPARE(headOf(team, kAda), headBefore);
    QCOMPARE(team.remoteHead(), remoteBefore);
    QVERIFY(team.remoteFile(kAdaNotebook).size() > 100);
}

// A stripper that returns nothing must not empty the file nor the commit: the notebook is refused, untouched.
void TestSyncFaults::emptyStripperOutputIsRefused()
{
    GitTeam team({kAda, kBob});
    QVERIFY2(team.ok(), qPrintable(team.error()));
    const QByteArray edited = bigEdit(kAda);
    team.write(kAda, kAdaNotebook, edited);
    const QByteArray before = team.remoteFile(kAdaNotebook);
    SyncJob job = team.job(kAda);
    job.strip = [](QByteArray, const StripPolicy&, const QString&) -> Result<QByteArray> {
        return QByteArray();
    };
    auto result = SyncEngine::run(job);
    QVERIFY2(result.ok(), qPrintable(test::syncMessage(result)));
    QCOMPARE(result->refused.size(), 1);
    QCOMPARE(result->refused[0].path, kAdaNotebook);
    QVERIFY2(result->refused[0].reason.contains(QLatin1String("0 bytes that are not a notebook")),
             qPrintable(result->refused[0].reason));
    QVERIFY(result->committed.isEmpty());
    QCOMPARE(team.read(kAda, kAdaNotebook), edited);
    QCOMPARE(team.remoteFile(kAdaNotebook), before);
}

// The last guard: whatever put an empty notebook into the index, the commit refuses it (and unstages it).
void TestSyncFaults::emptyNotebookInTheIndexIsNeverCommitted()
{
    GitTeam team({kAda, kBob});
    QVERIFY2(team.ok(), qPrintable(team.error()));
    team.write(kAda, kAdaNotebook, bigEdit(kAda));
    const QString headBefore = headOf(team, kAda);
    const QString remoteBefore = team.remoteHead();
    SyncJob job = team.job(kAda);
    const QString clone = team.clone(kAda);
    job.testHook = [clone](const char* point) {
        if (qstrcmp(point, "after-stage") != 0)
            return;
        QFile(clone + u'/' + kAdaNotebook).resize(0);
        test::runGit(clone, {QStringLiteral("add"), kAdaNotebook});
    };
    auto failed = SyncEngine::run(job);
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().kind, ErrorKind::Failed);
    QVERIFY2(
        failed.error().message.contains(QLatin1String("refused to commit 0 bytes that are not a notebook")),
        qPrintable(test::syncMessage(failed)));
    QVERIFY2(failed.error().message.contains(kAdaNotebook), qPrintable(test::syncMessage(failed)));
    QCOMPARE(headOf(team, kAda), headBefore);
    QCOMPARE(team.remoteHead(), remoteBefore);
    // Unstaged again: the index holds HEAD's version.
    QCOMPARE(
        team.git(clone, {QStringLiteral("diff"), QStringLiteral("--cached"), QStringLiteral("--name-only")}),
        QString());
}

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "tst_sync_faults.moc"
