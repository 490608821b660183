// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "util/SafePath.h"

#include "TestEnv.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ts;

class TestSafePath : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void normalises_data();
    void normalises();
    void refusesHostile_data();
    void refusesHostile();
    void symlinkLeavingRootIsRefused();
    void symlinkInsideRootIsFollowed();
};

void TestSafePath::normalises_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << "data/raw" << "data/raw";
    QTest::newRow("double slash") << "data//raw/" << "data/raw";
    QTest::newRow("dot") << "./data/./raw" << "data/raw";
    QTest::newRow("unicode") << "données/é" << "données/é";
    QTest::newRow("dots in name") << "a/..b/c.." << "a/..b/c..";
}

void TestSafePath::normalises()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    auto result = normaliseRelativePath(input, QStringLiteral("field"));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(*result, expected);
}

void TestSafePath::refusesHostile_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("why");
    QTest::newRow("empty") << "" << "is empty";
    QTest::newRow("dotdot") << "data/../../etc" << "\"..\"";
    QTest::newRow("leading dotdot") << "../x" << "\"..\"";
    QTest::newRow("absolute") << "/etc/passwd" << "is absolute";
    QTest::newRow("drive") << "C:/Windows" << "drive letter";
    QTest::newRow("backslash") << "data\\raw" << "backslash";
    QTest::newRow("nul") << QString::fromUtf8("a\0b", 3) << "control character";
    QTest::newRow("newline") << "a\nb" << "control character";
    QTest::newRow("only dots") << "./." << "root itself";
    QTest::newRow("too long") << QString(5000, u'a') << "4096";
}

void TestSafePath::refusesHostile()
{
    QFETCH(QString, input);
    QFETCH(QString, why);
    auto result = normaliseRelativePath(input, QStringLiteral("layout[0].path"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ErrorKind::BadInput);
    QVERIFY2(result.error().message.startsWith(QStringLiteral("layout[0].path \"")), qPrintable(result.error().message));
    QVERIFY2(result.error().message.contains(why), qPrintable(result.error().message));
    QVERIFY(!isSafeRelativePath(input));
}

void TestSafePath::symlinkLeavingRootIsRefused()
{
    QTemporaryDir root, outside;
    QVERIFY(QFile::link(outside.path(), root.filePath(QStringLiteral("escape"))));
    auto result = resolveInsideRoot(root.path(), QStringLiteral("escape/file.txt"), QStringLiteral("path"));
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(QStringLiteral("symlink out of the workspace")), qPrintable(result.error().message));
}

void TestSafePath::symlinkInsideRootIsFollowed()
{
    QTemporaryDir root;
    QVERIFY(QDir(root.path()).mkpath(QStringLiteral("real/sub")));
    QVERIFY(QFile::link(root.filePath(QStringLiteral("real")), root.filePath(QStringLiteral("alias"))));
    auto result = resolveInsideRoot(root.path(), QStringLiteral("alias/sub/new.txt"), QStringLiteral("path"));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(*result, QFileInfo(root.path()).canonicalFilePath() + QStringLiteral("/real/sub/new.txt"));
}

QTEST_GUILESS_MAIN(TestSafePath)
#include "tst_safepath.moc"
