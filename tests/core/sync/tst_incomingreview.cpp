// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// What a teammate pushes with plain git (issue 12, "High"): the sync reviews incoming commits before they
// reach the working tree or the branch, and the same review checks a pushed range on the server (check-push).
// Every case pushes with the real git command line into a local bare remote and syncs real clones.
#include "sync/IncomingReview.h"
#include "sync/SyncEngine.h"

#include "GitTeam.h"
#include "TestEnv.h"

#include "notebooks/NotebookStripper.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

using namespace ts;
using namespace ts::sync;
using ts::test::GitTeam;
using ts::test::makeNotebook;

namespace {

// Commits everything in `member`'s clone with plain git and pushes it (with --force when asked); the first
// step that fails says why.
bool commitAndPush(const GitTeam& team, const QString& member, const QString& what, bool force = false)
{
    QList<QStringList> steps{{QStringLiteral("add"), QStringLiteral("-A")},
                             {QStringLiteral("commit"), QStringLiteral("-m"), what}};
    if (!force) // like a teammate who pulls before pushing (a merge when the remote moved)
        steps.append(QStringList{QStringLiteral("pull"), QStringLiteral("--no-rebase"),
                                 QStringLiteral("--no-edit"), QStringLiteral("origin"),
                                 QStringLiteral("main")});
    steps.append(QStringList{QStringLiteral("push"), QStringLiteral("origin"), QStringLiteral("main")});
    if (force)
        steps.last() << QStringLiteral("--force");
    for (const QStringList& step : steps) {
        QString output;
        if (test::runGitAs(team.clone(member), member, step, &output) != 0) {
            qWarning("%s", qPrintable(output.trimmed()));
            return false;
        }
    }
    return true;
}

// The server-side check (what `teamspace-cli check-push OLD NEW` runs in a pre-receive hook) over OLD..NEW.
QList<IncomingViolation> checkPush(const GitTeam& team, const QString& oldHead, const QString& newHead)
{
    auto repo = git::GitRepository::open(team.remote());
    if (!repo)
        return {};
    auto oldOid = git::oidFromString(oldHead);
    auto newOid = git::oidFromString(newHead);
    if (!oldOid || !newOid)
        return {};
    const IncomingReview review(*repo,
                                [](QByteArray bytes, const StripPolicy& policy, const QString& source) {
                                    return nb::stripNotebookBytes(std::move(bytes), policy, source);
                                });
    auto result = review.review(*oldOid, *newOid, IncomingReview::manifestAt(*repo, *oldOid));
    return result ? result->violations : QList<IncomingViolation>();
}

bool flags(const QList<IncomingViolation>& violations, const QString& path, IncomingRule rule,
           const QString& member)
{
    for (const IncomingViolation& v : violations) {
        if (v.path == path && v.rule == rule && v.member == member)
            return true;
    }
    return false;
}

const IncomingRefusal* refusalOf(const SyncReport& report, const QString& path)
{
    for (const IncomingRefusal& refusal : report.incoming) {
        if (refusal.path == path)
            return &refusal;
    }
    return nullptr;
}

bool isSymlinkInRemote(const GitTeam& team, const QString& path)
{
    return team.git(team.remote(), {QStringLiteral("ls-tree"), QStringLiteral("main"), path})
        .startsWith(QLatin1String("120000"));
}

} // namespace

class TestIncomingReview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateUserFolders(); }
    void symlinkedSetAsideFolderIsRefused();
    void symlinkedNotebooksFolderIsRefused();
    void manifestMakingHimselfLeadIsRefused();
    void othersNotebookChangesAreRefused_data();
    void othersNotebookChangesAreRefused();
    void forcePushedEditOfOthersNotebookIsRefused();
    void invalidManifestIsRefused();
    void notebookWithConflictMarkersIsRefused();
    void ownersAndLeadsChangesAreTaken();
    void checkoutNeverWritesThroughSymlinkedFolder();
    void teamspaceSyncsPassCheckPush();
    void accountFieldIsKeptAndValidated();
    void manifestChangesAreDescribed();
};

void TestIncomingReview::symlinkedSetAsideFolderIsRefused()
{
    GitTeam team({QStringLiteral("ada"), QStringLiteral("bob")});
    QVERIFY(team.ok());
    // A stand-in for IPython's startup folder, outside the repository.
    const QString outside = team.root() + QStringLiteral("/outside/startup");
    QVERIFY(QDir().mkpath(outside));
    const QString link = QStringLiteral("notebooks/ada/set-aside");
    const QString before = team.remoteHead();
    QVERIFY(QFile::link(outside, team.clone(QStringLiteral("bob")) + u'/' + link));
    team.write(QStringLiteral("bob"), QStringLiteral("notebooks/shared/helpers.py"), "print('bob')\n");
    QVERIFY(commitAndPush(team, QStringLiteral("bob"), QStringLiteral("startup")));
    const QString pushed = team.remoteHead();

    auto result = team.sync(QStringLiteral("ada"));
    QVERIFY2(result.ok(), qPrintable(test::syncMessage(result)));
    QVERIFY(!QFileInfo(team.clone(QStringLiteral("ada")) + u'/' + link).isSymLink());
    const IncomingRefusal* refusal = refusalOf(*result, link);
    QVERIFY(refusal);
    QCOMPARE(refusal->rule, QStringLiteral("symlink"));
    QVERIFY(refusal->author.startsWith(QLatin1String("bob")));
    QCOMPARE(refusal->commit, pushed);
    QVERIFY(result->pushed);
    QVERIFY(!isSymlinkInRemote(team, link));
    QCOMPARE(team.read(QStringLiteral("ada"), QStringLiteral("notebooks/shared/helpers.py")),
             QByteArray("print('bob')\n"));

    // A later conflict on the shared helpers.py sets Ada's side aside under notebooks/ada/set-aside: inside
    // the repository, never in the folder the link pointed to.
    team.write(QStringLiteral("bob"), QStringLiteral("notebooks/shared/helpers.py"), "print('bob 2')\n");
    QVERIFY(commitAndPush(team, QStringLiteral("bob"), QStringLiteral("helpers")));
    team.write(QStringLiteral("ada"), QStringLiteral("notebooks/shared/helpers.py"), "print('ada')\n");
    auto conflict = team.sync(QStringLiteral("ada"));
    QVERIFY2(conflict.ok(), qPrintable(test::syncMessage(conflict)));
    QCOMPARE(QDir(outside).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
    QCOMPARE(conflict->setAside.size(), 1);
    QVERIFY(conflict->setAside[0].copy.startsWith(link + u'/'));
    const QFileInfo copy(team.clone(QStringLiteral("ada")) + u'/' + conflict->setAside[0].copy);
    QVERIFY(copy.isFile() && !copy.isSymLink());
    QVERIFY(!QFileInfo(team.clone(QStringLiteral("ada")) + u'/' + link).isSymLink());

    QVERIFY(flags(checkPush(team, before, pushed), link, IncomingRule::Symlink, QStringLiteral("bob")));
}

void TestIncomingReview::symlinkedNotebooksFolderIsRefused()
{
    GitTeam team;
    QVERIFY(team.ok());
    const QString outside = team.root() + QStringLiteral("/outside/everything");
    QVERIFY(QDir().mkpath(outside));
    const QString bobs = QStringLiteral("notebooks/bob/intro.ipynb");
    const QByteArray original = team.read(QStringLiteral("ada"), bobs);
    const QString before = team.remoteHead();
    QVERIFY(QDir(team.clone(QStringLiteral("cy")) + QStringLiteral("/notebooks")).removeRecursively());
    QVERIFY(QFile::link(outside, team.clone(QStringLiteral("cy")) + QStringLiteral("/notebooks")));
    QVERIFY(commitAndPush(team, QStringLiteral("cy"), QStringLiteral("notebooks elsewhere")));
    const QString pushed = team.remoteHead();

    auto result = team.sync(QStringLiteral("ada"));
    QVERIFY2(result.ok(), qPrintable(test::syncMessage(result)));
    const QFileInfo notebooks(team.clone(QStringLiteral("ada")) + QStringLiteral("/notebooks"));
    QVERIFY(notebooks.isDir() && !notebooks.isSymLink());
    QCOMPARE(team.read(QStringLiteral("ada"), bobs), original);
    QCOMPARE(team.remoteFile(bobs), original);
    QVERIFY(!isSymlinkInRemote(team, QStringLiteral("notebooks")));
    QCOMPARE(QDir(outside).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
    const IncomingRefusal* link = refusalOf(*result, QStringLiteral("notebooks"));
    QVERIFY(link);
    QCOMPARE(link->rule, QStringLiteral("symlink"));
    const IncomingRefusal* deletion = refusalOf(*result, bobs);
    QVERIFY(deletion);
    QCOMPARE(deletion->rule, QStringLiteral("ownership"));
    QVERIFY(flags(checkPush(team, before, pushed), QStringLiteral("notebooks"), IncomingRule::Symlink,
                  QStringLiteral("cy")));
}

void TestIncomingReview::manifestMakingHimselfLeadIsRefused()
{
    GitTeam team;
    QVERIFY(team.ok());
    const QByteArray valid = serializeManifest(team.manifest());
    QCOMPARE(team.read(QStringLiteral("cy"), QStringLiteral("teamspace.json")), valid);
    Manifest coup = team.manifest();
    coup.members[2].role = MemberRole::Lead;
    coup.members[0].role = MemberRole::Member;
    const QByteArray coupBytes = serializeManifest(coup);
    const QString before = team.remoteHead();
    team.write(QStringLiteral("cy"), QStringLiteral("teamspace.json"), coupBytes);
    QVERIFY(commitAndPush(team, QStringLiteral("cy"), QStringLiteral("I lead now")));
    const QString pushed = team.remoteHead();

    auto result = team.sync(QStringLiteral("ada"));
    QVERIFY2(result.ok(), qPrintable(test::syncMessage(result)));
    QCOMPARE(team.read(QStringLiteral("ada"), QStringLiteral("teamspace.json")), valid);
    QVERIFY(result->pushed);
    QCOMPARE(team.remoteFile(QStringLiteral("teamspace.json")), valid);
    const IncomingRefusal* refusal = refusalOf(*result, QStringLiteral("teamspace.json"));
    QVERIFY(refusal);
    QCOMPARE(refusal->rule, QStringLiteral("role"));
    QVERIFY2(refusal->author.startsWith(QLatin1String("cy (Cy Hopper <cy@example.org>)")),
             qPrintable(refusal->author));
    QVERIFY2(refusal->what.contains(QLatin1String("makes cy lead (was member)")), qPrintable(refusal->what));
    QVERIFY2(refusal->what.contains(QLatin1String("makes ada member (was lead)")), qPrintable(refusal->what));
    // The lead can look at what was refused: kept in Cy's set-aside folder, in the clone and on the remote.
    QVERIFY2(refusal->copy.startsWith(QLatin1String("notebooks/cy/set-aside/teamspace.")),
             qPrintable(refusal->copy));
    QCOMPARE(team.read(QStringLiteral("ada"), refusal->copy), coupBytes);
    QCOMPARE(team.remoteFile(refusal->copy), coupBytes);
    QVERIFY(!result->refused.isEmpty());

    // Cy's next sync brings the valid manifest back to him too (the correction is a restore, not a new
    // change).
    auto cy = team.sync(QStringLiteral("cy"));
    QVERIFY2(cy.ok(), qPrintable(test::syncMessage(cy)));
    QCOMPARE(team.read(QStringLiteral("cy"), QStringLiteral("teamspace.json")), valid);
    QVERIFY(cy->incoming.isEmpty());

    QVERIFY(flags(checkPush(team, before, pushed), QStringLiteral("teamspace.json"), IncomingRule::Role,
                  QStringLiteral("cy")));
}

void TestIncomingReview::othersNotebookChangesAreRefused_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<int>("rule");
    QTest::newRow("edit") << QStringLiteral("edit") << int(IncomingRule::Ownership);
    QTest::newRow("truncation") << QStringLiteral("truncate") << int(IncomingRule::Invalid);
    QTest::newRow("deletion") << QStringLiteral("delete") << int(IncomingRule::Ownership);
}

void TestIncomingReview::othersNotebookChangesAreRefused()
{
    QFETCH(QString, change);
    QFETCH(int, rule);
    GitTeam team;
    QVERIFY(team.ok());
    const QString bobs = QStringLiteral("notebooks/bob/intro.ipynb");
    const QByteArray original = team.read(QStringLiteral("bob"), bobs);
    QVERIFY(!original.isEmpty());
    const QByteArray cysEdit = test::strippedForTeam(makeNotebook(QStringLiteral("cy was here")));
    const QString before = team.remoteHead();
    const QString file = team.clone(QStringLiteral("cy")) + u'/' + bobs;
    if (change == QLatin1String("edit"))
        test::writeFile(file, cysEdit);
    else if (change == QLatin1String("truncate"))
        test::writeFile(file, QByteArray());
    else
        QVERIFY(QFile::remove(file));
    QVERIFY(commitAndPush(team, QStringLiteral("cy"), change));
    const QString pushed = team.remoteHead();

    // Bob, the owner, has no local change: before the review the fast-forward took Cy's change silently.
    auto result = team.sync(QStringLiteral("bob"));
    QVERIFY2(result.ok(), qPrintable(test::syncMessage(result)));
    QCOMPARE(team.read(QStringLiteral("bob"), bobs), original);
    QVERIFY(result->pushed);
    QCOMPARE(team.remoteFile(bobs), original);
    const IncomingRefusal* refusal = refusalOf(*result, bobs);
    QVERIFY(refusal);
    QCOMPARE(refusal->rule, toString(IncomingRule(rule)));
    QVERIFY(refusal->author.startsWith(QLatin1String("cy ")));
    QVERIFY(!result->pulled.contains(bobs));
    if (change == QLatin1String("edit")) {
        QVERIFY2(
            refusal->what.startsWith(QLatin1String("edits notebooks/bob/intro.ipynb, which belongs to bob")),
            qPrintable(refusal->what));
        QVERIFY(refusal->copy.startsWith(QLatin1String("notebooks/cy/set-aside/intro.")));
        QCOMPARE(team.remoteFile(refusal->copy), cysEdit);
    } else {
        QVERIFY(refusal->copy.isEmpty());
    }
    // Ada, who syncs after Bob, takes nothing of it either (the correction restored it).
    auto ada = team.sync(QStringLiteral("ada"));
    QVERIFY2(ada.ok(), qPrintable(test::syncMessage(ada)));
    QCOMPARE(team.read(QStringLiteral("ada"), bobs), original);
    QVERIFY(ada->incoming.isEmpty());

    QVERIFY(flags(checkPush(team, before, pushed), bobs, IncomingRule(rule), QStringLiteral("cy")));
}

void TestIncomingReview::forcePushedEditOfOthersNotebookIsRefused()
{
    GitTeam team;
    QVERIFY(team.ok());
    const QString bobs = QStringLiteral("notebooks/bob/intro.ipynb");
    const QByteArray bobsWork = makeNotebook(QStringLiteral("bob's real work"));
    team.write(QStringLiteral("bob"), bobs, bobsWork);
    QVERIFY(team.sync(QStringLiteral("bob")).ok());
    QVERIFY(team.sync(QStringLiteral("ada")).ok());
    QCOMPARE(team.read(QStringLiteral("ada"), bobs), test::strippedForTeam(bobsWork));
    const QString before = team.remoteHead();

    // Cy never pulled Bob's commit: he rewrites the remote's history with his own version of Bob's notebook.
    const QByteArray cysEdit = test::strippedForTeam(makeNotebook(QStringLiteral("cy rewrote history")));
    team.write(QStringLiteral("cy"), bobs, cysEdit);
    QVERIFY(commitAndPush(team, QStringLiteral("cy"), QStringLiteral("mine now"), true));
    const QString pushed = team.remoteHead();
    QCOMPARE(team.remoteFile(bobs), cysEdit);

    // Ada is not the owner: a merge conflict on Bob's file used to take the remote's (Cy's) side.
    auto result = team.sync(QStringLiteral("ada"));
    QVERIFY2(result.ok(), qPrintable(test::syncMessage(result)));
    QCOMPARE(team.read(QStringLiteral("ada"), bobs), test::strippedForTeam(bobsWork));
    QCOMPARE(team.remoteFile(bobs), test::strippedForTeam(bobsWork));
    const IncomingRefusal* refusal = refusalOf(*result, bobs);
    QVERIFY(refusal);
    QCOMPARE(refusal->rule, QStringLiteral("ownership"));
    QVERIFY(refusal->author.startsWith(QLatin1String("cy ")));
    QCOMPARE(team.remoteFile(refusal->copy), cysEdit);

    // The server-side check sees the rewritten range as Cy's edit of Bob's notebook (OLD is Bob's commit).
    QVERIFY(flags(checkPush(team, before, pushed), bobs, IncomingRule::Ownership, QStringLiteral("cy")));
}

void TestIncomingReview::invalidManifestIsRefused()
{
    GitTeam team;
    QVERIFY(team.ok());
    const QByteArray valid = serializeManifest(team.manifest());
    const QString before = team.remoteHead();
    team.write(QStringLiteral("bob"), QStringLiteral("teamspace.json"), "{\"version\": 1, \"members\": [");
    QVERIFY(commitAndPush(team, QStringLiteral("bob"), QStringLiteral("oops")));
    const QString pushed = team.remoteHead();

    auto result = team.sync(QStringLiteral("ada"));
    QVERIFY2(result.ok(), qPrintable(test::syncMessage(result)));
    QCOMPARE(team.read(QStringLiteral("ada"), QStringLiteral("teamspace.json")), valid);
    QCOMPARE(team.remoteFile(QStringLiteral("teamspace.json")), valid);
    QVERIFY(loadManifest(team.clone(QStringLiteral("ada"))).ok());
    const IncomingRefusal* refusal = refusalOf(*result, QStringLiteral("teamspace.json"));
    QVERIFY(refusal);
    QCOMPARE(refusal->rule, QStringLiteral("invalid"));
    QVERIFY(refusal->author.startsWith(QLatin1String("bob ")));
    QVERIFY(refusal->copy.isEmpty());

    QVERIFY(flags(checkPush(team, before, pushed), QStringLiteral("teamspace.json"), IncomingRule::Invalid,
                  QStringLiteral("bob")));
}

void TestIncomingReview::notebookWithConflictMarkersIsRefused()
{
    GitTeam team;
    QVERIFY(team.ok());
    // Bob's own notebook, committed mid-conflict by plain git: valid for nobody.
    const QString bobs = QStringLiteral("notebooks/bob/intro.ipynb");
    const QByteArray original = team.read(QStringLiteral("ada"), bobs);
    QByteArray conflicted = original;
    conflicted.replace("\"cells\"", "<<<<<<< HEAD\n  \"cells\"");
    conflicted.append("=======\n>>>>>>> origin/main\n");
    const QString before = team.remoteHead();
    team.write(QStringLiteral("bob"), bobs, conflicted);
    QVERIFY(commitAndPush(team, QStringLiteral("bob"), QStringLiteral("merged")));
    const QString pushed = team.remoteHead();

    auto result = team.sync(QStringLiteral("ada"));
    QVERIFY2(result.ok(), qPrintable(test::syncMessage(result)));
    QCOMPARE(team.read(QStringLiteral("ada"), bobs), original);
    QCOMPARE(team.remoteFile(bobs), original);
    const IncomingRefusal* refusal = refusalOf(*result, bobs);
    QVERIFY(refusal);
    QCOMPARE(refusal->rule, QStringLiteral("invalid"));
    QVERIFY(refusal->author.startsWith(QLatin1String("bob ")));

    QVERIFY(flags(checkPush(team, before, pushed), bobs, IncomingRule::Invalid, QStringLiteral("bob")));
}

void TestIncomingReview::ownersAndLeadsChangesAreTaken()
{
    GitTeam team;
    QVERIFY(team.ok());
    // Plain git is fine when the rules hold: Bob edits his notebook, Ada (lead) adds a member.
    const QString bobs = QStringLiteral("notebooks/bob/intro.ipynb");
    const QByteArray bobsEdit = test::strippedForTeam(makeNotebook(QStringLiteral("bob, plain git")));
    const QString before = team.remoteHead();
    team.write(QStringLiteral("bob"), bobs, bobsEdit);
    QVERIFY(commitAndPush(team, QStringLiteral("bob"), QStringLiteral("edit")));
    QVERIFY(team.sync(QStringLiteral("ada")).ok());
    Manifest grown = team.manifest();
    grown.members.append(Member{QStringLiteral("dan"),
                                QStringLiteral("Dan"),
                                QStringLiteral("dan@example.org"),
                                MemberRole::Member,
                                {},
                                {}});
    team.write(QStringLiteral("ada"), QStringLiteral("teamspace.json"), serializeManifest(grown));
    QVERIFY(commitAndPush(team, QStringLiteral("ada"), QStringLiteral("add dan")));
    const QString pushed = team.remoteHead();

    auto result = team.sync(QStringLiteral("cy"));
    QVERIFY2(result.ok(), qPrintable(test::syncMessage(result)));
    QVERIFY(result->incoming.isEmpty());
    QVERIFY(result->refused.isEmpty());
    QVERIFY(result->correction.isEmpty());
    QCOMPARE(team.read(QStringLiteral("cy"), bobs), bobsEdit);
    QCOMPARE(team.read(QStringLiteral("cy"), QStringLiteral("teamspace.json")), serializeManifest(grown));
    QVERIFY(checkPush(team, before, pushed).isEmpty());
}

void TestIncomingReview::checkoutNeverWritesThroughSymlinkedFolder()
{
    GitTeam team({QStringLiteral("ada"), QStringLiteral("bob")});
    QVERIFY(team.ok());
    // A link left in Ada's working tree (by hand, or by an older version's checkout) where Bob's next push
    // puts a file: the checkout stops, naming the link, and writes nothing outside.
    const QString outside = team.root() + QStringLiteral("/outside/startup");
    QVERIFY(QDir().mkpath(outside));
    QVERIFY(QDir().mkpath(team.clone(QStringLiteral("ada")) + QStringLiteral("/notebooks/bob")));
    QVERIFY(QFile::link(outside, team.clone(QStringLiteral("ada")) + QStringLiteral("/notebooks/bob/lib")));
    team.write(QStringLiteral("bob"), QStringLiteral("notebooks/bob/lib/helpers.py"), "print('run me')\n");
    QVERIFY(commitAndPush(team, QStringLiteral("bob"), QStringLiteral("lib")));
    auto result = team.sync(QStringLiteral("ada"));
    QCOMPARE(QDir(outside).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
    if (result.ok())
        QVERIFY(
            !QFileInfo(team.clone(QStringLiteral("ada")) + QStringLiteral("/notebooks/bob/lib")).isSymLink());
    else
        QVERIFY2(result.error().message.contains(QLatin1String("notebooks/bob/lib is a symbolic link")),
                 qPrintable(test::syncMessage(result)));
}

void TestIncomingReview::teamspaceSyncsPassCheckPush()
{
    // What Teamspace itself pushes (own edits, merges, conflicts kept and set aside, others' edits set aside,
    // a lead's manifest change, a correction) never trips the server-side check.
    GitTeam team;
    QVERIFY(team.ok());
    const QStringList members{QStringLiteral("ada"), QStringLiteral("bob"), QStringLiteral("cy")};
    QString head = team.remoteHead();
    const auto syncChecked = [&](const QString& member) {
        auto result = team.sync(member);
        if (!result.ok())
            return QStringLiteral("%1: %2").arg(member, result.error().message);
        const QString now = team.remoteHead();
        QStringList found;
        for (const IncomingViolation& v : checkPush(team, head, now))
            found << QStringLiteral("%1 %2 %3: %4").arg(v.commit.left(10), v.path, toString(v.rule), v.what);
        head = now;
        return found.isEmpty() ? QString() : member + QStringLiteral(": ") + found.join(QStringLiteral("; "));
    };
    for (int round = 1; round <= 2; ++round) {
        for (const QString& member : members)
            team.write(member, QStringLiteral("notebooks/%1/round.ipynb").arg(member),
                       makeNotebook(QStringLiteral("%1 %2").arg(member).arg(round)));
        team.write(QStringLiteral("cy"), QStringLiteral("notebooks/shared/analysis.ipynb"),
                   makeNotebook(QStringLiteral("meddle")));
        team.write(QStringLiteral("ada"), QStringLiteral("notebooks/shared/helpers.py"),
                   QStringLiteral("ada %1\n").arg(round).toUtf8());
        team.write(QStringLiteral("bob"), QStringLiteral("notebooks/shared/helpers.py"),
                   QStringLiteral("bob %1\n").arg(round).toUtf8());
        for (const QString& member : members) {
            const QString problem = syncChecked(member);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
    }
    Manifest grown = team.manifest();
    grown.members[1].quotaBytes = 1000;
    team.write(QStringLiteral("ada"), QStringLiteral("teamspace.json"), serializeManifest(grown));
    QString problem = syncChecked(QStringLiteral("ada"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // A correction: Cy edits Bob's notebook with plain git (flagged), Bob's sync restores it (not flagged).
    team.write(QStringLiteral("cy"), QStringLiteral("notebooks/bob/intro.ipynb"),
               test::strippedForTeam(makeNotebook(QStringLiteral("cy"))));
    QVERIFY(commitAndPush(team, QStringLiteral("cy"), QStringLiteral("meddle")));
    QVERIFY(!checkPush(team, head, team.remoteHead()).isEmpty());
    head = team.remoteHead();
    problem = syncChecked(QStringLiteral("bob"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestIncomingReview::accountFieldIsKeptAndValidated()
{
    Manifest manifest = test::teamManifest();
    manifest.members[0].account = QStringLiteral("ada-gh");
    manifest.members[1].account = QStringLiteral("lab/bob.b");
    const QByteArray bytes = serializeManifest(manifest);
    QVERIFY(bytes.contains("\"account\": \"lab/bob.b\""));
    QVERIFY(!bytes.contains("\"account\": \"\"")); // none given: not written
    auto parsed = parseManifest(bytes);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QCOMPARE(*parsed, manifest);
    for (const QString& bad : {QStringLiteral("ada gh"), QStringLiteral("ada\n"), QStringLiteral("@ada"),
                               QStringLiteral("a/b/c"), QStringLiteral("-ada")}) {
        manifest.members[0].account = bad;
        const Status valid = validateManifest(manifest);
        QVERIFY2(!valid.ok(), qPrintable(bad));
        QVERIFY2(valid.error().message.contains(QLatin1String("members[0].account")),
                 qPrintable(valid.error().message));
    }
}

void TestIncomingReview::manifestChangesAreDescribed()
{
    const Manifest before = test::teamManifest();
    Manifest after = before;
    after.members[1].role = MemberRole::Lead;
    after.members[2].quotaBytes = 5;
    after.members.append(Member{QStringLiteral("dan"),
                                QStringLiteral("Dan"),
                                QStringLiteral("dan@example.org"),
                                MemberRole::Member,
                                {},
                                {}});
    after.notebooks[0].owner = QStringLiteral("cy");
    after.policies.largeFileGateBytes = 1;
    QCOMPARE(describeManifestChange(before, after),
             QStringLiteral(
                 "makes bob lead (was member); changes cy's quota; adds member dan as member; changes the "
                 "assignment of notebooks/shared/analysis.ipynb (owner bob → cy); changes the policies"));
    QCOMPARE(describeManifestChange(before, before), QStringLiteral("reformats it"));
}

QTEST_GUILESS_MAIN(TestIncomingReview)
#include "tst_incomingreview.moc"
