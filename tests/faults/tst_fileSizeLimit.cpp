// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The full-disk cases of issue 12 without root: the CLI runs under RLIMIT_FSIZE (ulimit -f), so every write
// past the limit fails with EFBIG (the CLI ignores SIGXFSZ). The command must exit 4 saying the file is too
// large, keep the file byte for byte and leave no temporary file. Before the fix QSaveFile buffered the small
// output, its failed flush went unreported, and the rename replaced the file with a truncated one.
#include "FullDiskCases.h"
#include "TestEnv.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace ts::test;

namespace {

// Below every rewritten file here (the smallest, the manifest, is over 1 KB), above nothing the command needs
// to write first.
constexpr qint64 kLimit = 512;

} // namespace

class TestFileSizeLimit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateUserFolders(); }

    void commandPastTheLimitKeepsTheFile_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString& name : fullDiskCaseNames())
            QTest::newRow(qPrintable(name)) << name;
    }
    void commandPastTheLimitKeepsTheFile()
    {
        QFETCH(QString, name);
        QTemporaryDir repoDir, rootDir;
        const QString repo = QFileInfo(repoDir.path()).canonicalFilePath() + QStringLiteral("/repo");
        const QString root = QFileInfo(rootDir.path()).canonicalFilePath();
        QVERIFY(QDir().mkpath(repo));
        const FullDiskCase c = prepareFullDiskCase(name, repo, root);
        const QString path = repo + u'/' + c.file;
        const QByteArray before = readFile(path);
        QVERIFY2(before.size() > 2 * kLimit, qPrintable(QString::number(before.size())));
        const QStringList namesBefore = namesIn(QFileInfo(path).absolutePath());

        const CliOutput run = runCliWithFileSizeLimit(c.args, kLimit);
        verifyNothingWasLost(run, QStringLiteral("file too large"), path, before, namesBefore);
    }

    // SQLite calls a write past the limit "disk I/O error": the message names the database and the limit.
    void databasePastTheLimitSaysSo()
    {
        QTemporaryDir dir;
        const QString path = QFileInfo(dir.path()).canonicalFilePath() + QStringLiteral("/activity.sqlite");
        QVERIFY(insertIntoDatabase(path, 100).ok());
        const QString message = insertIntoDatabaseWithFileSizeLimit(path, 200'000, 64 * 1024);
        QVERIFY2(
            message.startsWith(path + QStringLiteral(": database error: the database file is too large for "
                                                     "this file system or process limit (SQLite: ")),
            qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestFileSizeLimit)
#include "tst_fileSizeLimit.moc"
