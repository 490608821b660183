// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Members: add (creates their folders), remove (folders stay), update role and quota, who may do it,
// and bad input refused with nothing changed. Every change lands in the activity log.
#include "activity/ActivityLog.h"
#include "db/LocalDatabase.h"
#include "workspace/ManifestEdit.h"
#include "workspace/WorkspaceEditor.h"

#include "TestEnv.h"
#include "WorkspaceBuilder.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace ts;

class TestWorkspaceEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolateUserFolders(); }
    void addCreatesFoldersSavesAndLogs();
    void addRefusesBadInputAndChangesNothing_data();
    void addRefusesBadInputAndChangesNothing();
    void removeKeepsFolders();
    void removeRefusesOwnersAndLastLead();
    void updateRoleAndQuota();
    void onlyTheLeadChangesTheTeam();
    // Shared edits (issue 13): two programs editing teamspace.json from the copies they read.
    void staleAddKeepsTheOtherWritersMember();
    void updateOfAMemberSomeoneElseChangedIsRefused_data();
    void updateOfAMemberSomeoneElseChangedIsRefused();
    void refusedRemovalLeavesTheManifestByteIdentical();
    void staleRemovalIsJudgedOnTheCurrentFile();
    void sizesKeepTheirBytes();
};

namespace {

Member member(const QString& id, MemberRole role = MemberRole::Member,
              std::optional<qint64> quota = std::nullopt)
{
    return Member{id, QStringLiteral("Name of ") + id, id + QStringLiteral("@example.org"), role, quota, {}};
}

QStringList actionsLogged(const Workspace& ws)
{
    auto db = db::openLocalDatabase(ws.databasePath);
    auto entries = ActivityLog::query(*db, {}, 1000);
    QStringList result;
    for (const ActivityEntry& e : *entries)
        result.prepend(e.action + (e.path.isEmpty() ? QString() : u' ' + e.path));
    return result;
}

// The workspace as another program (the GUI kept open, a second CLI) reads it: its own copy of the manifest.
Workspace openAs(const Workspace& ws, const QString& me = QStringLiteral("ana"))
{
    WorkspaceOpenOptions options;
    options.workspaceDir = ws.repoDir;
    options.rootDir = ws.rootDir;
    options.memberId = me;
    auto opened = openWorkspace(options);
    if (!opened)
        qFatal("openWorkspace: %s", qPrintable(opened.error().message));
    return *opened;
}

QByteArray manifestFile(const Workspace& ws)
{
    return test::readFile(ws.repoDir + QStringLiteral("/teamspace.json"));
}

QStringList memberIds(const Manifest& m)
{
    QStringList ids;
    for (const Member& member : m.members)
        ids << member.id;
    return ids;
}

} // namespace

void TestWorkspaceEditor::addCreatesFoldersSavesAndLogs()
{
    QTemporaryDir repo, root;
    Workspace ws = test::makeWorkspace(repo.path(), root.path());
    const int loggedBefore = actionsLogged(ws).size();
    auto report =
        WorkspaceEditor(ws).addMember(member(QStringLiteral("zoe"), MemberRole::Member, 15'000'000'000));
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
    QCOMPARE(report->createdFolders.size(), 3);
    for (const QString& dir :
         {root.filePath(QStringLiteral("results/zoe")), root.filePath(QStringLiteral("checkpoints/zoe")),
          repo.filePath(QStringLiteral("notebooks/zoe"))})
        QVERIFY2(QFileInfo(dir).isDir(), qPrintable(dir));
    // Saved: a fresh load sees the member with its quota; the in-memory workspace is updated too.
    auto loaded = loadManifest(repo.path());
    QVERIFY(loaded.ok());
    QVERIFY(loaded->member(QStringLiteral("zoe")));
    QCOMPARE(loaded->member(QStringLiteral("zoe"))->quotaBytes, std::optional<qint64>(15'000'000'000));
    QVERIFY(*loaded == ws.manifest);
    QCOMPARE(actionsLogged(ws).mid(loggedBefore),
             (QStringList{"member.add", "layout.create results/zoe", "layout.create checkpoints/zoe",
                          "layout.create notebooks/zoe"}));
    auto again = WorkspaceEditor(ws).addMember(member(QStringLiteral("zoe")));
    QVERIFY(!again.ok());
    QVERIFY(again.error().kind == ErrorKind::Usage);
    QCOMPARE(again.error().message,
             QStringLiteral("member zoe already exists (see `teamspace-cli member list`)"));
}

void TestWorkspaceEditor::addRefusesBadInputAndChangesNothing_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("message");
    QTest::newRow("dotdot") << "../x"
                            << "x@y.org"
                            << R"(member id "../x" is not a valid member id (use a-z, 0-9, . _ -))";
    QTest::newRow("slash") << "a/b"
                           << "x@y.org"
                           << R"(member id "a/b" is not a valid member id (use a-z, 0-9, . _ -))";
    QTest::newRow("NUL") << QStringLiteral("a") + QChar(0) << "x@y.org"
                         << R"(member id "a?" is not a valid member id (use a-z, 0-9, . _ -))";
    QTest::newRow("too long") << QString(33, u'a') << "x@y.org"
                              << QStringLiteral(
                                     "member id \"%1\" is not a valid member id (use a-z, 0-9, . _ -)")
                                     .arg(QString(33, u'a'));
    QTest::newRow("email") << "zoe"
                           << "zoe at home"
                           << R"(member zoe: the e-mail "zoe at home" is not an address (name@host))";
}

void TestWorkspaceEditor::addRefusesBadInputAndChangesNothing()
{
    QFETCH(QString, id);
    QFETCH(QString, email);
    QFETCH(QString, message);
    QTemporaryDir repo, root;
    Workspace ws = test::makeWorkspace(repo.path(), root.path());
    const auto repoBefore = test::snapshotTree(repo.path());
    const auto rootBefore = test::snapshotTree(root.path());
    Member m = member(id);
    m.email = email;
    auto report = WorkspaceEditor(ws).addMember(m);
    QVERIFY(!report.ok());
    QVERIFY(report.error().kind == ErrorKind::BadInput);
    QCOMPARE(report.error().message, message);
    QCOMPARE(test::snapshotTree(repo.path()), repoBefore);
    QCOMPARE(test::snapshotTree(root.path()), rootBefore);
}

void TestWorkspaceEditor::removeKeepsFolders()
{
    QTemporaryDir repo, root;
    Workspace ws =
        test::makeWorkspace(repo.path(), root.path(), QStringLiteral("colab-team"), {QStringLiteral("bo")});
    test::writeFile(root.filePath(QStringLiteral("results/bo/run1.csv")), "a,b\n");
    auto report = WorkspaceEditor(ws).removeMember(QStringLiteral("bo"));
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
    QCOMPARE(report->member.id, QStringLiteral("bo"));
    QStringList kept;
    for (const ExpectedFolder& f : report->keptFolders)
        kept << f.path;
    QCOMPARE(kept, (QStringList{"results/bo", "checkpoints/bo", "notebooks/bo"}));
    QCOMPARE(test::readFile(root.filePath(QStringLiteral("results/bo/run1.csv"))), QByteArray("a,b\n"));
    QVERIFY(QFileInfo(repo.filePath(QStringLiteral("notebooks/bo"))).isDir());
    QVERIFY(!loadManifest(repo.path())->member(QStringLiteral("bo")));
    QVERIFY(actionsLogged(ws).last().startsWith(QStringLiteral("member.remove")));
    auto unknown = WorkspaceEditor(ws).removeMember(QStringLiteral("bo"));
    QVERIFY(!unknown.ok());
    QVERIFY(unknown.error().kind == ErrorKind::Usage);
}

void TestWorkspaceEditor::removeRefusesOwnersAndLastLead()
{
    QTemporaryDir repo, root;
    Workspace ws = test::makeWorkspace(repo.path(), root.path(), QStringLiteral("colab-team"),
                                       {QStringLiteral("bo"), QStringLiteral("cy")});
    Manifest m = ws.manifest;
    m.notebooks << NotebookAssignment{QStringLiteral("notebooks/ana/a.ipynb"),
                                      QStringLiteral("ana"),
                                      QStringLiteral("cy"),
                                      std::nullopt,
                                      std::nullopt,
                                      {}};
    QVERIFY(saveManifest(m, ws.repoDir).ok());
    ws.manifest = m;
    const QByteArray manifestBefore = test::readFile(repo.filePath(QStringLiteral("teamspace.json")));
    auto runner = WorkspaceEditor(ws).removeMember(QStringLiteral("cy"));
    QVERIFY(!runner.ok());
    QVERIFY(runner.error().kind == ErrorKind::Usage);
    QVERIFY2(runner.error().message.startsWith(QStringLiteral(
                 "member cy owns or runs 1 notebook(s) (notebooks/ana/a.ipynb): reassign them first")),
             qPrintable(runner.error().message));
    auto lead = WorkspaceEditor(ws).removeMember(QStringLiteral("ana"));
    QVERIFY(!lead.ok()); // ana owns a notebook too; after reassigning, the last-lead rule still holds
    m.notebooks.clear();
    QVERIFY(saveManifest(m, ws.repoDir).ok());
    ws.manifest = m;
    auto lastLead = WorkspaceEditor(ws).removeMember(QStringLiteral("ana"));
    QVERIFY(!lastLead.ok());
    QCOMPARE(lastLead.error().message,
             QStringLiteral("member ana is the only lead: make another member lead first"));
    QVERIFY(test::readFile(repo.filePath(QStringLiteral("teamspace.json"))) !=
            manifestBefore); // the save above
    QCOMPARE(ws.manifest.members.size(), 3);
}

void TestWorkspaceEditor::updateRoleAndQuota()
{
    QTemporaryDir repo, root;
    Workspace ws =
        test::makeWorkspace(repo.path(), root.path(), QStringLiteral("colab-team"), {QStringLiteral("bo")});
    WorkspaceEditor editor(ws);
    auto demoteOnlyLead = editor.updateMember(member(QStringLiteral("ana"), MemberRole::Member));
    QVERIFY(!demoteOnlyLead.ok());
    QVERIFY(editor.updateMember(member(QStringLiteral("bo"), MemberRole::Lead, 5'000)).ok());
    auto loaded = loadManifest(repo.path());
    QVERIFY(loaded->isLead(QStringLiteral("bo")));
    QCOMPARE(loaded->member(QStringLiteral("bo"))->quotaBytes, std::optional<qint64>(5'000));
    QVERIFY(editor.updateMember(member(QStringLiteral("ana"), MemberRole::Member)).ok()); // bo leads now
    QVERIFY(!loadManifest(repo.path())->isLead(QStringLiteral("ana")));
    QVERIFY(!editor.updateMember(member(QStringLiteral("nobody"))).ok());
}

void TestWorkspaceEditor::onlyTheLeadChangesTheTeam()
{
    QTemporaryDir repo, root;
    Workspace ws =
        test::makeWorkspace(repo.path(), root.path(), QStringLiteral("colab-team"), {QStringLiteral("bo")});
    const auto before = test::snapshotTree(repo.path());
    ws.me = QStringLiteral("bo");
    auto add = WorkspaceEditor(ws).addMember(member(QStringLiteral("cy")));
    QVERIFY(!add.ok());
    QVERIFY(add.error().kind == ErrorKind::Usage);
    QVERIFY(add.error().message.startsWith(QStringLiteral("bo is not a lead of this workspace")));
    ws.me.clear();
    QVERIFY(WorkspaceEditor(ws)
                .removeMember(QStringLiteral("bo"))
                .error()
                .message.contains(QStringLiteral("who are you")));
    QCOMPARE(test::snapshotTree(repo.path()), before);
    // Creating missing folders is not a team decision: any member may.
    ws.me = QStringLiteral("bo");
    QVERIFY(QDir(repo.filePath(QStringLiteral("notebooks/bo"))).removeRecursively());
    auto applied = WorkspaceEditor(ws).applyLayout();
    QVERIFY(applied.ok());
    QCOMPARE(applied->created.size(), 1);
}

void TestWorkspaceEditor::staleAddKeepsTheOtherWritersMember()
{
    QTemporaryDir repo, root;
    const Workspace made = test::makeWorkspace(repo.path(), root.path());
    Workspace cli = openAs(made);
    Workspace gui = openAs(made); // read before frank was added, kept open
    QVERIFY(WorkspaceEditor(cli).addMember(member(QStringLiteral("frank"))).ok());
    auto gina = WorkspaceEditor(gui).addMember(member(QStringLiteral("gina")));
    QVERIFY2(gina.ok(), qPrintable(gina.ok() ? QString() : gina.error().message));
    QCOMPARE(memberIds(*loadManifest(repo.path())), (QStringList{"ana", "frank", "gina"}));
    QCOMPARE(memberIds(gui.manifest), (QStringList{"ana", "frank", "gina"}));
    QCOMPARE(gui.manifestBytes, manifestFile(gui));
    QVERIFY(QFileInfo(root.filePath(QStringLiteral("results/frank"))).isDir());
    QVERIFY(QFileInfo(root.filePath(QStringLiteral("results/gina"))).isDir());
    const QStringList logged = actionsLogged(gui);
    QCOMPARE(logged.count(QStringLiteral("member.add")), 2);
}

void TestWorkspaceEditor::updateOfAMemberSomeoneElseChangedIsRefused_data()
{
    QTest::addColumn<bool>("removed");
    QTest::addColumn<QString>("message");
    QTest::newRow("removed") << true
                             << "teamspace.json changed since it was read: member frank was removed by "
                                "someone else; reload and try again";
    QTest::newRow("changed") << false
                             << "teamspace.json changed since it was read: member frank was changed by "
                                "someone else; reload and try again";
}

void TestWorkspaceEditor::updateOfAMemberSomeoneElseChangedIsRefused()
{
    QFETCH(bool, removed);
    QFETCH(QString, message);
    QTemporaryDir repo, root;
    const Workspace made = test::makeWorkspace(repo.path(), root.path(), QStringLiteral("colab-team"),
                                               {QStringLiteral("frank")});
    Workspace cli = openAs(made);
    Workspace gui = openAs(made);
    if (removed)
        QVERIFY(WorkspaceEditor(cli).removeMember(QStringLiteral("frank")).ok());
    else
        QVERIFY(WorkspaceEditor(cli).updateMember(member(QStringLiteral("frank"), MemberRole::Lead)).ok());
    const QByteArray after = manifestFile(cli);
    const int logged = actionsLogged(cli).size();
    Member renamed = *gui.manifest.member(QStringLiteral("frank"));
    renamed.name = QStringLiteral("Frank Castle");
    auto refused = WorkspaceEditor(gui).updateMember(renamed);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().kind == ErrorKind::Failed);
    QCOMPARE(refused.error().message, message);
    QCOMPARE(manifestFile(gui), after);
    QCOMPARE(actionsLogged(gui).size(), logged);
    // The same for a removal: the editor does not remove a member it no longer knows as they are.
    if (!removed) {
        QCOMPARE(WorkspaceEditor(gui).removeMember(QStringLiteral("frank")).error().message, message);
        QCOMPARE(manifestFile(gui), after);
    }
}

void TestWorkspaceEditor::refusedRemovalLeavesTheManifestByteIdentical()
{
    QTemporaryDir repo, root;
    Workspace ws =
        test::makeWorkspace(repo.path(), root.path(), QStringLiteral("colab-team"), {QStringLiteral("bo")});
    ManifestEdit assign;
    assign.apply = [](const Manifest& current) -> Result<Manifest> {
        Manifest updated = current;
        updated.notebooks << NotebookAssignment{
            QStringLiteral("notebooks/bo/a.ipynb"), QStringLiteral("bo"), QString(), 3'000'000'000, {}, {}};
        return updated;
    };
    QVERIFY(editManifest(ws, assign).ok());
    const QByteArray before = manifestFile(ws);
    const auto repoBefore = test::snapshotTree(repo.path());
    QVERIFY(!WorkspaceEditor(ws).removeMember(QStringLiteral("bo")).ok());  // owns a notebook
    QVERIFY(!WorkspaceEditor(ws).removeMember(QStringLiteral("ana")).ok()); // the last lead
    QCOMPARE(manifestFile(ws), before);
    QCOMPARE(test::snapshotTree(repo.path()), repoBefore);
    QCOMPARE(ws.manifestBytes, before);
}

void TestWorkspaceEditor::staleRemovalIsJudgedOnTheCurrentFile()
{
    // The rules of a removal hold for the file as it is, not as a stale copy shows it: bo was given a
    // notebook and ana's co-lead stepped down after `gui` read the manifest. Today's code wrote the stale
    // copy back.
    QTemporaryDir repo, root;
    const Workspace made = test::makeWorkspace(repo.path(), root.path(), QStringLiteral("colab-team"),
                                               {QStringLiteral("bo"), QStringLiteral("cy")});
    Workspace cli = openAs(made);
    QVERIFY(WorkspaceEditor(cli).updateMember(member(QStringLiteral("cy"), MemberRole::Lead)).ok());
    Workspace gui = openAs(made); // two leads, bo owns nothing
    ManifestEdit assign;
    assign.apply = [](const Manifest& current) -> Result<Manifest> {
        Manifest updated = current;
        updated.notebooks << NotebookAssignment{QStringLiteral("notebooks/cy/a.ipynb"),
                                                QStringLiteral("cy"),
                                                QStringLiteral("bo"),
                                                std::nullopt,
                                                std::nullopt,
                                                {}};
        return updated;
    };
    QVERIFY(editManifest(cli, assign).ok());
    QVERIFY(WorkspaceEditor(cli).updateMember(member(QStringLiteral("cy"), MemberRole::Member)).ok());
    const QByteArray current = manifestFile(cli);

    auto runner = WorkspaceEditor(gui).removeMember(QStringLiteral("bo"));
    QVERIFY(!runner.ok());
    QVERIFY2(runner.error().message.startsWith(QStringLiteral(
                 "member bo owns or runs 1 notebook(s) (notebooks/cy/a.ipynb): reassign them first")),
             qPrintable(runner.error().message));
    QCOMPARE(manifestFile(gui), current);
    auto lastLead = WorkspaceEditor(gui).removeMember(QStringLiteral("ana"));
    QVERIFY(!lastLead.ok());
    QCOMPARE(lastLead.error().message,
             QStringLiteral("member ana is the only lead: make another member lead first"));
    QCOMPARE(manifestFile(gui), current);
}

void TestWorkspaceEditor::sizesKeepTheirBytes()
{
    QTemporaryDir repo, root;
    Workspace ws = test::makeWorkspace(repo.path(), root.path());
    QVERIFY(WorkspaceEditor(ws)
                .addMember(member(QStringLiteral("zoe"), MemberRole::Member, 12'000'000'000))
                .ok());
    ManifestEdit assign;
    assign.apply = [](const Manifest& current) -> Result<Manifest> {
        Manifest updated = current;
        updated.notebooks << NotebookAssignment{QStringLiteral("notebooks/zoe/a.ipynb"),
                                                QStringLiteral("zoe"),
                                                QString(),
                                                12'025'908'429,
                                                {},
                                                {}};
        return updated;
    };
    QVERIFY(editManifest(ws, assign).ok());
    // parse → write is exact, byte for byte.
    const QByteArray bytes = manifestFile(ws);
    QVERIFY(bytes.contains("\"quotaBytes\": 12000000000,") ||
            bytes.contains("\"quotaBytes\": 12000000000\n"));
    QVERIFY(bytes.contains("\"expectedOutputBytes\": 12025908429"));
    QCOMPARE(serializeManifest(*parseManifest(bytes)), bytes);
    // Changing only the name (the quota passed back as read) keeps the quota's bytes and the rest of the
    // file.
    Member renamed = *ws.manifest.member(QStringLiteral("zoe"));
    renamed.name = QStringLiteral("Zoe Z.");
    QVERIFY(WorkspaceEditor(ws).updateMember(renamed).ok());
    const QByteArray after = manifestFile(ws);
    QCOMPARE(loadManifest(repo.path())->member(QStringLiteral("zoe"))->quotaBytes,
             std::optional<qint64>(12'000'000'000));
    QByteArray expected = bytes;
    expected.replace("\"Name of zoe\"", "\"Zoe Z.\"");
    QCOMPARE(after, expected);
}

QTEST_GUILESS_MAIN(TestWorkspaceEditor)
#include "tst_workspaceeditor.moc"
