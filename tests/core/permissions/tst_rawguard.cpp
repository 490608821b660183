// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// raw protect / unprotect on real folders, with the effect checked the only way that counts: an unprivileged
// process (uid/gid 65534 through setpriv) trying to create, modify, rename and delete under raw data.
#include "permissions/PosixAcl.h"
#include "permissions/RawGuard.h"
#include "util/UniqueFd.h"

#include "RawTestWorkspace.h"
#include "TestEnv.h"

#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace ts;
using namespace ts::permissions;

namespace {

mode_t modeOf(const QString& path)
{
    struct stat st = {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    return st.st_mode & 07777;
}

void setMode(const QString& path, mode_t mode)
{
    QVERIFY(::chmod(QFile::encodeName(path).constData(), mode) == 0);
}

// Exit code of `sh -c script` run as nobody:nogroup with no supplementary groups, in `dir`.
int runAsNobody(const QString& dir, const QString& script)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(QStringLiteral("setpriv"),
            {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
             QStringLiteral("--clear-groups"), QStringLiteral("sh"), QStringLiteral("-c"), script});
    if (!p.waitForFinished(20000))
        return -1;
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

// A raw tree that anyone may write to (the control), in a temporary folder nobody can traverse to.
struct RawTree
{
    QTemporaryDir dir;
    Workspace ws;
    QString raw;

    RawTree()
    {
        ::chmod(QFile::encodeName(dir.path()).constData(), 0755); // QTemporaryDir is 0700: let nobody in
        ws = test::makeRawWorkspace(dir.path());
        raw = ws.rootDir + QStringLiteral("/data/raw");
        test::writeFile(raw + QStringLiteral("/a.csv"), "id,value\n1,2\n");
        test::writeFile(raw + QStringLiteral("/sub/c.csv"), "c\n");
        test::writeFile(ws.rootDir + QStringLiteral("/data/processed/p.csv"), "p\n");
        for (const QString& f : {raw + QStringLiteral("/a.csv"), raw + QStringLiteral("/sub/c.csv")})
            ::chmod(QFile::encodeName(f).constData(), 0666);
        for (const QString& d : {raw, raw + QStringLiteral("/sub")})
            ::chmod(QFile::encodeName(d).constData(), 0777);
    }
};

} // namespace

class TestRawGuard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void unprivilegedWritesFailAfterProtect_data();
    void unprivilegedWritesFailAfterProtect();
    void protectReportsChangesAndIsIdempotent();
    void protectLeavesFoldersOutsideRawAlone();
    void symlinkTargetsOutsideKeepTheirMode();
    void symlinkedRawFolderIsRefused();
    void writeGrantingAclEntriesAreRemoved();
    void unprotectIsForLeadsOnly();
    void unprotectRestoresOwnerWrite();
    void missingRawFolderIsReported();
    void cancelStopsTheWalk();
};

void TestRawGuard::initTestCase()
{
    if (::geteuid() != 0)
        QSKIP("needs root to switch to uid 65534 for the unprivileged checks (the suite runs as root in CI)");
    if (QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
        QSKIP("setpriv (util-linux) is not installed; it runs the unprivileged writer");
}

void TestRawGuard::unprivilegedWritesFailAfterProtect_data()
{
    QTest::addColumn<QString>("script");
    QTest::newRow("create") << QStringLiteral("echo x > data/raw/new.csv");
    QTest::newRow("create in sub-folder") << QStringLiteral("echo x > data/raw/sub/new.csv");
    QTest::newRow("make folder") << QStringLiteral("mkdir data/raw/newdir");
    QTest::newRow("append") << QStringLiteral("echo x >> data/raw/a.csv");
    QTest::newRow("truncate") << QStringLiteral(": > data/raw/a.csv");
    QTest::newRow("overwrite in sub-folder") << QStringLiteral("echo x > data/raw/sub/c.csv");
    QTest::newRow("rename") << QStringLiteral("mv data/raw/a.csv data/raw/b.csv");
    QTest::newRow("move out") << QStringLiteral("mv data/raw/sub/c.csv data/processed/c.csv");
    QTest::newRow("delete") << QStringLiteral("rm -f data/raw/a.csv");
    QTest::newRow("delete in sub-folder") << QStringLiteral("rm -f data/raw/sub/c.csv");
    QTest::newRow("delete folder") << QStringLiteral("rm -rf data/raw/sub && test ! -e data/raw/sub");
}

void TestRawGuard::unprivilegedWritesFailAfterProtect()
{
    QFETCH(QString, script);
    ::chmod(QFile::encodeName(QStringLiteral("/tmp")).constData(), 01777);
    {
        RawTree control; // the same write succeeds before protection: the check below can fail
        ::chmod(QFile::encodeName(control.ws.rootDir + QStringLiteral("/data/processed")).constData(), 0777);
        QCOMPARE(runAsNobody(control.ws.rootDir, script), 0);
    }
    RawTree tree;
    ::chmod(QFile::encodeName(tree.ws.rootDir + QStringLiteral("/data/processed")).constData(), 0777);
    auto report = RawGuard::protect(tree.ws);
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
    QVERIFY(report->errors.isEmpty());
    const auto before = test::snapshotTree(tree.raw);
    QVERIFY(runAsNobody(tree.ws.rootDir, script) != 0);
    QCOMPARE(test::snapshotTree(tree.raw), before);
}

void TestRawGuard::protectReportsChangesAndIsIdempotent()
{
    RawTree tree;
    auto first = RawGuard::protect(tree.ws);
    QVERIFY(first.ok());
    // data/raw, data/raw/sub, a.csv, sub/c.csv
    QCOMPARE(first->changed.size(), 4);
    QCOMPARE(first->unchanged, 0);
    for (const PermissionChange& c : first->changed)
        QCOMPARE(c.modeAfter, c.modeBefore & ~0222u);
    QCOMPARE(modeOf(tree.raw + QStringLiteral("/a.csv")), mode_t(0444));
    QCOMPARE(modeOf(tree.raw + QStringLiteral("/sub")), mode_t(0555));
    QCOMPARE(modeOf(tree.raw), mode_t(0555));
    QCOMPARE(first->fileSystems.size(), 1);
    QVERIFY(!first->fileSystems.first().modeBitsIgnored);

    const auto snapshot = test::snapshotTree(tree.ws.rootDir);
    auto second = RawGuard::protect(tree.ws);
    QVERIFY(second.ok());
    QCOMPARE(second->changed.size(), 0);
    QCOMPARE(second->unchanged, 4);
    QCOMPARE(test::snapshotTree(tree.ws.rootDir), snapshot);
}

void TestRawGuard::protectLeavesFoldersOutsideRawAlone()
{
    RawTree tree;
    const QString processed = tree.ws.rootDir + QStringLiteral("/data/processed");
    const mode_t processedMode = modeOf(processed);
    const mode_t fileMode = modeOf(processed + QStringLiteral("/p.csv"));
    const mode_t dataMode = modeOf(tree.ws.rootDir + QStringLiteral("/data"));
    QVERIFY(RawGuard::protect(tree.ws).ok());
    QCOMPARE(modeOf(processed), processedMode);
    QCOMPARE(modeOf(processed + QStringLiteral("/p.csv")), fileMode);
    QCOMPARE(modeOf(tree.ws.rootDir + QStringLiteral("/data")), dataMode);
}

void TestRawGuard::symlinkTargetsOutsideKeepTheirMode()
{
    RawTree tree;
    QTemporaryDir outside;
    const QString secret = outside.filePath(QStringLiteral("secret.txt"));
    test::writeFile(secret, "outside\n");
    setMode(secret, 0666);
    QDir().mkpath(outside.filePath(QStringLiteral("dir")));
    setMode(outside.filePath(QStringLiteral("dir")), 0777);
    QVERIFY(QFile::link(secret, tree.raw + QStringLiteral("/link.txt")));
    QVERIFY(QFile::link(outside.filePath(QStringLiteral("dir")), tree.raw + QStringLiteral("/sub/linkdir")));

    auto report = RawGuard::protect(tree.ws);
    QVERIFY(report.ok());
    QCOMPARE(modeOf(secret), mode_t(0666));
    QCOMPARE(modeOf(outside.filePath(QStringLiteral("dir"))), mode_t(0777));
    QCOMPARE(report->symlinks.size(), 2);
    QCOMPARE(report->symlinks.at(0).path, QStringLiteral("data/raw/link.txt"));
    QCOMPARE(report->symlinks.at(0).note, secret);
    QCOMPARE(report->symlinks.at(1).path, QStringLiteral("data/raw/sub/linkdir"));
    QCOMPARE(modeOf(tree.raw + QStringLiteral("/a.csv")), mode_t(0444));
}

void TestRawGuard::symlinkedRawFolderIsRefused()
{
    QTemporaryDir dir;
    Workspace ws = test::makeRawWorkspace(dir.path());
    test::writeFile(ws.rootDir + QStringLiteral("/data/raw/a.csv"), "a");
    setMode(ws.rootDir + QStringLiteral("/data/raw/a.csv"), 0644);
    QTemporaryDir elsewhere;
    test::writeFile(elsewhere.filePath(QStringLiteral("x.csv")), "x");
    setMode(elsewhere.filePath(QStringLiteral("x.csv")), 0644);
    // The second raw folder of the layout is a symlink out of the workspace.
    ws.manifest.layout << LayoutFolder{
        QStringLiteral("archive/raw"), FolderRole::Raw, FolderLocation::Root, false, {}};
    QDir().mkpath(ws.rootDir + QStringLiteral("/archive"));
    QVERIFY(QFile::link(elsewhere.path(), ws.rootDir + QStringLiteral("/archive/raw")));
    const auto before = test::snapshotTree(ws.rootDir);

    auto report = RawGuard::protect(ws);
    QVERIFY(!report.ok());
    QCOMPARE(report.error().kind, ErrorKind::BadInput);
    QVERIFY2(report.error().message.contains(QStringLiteral("archive/raw")),
             qPrintable(report.error().message));
    QVERIFY2(report.error().message.contains(QStringLiteral("symlink")), qPrintable(report.error().message));
    QCOMPARE(modeOf(elsewhere.filePath(QStringLiteral("x.csv"))), mode_t(0644));
    // Refused before anything changed: the first raw folder was not protected either.
    QCOMPARE(test::snapshotTree(ws.rootDir), before);
    QCOMPARE(modeOf(ws.rootDir + QStringLiteral("/data/raw/a.csv")), mode_t(0644));
}

void TestRawGuard::writeGrantingAclEntriesAreRemoved()
{
    RawTree tree;
    const QString file = tree.raw + QStringLiteral("/a.csv");
    setMode(file, 0644);
    setMode(tree.raw, 0755);
    QProcess setfacl;
    setfacl.start(QStringLiteral("setfacl"), {QStringLiteral("-m"), QStringLiteral("u:65534:rw"), file});
    QVERIFY(setfacl.waitForFinished());
    if (setfacl.exitCode() != 0)
        QSKIP("this file system does not take POSIX ACLs (setfacl failed)");
    setfacl.start(QStringLiteral("setfacl"),
                  {QStringLiteral("-m"), QStringLiteral("u:65534:rwx,d:u:65534:rwx"), tree.raw});
    QVERIFY(setfacl.waitForFinished() && setfacl.exitCode() == 0);
    // Control: the ACL alone lets nobody write although the mode bits say 0644.
    QCOMPARE(runAsNobody(tree.ws.rootDir, QStringLiteral("echo y >> data/raw/a.csv")), 0);

    auto report = RawGuard::protect(tree.ws);
    QVERIFY(report.ok());
    QVERIFY(report->errors.isEmpty());
    int aclChanges = 0;
    for (const PermissionChange& c : report->changed)
        aclChanges += c.aclChanged ? 1 : 0;
    QCOMPARE(aclChanges, 2); // the file and the raw folder
    QVERIFY(runAsNobody(tree.ws.rootDir, QStringLiteral("echo z >> data/raw/a.csv")) != 0);
    QVERIFY(runAsNobody(tree.ws.rootDir, QStringLiteral("echo z > data/raw/new.csv")) != 0);

    for (const QString& path : {file, tree.raw}) {
        UniqueFd fd(::open(QFile::encodeName(path).constData(), O_PATH | O_NOFOLLOW));
        auto acl = PosixAcl::read(fd.get(), PosixAcl::Kind::Access, path);
        QVERIFY(acl.ok() && acl->supported());
        QVERIFY(acl->isExtended()); // the named entry stays, read-only
        QVERIFY2(!acl->grantsWrite(), qPrintable(acl->entriesText().join(u' ')));
        QVERIFY(acl->entriesText().contains(QStringLiteral("user:65534:r--")) ||
                acl->entriesText().contains(QStringLiteral("user:65534:r-x")));
    }
    UniqueFd dirFd(::open(QFile::encodeName(tree.raw).constData(), O_PATH | O_NOFOLLOW));
    auto defaults = PosixAcl::read(dirFd.get(), PosixAcl::Kind::Default, tree.raw);
    QVERIFY(defaults.ok() && !defaults->empty());
    QVERIFY(!defaults->grantsWrite());

    auto again = RawGuard::protect(tree.ws);
    QVERIFY(again.ok());
    QCOMPARE(again->changed.size(), 0);
}

void TestRawGuard::unprotectIsForLeadsOnly()
{
    RawTree tree;
    QVERIFY(RawGuard::protect(tree.ws).ok());
    const auto snapshot = test::snapshotTree(tree.ws.rootDir);
    tree.ws.me = QStringLiteral("ben");
    auto refused = RawGuard::unprotect(tree.ws);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ErrorKind::Failed);
    QCOMPARE(exitCodeFor(refused.error().kind), 4);
    QCOMPARE(refused.error().message,
             QStringLiteral("raw unprotect: refused for member \"ben\": only a lead may make raw data "
                            "writable again (ask ana)"));
    QCOMPARE(test::snapshotTree(tree.ws.rootDir), snapshot);
}

void TestRawGuard::unprotectRestoresOwnerWrite()
{
    RawTree tree;
    setMode(tree.raw + QStringLiteral("/a.csv"), 0664);
    QVERIFY(RawGuard::protect(tree.ws).ok());
    auto report = RawGuard::unprotect(tree.ws);
    QVERIFY(report.ok());
    QCOMPARE(report->changed.size(), 4);
    QCOMPARE(modeOf(tree.raw + QStringLiteral("/a.csv")), mode_t(0644)); // owner only: group write stays off
    QCOMPARE(modeOf(tree.raw + QStringLiteral("/sub/c.csv")), mode_t(0644));
    QCOMPARE(modeOf(tree.raw + QStringLiteral("/sub")), mode_t(0755));
    QCOMPARE(modeOf(tree.raw), mode_t(0755));
    auto again = RawGuard::unprotect(tree.ws);
    QVERIFY(again.ok());
    QCOMPARE(again->changed.size(), 0);
}

void TestRawGuard::missingRawFolderIsReported()
{
    QTemporaryDir dir;
    Workspace ws = test::makeRawWorkspace(dir.path());
    QVERIFY(QDir(ws.rootDir + QStringLiteral("/data/raw")).removeRecursively());
    auto report = RawGuard::protect(ws);
    QVERIFY(report.ok());
    QCOMPARE(report->missingFolders, QStringList{QStringLiteral("data/raw")});
    QVERIFY(report->changed.isEmpty());
}

void TestRawGuard::cancelStopsTheWalk()
{
    RawTree tree;
    CancelToken cancel;
    cancel.cancel();
    auto report = RawGuard::protect(tree.ws, &cancel);
    QVERIFY(!report.ok());
    QCOMPARE(report.error().kind, ErrorKind::Cancelled);
}

QTEST_GUILESS_MAIN(TestRawGuard)
#include "tst_rawguard.moc"
