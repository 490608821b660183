// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The sync job against real clones of one bare remote: ownership, set-aside, merges, retries, refusals.
#include "sync/SyncEngine.h"

#include "GitTeam.h"
#include "TestEnv.h"

#include "notebooks/NotebookStripper.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

#include <sys/stat.h>

using namespace ts;
using namespace ts::sync;
using ts::test::GitTeam;
using ts::test::makeNotebook;

namespace {

// No notebook anywhere (clones and remote) is invalid JSON or holds conflict markers.
void verifyAllNotebooksValid(const GitTeam& team, const QStringList& members)
{
    QStringList files;
    for (const QString& member : members) {
        QDirIterator it(team.clone(member), {QStringLiteral("*.ipynb")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    for (const QString& file : files) {
        const QByteArray bytes = test::readFile(file);
        QVERIFY2(!bytes.contains("<<<<<<<") && !bytes.contains(">>>>>>>"), qPrintable(file));
        QJsonParseError error;
        QJsonDocument::fromJson(bytes, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(file));
    }
    for (const QString& path : team.remoteFiles()) {
        if (!path.endsWith(QLatin1String(".ipynb")))
            continue;
        const QByteArray bytes = team.remoteFile(path);
        QVERIFY2(!bytes.contains("<<<<<<<"), qPrintable(path));
        QJsonParseError error;
        QJsonDocument::fromJson(bytes, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(path));
    }
}

} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolateUserFolders(); }
    void ownEditIsStrippedCommittedPushedAndConfirmed();
    void sameSizeStrippedFormIsComparedByBytes();
    void nonOwnerEditIsSetAsideAndOwnerWins();
    void nonLeadManifestChangeNeverReachesRemote();
    void leadManifestChangeArrives();
    void interleavedThreeMembers();
    void conflictOnOwnFileKeepsMineAndSetsTheirsAside();
    void conflictOnOthersFileTakesTheirs();
    void largeFilesAndPointersAreRefused();
    void dryRunChangesNothing();
    void invalidManifestFromLeadIsRefused();
    void pushRejectedBecauseRemoteMovedIsRetried();
    void cancelStopsBeforeCommit();
    void cancelDuringPushKeepsCommitForNextSync();
    void runsOnWorkerThread();
};

void TestSyncEngine::ownEditIsStrippedCommittedPushedAndConfirmed()
{
    GitTeam team;
    QVERIFY2(team.ok(), qPrintable(team.error()));
    const QByteArray edited = makeNotebook(QStringLiteral("print('ada v2')"), 5000);
    team.write(QStringLiteral("ada"), QStringLiteral("notebooks/ada/intro.ipynb"), edited);
    auto result = team.sync(QStringLiteral("ada"));
    QVERIFY2(result.ok(), qPrintable(test::syncMessage(result)));
    QCOMPARE(result->committed, QStringList{QStringLiteral("notebooks/ada/intro.ipynb")});
    QVERIFY(result->setAside.isEmpty());
    QVERIFY(result->pushed);
    QCOMPARE(result->remoteHead, team.remoteHead());
    QCOMPARE(result->localHead, result->remoteHead);
    QCOMPARE(team.remoteFile(QStringLiteral("notebooks/ada/intro.ipynb")), test::strippedForTeam(edited));
    // The working copy is the committed (stripped) one: nothing left to sync.
    QCOMPARE(team.read(QStringLiteral("ada"), QStringLiteral("notebooks/ada/intro.ipynb")),
             test::strippedForTeam(edited));
    QCOMPARE(team.git(team.clone(QStringLiteral("ada")),
                      {QStringLiteral("status"), QStringLiteral("--porcelain")}),
             QString());
    QCOMPARE(team.git(team.remote(),
                      {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%ae")}),
             QStringLiteral("ada@example.org"));
    QVERIFY(!QFile::exists(team.journal(QStringLiteral("ada")))); // finished jobs leave no journal

    // Bob receives it.
    auto bob = team.sync(QStringLiteral("bob"));
    QVERIFY2(bob.ok(), qPrintable(test::syncMessage(bob)));
    QCOMPARE(bob->pulled, QStringList{QStringLiteral("notebooks/ada/intro.ipynb")});
    QVERIFY(bob->committed.isEmpty());
    QCOMPARE(team.read(QStringLiteral("bob"), QStringLiteral("notebooks/ada/intro.ipynb")),
             test::strippedForTeam(edited));

    // A second sync with nothing to do still confirms the remote.
    auto again = team.sync(QStringLiteral("ada"));
    QVERIFY(again.ok());
    QVERIFY(again->committed.isEmpty());
    QVERIFY(again->pushed);
    QCOMPARE(again->remoteHead, team.remoteHead());
}

// The stripper consumes the bytes it reads, so when the stripped form has the file's size the job compares
// them with the file again: an already clean notebook is left alone (same inode: no rewrite), one whose keys
// are merely out of order (same size, other bytes) is rewritten to what is committed.
void TestSyncEngine::sameSizeStrippedFormIsComparedByBytes()
{
    GitTeam team;
    QVERIFY2(team.ok(), qPrintable(team.error()));
    const QString cleanPath = QStringLiteral("notebooks/ada/intro.ipynb");
    const QByteArray clean = test::strippedForTeam(makeNotebook(QStringLiteral("print('clean edit')")));
    team.write(QStringLiteral("ada"), cleanPath, clean);
    const QString sortedPath = QStringLiteral("notebooks/ada/unsorted.ipynb");
    const QByteArray sorted = test::strippedForTeam(makeNotebook(QStringLiteral("print('other')")));
    const QByteArray tail = "\"nbformat\": 4,\n \"nbformat_minor\": 5\n}\n";
    QVERIFY(sorted.endsWith(tail));
    const QByteArray unsorted = sorted.chopped(tail.size()) + "\"nbformat_minor\": 5,\n \"nbformat\": 4\n}\n";
    QCOMPARE(unsorted.size(), sorted.size());
    QCOMPARE(test::strippedForTeam(unsorted), sorted);
    team.write(QStringLiteral("ada"), sortedPath, unsorted);
    struct stat before
    {
    };
    QCOMPARE(
        ::stat(
            QFile::encodeName(team.clone(QStringLiteral("ada")) + QLatin1Char('/') + cleanPath).constData(),
            &before),
        0);

    auto result = team.sync(QStringLiteral("ada"));
    QVERIFY2(result.ok(), qPrintable(test::syncMessage(result)));
    QCOMPARE(result->committed, (QStringList{cleanPath, sortedPath}));
    QVERIFY(result->pushed);
    struct stat after
    {
    };
    QCOMPARE(
        ::stat(
            QFile::encodeName(team.clone(QStringLiteral("ada")) + QLatin1Char('/') + cleanPath).constData(),
            &after),
        0);
    QCOMPARE(after.st_ino, before.st_ino);
    QCOMPARE(team.read(QStringLiteral("ada"), cleanPath), clean);
    QCOMPARE(team.remoteFile(cleanPath), clean);
    QCOMPARE(team.read(QStringLiteral("ada"), sortedPath), sorted);
    QCOMPARE(team.remoteFile(sortedPath), sorted);
    QCOMPARE(team.git(team.clone(QStringLiteral("ada")),
                      {QStringLiteral("status"), QStringLiteral("--porcelain")}),
             QString());
}

void TestSyncEngine::nonOwnerEditIsSetAsideAndOwnerWins()
{
    GitTeam team;
    QVERIFY(team.ok());
    const QString adas = QStringLiteral("notebooks/ada/intro.ipynb");
    const QByteArray original = team.read(QStringLiteral("bob"), adas);
    const QByteArray bobsEdit = makeNotebook(QStringLiteral("print('bob was here')"), 300);
    team.write(QStringLiteral("bob"), adas, bobsEdit);
    // A new notebook in Ada's folder, created by Bob, goes aside too (and disappears from her folder).
    team.write(QStringLiteral("bob"), QStringLiteral("notebooks/ada/new.ipynb"),
               makeNotebook(QStringLiteral("new")));
    auto result = team.sync(QStringLiteral("bob"));
    QVERIFY2(result.ok(), qPrintable(test::syncMessage(result)));
    QCOMPARE(result->setAside.size(), 2);
    const QRegularExpression copyName(
        QStringLiteral("^notebooks/bob/set-aside/intro\\.\\d{8}T\\d{6}Z\\.ipynb$"));
    const SetAside& intro = result->setAside[0];
    QCOMPARE(intro.path, adas);
    QVERIFY2(copyName.match(intro.copy).hasMatch(), qPrintable(intro.copy));
    QVERIFY(intro.reason.contains(QLatin1String("belongs to ada")));
    QCOMPARE(result->setAside[1].path, QStringLiteral("notebooks/ada/new.ipynb"));
    // The owner's version is back in Bob's tree; Bob's edit is kept, stripped, in his folder, and pushed.
    QCOMPARE(team.read(QStringLiteral("bob"), adas), original);
    QVERIFY(!QFile::exists(team.clone(QStringLiteral("bob")) + QStringLiteral("/notebooks/ada/new.ipynb")));
    QCOMPARE(team.read(QStringLiteral("bob"), intro.copy), test::strippedForTeam(bobsEdit));
    QCOMPARE(team.remoteFile(adas), original);
    QCOMPARE(team.remoteFile(intro.copy), test::strippedForTeam(bobsEdit));
    bool exists = true;
    team.remoteFile(QStringLiteral("notebooks/ada/new.ipynb"), &exists);
    QVERIFY(!exists);
    QCOMPARE(result->committed.size(), 2); // the two copies
    QVERIFY(result->pushed);
    QCOMPARE(team.git(team.clone(QStringLiteral("bob")),
                      {QStringLiteral("status"), QStringLiteral("--porcelain")}),
             QString());
}

void TestSyncEngine::nonLeadManifestChangeNeverReachesRemote()
{
    GitTeam team;
    QVERIFY(team.ok());
    const QByteArray before = team.remoteFile(QStringLiteral("teamspace.json"));
    Manifest grabbed = team.manifest();
    grabbed.notebooks[0].owner = QStringLiteral("cy"); // Cy tries to take Bob's notebook
    const QByteArray cysManifest = serializeManifest(grabbed);
    team.write(QStringLiteral("cy"), QStringLiteral("teamspace.json"), cysManifest);
    team.write(QStringLiteral("cy"), QStringLiteral("raw-baseline.json"), "{}\n");
    auto result = team.sync(QStringLiteral("cy"));
    QVERIFY2(result.ok(), qPrintable(test::syncMessage(result)));
    QCOMPARE(result->setAside.size(), 2);
    QCOMPARE(result->setAside[0].path, QStringLiteral("raw-baseline.json"));
    QCOMPARE(result->setAside[1].path, QStringLiteral("teamspace.json"));
    QVERIFY(result->setAside[1].copy.startsWith(QLatin1String("notebooks/cy/set-aside/teamspace.")));
    QVERIFY(result->setAside[1].copy.endsWith(QLatin1String(".json")));
    QVERIFY(result->setAside[1].reason.contains(QLatin1String("only a lead")));
    QCOMPARE(team.remoteFile(QStringLiteral("teamspace.json")), before);
    bool exists = true;
    team.remoteFile(QStringLiteral("raw-baseline.json"), &exists);
    QVERIFY(!exists);
    QCOMPARE(team.read(QStringLiteral("cy"), QStringLiteral("teamspace.json")), before);
    QCOMPARE(team.remoteFile(result->setAside[1].copy), cysManifest); // kept for the lead to read
}

void TestSyncEngine::leadManifestChangeArrives()
{
    GitTeam team;
    QVERIFY(team.ok());
    Manifest changed = team.manifest();
    changed.name = QStringLiteral("Renamed by the lead");
    const QByteArray bytes = serializeManifest(changed);
    team.write(QStringLiteral("ada"), QStringLiteral("teamspace.json"), bytes);
    auto result = team.sync(QStringLiteral("ada"));
    QVERIFY2(result.ok(), qPrintable(test::syncMessage(result)));
    QCOMPARE(result->committed, QStringList{QStringLiteral("teamspace.json")});
    QCOMPARE(team.remoteFile(QStringLiteral("teamspace.json")), bytes);
    auto bob = team.sync(QStringLiteral("bob"));
    QVERIFY(bob.ok());
    QCOMPARE(team.read(QStringLiteral("bob"), QStringLiteral("teamspace.json")), bytes);
}

void TestSyncEngine::interleavedThreeMembers()
{
    GitTeam team;
    QVERIFY(team.ok());
    const QStringList members{QStringLiteral("ada"), QStringLiteral("bob"), QStringLiteral("cy")};
    // Each round every member edits their own notebook (and Cy meddles with Bob's); syncs run in a
    // different order each round, without anyone syncing in between edits: every sync after the first
    // of a round has to merge.
    const QList<QStringList> orders = {
        {QStringLiteral("ada"), QStringLiteral("bob"), QStringLiteral("cy")},
        {QStringLiteral("cy"), QStringLiteral("ada"), QStringLiteral("bob")},
        {QStringLiteral("bob"), QStringLiteral("cy"), QStringLiteral("ada")},
    };
    QMap<QString, QByteArray> lastOwnEdit;
    int round = 0;
    for (const QStringList& order : orders) {
        ++round;
        for (const QString& member : members) {
            const QString own = QStringLiteral("notebooks/%1/round.ipynb").arg(member);
            const QByteArray edit =
                makeNotebook(QStringLiteral("print('%1 round %2')").arg(member).arg(round), 1000 * round);
            team.write(member, own, edit);
            lastOwnEdit[own] = test::strippedForTeam(edit);
        }
        team.write(QStringLiteral("cy"), QStringLiteral("notebooks/shared/analysis.ipynb"),
                   makeNotebook(QStringLiteral("cy meddles %1").arg(round)));
        for (const QString& member : order) {
            auto result = team.sync(member);
            QVERIFY2(result.ok(), qPrintable(member + QStringLiteral(": ") + test::syncMessage(result)));
            QVERIFY(result->pushed);
            QCOMPARE(result->remoteHead, team.remoteHead());
        }
    }
    for (auto it = lastOwnEdit.cbegin(); it != lastOwnEdit.cend(); ++it)
        QCOMPARE(team.remoteFile(it.key()), it.value());
    // Bob owns the shared analysis (assignment): Cy's edits never replaced it.
    QCOMPARE(team.remoteFile(QStringLiteral("notebooks/shared/analysis.ipynb")),
             test::strippedForTeam(makeNotebook(QStringLiteral("shared = 1"))));
    int cyCopies = 0;
    for (const QString& path : team.remoteFiles())
        cyCopies += path.startsWith(QLatin1String("notebooks/cy/set-aside/analysis.")) ? 1 : 0;
    QCOMPARE(cyCopies, 3);
    // Everyone converges on the remote after one more round of syncs.
    for (const QString& member : members)
        QVERIFY(team.sync(member).ok());
    for (const QString& member : members)
        QCOMPARE(team.git(team.clone(member), {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}),
                 team.remoteHead());
    verifyAllNotebooksValid(team, members);
}

void TestSyncEngine::conflictOnOwnFileKeepsMineAndSetsTheirsAside()
{
    GitTeam team({QStringLiteral("ada"), QStringLiteral("bob")});
    QVERIFY(team.ok());
    // Bob on a second machine: a second clone that is also Bob.
    QVERIFY(
        git::GitRepository::clone(team.remote(), team.root() + QStringLiteral("/clones/bob-laptop")).ok());
    SyncJob laptop = team.job(QStringLiteral("bob"));
    laptop.repoDir = team.root() + QStringLiteral("/clones/bob-laptop");
    laptop.journalPath = team.root() + QStringLiteral("/local/bob-laptop/sync-journal.json");
    const QString own = QStringLiteral("notebooks/bob/intro.ipynb");
    const QByteArray fromLaptop = makeNotebook(QStringLiteral("laptop"));
    test::writeFile(laptop.repoDir + u'/' + own, fromLaptop);
    QVERIFY(SyncEngine::run(laptop).ok());

    const QByteArray fromDesk = makeNotebook(QStringLiteral("desk"));
    team.write(QStringLiteral("bob"), own, fromDesk);
    auto result = team.sync(QStringLiteral("bob"));
    QVERIFY2(result.ok(), qPrintable(test::syncMessage(result)));
    QVERIFY(result->merged);
    QCOMPARE(result->setAside.size(), 1);
    QCOMPARE(result->setAside[0].path, own);
    QCOMPARE(team.remoteFile(own), test::strippedForTeam(fromDesk));                        // mine kept
    QCOMPARE(team.remoteFile(result->setAside[0].copy), test::strippedForTeam(fromLaptop)); // theirs aside
    QCOMPARE(team.read(QStringLiteral("bob"), result->setAside[0].copy), test::strippedForTeam(fromLaptop));
    QCOMPARE(
        team.git(team.remote(), {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%p")})
            .split(u' ')
            .size(),
        2);
    verifyAllNotebooksValid(team, {QStringLiteral("bob")});
}

void TestSyncEngine::conflictOnOthersFileTakesTheirs()
{
    GitTeam team({QStringLiteral("ada"), QStringLiteral("bob")});
    QVERIFY(team.ok());
    const QString adas = QStringLiteral("notebooks/ada/intro.ipynb");
    // Bob commits Ada's notebook behind Teamspace's back (plain git), then syncs after Ada pushed hers.
    const QByteArray bobsEdit = test::strippedForTeam(makeNotebook(QStringLiteral("bob's rogue commit")));
    team.write(QStringLiteral("bob"), adas, bobsEdit);
    auto bobRepo = git::GitRepository::open(team.clone(QStringLiteral("bob")));
    QVERIFY(
        bobRepo
            ->commitAll(QStringLiteral("rogue"), {QStringLiteral("Bob"), QStringLiteral("bob@example.org")})
            .ok());
    const QByteArray adasEdit = makeNotebook(QStringLiteral("ada's real work"));
    team.write(QStringLiteral("ada"), adas, adasEdit);
    QVERIFY(team.sync(QStringLiteral("ada")).ok());

    auto result = team.sync(QStringLiteral("bob"));
    QVERIFY2(result.ok(), qPrintable(test::syncMessage(result)));
    QVERIFY(result->merged);
    QCOMPARE(result->setAside.size(), 1);
    QCOMPARE(result->setAside[0].path, adas);
    QVERIFY(result->setAside[0].copy.startsWith(QLatin1String("notebooks/bob/set-aside/intro.")));
    QCOMPARE(team.remoteFile(adas), test::strippedForTeam(adasEdit));
    QCOMPARE(team.read(QStringLiteral("bob"), adas), test::strippedForTeam(adasEdit));
    QCOMPARE(team.remoteFile(result->setAside[0].copy), bobsEdit);
    QVERIFY(result->pulled.contains(adas));
    verifyAllNotebooksValid(team, {QStringLiteral("ada"), QStringLiteral("bob")});
}

void TestSyncEngine::largeFilesAndPointersAreRefused()
{
    GitTeam team({QStringLiteral("ada"), QStringLiteral("bob")});
    QVERIFY(team.ok());
    SyncJob job = team.job(QStringLiteral("bob"));
    job.manifest.policies.largeFileGateBytes = 10'000;
    team.write(QStringLiteral("bob"), QStringLiteral("data.bin"), QByteArray(10'001, 'd'));
    team.write(QStringLiteral("bob"), QStringLiteral("small.txt"), "small\n");
    // A notebook over the gate with outputs but under it once stripped is fine; one over it stripped is not.
    team.write(QStringLiteral("bob"), QStringLiteral("notebooks/bob/outputs.ipynb"),
               makeNotebook(QStringLiteral("x"), 50'000));
    team.write(QStringLiteral("bob"), QStringLiteral("notebooks/bob/huge.ipynb"),
               makeNotebook(QString(20'000, u'y'), 0));
    team.write(QStringLiteral("bob"), QStringLiteral("model.bin"),
               "version https://git-lfs.github.com/spec/v1\noid sha256:abc\nsize 12345\n");
    team.write(QStringLiteral("bob"), QStringLiteral("data/raw.csv.dvc"),
               "outs:\n- md5: abc\n  path: raw.csv\n");
    team.write(QStringLiteral("bob"), QStringLiteral("notebooks/bob/broken.ipynb"), "{\"cells\": [");
    // Staged with plain git beforehand: must still not ride along.
    QCOMPARE(team.git(team.clone(QStringLiteral("bob")), {QStringLiteral("add"), QStringLiteral("data.bin")}),
             QString());
    auto result = SyncEngine::run(job);
    QVERIFY2(result.ok(), qPrintable(test::syncMessage(result)));
    QStringList refused;
    for (const Refused& r : result->refused)
        refused << r.path;
    QCOMPARE(refused, (QStringList{QStringLiteral("data.bin"), QStringLiteral("data/raw.csv.dvc"),
                                   QStringLiteral("model.bin"), QStringLiteral("notebooks/bob/broken.ipynb"),
                                   QStringLiteral("notebooks/bob/huge.ipynb")}));
    QVERIFY2(result->refused[0].reason.contains(QLatin1String("over the large-file gate")),
             qPrintable(result->refused[0].reason));
    QVERIFY(result->refused[1].reason.contains(QLatin1String("DVC")));
    QVERIFY(result->refused[2].reason.contains(QLatin1String("Git LFS")));
    QVERIFY(result->refused[3].reason.contains(QLatin1String("not valid JSON")));
    QVERIFY(result->refused[4].reason.contains(QLatin1String("even stripped")));
    QCOMPARE(result->committed,
             (QStringList{QStringLiteral("notebooks/bob/outputs.ipynb"), QStringLiteral("small.txt")}));
    const QStringList remote = team.remoteFiles();
    for (const QString& path : refused)
        QVERIFY2(!remote.contains(path), qPrintable(path));
    // Refused files are left as they were, and unstaged.
    QCOMPARE(team.read(QStringLiteral("bob"), QStringLiteral("data.bin")), QByteArray(10'001, 'd'));
    QCOMPARE(team.read(QStringLiteral("bob"), QStringLiteral("notebooks/bob/broken.ipynb")),
             QByteArray("{\"cells\": ["));
    QCOMPARE(team.git(team.clone(QStringLiteral("bob")),
                      {QStringLiteral("diff"), QStringLiteral("--cached"), QStringLiteral("--name-only")}),
             QString());
}

void TestSyncEngine::dryRunChangesNothing()
{
    GitTeam team({QStringLiteral("ada"), QStringLiteral("bob")});
    QVERIFY(team.ok());
    team.write(QStringLiteral("ada"), QStringLiteral("notebooks/ada/intro.ipynb"),
               makeNotebook(QStringLiteral("ada new")));
    QVERIFY(team.sync(QStringLiteral("ada")).ok());
    team.write(QStringLiteral("bob"), QStringLiteral("notebooks/bob/intro.ipynb"),
               makeNotebook(QStringLiteral("bob new"), 999));
    team.write(QStringLiteral("bob"), QStringLiteral("notebooks/ada/intro.ipynb"),
               makeNotebook(QStringLiteral("meddling")));
    const auto before = test::snapshotTree(team.clone(QStringLiteral("bob")));
    const QString remoteBefore = team.remoteHead();
    SyncJob job = team.job(QStringLiteral("bob"));
    job.dryRun = true;
    auto result = SyncEngine::run(job);
    QVERIFY2(result.ok(), qPrintable(test::syncMessage(result)));
    QCOMPARE(test::snapshotTree(team.clone(QStringLiteral("bob"))), before); // working tree and .git alike
    QCOMPARE(team.remoteHead(), remoteBefore);
    QVERIFY(!QFile::exists(team.journal(QStringLiteral("bob"))));
    QVERIFY(!result->pushed);
    QCOMPARE(result->remoteHead, remoteBefore);
    QCOMPARE(result->setAside.size(), 1);
    QCOMPARE(result->setAside[0].path, QStringLiteral("notebooks/ada/intro.ipynb"));
    QCOMPARE(result->committed,
             (QStringList{QStringLiteral("notebooks/bob/intro.ipynb"), result->setAside[0].copy}));

    // Only outputs changed: stripped, it is what HEAD holds, so a dry run does not list it.
    team.write(QStringLiteral("ada"), QStringLiteral("notebooks/ada/intro.ipynb"),
               makeNotebook(QStringLiteral("ada new"), 5000));
    auto outputsOnly = SyncEngine::run([&] {
        SyncJob j = team.job(QStringLiteral("ada"));
        j.dryRun = true;
        return j;
    }());
    QVERIFY(outputsOnly.ok());
    QVERIFY2(outputsOnly->committed.isEmpty(), qPrintable(outputsOnly->committed.join(u',')));
}

void TestSyncEngine::invalidManifestFromLeadIsRefused()
{
    GitTeam team({QStringLiteral("ada")});
    QVERIFY(team.ok());
    const QByteArray before = team.remoteFile(QStringLiteral("teamspace.json"));
    team.write(QStringLiteral("ada"), QStringLiteral("teamspace.json"), "{\"version\": 1, \"members\": 7}\n");
    auto result = team.sync(QStringLiteral("ada"));
    QVERIFY2(result.ok(), qPrintable(test::syncMessage(result)));
    QCOMPARE(result->refused.size(), 1);
    QCOMPARE(result->refused[0].path, QStringLiteral("teamspace.json"));
    QVERIFY2(result->refused[0].reason.startsWith(QLatin1String("teamspace.json: ")),
             qPrintable(result->refused[0].reason));
    QCOMPARE(team.remoteFile(QStringLiteral("teamspace.json")), before);
}

void TestSyncEngine::pushRejectedBecauseRemoteMovedIsRetried()
{
    GitTeam team({QStringLiteral("ada"), QStringLiteral("bob")});
    QVERIFY(team.ok());
    team.write(QStringLiteral("bob"), QStringLiteral("notebooks/bob/intro.ipynb"),
               makeNotebook(QStringLiteral("bob")));
    team.write(QStringLiteral("ada"), QStringLiteral("notebooks/ada/intro.ipynb"),
               makeNotebook(QStringLiteral("ada")));
    SyncJob job = team.job(QStringLiteral("bob"));
    int adaSyncs = 0;
    // Ada pushes between Bob's fetch and Bob's push, once.
    job.testHook = [&](const char* point) {
        if (qstrcmp(point, "before-push") == 0 && adaSyncs++ == 0)
            QVERIFY(team.sync(QStringLiteral("ada")).ok());
    };
    auto result = SyncEngine::run(job);
    QVERIFY2(result.ok(), qPrintable(test::syncMessage(result)));
    QCOMPARE(result->pushAttempts, 2);
    QVERIFY(result->pushed);
    QVERIFY(result->merged);
    QCOMPARE(team.remoteFile(QStringLiteral("notebooks/ada/intro.ipynb")),
             test::strippedForTeam(makeNotebook(QStringLiteral("ada"))));
    QCOMPARE(team.remoteFile(QStringLiteral("notebooks/bob/intro.ipynb")),
             test::strippedForTeam(makeNotebook(QStringLiteral("bob"))));

    // A remote that moves before every push exhausts the attempts with a clear message; nothing is lost.
    team.write(QStringLiteral("bob"), QStringLiteral("notebooks/bob/intro.ipynb"),
               makeNotebook(QStringLiteral("bob 2")));
    SyncJob stubborn = team.job(QStringLiteral("bob"));
    stubborn.maxPushAttempts = 2;
    int round = 0;
    stubborn.testHook = [&](const char* point) {
        if (qstrcmp(point, "before-push") == 0) {
            team.write(QStringLiteral("ada"), QStringLiteral("notebooks/ada/intro.ipynb"),
                       makeNotebook(QStringLiteral("ada %1").arg(++round)));
            QVERIFY(team.sync(QStringLiteral("ada")).ok());
        }
    };
    auto exhausted = SyncEngine::run(stubborn);
    QVERIFY(!exhausted.ok());
    QVERIFY2(exhausted.error().message.contains(QLatin1String("the remote kept moving (2 attempts)")),
             qPrintable(exhausted.error().message));
    auto finally = team.sync(QStringLiteral("bob"));
    QVERIFY2(finally.ok(), qPrintable(test::syncMessage(finally)));
    QCOMPARE(team.remoteFile(QStringLiteral("notebooks/bob/intro.ipynb")),
             test::strippedForTeam(makeNotebook(QStringLiteral("bob 2"))));
}

void TestSyncEngine::cancelStopsBeforeCommit()
{
    GitTeam team({QStringLiteral("ada")});
    QVERIFY(team.ok());
    team.write(QStringLiteral("ada"), QStringLiteral("notebooks/ada/intro.ipynb"),
               makeNotebook(QStringLiteral("x")));
    const QString before = team.remoteHead();
    CancelToken token;
    token.cancel();
    SyncJob job = team.job(QStringLiteral("ada"));
    job.transfer.cancel = &token;
    auto result = SyncEngine::run(job);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ErrorKind::Cancelled);
    QCOMPARE(team.remoteHead(), before);
    QCOMPARE(
        team.git(team.clone(QStringLiteral("ada")), {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}),
        before);
}

void TestSyncEngine::cancelDuringPushKeepsCommitForNextSync()
{
    GitTeam team({QStringLiteral("ada")});
    QVERIFY(team.ok());
    const QByteArray edit = makeNotebook(QStringLiteral("cancelled push"), 100'000);
    team.write(QStringLiteral("ada"), QStringLiteral("notebooks/ada/intro.ipynb"), edit);
    const QString before = team.remoteHead();
    CancelToken token;
    SyncJob job = team.job(QStringLiteral("ada"));
    job.transfer.cancel = &token;
    QList<Progress> progress;
    job.transfer.progress = [&progress](const Progress& p) { progress.append(p); };
    job.testHook = [&token](const char* point) {
        if (qstrcmp(point, "during-push") == 0)
            token.cancel();
    };
    auto result = SyncEngine::run(job);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ErrorKind::Cancelled);
    QVERIFY2(result.error().message.startsWith(QLatin1String("push to \"origin\"")),
             qPrintable(result.error().message));
    // The phases in order (Progress.current; the push then reports its objects under the same name).
    QStringList phases;
    for (const Progress& p : std::as_const(progress)) {
        if (phases.isEmpty() || phases.last() != p.current)
            phases << p.current;
    }
    QCOMPARE(phases, (QStringList{QStringLiteral("strip"), QStringLiteral("commit"), QStringLiteral("fetch"),
                                  QStringLiteral("merge"), QStringLiteral("push")}));
    QVERIFY(std::any_of(progress.cbegin(), progress.cend(),
                        [](const Progress& p) { return p.current == QLatin1String("push") && p.total > 0; }));
    QCOMPARE(team.remoteHead(), before);
    // The commit is safe locally and the next sync delivers it.
    QVERIFY(team.git(team.clone(QStringLiteral("ada")),
                     {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}) != before);
    auto next = team.sync(QStringLiteral("ada"));
    QVERIFY2(next.ok(), qPrintable(test::syncMessage(next)));
    QCOMPARE(team.remoteFile(QStringLiteral("notebooks/ada/intro.ipynb")), test::strippedForTeam(edit));
}

void TestSyncEngine::runsOnWorkerThread()
{
    GitTeam team({QStringLiteral("ada")});
    QVERIFY(team.ok());
    team.write(QStringLiteral("ada"), QStringLiteral("notebooks/ada/intro.ipynb"),
               makeNotebook(QStringLiteral("threaded")));
    SyncJob job = team.job(QStringLiteral("ada"));
    QThread* worker = nullptr;
    job.testHook = [&worker](const char*) { worker = QThread::currentThread(); };
    QFuture<Result<SyncReport>> future = startSync(job);
    future.waitForFinished();
    QVERIFY2(future.result().ok(), qPrintable(test::syncMessage(future.result())));
    QVERIFY(future.result()->pushed);
    QVERIFY(worker && worker != QThread::currentThread());
}

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
