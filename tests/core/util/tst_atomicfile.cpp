// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// writeFileAtomically and writeFileBeneath: a failed write (a full disk, through the in-process seam) keeps
// the original byte for byte and leaves no temporary file; mode, owner and ACL survive a rewrite; links are
// refused.
#include "FileFacts.h"
#include "TestEnv.h"

#include "util/AtomicFile.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace ts;
using namespace ts::test;

namespace {

class UmaskScope
{
public:
    explicit UmaskScope(mode_t mask) : m_old(::umask(mask)) {}
    ~UmaskScope() { ::umask(m_old); }

private:
    mode_t m_old;
};

} // namespace

class TestAtomicFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateUserFolders(); }
    void cleanup() { setAtomicWriteSpaceLimitForTesting(-1); }

    void replacesTheContent()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("teamspace.json"));
        writeFile(path, "old");
        QVERIFY(writeFileAtomically(path, "new content").ok());
        QCOMPARE(readFile(path), QByteArray("new content"));
        QCOMPARE(namesIn(dir.path()), QStringList{QStringLiteral("teamspace.json")});
    }

    // The audit's case without a small file system: 2,333 bytes to write and no room. Before the fix the
    // write landed in QSaveFile's 16 KiB buffer, the failed flush went unreported and the rename emptied the
    // file.
    void fullDiskKeepsTheOriginalAndLeavesNoTemporaryFile_data()
    {
        QTest::addColumn<qint64>("room");
        QTest::addColumn<int>("size");
        QTest::newRow("no room, small file") << qint64(0) << 2333;
        QTest::newRow("half the room, small file") << qint64(1000) << 2333;
        QTest::newRow("past 16 KiB") << qint64(20000) << 100000;
    }
    void fullDiskKeepsTheOriginalAndLeavesNoTemporaryFile()
    {
        QFETCH(qint64, room);
        QFETCH(int, size);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nb.ipynb"));
        const QByteArray original(610842, 'o');
        writeFile(path, original);
        setAtomicWriteSpaceLimitForTesting(room);
        const Status written = writeFileAtomically(path, QByteArray(size, 'n'));
        QVERIFY(!written.ok());
        QCOMPARE(written.error().kind, ErrorKind::Failed);
        QVERIFY2(written.error().message.startsWith(path + QStringLiteral(": no space left on the device (")),
                 qPrintable(written.error().message));
        QVERIFY2(written.error().message.contains(QStringLiteral("the file was not changed")),
                 qPrintable(written.error().message));
        QCOMPARE(readFile(path), original);
        QCOMPARE(namesIn(dir.path()), QStringList{QStringLiteral("nb.ipynb")});
    }

    void fullDiskBeneathKeepsTheOriginal()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("notebooks/ana/nb.ipynb")), "original");
        setAtomicWriteSpaceLimitForTesting(3);
        const Status written =
            writeFileBeneath(dir.path(), QStringLiteral("notebooks/ana/nb.ipynb"), "longer bytes");
        QVERIFY(!written.ok());
        QCOMPARE(written.error().kind, ErrorKind::Failed);
        QVERIFY2(written.error().message.contains(QStringLiteral("no space left")),
                 qPrintable(written.error().message));
        QCOMPARE(readFile(dir.filePath(QStringLiteral("notebooks/ana/nb.ipynb"))), QByteArray("original"));
        QCOMPARE(namesIn(dir.filePath(QStringLiteral("notebooks/ana"))),
                 QStringList{QStringLiteral("nb.ipynb")});
    }

    // A new file that failed to be written leaves nothing at all.
    void fullDiskLeavesNoNewFile()
    {
        QTemporaryDir dir;
        setAtomicWriteSpaceLimitForTesting(0);
        QVERIFY(!writeFileAtomically(dir.filePath(QStringLiteral("raw-baseline.json")), "{}").ok());
        QCOMPARE(namesIn(dir.path()), QStringList());
    }

    void keepsTheMode_data()
    {
        QTest::addColumn<unsigned>("mode");
        QTest::newRow("0640") << 0640u;
        QTest::newRow("0600") << 0600u;
        QTest::newRow("0664") << 0664u;
        QTest::newRow("0444") << 0444u;
    }
    void keepsTheMode()
    {
        QFETCH(unsigned, mode);
        const UmaskScope umask(002); // the 0640 became 0660 under a umask of 002
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nb.ipynb"));
        writeFile(path, "old");
        QCOMPARE(::chmod(QFile::encodeName(path).constData(), mode), 0);
        QVERIFY(writeFileAtomically(path, "new").ok());
        QCOMPARE(modeOf(path), mode);
        QCOMPARE(readFile(path), QByteArray("new"));
    }

    void newFileModeFollowsUmaskOrOption()
    {
        QTemporaryDir dir;
        {
            const UmaskScope umask(027);
            QVERIFY(writeFileAtomically(dir.filePath(QStringLiteral("a")), "a").ok());
            QCOMPARE(modeOf(dir.filePath(QStringLiteral("a"))), 0640u);
        }
        {
            const UmaskScope umask(002);
            QVERIFY(writeFileBeneath(dir.path(), QStringLiteral("b"), "b").ok());
            QCOMPARE(modeOf(dir.filePath(QStringLiteral("b"))), 0664u);
            AtomicWriteOptions options;
            options.newFileMode = 0600;
            QVERIFY(writeFileAtomically(dir.filePath(QStringLiteral("c")), "c", options).ok());
            QCOMPARE(modeOf(dir.filePath(QStringLiteral("c"))), 0600u);
        }
    }

    void keepsOwnerAndGroup()
    {
        if (::geteuid() != 0)
            QSKIP("giving a file to another owner needs root (the test runs as root in CI)");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nb.ipynb"));
        writeFile(path, "old");
        QCOMPARE(::chown(QFile::encodeName(path).constData(), 65534, 65534), 0);
        QCOMPARE(::chmod(QFile::encodeName(path).constData(), 0640), 0);
        QVERIFY(writeFileAtomically(path, "new").ok());
        struct stat st
        {
        };
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(st.st_uid, uid_t(65534));
        QCOMPARE(st.st_gid, gid_t(65534));
        QCOMPARE(st.st_mode & 07777, mode_t(0640));
    }

    void keepsThePosixAcl()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("setfacl")).isEmpty())
            QSKIP("setfacl is not installed (installers/linux/install-deps.sh installs the acl package)");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nb.ipynb"));
        writeFile(path, "old");
        QCOMPARE(::chmod(QFile::encodeName(path).constData(), 0640), 0);
        if (QProcess::execute(QStringLiteral("setfacl"),
                              {QStringLiteral("-m"), QStringLiteral("u:65534:rw"), path}) != 0)
            QSKIP("this file system has no POSIX ACLs (setfacl failed)");
        const QByteArray before = aclOf(path);
        QVERIFY2(before.contains("user:65534:rw-") || before.contains("user:nobody:rw-"), before.constData());
        QVERIFY(writeFileAtomically(path, "new").ok());
        QCOMPARE(aclOf(path), before);
        QCOMPARE(readFile(path), QByteArray("new"));
    }

    // A folder's default ACL must not widen a rewritten file that had no ACL of its own.
    void aFileWithoutAclGetsNoneFromTheFolder()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("setfacl")).isEmpty())
            QSKIP("setfacl is not installed (installers/linux/install-deps.sh installs the acl package)");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nb.ipynb"));
        writeFile(path, "old");
        QCOMPARE(::chmod(QFile::encodeName(path).constData(), 0600), 0);
        const QByteArray before = aclOf(path);
        if (QProcess::execute(QStringLiteral("setfacl"), {QStringLiteral("-d"), QStringLiteral("-m"),
                                                          QStringLiteral("u:65534:rw"), dir.path()}) != 0)
            QSKIP("this file system has no POSIX ACLs (setfacl failed)");
        QVERIFY(writeFileAtomically(path, "new").ok());
        QCOMPARE(aclOf(path), before);
        QCOMPARE(modeOf(path), 0600u);
    }

    void refusesASymlinkTarget()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("ben.ipynb"));
        const QString link = dir.filePath(QStringLiteral("ana.ipynb"));
        writeFile(target, "ben's");
        QVERIFY(QFile::link(target, link));
        const Status written = writeFileAtomically(link, "ana's");
        QVERIFY(!written.ok());
        QCOMPARE(written.error().kind, ErrorKind::BadInput);
        QVERIFY2(written.error().message.startsWith(link + QStringLiteral(": is a symbolic link")),
                 qPrintable(written.error().message));
        QCOMPARE(readFile(target), QByteArray("ben's"));
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(namesIn(dir.path()),
                 (QStringList{QStringLiteral("ana.ipynb"), QStringLiteral("ben.ipynb")}));
        // Beneath a root, the same.
        QCOMPARE(writeFileBeneath(dir.path(), QStringLiteral("ana.ipynb"), "ana's").error().kind,
                 ErrorKind::BadInput);
        QCOMPARE(readFile(target), QByteArray("ben's"));
    }

    void refusesASymlinkedFolderOnTheWay()
    {
        QTemporaryDir repo, outside;
        writeFile(outside.filePath(QStringLiteral("helpers.py")), "outside");
        QVERIFY(QDir(repo.path()).mkpath(QStringLiteral("notebooks/ana")));
        QVERIFY(QFile::link(outside.path(), repo.filePath(QStringLiteral("notebooks/ana/set-aside"))));
        const Status written =
            writeFileBeneath(repo.path(), QStringLiteral("notebooks/ana/set-aside/helpers.py"), "teammate's");
        QVERIFY(!written.ok());
        QCOMPARE(written.error().kind, ErrorKind::BadInput);
        QVERIFY2(written.error().message.startsWith(
                     repo.path() + QStringLiteral("/notebooks/ana/set-aside: is a symbolic link")),
                 qPrintable(written.error().message));
        QCOMPARE(readFile(outside.filePath(QStringLiteral("helpers.py"))), QByteArray("outside"));
        QCOMPARE(namesIn(outside.path()), QStringList{QStringLiteral("helpers.py")});
        // Creating folders does not create through the link either.
        AtomicWriteOptions create;
        create.createFolders = true;
        QVERIFY(
            !writeFileBeneath(repo.path(), QStringLiteral("notebooks/ana/set-aside/new/x.py"), "x", create)
                 .ok());
        QCOMPARE(namesIn(outside.path()), QStringList{QStringLiteral("helpers.py")});
        // Reading and checking refuse it too; a plain path and a missing one pass.
        QCOMPARE(
            openFileBeneath(repo.path(), QStringLiteral("notebooks/ana/set-aside/helpers.py")).error().kind,
            ErrorKind::BadInput);
        QCOMPARE(requirePlainPathBeneath(repo.path(), QStringLiteral("notebooks/ana/set-aside/helpers.py"))
                     .error()
                     .kind,
                 ErrorKind::BadInput);
        QVERIFY(!isPlainPathBeneath(repo.path(), QStringLiteral("notebooks/ana/set-aside/helpers.py")));
        QVERIFY(requirePlainPathBeneath(repo.path(), QStringLiteral("notebooks/ana/missing/x.ipynb")).ok());
        QVERIFY(requirePlainPathBeneath(repo.path(), QStringLiteral("notebooks/ana")).ok());
        QVERIFY(isPlainPathBeneath(repo.path(), QStringLiteral("notebooks/ana")));
    }

    void refusesToSplitAHardLink()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nb.ipynb"));
        const QString other = dir.filePath(QStringLiteral("copy.ipynb"));
        writeFile(path, "shared bytes");
        QCOMPARE(::link(QFile::encodeName(path).constData(), QFile::encodeName(other).constData()), 0);
        const Status written = writeFileAtomically(path, "stripped");
        QVERIFY(!written.ok());
        QCOMPARE(written.error().kind, ErrorKind::BadInput);
        QVERIFY2(written.error().message.startsWith(path + QStringLiteral(": has 2 hard links")),
                 qPrintable(written.error().message));
        QCOMPARE(readFile(path), QByteArray("shared bytes"));
        QCOMPARE(readFile(other), QByteArray("shared bytes"));
        QCOMPARE(namesIn(dir.path()),
                 (QStringList{QStringLiteral("copy.ipynb"), QStringLiteral("nb.ipynb")}));
        // Its own local state may say that splitting is what it means.
        AtomicWriteOptions split;
        split.allowSplittingHardLinks = true;
        QVERIFY(writeFileAtomically(path, "stripped", split).ok());
        QCOMPARE(readFile(path), QByteArray("stripped"));
        QCOMPARE(readFile(other), QByteArray("shared bytes"));
    }

    void openFileBeneathReadsAPlainFile()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("a/b.txt")), "bytes");
        auto fd = openFileBeneath(dir.path(), QStringLiteral("a/b.txt"));
        QVERIFY(fd.ok());
        char buffer[16] = {};
        QCOMPARE(::read(fd->get(), buffer, sizeof buffer), ssize_t(5));
        QCOMPARE(QByteArray(buffer), QByteArray("bytes"));
        QCOMPARE(openFileBeneath(dir.path(), QStringLiteral("a/missing.txt")).error().kind,
                 ErrorKind::Failed);
        QCOMPARE(openFileBeneath(dir.path(), QStringLiteral("a/../a/b.txt")).error().kind,
                 ErrorKind::BadInput);
    }
};

QTEST_GUILESS_MAIN(TestAtomicFile)
#include "tst_atomicfile.moc"
