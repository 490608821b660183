// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "IndexTestSupport.h"
#include "TestEnv.h"

#include "index/PathText.h"
#include "index/ScanAnalysis.h"
#include "index/Scanner.h"

#include <QDir>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <pwd.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace ts;
using namespace ts::index;

namespace {

Result<ScanTree> scanTree(const QString& root, const QString& repo = {})
{
    ScanOptions options;
    options.sharedFolder = root;
    options.repository = repo;
    return Scanner(options).run();
}

std::int32_t find(const ScanTree& tree, const QByteArray& relativePath, Top top = Top::SharedFolder)
{
    for (std::size_t i = 0; i < tree.entries.size(); ++i)
        if (tree.entries[i].top == top && tree.relativePath(std::int32_t(i)) == relativePath &&
            (tree.entries[i].parent != kNoParent || relativePath.isEmpty()))
            return std::int32_t(i);
    return -1;
}

void makeFile(const QByteArray& path, qint64 size)
{
    const int fd = ::open(path.constData(), O_CREAT | O_WRONLY | O_TRUNC, 0644);
    QVERIFY2(fd >= 0, path.constData());
    const QByteArray data(int(std::min<qint64>(size, 4096)), 'x');
    if (size <= 4096)
        QCOMPARE(::write(fd, data.constData(), size_t(size)), ssize_t(size));
    else
        QCOMPARE(::ftruncate(fd, size), 0); // sparse: apparent size without the blocks
    ::close(fd);
}

// What an independent tool says: the sum of apparent sizes of regular files, each inode once.
qint64 findApparentBytes(const QString& root)
{
    QProcess find;
    find.start(QStringLiteral("find"), {root, QStringLiteral("-type"), QStringLiteral("f"),
                                        QStringLiteral("-printf"), QStringLiteral("%D:%i %s\\n")});
    find.waitForFinished();
    QSet<QByteArray> seen;
    qint64 total = 0;
    for (const QByteArray& line : find.readAllStandardOutput().split('\n')) {
        const auto parts = line.split(' ');
        if (parts.size() == 2 && !seen.contains(parts[0])) {
            seen.insert(parts[0]);
            total += parts[1].toLongLong();
        }
    }
    return total;
}

} // namespace

class TestScanner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hardLinksCountOnce();
    void symlinksAreRecordedNeverFollowed();
    void sparseSixGigabyteFile();
    void namesAreBytes();
    void folderOfFiveThousandEntries();
    void bytesEqualIndependentSum();
    void deepTreeBeyondHeldDescriptors();
    void repositoryGitIsSkippedButSharedGitIsIndexed();
    void unreadableFolderIsAStateNotAnAbort();
    void doesNotCrossMountPoints();
    void cancelStopsTheScan();
    void reportsProgress();
    void missingTopIsAnError();
};

void TestScanner::hardLinksCountOnce()
{
    QTemporaryDir dir;
    const QByteArray root = QFile::encodeName(dir.path());
    QDir().mkpath(dir.filePath(QStringLiteral("b")));
    makeFile(root + "/a.bin", 1000);
    QCOMPARE(::link(root + "/a.bin", root + "/b/z.bin"), 0);
    QCOMPARE(::link(root + "/a.bin", root + "/0.bin"), 0);
    auto tree = scanTree(dir.path());
    QVERIFY(tree.ok());
    const ScanAnalysis a = analyseScan(*tree, Manifest());
    QCOMPARE(a.bytes, 1000);
    QCOMPARE(a.files, 3);
    // The path that sorts first counts, whatever order the threads found them in.
    QVERIFY(tree->entries[std::size_t(find(*tree, "0.bin"))].counted);
    QVERIFY(!tree->entries[std::size_t(find(*tree, "a.bin"))].counted);
    QVERIFY(!tree->entries[std::size_t(find(*tree, "b/z.bin"))].counted);
}

void TestScanner::symlinksAreRecordedNeverFollowed()
{
    QTemporaryDir dir;
    QTemporaryDir outside;
    const QByteArray root = QFile::encodeName(dir.path());
    makeFile(QFile::encodeName(outside.path()) + "/big.bin", 4000);
    QDir().mkpath(dir.filePath(QStringLiteral("d")));
    QCOMPARE(::symlink("loop", root + "/loop"), 0); // a link to itself
    QCOMPARE(::symlink("..", root + "/d/up"), 0);   // a cycle through the parent
    QCOMPARE(::symlink(QFile::encodeName(outside.path()).constData(), root + "/escape"),
             0); // leaves the root
    makeFile(root + "/d/f.txt", 10);
    auto tree = scanTree(dir.path());
    QVERIFY(tree.ok());
    const ScanAnalysis a = analyseScan(*tree, Manifest());
    QCOMPARE(a.bytes, 10);
    QCOMPARE(a.files, 1);
    const auto escape = find(*tree, "escape");
    QVERIFY(escape >= 0);
    QCOMPARE(tree->entries[std::size_t(escape)].type, EntryType::Symlink);
    QCOMPARE(tree->linkTargets.value(escape), QFile::encodeName(outside.path()));
    QCOMPARE(tree->linkTargets.value(find(*tree, "d/up")), QByteArray(".."));
    QCOMPARE(tree->linkTargets.value(find(*tree, "loop")), QByteArray("loop"));
    QCOMPARE(find(*tree, "escape/big.bin"), -1);
    QCOMPARE(tree->entries.size(), std::size_t(6)); // top, loop, d, escape, d/up, d/f.txt
}

void TestScanner::sparseSixGigabyteFile()
{
    QTemporaryDir dir;
    makeFile(QFile::encodeName(dir.path()) + "/huge.bin", 6LL * 1024 * 1024 * 1024);
    auto tree = scanTree(dir.path());
    QVERIFY(tree.ok());
    const ScanAnalysis a = analyseScan(*tree, Manifest());
    QCOMPARE(a.bytes, 6LL * 1024 * 1024 * 1024);
    QVERIFY2(a.allocated < 1024 * 1024, "a sparse file allocates (almost) nothing");
}

void TestScanner::namesAreBytes()
{
    QTemporaryDir dir;
    const QByteArray root = QFile::encodeName(dir.path());
    const QByteArray names[] = {"latin1-\xe9.bin", "caf\xc3\xa9", "cafe\xcc\x81", "with space", "new\nline"};
    qint64 size = 1;
    for (const QByteArray& n : names)
        makeFile(root + '/' + n, size++);
    auto tree = scanTree(dir.path());
    QVERIFY(tree.ok());
    size = 1;
    for (const QByteArray& n : names) {
        const auto i = find(*tree, n);
        QVERIFY2(i >= 0, n.constData());
        QCOMPARE(tree->entries[std::size_t(i)].size, size++);
    }
    QCOMPARE(displayPath("latin1-\xe9.bin"), QStringLiteral("latin1-\\xe9.bin"));
    QCOMPARE(displayPath("new\nline"), QStringLiteral("new\\nline"));
    QCOMPARE(displayPath("caf\xc3\xa9"), QString::fromUtf8("caf\xc3\xa9"));
    QVERIFY(displayPath("caf\xc3\xa9") != displayPath("cafe\xcc\x81")); // NFC and NFD stay two names
    for (const QByteArray& n : names)
        QCOMPARE(pathFromDisplay(displayPath(n)), n);
    for (const QByteArray& n : names) // QTemporaryDir cannot remove a name that is not valid in the locale
        ::unlink(root + '/' + n);
}

void TestScanner::folderOfFiveThousandEntries()
{
    QTemporaryDir dir;
    const QByteArray many = QFile::encodeName(dir.path()) + "/many";
    QVERIFY(QDir().mkpath(QFile::decodeName(many)));
    for (int i = 0; i < 5000; ++i)
        makeFile(many + "/f" + QByteArray::number(i), 3);
    auto tree = scanTree(dir.path());
    QVERIFY(tree.ok());
    const ScanAnalysis a = analyseScan(*tree, Manifest());
    const auto slot = a.folderSlot[std::size_t(find(*tree, "many"))];
    QCOMPARE(a.folders[std::size_t(slot)].entries, 5000);
    QCOMPARE(a.folders[std::size_t(slot)].bytes, 15000);
    QCOMPARE(a.bytes, 15000);
}

void TestScanner::bytesEqualIndependentSum()
{
    QTemporaryDir dir;
    const QByteArray root = QFile::encodeName(dir.path());
    for (int d = 0; d < 20; ++d) {
        const QByteArray folder = root + "/d" + QByteArray::number(d % 5) + "/s" + QByteArray::number(d);
        QVERIFY(QDir().mkpath(QFile::decodeName(folder)));
        for (int f = 0; f < 30; ++f)
            makeFile(folder + "/f" + QByteArray::number(f), d * 100 + f);
    }
    QCOMPARE(::link(root + "/d0/s0/f1", root + "/hard"), 0);
    makeFile(root + "/sparse", 5'000'000'000);
    auto tree = scanTree(dir.path());
    QVERIFY(tree.ok());
    const ScanAnalysis a = analyseScan(*tree, Manifest());
    QCOMPARE(a.bytes, findApparentBytes(dir.path()));
}

// Folders are opened relative to their parent's descriptor while fewer than 256 are held, by full path beyond
// that. A parent's descriptor is held while a sub-folder of it waits in the queue: a 400-deep chain with a
// waiting sibling folder at every level holds one per level. It is walked completely, and nothing is left
// open.
void TestScanner::deepTreeBeyondHeldDescriptors()
{
    QTemporaryDir dir;
    QByteArray folder = QFile::encodeName(dir.path());
    qint64 expectedBytes = 0;
    for (int depth = 0; depth < 400; ++depth) {
        QCOMPARE(::mkdir((folder + "/e").constData(), 0755), 0);
        makeFile(folder + "/e/g", 11);
        folder += "/d";
        QCOMPARE(::mkdir(folder.constData(), 0755), 0);
        makeFile(folder + "/f", depth % 7);
        expectedBytes += 11 + depth % 7;
    }
    const auto openDescriptors = [] { return QDir(QStringLiteral("/proc/self/fd")).count(); };
    const auto before = openDescriptors();
    for (int threads : {1, 2, 4}) {
        ScanOptions options;
        options.sharedFolder = dir.path();
        options.threads = threads;
        auto tree = Scanner(options).run();
        QVERIFY(tree.ok());
        const ScanAnalysis a = analyseScan(*tree, Manifest());
        QCOMPARE(a.dirs, 800);
        QCOMPARE(a.files, 800);
        QCOMPARE(a.bytes, expectedBytes);
        QCOMPARE(a.bytes, findApparentBytes(dir.path()));
        QVERIFY(tree->errors.isEmpty());
        QCOMPARE(openDescriptors(), before);
    }
}

void TestScanner::repositoryGitIsSkippedButSharedGitIsIndexed()
{
    QTemporaryDir repo;
    QTemporaryDir shared;
    test::writeFile(repo.filePath(QStringLiteral(".git/objects/aa/bb")), QByteArray(500, 'g'));
    test::writeFile(repo.filePath(QStringLiteral("notebooks/ana/a.ipynb")), "{}");
    test::writeFile(shared.filePath(QStringLiteral("results/.git/config")), "x");
    auto tree = scanTree(shared.path(), repo.path());
    QVERIFY(tree.ok());
    const auto git = find(*tree, ".git", Top::Repository);
    QVERIFY(git >= 0);
    QCOMPARE(tree->entries[std::size_t(git)].state, EntryState::Skipped);
    QCOMPARE(find(*tree, ".git/objects", Top::Repository), -1);
    QVERIFY(find(*tree, "notebooks/ana/a.ipynb", Top::Repository) >= 0);
    QVERIFY(find(*tree, "results/.git/config", Top::SharedFolder) >= 0);
    const ScanAnalysis a = analyseScan(*tree, Manifest());
    QCOMPARE(a.bytes, 3);
}

void TestScanner::unreadableFolderIsAStateNotAnAbort()
{
    const passwd* nobody = ::getpwnam("nobody");
    if (!nobody)
        QSKIP("no user `nobody` to drop privileges to: root reads every folder, so denial cannot be tested");
    QTemporaryDir dir;
    QVERIFY(::chmod(QFile::encodeName(dir.path()).constData(), 0755) == 0);
    test::writeFile(dir.filePath(QStringLiteral("open/a.txt")), "aaaa");
    test::writeFile(dir.filePath(QStringLiteral("locked/secret.txt")), "ssssssss");
    QVERIFY(::chmod(QFile::encodeName(dir.filePath(QStringLiteral("locked"))).constData(), 0700) == 0);

    int fds[2];
    QCOMPARE(::pipe(fds), 0);
    const pid_t child = ::fork();
    if (child == 0) {
        ::close(fds[0]);
        if (::setgid(nobody->pw_gid) != 0 || ::setuid(nobody->pw_uid) != 0)
            ::_exit(3);
        auto tree = scanTree(dir.path());
        if (!tree.ok())
            ::_exit(4);
        QByteArray out;
        const ScanAnalysis a = analyseScan(*tree, Manifest());
        out += QByteArray::number(qint64(a.bytes)) + '\n';
        for (auto it = tree->errors.constBegin(); it != tree->errors.constEnd(); ++it)
            out += tree->relativePath(it.key()) + ' ' +
                   QByteArray::number(int(tree->entries[std::size_t(it.key())].state)) + '\n';
        (void)!::write(fds[1], out.constData(), size_t(out.size()));
        ::_exit(0);
    }
    ::close(fds[1]);
    QByteArray out;
    char buf[4096];
    ssize_t n;
    while ((n = ::read(fds[0], buf, sizeof buf)) > 0)
        out.append(buf, n);
    ::close(fds[0]);
    int status = 0;
    ::waitpid(child, &status, 0);
    if (WIFEXITED(status) && WEXITSTATUS(status) == 3)
        QSKIP("cannot drop privileges to `nobody` in this environment");
    QVERIFY2(WIFEXITED(status) && WEXITSTATUS(status) == 0, "the scan as `nobody` must complete");
    QCOMPARE(out, QByteArray("4\nlocked ") + QByteArray::number(int(EntryState::PermissionDenied)) + '\n');
}

void TestScanner::doesNotCrossMountPoints()
{
    QTemporaryDir dir;
    const QString mountPoint = dir.filePath(QStringLiteral("mnt"));
    QDir().mkpath(mountPoint);
    if (::mount("tmpfs", QFile::encodeName(mountPoint).constData(), "tmpfs", 0, "size=1m") != 0)
        QSKIP("cannot mount a tmpfs here (needs CAP_SYS_ADMIN): mount crossing is not tested");
    test::writeFile(mountPoint + QStringLiteral("/inside.txt"), "12345");
    test::writeFile(dir.filePath(QStringLiteral("outside.txt")), "12");
    auto tree = scanTree(dir.path());
    ::umount(QFile::encodeName(mountPoint).constData());
    QVERIFY(tree.ok());
    QCOMPARE(tree->entries[std::size_t(find(*tree, "mnt"))].state, EntryState::OtherMount);
    QCOMPARE(find(*tree, "mnt/inside.txt"), -1);
    QCOMPARE(analyseScan(*tree, Manifest()).bytes, 2);
}

void TestScanner::cancelStopsTheScan()
{
    QTemporaryDir dir;
    test::writeFile(dir.filePath(QStringLiteral("a/b.txt")), "x");
    CancelToken cancel;
    cancel.cancel();
    ScanOptions options;
    options.sharedFolder = dir.path();
    options.cancel = &cancel;
    auto tree = Scanner(options).run();
    QVERIFY(!tree.ok());
    QCOMPARE(tree.error().kind, ErrorKind::Cancelled);
}

void TestScanner::reportsProgress()
{
    QTemporaryDir dir;
    for (int i = 0; i < 50; ++i)
        test::writeFile(dir.filePath(QStringLiteral("d%1/f").arg(i)), "x");
    ScanOptions options;
    options.sharedFolder = dir.path();
    std::atomic<int> calls{0};
    qint64 lastDone = 0;
    options.progress = [&](const Progress& p) {
        ++calls;
        lastDone = p.done;
    };
    auto tree = Scanner(options).run();
    QVERIFY(tree.ok());
    QVERIFY(calls >= 1); // the first folder always reports
    QVERIFY(lastDone > 0);
}

void TestScanner::missingTopIsAnError()
{
    auto tree = scanTree(QStringLiteral("/nonexistent/teamspace-shared"));
    QVERIFY(!tree.ok());
    QCOMPARE(tree.error().kind, ErrorKind::Failed);
    QVERIFY(tree.error().message.contains(QStringLiteral("/nonexistent/teamspace-shared")));
}

QTEST_GUILESS_MAIN(TestScanner)
#include "tst_scanner.moc"
