// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Layout templates, apply (creates what is missing, idempotent, never deletes) and drift detection.
#include "workspace/LayoutPlanner.h"
#include "workspace/LayoutTemplate.h"

#include "TestEnv.h"
#include "WorkspaceBuilder.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ts;

class TestLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolateUserFolders(); }
    void colabTeamTemplate();
    void ccdsTemplate();
    void unknownTemplateIsUsageError();
    void applyCreatesMissingAndIsIdempotent();
    void applyNeverDeletesAndReportsFilesInTheWay();
    void checkReportsDrift();
    void sameFolderAccountsForRepositoryFiles();
    void symlinkEscapeRefusedAndNothingCreated();
};

namespace {

QStringList describe(const QList<LayoutFolder>& folders)
{
    QStringList result;
    for (const LayoutFolder& f : folders)
        result << QStringLiteral("%1 %2 %3%4")
                      .arg(toString(f.location), f.path, toString(f.role),
                           f.perMember ? QStringLiteral(" per-member") : QString());
    return result;
}

QStringList paths(const QList<ExpectedFolder>& folders)
{
    QStringList result;
    for (const ExpectedFolder& f : folders)
        result << toString(f.location) + u':' + f.path;
    return result;
}

} // namespace

void TestLayout::colabTeamTemplate()
{
    auto folders = LayoutTemplate::folders(QStringLiteral("colab-team"));
    QVERIFY(folders.ok());
    QCOMPARE(describe(*folders), (QStringList{
                                     "root data/raw raw",
                                     "root data/processed processed",
                                     "root results results per-member",
                                     "root checkpoints checkpoints per-member",
                                     "root models models",
                                     "repository notebooks notebooks per-member",
                                 }));
}

void TestLayout::ccdsTemplate()
{
    auto folders = LayoutTemplate::folders(QStringLiteral("ccds"));
    QVERIFY(folders.ok());
    QCOMPARE(describe(*folders), (QStringList{
                                     "root data/raw raw",
                                     "root data/interim processed",
                                     "root data/processed processed",
                                     "root data/external raw",
                                     "root models models",
                                     "root reports shared",
                                     "root results results per-member",
                                     "repository notebooks notebooks",
                                 }));
    QTemporaryDir repo, root;
    const Workspace ws =
        test::makeWorkspace(repo.path(), root.path(), QStringLiteral("ccds"), {QStringLiteral("bo")});
    for (const char* dir : {"data/raw", "data/interim", "data/processed", "data/external", "models",
                            "reports", "results/ana", "results/bo"})
        QVERIFY2(QFileInfo(root.filePath(QLatin1String(dir))).isDir(), dir);
    QVERIFY(QFileInfo(repo.filePath(QStringLiteral("notebooks"))).isDir());
    QVERIFY(!QFileInfo::exists(repo.filePath(QStringLiteral("notebooks/ana")))); // flat, CCDS style
    auto status = LayoutPlanner(ws).inspect();
    QVERIFY(status.ok());
    QVERIFY(!status->hasDrift());
}

void TestLayout::unknownTemplateIsUsageError()
{
    auto folders = LayoutTemplate::folders(QStringLiteral("kaggle"));
    QVERIFY(!folders.ok());
    QVERIFY(folders.error().kind == ErrorKind::Usage);
    QCOMPARE(folders.error().message,
             QStringLiteral("template \"kaggle\" is not known (use colab-team or ccds)"));
}

void TestLayout::applyCreatesMissingAndIsIdempotent()
{
    QTemporaryDir repo, root;
    Workspace ws =
        test::makeWorkspace(repo.path(), root.path(), QStringLiteral("colab-team"), {QStringLiteral("bo")});
    // Remove two folders and put a file into another: apply recreates only the missing ones.
    QVERIFY(QDir(root.filePath(QStringLiteral("results/bo"))).removeRecursively());
    QVERIFY(QDir(root.filePath(QStringLiteral("models"))).removeRecursively());
    test::writeFile(root.filePath(QStringLiteral("data/raw/a.csv")), "x\n");
    auto first = LayoutPlanner(ws).apply();
    QVERIFY(first.ok());
    QCOMPARE(paths(first->created), (QStringList{"root:results/bo", "root:models"}));
    QCOMPARE(first->alreadyPresent, LayoutPlanner(ws).expectedFolders().size() - 2);
    QCOMPARE(test::readFile(root.filePath(QStringLiteral("data/raw/a.csv"))), QByteArray("x\n"));

    const auto rootBefore = test::snapshotTree(root.path());
    const auto repoBefore = test::snapshotTree(repo.path());
    auto second = LayoutPlanner(ws).apply();
    QVERIFY(second.ok());
    QVERIFY(!second->changedAnything());
    QVERIFY(second->blocked.isEmpty());
    QCOMPARE(test::snapshotTree(root.path()), rootBefore);
    QCOMPARE(test::snapshotTree(repo.path()), repoBefore);
}

void TestLayout::applyNeverDeletesAndReportsFilesInTheWay()
{
    QTemporaryDir repo, root;
    Workspace ws = test::makeWorkspace(repo.path(), root.path());
    QVERIFY(QDir(root.filePath(QStringLiteral("checkpoints"))).removeRecursively());
    test::writeFile(root.filePath(QStringLiteral("checkpoints")), "not a folder");
    QVERIFY(QDir(root.filePath(QStringLiteral("models"))).removeRecursively());
    auto report = LayoutPlanner(ws).apply();
    QVERIFY(report.ok());
    QCOMPARE(paths(report->created), QStringList{"root:models"});
    QCOMPARE(paths(report->blocked), (QStringList{"root:checkpoints", "root:checkpoints/ana"}));
    QCOMPARE(report->blocked.last().blocker, QStringLiteral("checkpoints"));
    QCOMPARE(test::readFile(root.filePath(QStringLiteral("checkpoints"))), QByteArray("not a folder"));
}

void TestLayout::checkReportsDrift()
{
    QTemporaryDir repo, root;
    Workspace ws =
        test::makeWorkspace(repo.path(), root.path(), QStringLiteral("colab-team"), {QStringLiteral("bo")});
    auto clean = LayoutPlanner(ws).inspect();
    QVERIFY(clean.ok());
    QVERIFY(!clean->hasDrift());
    QCOMPARE(clean->folders.size(), 12); // 6 folders + 3 per-member folders x 2 members

    QVERIFY(QDir(repo.filePath(QStringLiteral("notebooks/bo"))).removeRecursively());
    QVERIFY(QDir(root.filePath(QStringLiteral("data/processed"))).removeRecursively());
    test::writeFile(root.filePath(QStringLiteral("data/processed")), "oops");
    test::writeFile(root.filePath(QStringLiteral("final_v2 (copy).csv")), "1");
    QVERIFY(QDir(root.path()).mkdir(QStringLiteral("old stuff")));
    test::writeFile(root.filePath(QStringLiteral(".hidden-sync-state")), "ignored");
    auto drift = LayoutPlanner(ws).inspect();
    QVERIFY(drift.ok());
    QVERIFY(drift->hasDrift());
    QCOMPARE(paths(drift->withState(FolderState::Missing)), QStringList{"repository:notebooks/bo"});
    QCOMPARE(paths(drift->withState(FolderState::NotAFolder)), QStringList{"root:data/processed"});
    QCOMPARE(drift->unexpected, (QStringList{"final_v2 (copy).csv", "old stuff"}));
    const ExpectedFolder missing = drift->withState(FolderState::Missing).first();
    QCOMPARE(missing.member, QStringLiteral("bo"));
    QVERIFY(missing.role == FolderRole::Notebooks);
}

void TestLayout::sameFolderAccountsForRepositoryFiles()
{
    QTemporaryDir repo;
    Workspace ws = test::makeWorkspace(repo.path());
    QVERIFY(ws.sameFolder());
    auto status = LayoutPlanner(ws).inspect();
    QVERIFY(status.ok());
    // teamspace.json, .git, .gitignore and notebooks/ live next to the data folders without being drift.
    QVERIFY2(!status->hasDrift(), qPrintable(status->unexpected.join(u',')));
    test::writeFile(repo.filePath(QStringLiteral("scratch.py")), "print(1)\n");
    auto after = LayoutPlanner(ws).inspect();
    QCOMPARE(after->unexpected, QStringList{"scratch.py"});
}

void TestLayout::symlinkEscapeRefusedAndNothingCreated()
{
    QTemporaryDir repo, root, outside;
    Workspace ws = test::makeWorkspace(repo.path(), root.path());
    QVERIFY(QDir(root.filePath(QStringLiteral("results"))).removeRecursively());
    QVERIFY(QDir(root.filePath(QStringLiteral("models"))).removeRecursively());
    QVERIFY(QFile::link(outside.path(), root.filePath(QStringLiteral("results"))));
    const auto rootBefore = test::snapshotTree(root.path());
    const auto outsideBefore = test::snapshotTree(outside.path());
    auto applied = LayoutPlanner(ws).apply();
    QVERIFY(!applied.ok());
    QVERIFY(applied.error().kind == ErrorKind::BadInput);
    QVERIFY2(applied.error().message.contains(QStringLiteral("leads through a symlink out of the workspace")),
             qPrintable(applied.error().message));
    QCOMPARE(test::snapshotTree(root.path()), rootBefore); // models was not created either
    QCOMPARE(test::snapshotTree(outside.path()), outsideBefore);
    QVERIFY(!LayoutPlanner(ws).inspect().ok());
}

QTEST_GUILESS_MAIN(TestLayout)
#include "tst_layout.moc"
