// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// init: manifest with a fresh id, .gitignore, git repository, layout, local settings, activity; refusals.
#include "activity/ActivityLog.h"
#include "db/LocalDatabase.h"
#include "git/GitRepository.h"
#include "workspace/LocalSettings.h"
#include "workspace/WorkspaceInit.h"

#include "TestEnv.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace ts;

class TestWorkspaceInit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolateUserFolders(); }
    void createsEverythingInOneFolder();
    void separateSharedFolderKeepsGitignoreSmall();
    void keepsExistingRepositoryAndGitignore();
    void refusals();
};

namespace {

WorkspaceInitOptions options(const QString& repo, const QString& root = {})
{
    WorkspaceInitOptions o;
    o.repoDir = repo;
    o.rootDir = root;
    o.name = QStringLiteral("Vision");
    o.lead = Member{QStringLiteral("ana"), QStringLiteral("Ana"), QStringLiteral("ana@example.org"),
                    MemberRole::Member,    std::nullopt,          {}};
    return o;
}

} // namespace

void TestWorkspaceInit::createsEverythingInOneFolder()
{
    QTemporaryDir tmp;
    const QString repo = tmp.filePath(QStringLiteral("new/team")); // created
    auto report = initWorkspace(options(repo));
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
    const Workspace& ws = report->workspace;
    QVERIFY(ws.sameFolder());
    QVERIFY(report->createdRepository);
    QVERIFY(git::GitRepository::open(repo).ok());
    auto loaded = loadManifest(repo);
    QVERIFY(loaded.ok());
    QVERIFY(loaded->id.startsWith(QStringLiteral("ws-")));
    QCOMPARE(loaded->id.size(), 35);
    QCOMPARE(loaded->templateName, QStringLiteral("colab-team"));
    QCOMPARE(loaded->members.size(), 1);
    QVERIFY(loaded->isLead(QStringLiteral("ana"))); // the lead always gets role lead
    QCOMPARE(
        test::readFile(repo + QStringLiteral("/.gitignore")),
        QByteArray(
            "# Teamspace: notebook checkpoints, and data that lives in the shared folder, stay out of git\n"
            ".ipynb_checkpoints/\n/data/raw/\n/data/processed/\n/results/\n/checkpoints/\n/models/\n"));
    for (const char* dir :
         {"data/raw", "data/processed", "results/ana", "checkpoints/ana", "models", "notebooks/ana"})
        QVERIFY2(QFileInfo(repo + u'/' + QLatin1String(dir)).isDir(), dir);
    QCOMPARE(LocalSettings::memberId(loaded->id), QStringLiteral("ana"));
    QCOMPARE(LocalSettings::rootPath(loaded->id), ws.repoDir);
    QCOMPARE(LocalSettings::recentWorkspaces().value(0), ws.repoDir);
    auto db = db::openLocalDatabase(ws.databasePath);
    auto entries = ActivityLog::query(*db, {}, 100);
    QCOMPARE(entries->last().action, QStringLiteral("workspace.init"));
    QCOMPARE(entries->size(), 1 + report->layout.created.size());
    // A second workspace gets another id.
    QTemporaryDir other;
    auto second = initWorkspace(options(other.path()));
    QVERIFY(second.ok());
    QVERIFY(second->workspace.manifest.id != loaded->id);
}

void TestWorkspaceInit::separateSharedFolderKeepsGitignoreSmall()
{
    QTemporaryDir repo, root;
    auto report = initWorkspace(options(repo.path(), root.path()));
    QVERIFY(report.ok());
    QCOMPARE(test::readFile(repo.filePath(QStringLiteral(".gitignore"))),
             QByteArray("# Teamspace: notebook checkpoints, and data that lives in the shared folder, stay "
                        "out of git\n.ipynb_checkpoints/\n"));
    QVERIFY(QFileInfo(root.filePath(QStringLiteral("data/raw"))).isDir());
    QVERIFY(!QFileInfo::exists(repo.filePath(QStringLiteral("data"))));
    QVERIFY(QFileInfo(repo.filePath(QStringLiteral("notebooks/ana"))).isDir());
    QVERIFY(!QFileInfo::exists(root.filePath(QStringLiteral(".git")))); // never git in the shared folder
    QCOMPARE(LocalSettings::rootPath(report->workspace.manifest.id),
             QFileInfo(root.path()).canonicalFilePath());
}

void TestWorkspaceInit::keepsExistingRepositoryAndGitignore()
{
    QTemporaryDir repo;
    QVERIFY(git::GitRepository::init(repo.path()).ok());
    test::writeFile(repo.filePath(QStringLiteral(".gitignore")), "*.pyc\n/models/");
    auto report = initWorkspace(options(repo.path()));
    QVERIFY(report.ok());
    QVERIFY(!report->createdRepository);
    QCOMPARE(report->gitignoreAdded, (QStringList{".ipynb_checkpoints/", "/data/raw/", "/data/processed/",
                                                  "/results/", "/checkpoints/"}));
    QVERIFY(test::readFile(repo.filePath(QStringLiteral(".gitignore")))
                .startsWith("*.pyc\n/models/\n# Teamspace"));
}

void TestWorkspaceInit::refusals()
{
    QTemporaryDir tmp;
    const QString root = tmp.filePath(QStringLiteral("shared"));
    QVERIFY(QDir().mkpath(root + QStringLiteral("/data/raw")));
    const auto before = test::snapshotTree(tmp.path());

    auto inside = initWorkspace(options(root + QStringLiteral("/data/raw/repo"), root));
    QVERIFY(!inside.ok());
    QVERIFY(inside.error().kind == ErrorKind::Usage);
    QVERIFY2(inside.error().message.contains(QStringLiteral(
                 "the repository would be inside data/raw, which the layout keeps in the shared folder")),
             qPrintable(inside.error().message));
    auto results = initWorkspace(options(root + QStringLiteral("/results/ana/repo"), root));
    QVERIFY(!results.ok());
    auto rootInRepo = initWorkspace(options(tmp.path(), root));
    QVERIFY(!rootInRepo.ok());
    QVERIFY(rootInRepo.error().message.contains(QStringLiteral("would be inside the repository")));
    auto missingRoot =
        initWorkspace(options(tmp.filePath(QStringLiteral("r")), tmp.filePath(QStringLiteral("nowhere"))));
    QVERIFY(!missingRoot.ok());
    WorkspaceInitOptions badTemplate = options(tmp.filePath(QStringLiteral("r")));
    badTemplate.templateName = QStringLiteral("kaggle");
    QVERIFY(initWorkspace(badTemplate).error().kind == ErrorKind::Usage);
    WorkspaceInitOptions badLead = options(tmp.filePath(QStringLiteral("r")));
    badLead.lead.id = QStringLiteral("../ana");
    QVERIFY(initWorkspace(badLead).error().kind == ErrorKind::BadInput);
    WorkspaceInitOptions badName = options(tmp.filePath(QStringLiteral("r")));
    badName.name = QStringLiteral("two\nlines");
    QVERIFY(initWorkspace(badName).error().kind == ErrorKind::BadInput);
    QCOMPARE(test::snapshotTree(tmp.path()), before);

    QTemporaryDir existing;
    QVERIFY(initWorkspace(options(existing.path())).ok());
    const auto initialised = test::snapshotTree(existing.path());
    auto twice = initWorkspace(options(existing.path()));
    QVERIFY(!twice.ok());
    QVERIFY(twice.error().message.contains(QStringLiteral("already a Teamspace workspace")));
    QCOMPARE(test::snapshotTree(existing.path()), initialised);
}

QTEST_GUILESS_MAIN(TestWorkspaceInit)
#include "tst_workspaceinit.moc"
