// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// services::syncStatus on a real team (tests/support GitTeam: clones of one bare remote): the pending changes
// in each group agree with what the sync then does, ahead/behind before and after a fetch, the last sync from
// the activity log, and nothing written (the whole clone, .git included, byte for byte).
#include "services/SyncService.h"
#include "services/SyncStatus.h"

#include "GitTeam.h"
#include "TestEnv.h"

#include "sync/SyncEngine.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace ts;
using namespace ts::test;
using services::PendingChange;

namespace {

template <typename T> QString message(const Result<T>& result)
{
    return result ? QString() : result.error().message;
}

QStringList pathsIn(const services::SyncStatus& status, PendingChange::Group group)
{
    QStringList paths;
    for (const PendingChange& change : status.pending) {
        if (change.group == group)
            paths << change.path;
    }
    return paths;
}

QString reasonOf(const services::SyncStatus& status, const QString& path)
{
    for (const PendingChange& change : status.pending) {
        if (change.path == path)
            return change.reason;
    }
    return QStringLiteral("(not pending)");
}

} // namespace

class TestSyncStatus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { isolateUserFolders(); }
    void groupsAgreeWithTheSyncAndNothingIsWritten();
    void aLeadPublishesTheManifest();
    void aheadAndBehindBeforeAndAfterFetch();
    void lastSyncComesFromTheActivityLog();
    void cancelledFetchIsCancelled();
    void unreachableRemoteIsReportedNotFatal();
    void groupWords();
};

void TestSyncStatus::groupsAgreeWithTheSyncAndNothingIsWritten()
{
    GitTeam team;
    QVERIFY2(team.ok(), qPrintable(team.error()));
    const QString bob = QStringLiteral("bob");
    const QString mine = QStringLiteral("notebooks/bob/intro.ipynb");
    const QString outputsOnly = QStringLiteral("notebooks/shared/analysis.ipynb");  // assigned to bob
    team.write(bob, outputsOnly, makeNotebook(QStringLiteral("shared = 1"), 5000)); // other outputs only
    const QString adas = QStringLiteral("notebooks/ada/intro.ipynb");
    const QString manifest = QStringLiteral("teamspace.json");
    const QString dvc = QStringLiteral("data/model.dvc");
    const QString newNotebook = QStringLiteral("notebooks/bob/new.ipynb");
    team.write(bob, mine, makeNotebook(QStringLiteral("print('mine')"), 2048));
    team.write(bob, adas, makeNotebook(QStringLiteral("print('bob was here')")));
    team.write(bob, manifest, team.read(bob, manifest).replace("\"bob\"", "\"bob\" "));
    team.write(bob, dvc, "outs:\n- md5: 0\n  path: model.bin\n");
    team.write(bob, newNotebook, makeNotebook(QStringLiteral("new"), 10));
    const Workspace ws = team.workspace(bob);
    const QMap<QString, QByteArray> before = snapshotTree(ws.repoDir);
    const QString statusBefore =
        team.git(ws.repoDir, {QStringLiteral("status"), QStringLiteral("--porcelain")});

    auto status = services::syncStatus(ws, services::SyncStatusOptions(), services::Call());
    QVERIFY2(status.ok(), qPrintable(message(status)));
    QCOMPARE(status->branch, QStringLiteral("main"));
    QCOMPARE(status->remoteName, QStringLiteral("origin"));
    QCOMPARE(status->remoteUrl, team.remote());
    QCOMPARE(status->ahead, 0);
    QCOMPARE(status->behind, 0);
    QVERIFY(!status->fetched);
    QVERIFY(!status->isLead);
    QCOMPARE(pathsIn(*status, PendingChange::Group::Mine), (QStringList{mine, newNotebook, outputsOnly}));
    QVERIFY2(reasonOf(*status, outputsOnly).contains(QStringLiteral("nothing to commit")),
             qPrintable(reasonOf(*status, outputsOnly)));
    QCOMPARE(pathsIn(*status, PendingChange::Group::LeadOnly), QStringList{manifest});
    QCOMPARE(pathsIn(*status, PendingChange::Group::Others), QStringList{adas});
    QCOMPARE(pathsIn(*status, PendingChange::Group::Refused), QStringList{dvc});
    QCOMPARE(reasonOf(*status, mine), QStringLiteral("stripped of outputs and committed"));
    QVERIFY2(reasonOf(*status, adas)
                 .startsWith(adas + QStringLiteral(" belongs to ada: your edit is kept as "
                                                   "notebooks/bob/set-aside/intro.")),
             qPrintable(reasonOf(*status, adas)));
    QVERIFY2(reasonOf(*status, manifest).startsWith(QStringLiteral("only a lead may change teamspace.json")),
             qPrintable(reasonOf(*status, manifest)));
    QVERIFY2(reasonOf(*status, dvc).contains(QStringLiteral("DVC pointer")),
             qPrintable(reasonOf(*status, dvc)));
    // Nothing written: files, index, HEAD, refs, no journal, no activity database.
    QCOMPARE(snapshotTree(ws.repoDir), before);
    QCOMPARE(team.git(ws.repoDir, {QStringLiteral("status"), QStringLiteral("--porcelain")}), statusBefore);
    QVERIFY(!QFile::exists(team.journal(bob)));
    QVERIFY(!QFile::exists(sync::journalPathFor(ws.databasePath)));
    QVERIFY(!QFile::exists(ws.databasePath));

    // The sync does what the status said.
    const QStringList wouldCommit = status->plan.committed;
    auto run = services::sync(ws, services::SyncOptions(), services::Call());
    QVERIFY2(run.ok(), qPrintable(message(run)));
    // The same files (set-aside copies are named by the second the sync ran: compared by folder).
    const auto withoutCopies = [](QStringList paths) {
        const qsizetype copies =
            paths.removeIf([](const QString& p) { return p.contains(QLatin1String("/set-aside/")); });
        return std::make_pair(paths, copies);
    };
    QCOMPARE(withoutCopies(run->report.committed), withoutCopies(wouldCommit));
    QCOMPARE(withoutCopies(wouldCommit).second, 2);
    QVERIFY(run->report.committed.contains(mine) && run->report.committed.contains(newNotebook));
    QVERIFY(!run->report.committed.contains(outputsOnly));
    QStringList setAside;
    for (const sync::SetAside& entry : run->report.setAside)
        setAside << entry.path;
    QCOMPARE(setAside, (QStringList{adas, manifest}));
    QCOMPARE(status->plan.setAside.size(), 2);
    QCOMPARE(run->report.refused.size(), 1);
    QCOMPARE(run->report.refused.first().path, dvc);

    // Afterwards only the refused file is pending (and bob's shared notebook, rewritten stripped, is clean).
    auto after = services::syncStatus(ws, services::SyncStatusOptions(), services::Call());
    QVERIFY2(after.ok(), qPrintable(message(after)));
    QCOMPARE(pathsIn(*after, PendingChange::Group::Refused), QStringList{dvc});
    QCOMPARE(after->pending.size(), 1);
    QCOMPARE(after->ahead, 0);
    QCOMPARE(after->behind, 0);
}

void TestSyncStatus::aLeadPublishesTheManifest()
{
    GitTeam team;
    QVERIFY2(team.ok(), qPrintable(team.error()));
    const QString ada = QStringLiteral("ada");
    const QString manifest = QStringLiteral("teamspace.json");
    const QString outputsOnly = QStringLiteral("notebooks/ada/intro.ipynb");
    team.write(ada, manifest, team.read(ada, manifest).replace("\"bob\"", "\"bob\" "));
    // ada's notebook with another output only: stripped, it is what is committed.
    const QByteArray withOutput = makeNotebook(QStringLiteral("print('ada')"), 3000);
    team.write(ada, outputsOnly, withOutput);
    const Workspace ws = team.workspace(ada);
    auto status = services::syncStatus(ws, services::SyncStatusOptions(), services::Call());
    QVERIFY2(status.ok(), qPrintable(message(status)));
    QVERIFY(status->isLead);
    QCOMPARE(pathsIn(*status, PendingChange::Group::LeadOnly), QStringList{manifest});
    QCOMPARE(reasonOf(*status, manifest), QStringLiteral("you lead: committed and published to everyone"));
    QCOMPARE(pathsIn(*status, PendingChange::Group::Mine), QStringList{outputsOnly});
    QVERIFY2(reasonOf(*status, outputsOnly).contains(QStringLiteral("nothing to commit")),
             qPrintable(reasonOf(*status, outputsOnly)));
    QCOMPARE(status->plan.committed, QStringList{manifest});
    QCOMPARE(team.read(ada, outputsOnly), withOutput); // not rewritten stripped by a status
}

void TestSyncStatus::aheadAndBehindBeforeAndAfterFetch()
{
    GitTeam team;
    QVERIFY2(team.ok(), qPrintable(team.error()));
    // ada publishes twice; bob commits once locally with plain git.
    for (int i = 0; i < 2; ++i) {
        team.write(QStringLiteral("ada"), QStringLiteral("notebooks/ada/intro.ipynb"),
                   makeNotebook(QStringLiteral("ada %1").arg(i)));
        auto synced = team.sync(QStringLiteral("ada"));
        QVERIFY2(synced.ok(), qPrintable(syncMessage(synced)));
    }
    const QString bobClone = team.clone(QStringLiteral("bob"));
    team.write(QStringLiteral("bob"), QStringLiteral("notes.txt"), "bob's notes\n");
    QCOMPARE(runGitAs(bobClone, QStringLiteral("bob"), {QStringLiteral("add"), QStringLiteral("notes.txt")}),
             0);
    QCOMPARE(runGitAs(bobClone, QStringLiteral("bob"),
                      {QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("notes")}),
             0);
    const Workspace ws = team.workspace(QStringLiteral("bob"));
    const QString headBefore = team.git(bobClone, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")});

    auto local = services::syncStatus(ws, services::SyncStatusOptions(), services::Call());
    QVERIFY2(local.ok(), qPrintable(message(local)));
    QCOMPARE(local->ahead, 1);
    QCOMPARE(local->behind, 0); // not fetched yet: the tracking ref is where the clone left it
    QVERIFY(local->pending.isEmpty());

    services::SyncStatusOptions fetch;
    fetch.fetch = true;
    auto fetched = services::syncStatus(ws, fetch, services::Call());
    QVERIFY2(fetched.ok(), qPrintable(message(fetched)));
    QVERIFY(fetched->fetched);
    QVERIFY(fetched->fetchError.isEmpty());
    QCOMPARE(fetched->ahead, 1);
    QCOMPARE(fetched->behind, 2);
    // git agrees.
    QCOMPARE(team.git(bobClone, {QStringLiteral("rev-list"), QStringLiteral("--left-right"),
                                 QStringLiteral("--count"), QStringLiteral("HEAD...origin/main")}),
             QStringLiteral("1\t2"));
    // A fetch moves only the remote-tracking ref.
    QCOMPARE(team.git(bobClone, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}), headBefore);
    QCOMPARE(team.git(bobClone, {QStringLiteral("status"), QStringLiteral("--porcelain")}), QString());
}

void TestSyncStatus::lastSyncComesFromTheActivityLog()
{
    GitTeam team;
    QVERIFY2(team.ok(), qPrintable(team.error()));
    const Workspace ws = team.workspace(QStringLiteral("bob"));
    auto never = services::syncStatus(ws, services::SyncStatusOptions(), services::Call());
    QVERIFY2(never.ok(), qPrintable(message(never)));
    QVERIFY(!never->lastSync.isValid());
    QVERIFY(never->lastSyncResult.isEmpty());

    team.write(QStringLiteral("bob"), QStringLiteral("notebooks/bob/intro.ipynb"),
               makeNotebook(QStringLiteral("b")));
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-1);
    auto run = services::sync(ws, services::SyncOptions(), services::Call());
    QVERIFY2(run.ok(), qPrintable(message(run)));
    auto status = services::syncStatus(ws, services::SyncStatusOptions(), services::Call());
    QVERIFY2(status.ok(), qPrintable(message(status)));
    QVERIFY(status->lastSync.isValid());
    QVERIFY(status->lastSync >= start && status->lastSync <= QDateTime::currentDateTimeUtc());
    QCOMPARE(status->lastSyncResult, QStringLiteral("pushed ") + run->report.remoteHead.left(7));

    // A failed sync (the remote gone) is the last result then.
    QVERIFY(QDir(team.remote()).rename(team.remote(), team.remote() + QStringLiteral(".moved")));
    team.write(QStringLiteral("bob"), QStringLiteral("notebooks/bob/intro.ipynb"),
               makeNotebook(QStringLiteral("c")));
    auto failed = services::sync(ws, services::SyncOptions(), services::Call());
    QVERIFY(!failed.ok());
    auto afterFailure = services::syncStatus(ws, services::SyncStatusOptions(), services::Call());
    QVERIFY2(afterFailure.ok(), qPrintable(message(afterFailure)));
    QVERIFY2(afterFailure->lastSyncResult.startsWith(QStringLiteral("failed: ")),
             qPrintable(afterFailure->lastSyncResult));
    // The local commit stays: one ahead of the remote-tracking ref.
    QCOMPARE(afterFailure->ahead, 1);
}

void TestSyncStatus::cancelledFetchIsCancelled()
{
    GitTeam team;
    QVERIFY2(team.ok(), qPrintable(team.error()));
    services::Call call;
    call.cancel->cancel();
    services::SyncStatusOptions fetch;
    fetch.fetch = true;
    auto status = services::syncStatus(team.workspace(QStringLiteral("bob")), fetch, call);
    QVERIFY(!status.ok());
    QCOMPARE(status.error().kind, ErrorKind::Cancelled);
}

void TestSyncStatus::unreachableRemoteIsReportedNotFatal()
{
    GitTeam team;
    QVERIFY2(team.ok(), qPrintable(team.error()));
    team.write(QStringLiteral("bob"), QStringLiteral("notebooks/bob/intro.ipynb"),
               makeNotebook(QStringLiteral("x")));
    QVERIFY(QDir(team.remote()).rename(team.remote(), team.remote() + QStringLiteral(".gone")));
    services::SyncStatusOptions fetch;
    fetch.fetch = true;
    auto status = services::syncStatus(team.workspace(QStringLiteral("bob")), fetch, services::Call());
    QVERIFY2(status.ok(), qPrintable(message(status)));
    QVERIFY(!status->fetched);
    QVERIFY2(status->fetchError.contains(team.remote() + QStringLiteral(" does not exist")),
             qPrintable(status->fetchError));
    QVERIFY(!status->fetchAuthFailed);
    QCOMPARE(status->ahead, 0);
    QCOMPARE(pathsIn(*status, PendingChange::Group::Mine),
             QStringList{QStringLiteral("notebooks/bob/intro.ipynb")});
}

void TestSyncStatus::groupWords()
{
    QCOMPARE(services::pendingGroupKey(PendingChange::Group::Mine), QStringLiteral("mine"));
    QCOMPARE(services::pendingGroupKey(PendingChange::Group::LeadOnly), QStringLiteral("leadOnly"));
    QCOMPARE(services::pendingGroupKey(PendingChange::Group::Others), QStringLiteral("others"));
    QCOMPARE(services::pendingGroupKey(PendingChange::Group::Refused), QStringLiteral("refused"));
    QCOMPARE(services::pendingGroupTitle(PendingChange::Group::Others),
             QStringLiteral("Others' notebooks I changed (set aside)"));
    QVERIFY(services::isAuthenticationFailure(
        QStringLiteral("fetch from \"origin\" (http://h/x.git): authentication failed for http://h/x.git")));
    QVERIFY(!services::isAuthenticationFailure(QStringLiteral("failed to resolve address")));
}

QTEST_GUILESS_MAIN(TestSyncStatus)
#include "tst_syncstatus.moc"
