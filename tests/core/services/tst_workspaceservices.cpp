// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The workspace services on real workspaces: opening (with the shared-folder mount judged against a real
// index), layout apply on an unmounted share, the member services against what the CLI then shows, and the
// activity history.
#include "../index/IndexTestSupport.h"
#include "CliRunner.h"
#include "TestEnv.h"
#include "WorkspaceBuilder.h"

#include "services/ActivityHistory.h"
#include "services/Members.h"
#include "services/WorkspaceOpen.h"
#include "services/WorkspaceSetup.h"

#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace ts;
using namespace ts::test;

namespace {

Member person(const QString& id, std::optional<qint64> quota = std::nullopt)
{
    return Member{id, id.toUpper(), id + QStringLiteral("@example.org"), MemberRole::Member, quota, {}};
}

// Removes everything inside `dir`, keeping the folder: what an unmounted share's mount point looks like.
void emptyFolder(const QString& dir)
{
    const QDir d(dir);
    for (const QFileInfo& e : d.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)) {
        if (e.isDir())
            QVERIFY(QDir(e.filePath()).removeRecursively());
        else
            QVERIFY(QFile::remove(e.filePath()));
    }
}

} // namespace

class TestWorkspaceServices : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateUserFolders(); }

    void openReportsAnUnmountedSharedFolder()
    {
        QTemporaryDir dir;
        const QString repo = dir.filePath(QStringLiteral("repo"));
        const QString share = dir.filePath(QStringLiteral("share"));
        QVERIFY(QDir().mkpath(share));
        Workspace ws = makeWorkspace(repo, share);
        writeFile(share + QStringLiteral("/data/raw/a.csv"), QByteArray(300, 'r'));
        writeFile(share + QStringLiteral("/results/ana/out.npy"), QByteArray(100, 'a'));

        // Not scanned yet: nothing to compare with, the folder counts as mounted.
        auto first = services::openWorkspace(WorkspaceOpenOptions{repo, {}, {}, {}});
        QVERIFY2(first, first ? "" : qPrintable(first.error().message));
        QCOMPARE(first->workspace.rootDir, QFileInfo(share).canonicalFilePath());
        QCOMPARE(first->workspace.me, QStringLiteral("ana")); // remembered by init
        QVERIFY(first->sharedFolderLooksMounted);

        scanOrFail(ws.rootDir, ws.repoDir, ws.databasePath, true, ws.manifest);
        auto scanned = services::openWorkspace(WorkspaceOpenOptions{repo, {}, {}, {}});
        QVERIFY(scanned);
        QVERIFY(scanned->sharedFolderChecked);
        QVERIFY(scanned->sharedFolderLooksMounted);
        QVERIFY(scanned->sharedFolderProblem.isEmpty());

        emptyFolder(share);
        auto unmounted = services::openWorkspace(WorkspaceOpenOptions{repo, {}, {}, {}});
        QVERIFY2(unmounted, unmounted ? "" : qPrintable(unmounted.error().message)); // reported, not refused
        QVERIFY(unmounted->sharedFolderChecked);
        QVERIFY(!unmounted->sharedFolderLooksMounted);
        QVERIFY2(unmounted->sharedFolderProblem.contains(ws.rootDir),
                 qPrintable(unmounted->sharedFolderProblem));
        // The caller that did not ask gets no verdict (and no index is opened for it).
        auto unchecked = services::openWorkspace(WorkspaceOpenOptions{repo, {}, {}, {}}, false);
        QVERIFY(unchecked);
        QVERIFY(!unchecked->sharedFolderChecked);
        QVERIFY(unchecked->sharedFolderLooksMounted);

        // layout apply refuses to build the layout under the empty mount point, unless told it was emptied.
        auto refused = services::applyLayout(unmounted->workspace);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::BadInput);
        QVERIFY(QDir(share).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
        auto accepted = services::applyLayout(unmounted->workspace, true);
        QVERIFY2(accepted, accepted ? "" : qPrintable(accepted.error().message));
        QVERIFY(!accepted->created.isEmpty());
        QVERIFY(QFileInfo(share + QStringLiteral("/data/raw")).isDir());
        auto layout = services::checkLayout(unmounted->workspace);
        QVERIFY(layout);
        QVERIFY(!layout->hasDrift());
    }

    void memberServicesMirrorTheCli()
    {
        QTemporaryDir dir;
        Workspace ws = makeWorkspace(dir.filePath(QStringLiteral("repo")));
        auto added = services::addMember(ws, person(QStringLiteral("frank"), 12'000'000'000));
        QVERIFY2(added, added ? "" : qPrintable(added.error().message));
        QVERIFY(QFileInfo(ws.rootDir + QStringLiteral("/results/frank")).isDir());
        QVERIFY(!added->createdFolders.isEmpty());
        QVERIFY(!services::addMember(ws, person(QStringLiteral("frank"))));

        // Only the name changes: the quota keeps its exact bytes.
        services::MemberChanges rename;
        rename.name = QStringLiteral("Frank Zappa");
        auto renamed = services::updateMember(ws, QStringLiteral("frank"), rename);
        QVERIFY2(renamed, renamed ? "" : qPrintable(renamed.error().message));
        QCOMPARE(renamed->member.quotaBytes, std::optional<qint64>(12'000'000'000));
        auto missing = services::updateMember(ws, QStringLiteral("zoe"), rename);
        QVERIFY(!missing);
        QCOMPARE(missing.error().message,
                 QStringLiteral("member zoe does not exist (see `teamspace-cli member list`)"));
        services::MemberChanges noQuota;
        noQuota.quotaBytes = std::optional<qint64>();
        auto unlimited = services::updateMember(ws, QStringLiteral("frank"), noQuota);
        QVERIFY(unlimited);
        QVERIFY(!unlimited->member.quotaBytes);
        QCOMPARE(unlimited->member.name, QStringLiteral("Frank Zappa"));

        // What the services wrote is what the CLI reads.
        CliOutput listed = runCli({QStringLiteral("-w"), ws.repoDir, QStringLiteral("--json"),
                                   QStringLiteral("member"), QStringLiteral("list")});
        QCOMPARE(listed.exitCode, 0);
        const services::MemberListReport team = services::listMembers(ws);
        QCOMPARE(team.me, QStringLiteral("ana"));
        const QJsonArray cliMembers = listed.json().value(QStringLiteral("members")).toArray();
        QCOMPARE(cliMembers.size(), team.members.size());
        for (int i = 0; i < team.members.size(); ++i) {
            QCOMPARE(cliMembers.at(i)[QStringLiteral("id")].toString(), team.members.at(i).id);
            QCOMPARE(cliMembers.at(i)[QStringLiteral("name")].toString(), team.members.at(i).name);
        }

        // A refused removal (the only lead) leaves teamspace.json byte-identical.
        const QByteArray before = readFile(ws.repoDir + QStringLiteral("/teamspace.json"));
        auto lastLead = services::removeMember(ws, QStringLiteral("ana"));
        QVERIFY(!lastLead);
        QCOMPARE(lastLead.error().kind, ErrorKind::Usage);
        QCOMPARE(readFile(ws.repoDir + QStringLiteral("/teamspace.json")), before);
        auto removed = services::removeMember(ws, QStringLiteral("frank"));
        QVERIFY2(removed, removed ? "" : qPrintable(removed.error().message));
        QVERIFY(!removed->keptFolders.isEmpty());
        QVERIFY(QFileInfo(ws.rootDir + QStringLiteral("/results/frank")).isDir()); // their folders stay

        CliOutput after = runCli({QStringLiteral("-w"), ws.repoDir, QStringLiteral("--json"),
                                  QStringLiteral("member"), QStringLiteral("list")});
        QCOMPARE(after.json().value(QStringLiteral("members")).toArray().size(), 1);
    }

    void activityListsNewestFirstWithinLimitAndSince()
    {
        QTemporaryDir dir;
        Workspace ws = makeWorkspace(dir.filePath(QStringLiteral("repo")));
        const QDateTime cut = QDateTime::currentDateTimeUtc();
        QTest::qWait(5); // entries carry milliseconds
        QVERIFY(services::addMember(ws, person(QStringLiteral("gina"))));
        QVERIFY(services::addMember(ws, person(QStringLiteral("hugo"))));

        auto all = services::listActivity(ws, {}, 1000);
        QVERIFY(all);
        auto recent = services::listActivity(ws, cut, 1000);
        QVERIFY(recent);
        QVERIFY(recent->entries.size() < all->entries.size()); // init's entries are older than `cut`
        QStringList memberAdds;
        for (const services::ActivityRow& row : recent->entries)
            if (row.entry.action == QStringLiteral("member.add"))
                memberAdds << row.entry.path + row.entry.detail;
        QCOMPARE(memberAdds.size(), 2);
        QVERIFY2(memberAdds.first().contains(QStringLiteral("hugo")), qPrintable(memberAdds.first()));
        auto one = services::listActivity(ws, {}, 1);
        QVERIFY(one);
        QCOMPARE(one->entries.size(), 1);
        QCOMPARE(one->entries.first().at, ActivityLog::formatTime(one->entries.first().entry.at));
        QCOMPARE(one->entries.first().entry.actor, QStringLiteral("ana"));
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceServices)
#include "tst_workspaceservices.moc"
