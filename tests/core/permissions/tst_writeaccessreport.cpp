// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// `raw report` in the core: what mode bits and ACLs let others do under each raw folder, before and after
// protect; and the plain words shown when a file system cannot enforce the bits.
#include "permissions/FileSystemInfo.h"
#include "permissions/RawGuard.h"
#include "permissions/WriteAccessReport.h"

#include "RawTestWorkspace.h"
#include "TestEnv.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace ts;
using namespace ts::permissions;

class TestWriteAccessReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void countsWritableEntriesBeforeAndAfterProtect();
    void listsAclEntriesOfTheFolder();
    void missingFolderIsNotAnError();
    void fileSystemsThatIgnoreBitsGetTheSharingStep();
};

void TestWriteAccessReport::countsWritableEntriesBeforeAndAfterProtect()
{
    QTemporaryDir dir;
    Workspace ws = test::makeRawWorkspace(dir.path());
    const QString raw = ws.rootDir + QStringLiteral("/data/raw");
    test::writeFile(raw + QStringLiteral("/a.csv"), "a");
    test::writeFile(raw + QStringLiteral("/sub/b.csv"), "b");
    ::chmod(QFile::encodeName(raw).constData(), 0775);
    ::chmod(QFile::encodeName(raw + QStringLiteral("/a.csv")).constData(), 0646);
    QVERIFY(QFile::link(QStringLiteral("/etc/hostname"), raw + QStringLiteral("/link")));

    auto before = WriteAccessReport::build(ws);
    QVERIFY(before.ok());
    QCOMPARE(before->size(), 1);
    const FolderWriteAccess& f = before->first();
    QCOMPARE(f.path, QStringLiteral("data/raw"));
    QCOMPARE(f.location, QStringLiteral("root"));
    QVERIFY(f.exists);
    QCOMPARE(f.mode, 0775u);
    QVERIFY(f.groupCanWrite);
    QVERIFY(!f.othersCanWrite);
    QCOMPARE(f.entries, 4); // raw, sub, a.csv, sub/b.csv (the symlink is not counted)
    QCOMPARE(f.writableEntries, 4);
    QVERIFY(!f.isReadOnly());
    QCOMPARE(f.currentUserCanWrite, true);
    QCOMPARE(f.fileSystem.isEmpty(), false);

    QVERIFY(RawGuard::protect(ws).ok());
    auto after = WriteAccessReport::build(ws);
    QVERIFY(after.ok());
    QCOMPARE(after->first().mode, 0555u);
    QCOMPARE(after->first().writableEntries, 0);
    QVERIFY(after->first().writableExamples.isEmpty());
    QVERIFY(after->first().isReadOnly());
    QCOMPARE(after->first().currentUserCanWrite, ::geteuid() == 0); // root passes whatever the bits say
}

void TestWriteAccessReport::listsAclEntriesOfTheFolder()
{
    QTemporaryDir dir;
    Workspace ws = test::makeRawWorkspace(dir.path());
    const QString raw = ws.rootDir + QStringLiteral("/data/raw");
    ::chmod(QFile::encodeName(raw).constData(), 0755);
    QProcess setfacl;
    setfacl.start(QStringLiteral("setfacl"), {QStringLiteral("-m"), QStringLiteral("u:65534:rwx"), raw});
    QVERIFY(setfacl.waitForFinished());
    if (setfacl.exitCode() != 0)
        QSKIP("this file system does not take POSIX ACLs (setfacl failed)");
    auto report = WriteAccessReport::build(ws);
    QVERIFY(report.ok());
    QVERIFY2(report->first().acl.contains(QStringLiteral("user:65534:rwx")),
             qPrintable(report->first().acl.join(u' ')));
    QCOMPARE(report->first().writableEntries, 1);
    QVERIFY(RawGuard::protect(ws).ok());
    report = WriteAccessReport::build(ws);
    QVERIFY(report.ok());
    QVERIFY(report->first().acl.contains(QStringLiteral("user:65534:r-x")));
    QCOMPARE(report->first().writableEntries, 0);
}

void TestWriteAccessReport::missingFolderIsNotAnError()
{
    QTemporaryDir dir;
    Workspace ws = test::makeRawWorkspace(dir.path());
    QVERIFY(QDir(ws.rootDir + QStringLiteral("/data/raw")).removeRecursively());
    auto report = WriteAccessReport::build(ws);
    QVERIFY(report.ok());
    QVERIFY(!report->first().exists);
    QVERIFY(!report->first().isReadOnly());
}

void TestWriteAccessReport::fileSystemsThatIgnoreBitsGetTheSharingStep()
{
    // No FUSE or SMB mount can be made in the test container, so the decision is checked on the report
    // itself.
    GuardReport report;
    report.fileSystems << FolderFileSystem{QStringLiteral("data/raw"), QStringLiteral("ext4"), true, false};
    QVERIFY(!report.needsSharingStep());
    QVERIFY(report.sharingAdvice().isEmpty());
    report.fileSystems << FolderFileSystem{QStringLiteral("drive/raw"), QStringLiteral("fuse"), false, true};
    QVERIFY(report.needsSharingStep());
    QCOMPARE(report.sharingAdvice(),
             QStringList{sharingStepAdvice(QStringLiteral("drive/raw")) +
                         QStringLiteral(" (file system: fuse, chmod had no effect)")});
    QVERIFY(report.sharingAdvice().first().contains(
        QStringLiteral("share the raw folder with the team as viewer")));

    QTemporaryDir dir;
    const int fd = ::open(QFile::encodeName(dir.path()).constData(), O_RDONLY | O_DIRECTORY);
    const FileSystemInfo local = fileSystemOf(fd);
    ::close(fd);
    QVERIFY(!local.typeName.isEmpty());
    const int procFd = ::open("/proc/self", O_RDONLY | O_DIRECTORY);
    QCOMPARE(fileSystemOf(procFd).typeName,
             QStringLiteral("0x9fa0")); // unknown types are named by their magic
    ::close(procFd);
}

QTEST_GUILESS_MAIN(TestWriteAccessReport)
#include "tst_writeaccessreport.moc"
