// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// What this computer remembers for a workspace (issue 17): a clone with no settings has no shared folder and
// never writes into its repository's folder (layout apply, scan, raw protection, hazards all refuse and name
// the fix; reading commands still work); `teamspace-cli config root|me|show` remembers and shows both,
// refusing the repository unless the workspace was created as one folder for both; a later open restores
// them.
#include "CliRunner.h"
#include "GitTeam.h"
#include "TestEnv.h"
#include "WorkspaceBuilder.h"

#include "permissions/RawFolders.h"
#include "services/LocalSetup.h"
#include "services/ScanService.h"
#include "services/WorkspaceSetup.h"
#include "workspace/LayoutPlanner.h"
#include "workspace/LocalSettings.h"

#include <QDir>
#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

using namespace ts;

class TestLocalSetup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void aCloneWithNoSettingsNeverWritesIntoItsRepository();
    void configRemembersAndAnOpenRestores();
    void configRefusesTheRepositoryUnlessCreatedAsOneFolder();
    void aMissingRememberedFolderOpensWithoutOneWhenAsked();

private:
    // A fresh clone of the lead's repository (a path no settings know).
    QString clone(const QString& name) const;
    // Every file and folder under `dir` except .git, relative.
    static QStringList entriesOutsideGit(const QString& dir);

    QTemporaryDir m_tmp;
    QString m_repo;
    QString m_root;
};

void TestLocalSetup::initTestCase()
{
    test::isolateUserFolders();
    QVERIFY(m_tmp.isValid());
    m_repo = m_tmp.filePath(QStringLiteral("lead/repo"));
    m_root = m_tmp.filePath(QStringLiteral("share"));
    QVERIFY(QDir().mkpath(m_root));
    test::makeWorkspace(m_repo, m_root, QStringLiteral("colab-team"), {QStringLiteral("ben")});
    test::writeFile(m_root + QStringLiteral("/data/raw/a.csv"), "x,y\n1,2\n");
    test::runGit(m_repo, {QStringLiteral("add"), QStringLiteral("-A")});
    test::runGit(m_repo, {QStringLiteral("-c"), QStringLiteral("user.name=Ana"), QStringLiteral("-c"),
                          QStringLiteral("user.email=ana@example.org"), QStringLiteral("commit"),
                          QStringLiteral("-qm"), QStringLiteral("workspace")});
    QVERIFY(!test::runGit(m_repo, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}).isEmpty());
}

QString TestLocalSetup::clone(const QString& name) const
{
    const QString dir = m_tmp.filePath(name);
    test::runGit(m_tmp.path(), {QStringLiteral("clone"), QStringLiteral("-q"), m_repo, dir});
    return QFileInfo(dir).canonicalFilePath();
}

QStringList TestLocalSetup::entriesOutsideGit(const QString& dir)
{
    QStringList entries;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString relative = QDir(dir).relativeFilePath(it.next());
        if (relative != QLatin1String(".git") && !relative.startsWith(QLatin1String(".git/")))
            entries << relative;
    }
    entries.sort();
    return entries;
}

void TestLocalSetup::aCloneWithNoSettingsNeverWritesIntoItsRepository()
{
    const QString repo = clone(QStringLiteral("bare-clone"));
    QVERIFY(QFileInfo::exists(repo + QStringLiteral("/teamspace.json")));
    const QStringList before = entriesOutsideGit(repo);

    // The core: no shared folder, and every writer or scanner refuses.
    auto ws = openWorkspace(WorkspaceOpenOptions{repo, {}, {}, {}});
    QVERIFY2(ws, ws ? "" : qPrintable(ws.error().message));
    QVERIFY(!ws->hasSharedFolder());
    QVERIFY(!ws->sameFolder());
    auto applied = LayoutPlanner(*ws).apply();
    QVERIFY(!applied);
    QVERIFY2(applied.error().message.contains(QLatin1String("config root")),
             qPrintable(applied.error().message));
    auto scanned = services::scan(*ws, {}, {});
    QVERIFY(!scanned);
    QCOMPARE(scanned.error().kind, ErrorKind::Usage);
    QVERIFY(!permissions::rawFoldersOf(*ws));
    auto layout = LayoutPlanner(*ws).inspect();
    QVERIFY(layout);
    QVERIFY(layout->sharedFolderUnknown);
    for (const ExpectedFolder& folder : layout->folders)
        QVERIFY(folder.location == FolderLocation::Repository);
    // A member's folders in the shared folder are not created anywhere while it is unknown.
    auto memberFolders = LayoutPlanner(*ws).apply(QStringLiteral("ben"));
    QVERIFY(memberFolders);
    for (const ExpectedFolder& folder : memberFolders->created)
        QVERIFY(folder.location == FolderLocation::Repository); // notebooks/ben: a repository folder
    QVERIFY(!memberFolders->noSharedFolder.isEmpty());
    const QStringList afterMemberFolders = entriesOutsideGit(repo);

    // The CLI, as a teammate would run it in the clone: writers and scanners exit 2 naming the fix.
    test::CliOptions in;
    in.workingDir = repo;
    const QList<QStringList> refused = {{QStringLiteral("layout"), QStringLiteral("apply")},
                                        {QStringLiteral("scan")},
                                        {QStringLiteral("raw"), QStringLiteral("protect")},
                                        {QStringLiteral("raw"), QStringLiteral("baseline")},
                                        {QStringLiteral("hazards")}};
    for (const QStringList& args : refused) {
        const test::CliOutput out =
            test::runCliWith(QStringList{QStringLiteral("--as"), QStringLiteral("ana")} + args, in);
        QVERIFY2(out.exitCode == 2,
                 qPrintable(args.join(u' ') + QStringLiteral(": exit %1: ").arg(out.exitCode) +
                            QString::fromUtf8(out.err)));
        QVERIFY2(out.err.contains("config root"), out.err.constData());
    }
    // Reading commands still work.
    const test::CliOutput check =
        test::runCliWith({QStringLiteral("--json"), QStringLiteral("layout"), QStringLiteral("check")}, in);
    QVERIFY2(check.exitCode == 0 || check.exitCode == 1, check.err.constData());
    QCOMPARE(check.json().value(QStringLiteral("sharedFolderSet")).toBool(true), false);
    const test::CliOutput list = test::runCliWith({QStringLiteral("notebook"), QStringLiteral("list")}, in);
    QVERIFY2(list.exitCode == 0, list.err.constData());
    const test::CliOutput show =
        test::runCliWith({QStringLiteral("--json"), QStringLiteral("config"), QStringLiteral("show")}, in);
    QCOMPARE(show.exitCode, 0);
    QVERIFY(show.json().value(QStringLiteral("root")).isNull());

    // Nothing was created in the repository's folder but the member's repository folder asked for above.
    QVERIFY(before.size() <= afterMemberFolders.size());
    for (const QString& entry : afterMemberFolders)
        QVERIFY2(before.contains(entry) || entry.startsWith(QLatin1String("notebooks")), qPrintable(entry));
    QCOMPARE(entriesOutsideGit(repo), afterMemberFolders);
}

void TestLocalSetup::configRemembersAndAnOpenRestores()
{
    const QString repo = clone(QStringLiteral("ben-clone"));
    test::CliOptions in;
    in.workingDir = repo;
    const test::CliOutput root =
        test::runCliWith({QStringLiteral("config"), QStringLiteral("root"), m_root}, in);
    QVERIFY2(root.exitCode == 0, root.err.constData());
    const test::CliOutput me =
        test::runCliWith({QStringLiteral("config"), QStringLiteral("me"), QStringLiteral("ben")}, in);
    QVERIFY2(me.exitCode == 0, me.err.constData());
    const test::CliOutput nobody =
        test::runCliWith({QStringLiteral("config"), QStringLiteral("me"), QStringLiteral("zed")}, in);
    QCOMPARE(nobody.exitCode, 2);
    QVERIFY(nobody.err.contains("zed"));

    // A later run, with no flags, knows both.
    const test::CliOutput show =
        test::runCliWith({QStringLiteral("--json"), QStringLiteral("config"), QStringLiteral("show")}, in);
    QCOMPARE(show.json().value(QStringLiteral("me")).toString(), QStringLiteral("ben"));
    QCOMPARE(show.json().value(QStringLiteral("root")).toString(), QFileInfo(m_root).canonicalFilePath());
    auto ws = openWorkspace(WorkspaceOpenOptions{repo, {}, {}, {}});
    QVERIFY(ws);
    QCOMPARE(ws->me, QStringLiteral("ben"));
    QCOMPARE(ws->rootDir, QFileInfo(m_root).canonicalFilePath());
    const test::CliOutput check = test::runCliWith({QStringLiteral("layout"), QStringLiteral("check")}, in);
    QVERIFY2(check.exitCode == 0 || check.exitCode == 1, check.err.constData());
    QVERIFY(!check.out.contains("No shared folder"));
}

void TestLocalSetup::configRefusesTheRepositoryUnlessCreatedAsOneFolder()
{
    const QString repo = clone(QStringLiteral("sneaky-clone"));
    test::CliOptions in;
    in.workingDir = repo;
    for (const QString& folder : {repo, QFileInfo(repo).path()}) {
        const test::CliOutput out =
            test::runCliWith({QStringLiteral("config"), QStringLiteral("root"), folder}, in);
        QVERIFY2(out.exitCode == 2, qPrintable(folder));
        QVERIFY2(out.err.contains("notebook repository"), out.err.constData());
    }
    const test::CliOutput missing = test::runCliWith(
        {QStringLiteral("config"), QStringLiteral("root"), m_tmp.filePath(QStringLiteral("nowhere"))}, in);
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains("nowhere"));
    auto ws = openWorkspace(WorkspaceOpenOptions{repo, {}, {}, {}});
    QVERIFY(ws);
    QVERIFY(!ws->hasSharedFolder()); // nothing was remembered

    // A workspace created as one folder for both: its clone may name the repository.
    const QString one = m_tmp.filePath(QStringLiteral("one/repo"));
    test::makeWorkspace(one);
    auto oneWs = openWorkspace(WorkspaceOpenOptions{one, {}, {}, {}});
    QVERIFY(oneWs);
    QVERIFY(oneWs->sameFolder()); // init remembered it explicitly
    QVERIFY(services::createdAsOneFolder(oneWs->manifest, oneWs->repoDir));
    QVERIFY(!services::createdAsOneFolder(ws->manifest, ws->repoDir));
    test::CliOptions inOne;
    inOne.workingDir = one;
    const test::CliOutput same =
        test::runCliWith({QStringLiteral("config"), QStringLiteral("root"), one}, inOne);
    QVERIFY2(same.exitCode == 0, same.err.constData());
}

void TestLocalSetup::aMissingRememberedFolderOpensWithoutOneWhenAsked()
{
    const QString repo = clone(QStringLiteral("moved-clone"));
    const QString gone = m_tmp.filePath(QStringLiteral("gone-share"));
    QVERIFY(QDir().mkpath(gone));
    auto ws = services::openForLocalSetup(repo);
    QVERIFY(ws);
    QVERIFY(services::rememberSharedFolder(*ws, gone));
    QVERIFY(QDir(gone).removeRecursively());
    auto strict = openWorkspace(WorkspaceOpenOptions{repo, {}, {}, {}});
    QVERIFY(!strict); // the CLI: the shared folder is not there
    QVERIFY(strict.error().message.contains(QLatin1String("gone-share")));
    WorkspaceOpenOptions lenient{repo, {}, {}, {}};
    lenient.missingRootIsUnset = true;
    auto opened = openWorkspace(lenient);
    QVERIFY(opened);
    QVERIFY(!opened->hasSharedFolder());
    QCOMPARE(opened->missingRootDir,
             QFileInfo(m_tmp.path()).canonicalFilePath() + QStringLiteral("/gone-share"));
}

QTEST_GUILESS_MAIN(TestLocalSetup)
#include "tst_localsetup.moc"
