// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// editManifest, the compare-and-swap of teamspace.json: an unchanged file takes the edit, a changed one gets
// it re-applied or refused with nothing written, a broken one is refused naming the error, and the lock next
// to the manifest serialises writers and is released by the kernel when its holder is killed.
#include "workspace/ManifestEdit.h"
#include "workspace/ManifestLock.h"

#include "TestEnv.h"
#include "WorkspaceBuilder.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <git2.h>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <thread>
#include <unistd.h>

using namespace ts;

class TestManifestEdit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolateUserFolders(); }
    void unchangedFileTakesTheEdit();
    void changedFileGetsTheEditReapplied();
    void conflictRefusesAndWritesNothing();
    void brokenCurrentFileIsRefused();
    void refusedApplyWritesNothing();
    void noChangeWritesNothing();
    void reloadAndChangedOnDisk();
    void lockWaitsForItsHolder();
    void lockIsReleasedWhenTheHolderIsKilled();
    void lockFileIsIgnoredByGit();
};

namespace {

Member member(const QString& id)
{
    return Member{id,
                  QStringLiteral("Name of ") + id,
                  id + QStringLiteral("@example.org"),
                  MemberRole::Member,
                  qint64(12'000'000'000),
                  {}};
}

Workspace open(const QString& repo, const QString& root)
{
    WorkspaceOpenOptions options;
    options.workspaceDir = repo;
    options.rootDir = root;
    options.memberId = QStringLiteral("ana");
    auto ws = openWorkspace(options);
    if (!ws)
        qFatal("open: %s", qPrintable(ws.error().message));
    return *ws;
}

ManifestEdit adding(const QString& id)
{
    ManifestEdit edit;
    edit.apply = [id](const Manifest& current) -> Result<Manifest> {
        Manifest updated = current;
        updated.members << member(id);
        return updated;
    };
    return edit;
}

QByteArray manifestBytes(const QString& repo)
{
    return test::readFile(repo + QStringLiteral("/teamspace.json"));
}

QStringList ids(const Manifest& m)
{
    QStringList result;
    for (const Member& member : m.members)
        result << member.id;
    return result;
}

// A second process (this test program, see main) that takes the lock and holds it until killed.
struct LockHolder
{
    QProcess process;
    bool start(const QString& repo)
    {
        process.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--hold-lock"), repo});
        return process.waitForStarted(10'000) && process.waitForReadyRead(10'000) &&
               process.readAll().startsWith("locked");
    }
    ~LockHolder()
    {
        process.kill();
        process.waitForFinished(10'000);
    }
};

} // namespace

void TestManifestEdit::unchangedFileTakesTheEdit()
{
    QTemporaryDir repo, root;
    test::makeWorkspace(repo.path(), root.path());
    Workspace ws = open(repo.path(), root.path());
    QCOMPARE(ws.manifestBytes, manifestBytes(repo.path()));
    auto edited = editManifest(ws, adding(QStringLiteral("frank")));
    QVERIFY2(edited.ok(), qPrintable(edited.ok() ? QString() : edited.error().message));
    QVERIFY(!edited->reapplied);
    QVERIFY(edited->written);
    QCOMPARE(ids(ws.manifest), (QStringList{"ana", "frank"}));
    QCOMPARE(ws.manifestBytes, manifestBytes(repo.path()));
    QCOMPARE(*loadManifest(repo.path()), ws.manifest);
    // The size is written as the exact integer it was given.
    QVERIFY(ws.manifestBytes.contains("\"quotaBytes\": 12000000000"));
}

void TestManifestEdit::changedFileGetsTheEditReapplied()
{
    QTemporaryDir repo, root;
    test::makeWorkspace(repo.path(), root.path());
    Workspace a = open(repo.path(), root.path());
    Workspace b = open(repo.path(), root.path());
    QVERIFY(editManifest(a, adding(QStringLiteral("frank"))).ok());
    auto edited = editManifest(b, adding(QStringLiteral("gina")));
    QVERIFY2(edited.ok(), qPrintable(edited.ok() ? QString() : edited.error().message));
    QVERIFY(edited->reapplied);
    QCOMPARE(ids(edited->before), (QStringList{"ana", "frank"}));
    QCOMPARE(ids(*loadManifest(repo.path())), (QStringList{"ana", "frank", "gina"}));
    QCOMPARE(ids(b.manifest), (QStringList{"ana", "frank", "gina"}));
    QCOMPARE(b.manifestBytes, manifestBytes(repo.path()));
}

void TestManifestEdit::conflictRefusesAndWritesNothing()
{
    QTemporaryDir repo, root;
    test::makeWorkspace(repo.path(), root.path(), QStringLiteral("colab-team"), {QStringLiteral("frank")});
    Workspace a = open(repo.path(), root.path());
    Workspace b = open(repo.path(), root.path());
    ManifestEdit removeFrank;
    removeFrank.apply = [](const Manifest& current) -> Result<Manifest> {
        Manifest updated = current;
        updated.members.removeIf([](const Member& m) { return m.id == QLatin1String("frank"); });
        return updated;
    };
    QVERIFY(editManifest(a, removeFrank).ok());
    const QByteArray after = manifestBytes(repo.path());
    const Manifest bBefore = b.manifest;
    const QByteArray bBytesBefore = b.manifestBytes;
    ManifestEdit renameFrank;
    bool applied = false;
    renameFrank.conflict = [](const Manifest& base, const Manifest& current) {
        return memberConflict(base, current, QStringLiteral("frank"));
    };
    renameFrank.apply = [&](const Manifest& current) -> Result<Manifest> {
        applied = true;
        return current;
    };
    auto refused = editManifest(b, renameFrank);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().kind == ErrorKind::Failed);
    QCOMPARE(refused.error().message,
             QStringLiteral("teamspace.json changed since it was read: member frank was removed by someone "
                            "else; reload and try again"));
    QVERIFY(!applied);
    QCOMPARE(manifestBytes(repo.path()), after);
    QCOMPARE(b.manifest, bBefore);
    QCOMPARE(b.manifestBytes, bBytesBefore);
}

void TestManifestEdit::brokenCurrentFileIsRefused()
{
    QTemporaryDir repo, root;
    test::makeWorkspace(repo.path(), root.path());
    Workspace ws = open(repo.path(), root.path());
    const QByteArray broken = ws.manifestBytes.left(ws.manifestBytes.size() / 2);
    test::writeFile(repo.filePath(QStringLiteral("teamspace.json")), broken);
    auto refused = editManifest(ws, adding(QStringLiteral("gina")));
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().kind == ErrorKind::BadInput);
    QVERIFY2(refused.error().message.startsWith(
                 QStringLiteral("teamspace.json changed since it was read and cannot be edited: "
                                "teamspace.json: is not valid JSON at line ")),
             qPrintable(refused.error().message));
    QCOMPARE(manifestBytes(repo.path()), broken);
    QVERIFY(!ws.manifest.member(QStringLiteral("gina")));
}

void TestManifestEdit::refusedApplyWritesNothing()
{
    QTemporaryDir repo, root;
    test::makeWorkspace(repo.path(), root.path());
    Workspace ws = open(repo.path(), root.path());
    const QByteArray before = manifestBytes(repo.path());
    ManifestEdit invalid; // an edit whose result does not validate is refused too
    invalid.apply = [](const Manifest& current) -> Result<Manifest> {
        Manifest updated = current;
        updated.members << member(QStringLiteral("../x"));
        return updated;
    };
    auto refused = editManifest(ws, invalid);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().kind == ErrorKind::BadInput);
    ManifestEdit no;
    no.apply = [](const Manifest&) -> Result<Manifest> { return Error::usage(QStringLiteral("no")); };
    QCOMPARE(editManifest(ws, no).error().message, QStringLiteral("no"));
    QCOMPARE(manifestBytes(repo.path()), before);
    QCOMPARE(ws.manifestBytes, before);
}

void TestManifestEdit::noChangeWritesNothing()
{
    QTemporaryDir repo, root;
    test::makeWorkspace(repo.path(), root.path());
    Workspace ws = open(repo.path(), root.path());
    const QString path = repo.filePath(QStringLiteral("teamspace.json"));
    const auto inode = QFileInfo(path).fileTime(QFileDevice::FileModificationTime);
    ManifestEdit same;
    same.apply = [](const Manifest& current) -> Result<Manifest> { return current; };
    auto edited = editManifest(ws, same);
    QVERIFY(edited.ok());
    QVERIFY(!edited->written);
    QCOMPARE(QFileInfo(path).fileTime(QFileDevice::FileModificationTime), inode);
}

void TestManifestEdit::reloadAndChangedOnDisk()
{
    QTemporaryDir repo, root;
    test::makeWorkspace(repo.path(), root.path());
    Workspace a = open(repo.path(), root.path());
    Workspace b = open(repo.path(), root.path());
    QVERIFY(!manifestChangedOnDisk(b));
    QVERIFY(editManifest(a, adding(QStringLiteral("frank"))).ok());
    QVERIFY(!manifestChangedOnDisk(a)); // its own write
    QVERIFY(manifestChangedOnDisk(b));
    QVERIFY(reloadManifest(b).ok());
    QCOMPARE(b.manifest, a.manifest);
    QVERIFY(!manifestChangedOnDisk(b));
    test::writeFile(repo.filePath(QStringLiteral("teamspace.json")), "{");
    const Manifest kept = b.manifest;
    QVERIFY(!reloadManifest(b).ok()); // refused: the workspace keeps what it had
    QCOMPARE(b.manifest, kept);
}

void TestManifestEdit::lockWaitsForItsHolder()
{
    QTemporaryDir repo, root;
    test::makeWorkspace(repo.path(), root.path());
    Workspace ws = open(repo.path(), root.path());
    LockHolder holder;
    QVERIFY(holder.start(repo.path()));
    QElapsedTimer timer;
    timer.start();
    auto busy = ManifestLock::acquire(repo.path(), 300);
    QVERIFY(!busy.ok());
    QVERIFY(timer.elapsed() >= 300);
    QCOMPARE(busy.error().message,
             repo.filePath(QStringLiteral(".teamspace.json.lock")) +
                 QStringLiteral(": another Teamspace program has been editing teamspace.json for over 0.3 s "
                                "(it holds this lock); try again in a moment"));
    // An edit started while the lock is held waits for it, then goes through.
    const qint64 pid = holder.process.processId();
    std::thread release([pid] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        ::kill(static_cast<pid_t>(pid), SIGTERM);
    });
    timer.restart();
    auto edited = editManifest(ws, adding(QStringLiteral("frank")));
    release.join();
    QVERIFY2(edited.ok(), qPrintable(edited.ok() ? QString() : edited.error().message));
    QVERIFY(timer.elapsed() >= 250);
    QCOMPARE(ids(*loadManifest(repo.path())), (QStringList{"ana", "frank"}));
}

void TestManifestEdit::lockIsReleasedWhenTheHolderIsKilled()
{
    QTemporaryDir repo, root;
    test::makeWorkspace(repo.path(), root.path());
    LockHolder holder;
    QVERIFY(holder.start(repo.path()));
    QVERIFY(!ManifestLock::acquire(repo.path(), 100).ok());
    holder.process.kill(); // SIGKILL: no destructor, no atexit; only the kernel can let go of the lock
    QVERIFY(holder.process.waitForFinished(10'000));
    QCOMPARE(holder.process.exitStatus(), QProcess::CrashExit);
    QElapsedTimer timer;
    timer.start();
    auto lock = ManifestLock::acquire(repo.path(), 2'000);
    QVERIFY2(lock.ok(), qPrintable(lock.ok() ? QString() : lock.error().message));
    QVERIFY(timer.elapsed() < 1'000);
}

void TestManifestEdit::lockFileIsIgnoredByGit()
{
    QTemporaryDir repo, root;
    test::makeWorkspace(repo.path(), root.path());
    Workspace ws = open(repo.path(), root.path());
    QVERIFY(editManifest(ws, adding(QStringLiteral("frank"))).ok());
    QVERIFY(QFileInfo::exists(repo.filePath(QStringLiteral(".teamspace.json.lock"))));
    QVERIFY(test::readFile(repo.filePath(QStringLiteral(".git/info/exclude")))
                .contains("\n/.teamspace.json.lock\n"));
    // What sync asks: git status lists untracked files and skips ignored ones.
    git_libgit2_init();
    git_repository* raw = nullptr;
    QCOMPARE(git_repository_open(&raw, QFile::encodeName(repo.path()).constData()), 0);
    std::unique_ptr<git_repository, decltype(&git_repository_free)> gitRepo(raw, &git_repository_free);
    unsigned flags = 0;
    QCOMPARE(git_status_file(&flags, gitRepo.get(), ".teamspace.json.lock"), 0);
    QCOMPARE(flags, unsigned(GIT_STATUS_IGNORED));
    QCOMPARE(git_status_file(&flags, gitRepo.get(), "teamspace.json"), 0);
    QVERIFY(flags != GIT_STATUS_IGNORED);
    // A second edit does not add the line again.
    QVERIFY(editManifest(ws, adding(QStringLiteral("gina"))).ok());
    QCOMPARE(
        test::readFile(repo.filePath(QStringLiteral(".git/info/exclude"))).count("/.teamspace.json.lock"), 1);
    git_libgit2_shutdown();
}

int main(int argc, char** argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--hold-lock") == 0) {
        auto lock = ManifestLock::acquire(QString::fromLocal8Bit(argv[2]), 10'000);
        std::puts(lock ? "locked" : "not locked");
        std::fflush(stdout);
        while (true)
            ::pause();
    }
    QCoreApplication app(argc, argv);
    TestManifestEdit test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_manifestedit.moc"
