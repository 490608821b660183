// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// services::sync and its neighbours end to end: a real team (tests/support GitTeam: clones of one bare
// remote), the real stripper, the real activity log; the git command line as the witness.
#include "services/CredentialService.h"
#include "services/ReviewService.h"
#include "services/SyncService.h"

#include "GitTeam.h"
#include "TestEnv.h"

#include "activity/ActivityLog.h"
#include "db/LocalDatabase.h"
#include "sync/SyncEngine.h"
#include "workspace/Manifest.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace ts;
using namespace ts::test;

namespace {

QString message(const Result<services::SyncRun>& run)
{
    return run ? QString() : run.error().message;
}

QStringList activityActions(const Workspace& ws)
{
    auto db = db::openLocalDatabase(ws.databasePath);
    if (!db)
        return {QStringLiteral("cannot open: ") + db.error().message};
    auto entries = ActivityLog::query(*db);
    QStringList actions;
    for (const ActivityEntry& entry : entries ? *entries : QList<ActivityEntry>())
        actions << entry.action;
    return actions;
}

} // namespace

class TestSyncService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolateUserFolders(); }
    void dryRunChangesNothing();
    void realSyncCommitsAndPushes();
    void forgedWorkingCopyManifestIsNotTrusted();
    void cancelBeforeTheJobStartsChangesNothing();
    void remoteNamesResolveToUrls();
    void codeOwnersAreWrittenOnlyWhenAsked();
};

void TestSyncService::dryRunChangesNothing()
{
    GitTeam team;
    QVERIFY2(team.ok(), qPrintable(team.error()));
    const QString path = QStringLiteral("notebooks/bob/intro.ipynb");
    const QByteArray edited = makeNotebook(QStringLiteral("print('dry')"), 4096);
    team.write(QStringLiteral("bob"), path, edited);
    const QString headBefore =
        team.git(team.clone(QStringLiteral("bob")), {QStringLiteral("rev-parse"), QStringLiteral("HEAD")});
    const QString remoteBefore = team.remoteHead();
    const Workspace ws = team.workspace(QStringLiteral("bob"));

    services::SyncOptions options;
    options.dryRun = true;
    auto run = services::sync(ws, options, services::Call());
    QVERIFY2(run.ok(), qPrintable(message(run)));
    QVERIFY(run->dryRun);
    QCOMPARE(run->report.committed, QStringList{path});
    QVERIFY(!run->report.pushed);
    QCOMPARE(team.git(ws.repoDir, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}), headBefore);
    QCOMPARE(team.remoteHead(), remoteBefore);
    QCOMPARE(team.read(QStringLiteral("bob"), path), edited); // not even rewritten stripped
    QCOMPARE(team.git(ws.repoDir, {QStringLiteral("status"), QStringLiteral("--porcelain")}),
             QStringLiteral("M ") + path);
    QVERIFY(!QFile::exists(ws.databasePath)); // a dry run records no activity
}

void TestSyncService::realSyncCommitsAndPushes()
{
    GitTeam team;
    QVERIFY2(team.ok(), qPrintable(team.error()));
    const QString path = QStringLiteral("notebooks/bob/intro.ipynb");
    const QByteArray edited = makeNotebook(QStringLiteral("print('real')"), 4096);
    team.write(QStringLiteral("bob"), path, edited);
    const Workspace ws = team.workspace(QStringLiteral("bob"));
    QList<Progress> progress;
    services::Call call;
    call.progress = [&progress](const Progress& p) { progress.append(p); };

    auto run = services::sync(ws, services::SyncOptions(), call);
    QVERIFY2(run.ok(), qPrintable(message(run)));
    QCOMPARE(run->report.committed, QStringList{path});
    QVERIFY(run->report.pushed);
    QCOMPARE(run->report.remoteHead, team.remoteHead());
    QCOMPARE(team.remoteFile(path), strippedForTeam(edited));
    QCOMPARE(
        team.git(ws.repoDir, {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%ae")}),
        QStringLiteral("bob@example.org"));
    QVERIFY(run->warnings.isEmpty());
    QVERIFY(!progress.isEmpty()); // the push reported through the call's callback
    const QStringList actions = activityActions(ws);
    QVERIFY2(actions.contains(QStringLiteral("sync.commit")) && actions.contains(QStringLiteral("sync.push")),
             qPrintable(actions.join(u' ')));
}

void TestSyncService::forgedWorkingCopyManifestIsNotTrusted()
{
    GitTeam team;
    QVERIFY2(team.ok(), qPrintable(team.error()));
    // bob makes himself lead in his working copy (not committed) and edits ada's notebook.
    Manifest forged = team.manifest();
    for (Member& member : forged.members) {
        if (member.id == QLatin1String("bob"))
            member.role = MemberRole::Lead;
    }
    team.write(QStringLiteral("bob"), QStringLiteral("teamspace.json"), serializeManifest(forged));
    const QString adas = QStringLiteral("notebooks/ada/intro.ipynb");
    const QByteArray adaRemote = team.remoteFile(adas);
    team.write(QStringLiteral("bob"), adas, makeNotebook(QStringLiteral("print('bob was here')")));
    Workspace ws = team.workspace(QStringLiteral("bob"));
    ws.manifest = forged; // what opening the working copy would read

    auto trusted = services::trustedManifest(ws);
    QVERIFY(trusted.ok());
    QVERIFY(trusted->member(QStringLiteral("bob"))->role == MemberRole::Member);

    auto run = services::sync(ws, services::SyncOptions(), services::Call());
    QVERIFY2(run.ok(), qPrintable(message(run)));
    QStringList setAside;
    for (const sync::SetAside& entry : run->report.setAside)
        setAside << entry.path;
    setAside.sort();
    QCOMPARE(setAside, (QStringList{adas, QStringLiteral("teamspace.json")}));
    QCOMPARE(team.remoteFile(adas), adaRemote);
    auto remoteManifest = parseManifest(team.remoteFile(QStringLiteral("teamspace.json")));
    QVERIFY(remoteManifest.ok());
    QVERIFY(remoteManifest->member(QStringLiteral("bob"))->role == MemberRole::Member);
}

void TestSyncService::cancelBeforeTheJobStartsChangesNothing()
{
    GitTeam team;
    QVERIFY2(team.ok(), qPrintable(team.error()));
    const QString path = QStringLiteral("notebooks/bob/intro.ipynb");
    const QByteArray edited = makeNotebook(QStringLiteral("print('cancelled')"), 4096);
    team.write(QStringLiteral("bob"), path, edited);
    const Workspace ws = team.workspace(QStringLiteral("bob"));
    const QString headBefore = team.git(ws.repoDir, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")});
    const QString remoteBefore = team.remoteHead();

    services::Call call;
    call.cancel->cancel();
    auto run = services::sync(ws, services::SyncOptions(), call);
    QVERIFY(!run.ok());
    QCOMPARE(run.error().kind, ErrorKind::Cancelled);
    QCOMPARE(team.git(ws.repoDir, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}), headBefore);
    QCOMPARE(team.remoteHead(), remoteBefore);
    QCOMPARE(team.read(QStringLiteral("bob"), path), edited);
    QVERIFY(!QFile::exists(sync::journalPathFor(ws.databasePath)));
    QVERIFY(!QFile::exists(ws.databasePath));
}

void TestSyncService::remoteNamesResolveToUrls()
{
    GitTeam team;
    QVERIFY2(team.ok(), qPrintable(team.error()));
    const QString repo = team.clone(QStringLiteral("bob"));
    QCOMPARE(services::resolveRemoteUrl(repo, QStringLiteral("origin")).value(), team.remote());
    const QString url = QStringLiteral("https://git.example.org/team.git");
    QCOMPARE(services::resolveRemoteUrl(repo, url).value(), url);
    auto missing = services::resolveRemoteUrl(repo, QStringLiteral("upstream"));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, ErrorKind::Usage);
    QVERIFY(missing.error().message.contains(QStringLiteral("no such remote in ") + repo));
}

void TestSyncService::codeOwnersAreWrittenOnlyWhenAsked()
{
    GitTeam team;
    QVERIFY2(team.ok(), qPrintable(team.error()));
    const Workspace ws = team.workspace(QStringLiteral("ada"));
    const QString file = ws.repoDir + QStringLiteral("/CODEOWNERS");
    auto printed = services::codeOwners(ws, false);
    QVERIFY(printed.ok());
    QVERIFY(!printed->written);
    QVERIFY(!QFile::exists(file));
    auto written = services::codeOwners(ws, true);
    QVERIFY(written.ok() && written->written);
    QFile onDisk(file);
    QVERIFY(onDisk.open(QIODevice::ReadOnly));
    QCOMPARE(onDisk.readAll(), written->text);
    QVERIFY(written->text.contains("teamspace.json"));
}

QTEST_GUILESS_MAIN(TestSyncService)
#include "tst_syncservice.moc"
