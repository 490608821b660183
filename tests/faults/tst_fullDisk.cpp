// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Issue 12, critical: on a 2 MiB tmpfs with no free space, `notebook strip` printed "stripped", exited 0 and
// left a 0-byte notebook; `member add` and `root-cell` emptied their files the same way. Here each command
// runs on a real full file system and must exit 4 naming the file and the missing space, with the file
// unchanged.
#include "FullDiskCases.h"
#include "SmallFileSystem.h"
#include "TestEnv.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace ts;
using namespace ts::test;

class TestFullDisk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateUserFolders(); }

    void commandOnAFullDiskKeepsTheFile_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString& name : fullDiskCaseNames())
            QTest::newRow(qPrintable(name)) << name;
    }
    void commandOnAFullDiskKeepsTheFile()
    {
        QFETCH(QString, name);
        SmallFileSystem disk;
        QString why;
        if (!disk.mount(&why))
            QSKIP(qPrintable(why));
        QTemporaryDir root; // the shared folder has room: only the repository's disk is full
        const QString repo = disk.path() + QStringLiteral("/repo");
        QVERIFY(QDir().mkpath(repo));
        const FullDiskCase c = prepareFullDiskCase(name, repo, QFileInfo(root.path()).canonicalFilePath());
        const QString path = repo + u'/' + c.file;
        const QByteArray before = readFile(path);
        QVERIFY(!before.isEmpty());
        const QStringList namesBefore = namesIn(QFileInfo(path).absolutePath());

        QVERIFY(disk.fill() > 0);
        QCOMPARE(disk.freeBytes(), qint64(0));
        const CliOutput run = runCliWithFileSizeLimit(c.args);
        verifyNothingWasLost(run, QStringLiteral("no space left on the device"), path, before, namesBefore);
    }

    // SQLite says "database or disk is full" (or "disk I/O error"): the message names the database and the
    // missing space.
    void databaseOnAFullDiskSaysSo()
    {
        SmallFileSystem disk;
        QString why;
        if (!disk.mount(&why))
            QSKIP(qPrintable(why));
        const QString path = disk.path() + QStringLiteral("/activity.sqlite");
        QVERIFY(insertIntoDatabase(path, 100).ok());
        QVERIFY(disk.fill() > 0);
        const Status inserted = insertIntoDatabase(path, 200'000);
        QVERIFY(!inserted.ok());
        QCOMPARE(inserted.error().kind, ts::ErrorKind::Failed);
        QVERIFY2(inserted.error().message.startsWith(path +
                                                     QStringLiteral(": database error: no space left on the "
                                                                    "device for the database (SQLite: ")),
                 qPrintable(inserted.error().message));
    }

    // The same strip with room to spare: the fixture itself is not what fails.
    void stripWithRoomSucceeds()
    {
        SmallFileSystem disk;
        QString why;
        if (!disk.mount(&why))
            QSKIP(qPrintable(why));
        QTemporaryDir root;
        const QString repo = disk.path() + QStringLiteral("/repo");
        QVERIFY(QDir().mkpath(repo));
        const FullDiskCase c = prepareFullDiskCase(QStringLiteral("notebook strip"), repo, root.path());
        const qint64 size = QFileInfo(repo + u'/' + c.file).size();
        QVERIFY2(size > 600'000 && size < 620'000, qPrintable(QString::number(size)));
        const CliOutput run = runCliWithFileSizeLimit(c.args);
        QCOMPARE(run.exitCode, 0);
        const qint64 stripped = QFileInfo(repo + u'/' + c.file).size();
        QVERIFY2(stripped > 1024 && stripped < 16 * 1024, qPrintable(QString::number(stripped)));
        QVERIFY2(run.out.contains(" → " + QByteArray::number(stripped) + " bytes)"), run.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestFullDisk)
#include "tst_fullDisk.moc"
