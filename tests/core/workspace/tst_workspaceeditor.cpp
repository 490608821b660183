// Members: add (creates their folders), remove (folders stay), update role and quota, who may do it,
// and bad input refused with nothing changed. Every change lands in the activity log.
#include "activity/ActivityLog.h"
#include "db/LocalDatabase.h"
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

QTEST_GUILESS_MAIN(TestWorkspaceEditor)
#include "tst_workspaceeditor.moc"
