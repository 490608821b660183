// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// `teamspace-cli join` (issue 17) on a machine with no settings (isolated HOME and XDG folders): from a local
// bare remote and from an HTTP remote on 127.0.0.1 with the real keychain (registered KEYCHAIN), refusals
// that leave nothing behind, a join interrupted by kill -9, and a joined member's sync round trip with the
// lead.
#include "CliRunner.h"
#include "FileFacts.h"
#include "GitTeam.h"
#include "HttpGitServer.h"
#include "TestEnv.h"

#include "git/GitRepository.h"
#include "workspace/Manifest.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QProcess>
#include <QTest>

#include <csignal>

using namespace ts;

namespace {

const QString kPassword = QStringLiteral("c0rrect-h0rse-join-secret");

// Entries of `dir` (hidden ones too): proves what a refused join left.
QStringList entriesOf(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

// A bare remote whose main holds `files` (path → bytes), committed by a throwaway clone.
QString remoteWith(const QString& base, const QString& name, const QMap<QString, QByteArray>& files,
                   const QString& manifestLinkTarget = {})
{
    const QString remote = base + u'/' + name + QStringLiteral(".git");
    const QString work = base + u'/' + name + QStringLiteral("-work");
    if (!git::GitRepository::initBare(remote))
        qFatal("init bare failed");
    auto repo = git::GitRepository::init(work);
    if (!repo)
        qFatal("init failed");
    for (auto it = files.begin(); it != files.end(); ++it)
        test::writeFile(work + u'/' + it.key(), it.value());
    if (!manifestLinkTarget.isEmpty() &&
        !QFile::link(manifestLinkTarget, work + QStringLiteral("/teamspace.json")))
        qFatal("symlink failed");
    if (!repo->commitAll(QStringLiteral("seed"), {QStringLiteral("Ada"), QStringLiteral("ada@example.org")}))
        qFatal("commit failed");
    test::runGit(work, {QStringLiteral("push"), remote, QStringLiteral("main")});
    return remote;
}

} // namespace

class TestCliJoin : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void joinsFromLocalRemoteAndSyncsWithoutFlags();
    void withoutIdentityListsMembersAndKeepsNothing();
    void unknownMemberKeepsNothing();
    void refusesRepositoriesWithoutValidManifest_data();
    void refusesRepositoriesWithoutValidManifest();
    void sharedFolderIsJudged();
    void killedJoinLeavesNoWorkspace();
    void joinsOverHttpWithKeychain();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::GitTeam> m_team;
    QString m_shared; // a shared folder with the team's layout
    QString dir(const QString& name) const { return m_dir.path() + u'/' + name; }
};

void TestCliJoin::initTestCase()
{
    test::isolateUserFolders(); // a clean machine: no settings, no recent workspaces
    m_team = std::make_unique<test::GitTeam>();
    QVERIFY2(m_team->ok(), qPrintable(m_team->error()));
    // The lead lays out a shared folder (raw data, results) so that it can be recognised as the team's.
    const auto pushed = m_team->publishSharedLayout();
    QVERIFY2(pushed.ok(), qPrintable(test::syncMessage(pushed)));
    m_shared = dir(QStringLiteral("share"));
    QVERIFY(QDir().mkpath(m_shared + QStringLiteral("/data/raw")));
    QVERIFY(QDir().mkpath(m_shared + QStringLiteral("/results")));
}

void TestCliJoin::joinsFromLocalRemoteAndSyncsWithoutFlags()
{
    // Only the URL and who I am: the folder is the repository's name, in the current folder.
    const QString work = dir(QStringLiteral("bobhome"));
    QVERIFY(QDir().mkpath(work));
    const auto joined =
        test::runCli({QStringLiteral("join"), m_team->remote(), QStringLiteral("--as"), QStringLiteral("bob"),
                      QStringLiteral("--root"), m_shared, QStringLiteral("--json")},
                     {}, work);
    QVERIFY2(joined.exitCode == 0, joined.err.constData());
    const QString repo = QDir(work).filePath(QStringLiteral("remote"));
    QCOMPARE(joined.json().value(QLatin1String("workspace")).toString(), repo);
    QCOMPARE(joined.json().value(QLatin1String("as")).toString(), QStringLiteral("bob"));
    QCOMPARE(joined.json().value(QLatin1String("root")).toString(), QFileInfo(m_shared).canonicalFilePath());
    QCOMPARE(joined.json().value(QLatin1String("rootLooksLikeTeams")).toBool(), true);
    QCOMPARE(entriesOf(work), QStringList{QStringLiteral("remote")}); // no staging folder left
    QVERIFY(QFileInfo(repo + QStringLiteral("/teamspace.json")).isFile());

    // Identity and shared folder are remembered: no --as, no --root.
    const auto status = test::runCli({QStringLiteral("-w"), repo, QStringLiteral("member"),
                                      QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(status.exitCode == 0, status.err.constData());
    const auto activity =
        test::runCli({QStringLiteral("-w"), repo, QStringLiteral("activity"), QStringLiteral("--json")});
    QVERIFY2(activity.exitCode == 0, activity.err.constData());
    QVERIFY2(activity.out.contains("workspace.join"), activity.out.constData());

    const QByteArray notebook = test::makeNotebook(QStringLiteral("print('bob joined')"));
    test::writeFile(repo + QStringLiteral("/notebooks/bob/joined.ipynb"), notebook);
    const auto synced =
        test::runCli({QStringLiteral("-w"), repo, QStringLiteral("sync"), QStringLiteral("--json")});
    QVERIFY2(synced.exitCode == 0, synced.err.constData());
    QVERIFY(synced.json().value(QLatin1String("pushed")).toBool());
    QVERIFY(synced.json()
                .value(QLatin1String("committed"))
                .toArray()
                .contains(QStringLiteral("notebooks/bob/joined.ipynb")));
    // The lead pulls it; the lead's edit comes back to bob.
    const auto adaSync = m_team->sync(QStringLiteral("ada"));
    QVERIFY2(adaSync.ok(), qPrintable(test::syncMessage(adaSync)));
    QCOMPARE(m_team->read(QStringLiteral("ada"), QStringLiteral("notebooks/bob/joined.ipynb")),
             test::strippedForTeam(notebook));
    const QByteArray adaNotebook = test::makeNotebook(QStringLiteral("print('ada answers')"));
    m_team->write(QStringLiteral("ada"), QStringLiteral("notebooks/ada/answer.ipynb"), adaNotebook);
    QVERIFY(m_team->sync(QStringLiteral("ada")).ok());
    const auto pulled =
        test::runCli({QStringLiteral("-w"), repo, QStringLiteral("sync"), QStringLiteral("--json")});
    QVERIFY2(pulled.exitCode == 0, pulled.err.constData());
    QCOMPARE(test::readFile(repo + QStringLiteral("/notebooks/ada/answer.ipynb")),
             test::strippedForTeam(adaNotebook));

    // A second join into the same folder is refused: it is not empty.
    const auto again = test::runCli(
        {QStringLiteral("join"), m_team->remote(), repo, QStringLiteral("--as"), QStringLiteral("cy")});
    QCOMPARE(again.exitCode, 2);
    QVERIFY2(again.err.contains("is not empty"), again.err.constData());
}

void TestCliJoin::withoutIdentityListsMembersAndKeepsNothing()
{
    const QString work = dir(QStringLiteral("noid"));
    QVERIFY(QDir().mkpath(work));
    const auto result =
        test::runCli({QStringLiteral("join"), m_team->remote(), QStringLiteral("team")}, {}, work);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("ada (Ada Lovelace, lead)") &&
                 result.err.contains("bob (Bob Babbage, member)"),
             result.err.constData());
    QVERIFY2(result.err.contains("--as ID"), result.err.constData());
    QCOMPARE(entriesOf(work), QStringList());
}

void TestCliJoin::unknownMemberKeepsNothing()
{
    const QString work = dir(QStringLiteral("unknown"));
    QVERIFY(QDir().mkpath(work + QStringLiteral("/team"))); // an empty folder the user made: kept, empty
    const auto result = test::runCli({QStringLiteral("join"), m_team->remote(), QStringLiteral("team"),
                                      QStringLiteral("--as"), QStringLiteral("zed")},
                                     {}, work);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("\"zed\" is not a member"), result.err.constData());
    QCOMPARE(entriesOf(work), QStringList{QStringLiteral("team")});
    QCOMPARE(entriesOf(work + QStringLiteral("/team")), QStringList());
}

void TestCliJoin::refusesRepositoriesWithoutValidManifest_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("manifest"); // empty: no teamspace.json at all
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<bool>("symlink"); // teamspace.json a symbolic link to `manifest` as a path
    const QByteArray good = serializeManifest(test::teamManifest());
    QTest::newRow("none") << "plain" << QByteArray() << QByteArray("has no teamspace.json") << false;
    QTest::newRow("not json") << "broken" << QByteArray("{\"version\": 1,") << QByteArray("refused") << false;
    QByteArray dotdot = good;
    dotdot.replace("\"notebooks\",", "\"../../escape\",");
    QTest::newRow("path with ..") << "dotdot" << dotdot << QByteArray("..") << false;
    QByteArray absolute = good;
    absolute.replace("\"notebooks\",", "\"/etc\",");
    QTest::newRow("absolute path") << "absolute" << absolute << QByteArray("/etc") << false;
    QByteArray member = good;
    member.replace("\"bob\"", "\"../bob\"");
    QTest::newRow("hostile member id") << "memberid" << member << QByteArray("../bob") << false;
    QTest::newRow("symbolic link") << "symlink" << QByteArray("/etc/hostname") << QByteArray("symbolic link")
                                   << true;
}

void TestCliJoin::refusesRepositoriesWithoutValidManifest()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, manifest);
    QFETCH(QByteArray, expected);
    QFETCH(bool, symlink);
    QMap<QString, QByteArray> files{{QStringLiteral("README.md"), "not a workspace\n"}};
    if (!manifest.isEmpty() && !symlink)
        files.insert(QStringLiteral("teamspace.json"), manifest);
    const QString remote =
        remoteWith(m_dir.path(), name, files, symlink ? QString::fromUtf8(manifest) : QString());
    const QString work = dir(name + QStringLiteral("-join"));
    QVERIFY(QDir().mkpath(work + QStringLiteral("/kept")));
    const auto intoNew = test::runCli({QStringLiteral("join"), remote, QStringLiteral("new"),
                                       QStringLiteral("--as"), QStringLiteral("bob")},
                                      {}, work);
    QCOMPARE(intoNew.exitCode, 3);
    QVERIFY2(intoNew.err.startsWith("error: ") && intoNew.err.contains(expected), intoNew.err.constData());
    const auto intoEmpty = test::runCli({QStringLiteral("join"), remote, QStringLiteral("kept"),
                                         QStringLiteral("--as"), QStringLiteral("bob")},
                                        {}, work);
    QCOMPARE(intoEmpty.exitCode, 3);
    QCOMPARE(entriesOf(work), QStringList{QStringLiteral("kept")});
    QCOMPARE(entriesOf(work + QStringLiteral("/kept")), QStringList());
}

void TestCliJoin::sharedFolderIsJudged()
{
    const QString work = dir(QStringLiteral("judged"));
    const QString empty = dir(QStringLiteral("empty-mount"));
    QVERIFY(QDir().mkpath(work) && QDir().mkpath(empty));
    // The repository's own folder as the shared folder: refused, whatever the caller says.
    const auto itself = test::runCli({QStringLiteral("join"), m_team->remote(), QStringLiteral("repo"),
                                      QStringLiteral("--as"), QStringLiteral("cy"), QStringLiteral("--root"),
                                      work + QStringLiteral("/repo"), QStringLiteral("--accept-root")},
                                     {}, work);
    QCOMPARE(itself.exitCode, 3);
    QVERIFY2(itself.err.contains("where the notebook repository goes") ||
                 itself.err.contains("no such folder"),
             itself.err.constData());
    const auto parent = test::runCli({QStringLiteral("join"), m_team->remote(), QStringLiteral("repo"),
                                      QStringLiteral("--as"), QStringLiteral("cy"), QStringLiteral("--root"),
                                      work, QStringLiteral("--accept-root")},
                                     {}, work);
    QCOMPARE(parent.exitCode, 3);
    QVERIFY2(parent.err.contains("notebook repository"), parent.err.constData());
    // An empty folder (an unmounted mount point?) is refused unless accepted.
    const auto unmounted =
        test::runCli({QStringLiteral("join"), m_team->remote(), QStringLiteral("repo"),
                      QStringLiteral("--as"), QStringLiteral("cy"), QStringLiteral("--root"), empty},
                     {}, work);
    QCOMPARE(unmounted.exitCode, 3);
    QVERIFY2(unmounted.err.contains("is empty") && unmounted.err.contains("--accept-root"),
             unmounted.err.constData());
    QCOMPARE(entriesOf(work), QStringList());
    const auto accepted = test::runCli({QStringLiteral("join"), m_team->remote(), QStringLiteral("repo"),
                                        QStringLiteral("--as"), QStringLiteral("cy"),
                                        QStringLiteral("--root"), empty, QStringLiteral("--accept-root")},
                                       {}, work);
    QVERIFY2(accepted.exitCode == 0, accepted.err.constData());
    QVERIFY2(accepted.out.contains("note: ") && accepted.out.contains("is empty"), accepted.out.constData());
    // Without a shared folder: joined, and told how to set it later.
    // Only the URL and who I am: the folder is the repository's name ("remote"), the shared folder unset.
    const auto later = test::runCli(
        {QStringLiteral("join"), m_team->remote(), QStringLiteral("--as"), QStringLiteral("cy")}, {}, work);
    QVERIFY2(later.exitCode == 0, later.err.constData());
    QVERIFY2(later.out.contains("not set yet") && later.out.contains("Preferences"), later.out.constData());
    QVERIFY(QFileInfo(work + QStringLiteral("/remote/teamspace.json")).isFile());
    const auto who =
        test::runCli({QStringLiteral("-w"), work + QStringLiteral("/remote"), QStringLiteral("sync"),
                      QStringLiteral("--dry-run"), QStringLiteral("--json")});
    QVERIFY2(who.exitCode == 0, who.err.constData()); // cy is remembered: no --as needed
}

void TestCliJoin::killedJoinLeavesNoWorkspace()
{
    const QString work = dir(QStringLiteral("killed"));
    QVERIFY(QDir().mkpath(work));
    QProcess cli;
    cli.setWorkingDirectory(work);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TEAMSPACE_TEST_JOIN_PAUSE_AT"), QStringLiteral("after-clone"));
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(TEAMSPACE_CLI_PATH),
              {QStringLiteral("join"), m_team->remote(), QStringLiteral("team"), QStringLiteral("--as"),
               QStringLiteral("bob")});
    QVERIFY(cli.waitForStarted());
    QByteArray said;
    QTRY_VERIFY_WITH_TIMEOUT((said += cli.readAllStandardError()).contains("paused at after-clone"), 60000);
    ::kill(static_cast<pid_t>(cli.processId()), SIGKILL);
    QVERIFY(cli.waitForFinished());
    // The clone is complete but in the hidden staging folder: no "team" that looks like a workspace.
    QVERIFY(!QFileInfo::exists(work + QStringLiteral("/team")));
    const QStringList left = entriesOf(work);
    QCOMPARE(left.size(), 1);
    QVERIFY2(left.first().startsWith(QLatin1String(".team.teamspace-join-")), qPrintable(left.first()));
    const auto open =
        test::runCli({QStringLiteral("-w"), work, QStringLiteral("member"), QStringLiteral("list")});
    QCOMPARE(open.exitCode, 2); // no workspace found here: the half clone is not taken for one
    QVERIFY2(open.err.contains("teamspace.json"), open.err.constData());
    // The next join of the same folder removes the abandoned staging folder and succeeds.
    const auto again = test::runCli({QStringLiteral("join"), m_team->remote(), QStringLiteral("team"),
                                     QStringLiteral("--as"), QStringLiteral("bob")},
                                    {}, work);
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QCOMPARE(entriesOf(work), QStringList{QStringLiteral("team")});
}

void TestCliJoin::joinsOverHttpWithKeychain()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("no D-Bus session: run through tests/support/with-keyring.sh (ctest does)");
    test::HttpGitServer server(QStringLiteral("bob"), kPassword);
    QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
    const QString url = server.createRepository(QStringLiteral("team"));
    test::runGit(
        m_team->clone(QStringLiteral("ada")),
        {QStringLiteral("push"), server.repositoryPath(QStringLiteral("team")), QStringLiteral("main")});
    const QString work = dir(QStringLiteral("http"));
    QVERIFY(QDir().mkpath(work));
    const QStringList join{QStringLiteral("join"),
                           url,
                           QStringLiteral("team"),
                           QStringLiteral("--as"),
                           QStringLiteral("bob"),
                           QStringLiteral("--root"),
                           m_shared};

    const auto without = test::runCli(join, {}, work);
    QCOMPARE(without.exitCode, 4);
    QVERIFY2(without.err.contains("authentication failed for " + url.toUtf8() + ": no credential stored"),
             without.err.constData());
    QCOMPARE(entriesOf(work), QStringList());

    const QStringList store{QStringLiteral("credentials"), QStringLiteral("set"),
                            QStringLiteral("--remote"),    url,
                            QStringLiteral("--username"),  QStringLiteral("bob")};
    QCOMPARE(test::runCli(store, "wrong-password\n").exitCode, 0);
    const auto wrong = test::runCli(join, {}, work);
    QCOMPARE(wrong.exitCode, 4);
    QVERIFY2(wrong.err.contains("authentication failed for " + url.toUtf8()), wrong.err.constData());
    QCOMPARE(entriesOf(work), QStringList());

    QCOMPARE(test::runCli(store, kPassword.toUtf8() + '\n').exitCode, 0);
    const auto right = test::runCli(join, {}, work);
    QVERIFY2(right.exitCode == 0, right.err.constData());
    QVERIFY(!right.out.contains(kPassword.toUtf8()) && !right.err.contains(kPassword.toUtf8()));
    const QString repo = work + QStringLiteral("/team");
    // Bob syncs over HTTP without --as or --root.
    test::writeFile(repo + QStringLiteral("/notebooks/bob/http.ipynb"),
                    test::makeNotebook(QStringLiteral("http")));
    const auto synced =
        test::runCli({QStringLiteral("-w"), repo, QStringLiteral("sync"), QStringLiteral("--json")});
    QVERIFY2(synced.exitCode == 0, synced.err.constData());
    QVERIFY(synced.json().value(QLatin1String("pushed")).toBool());
    // The secret is in no file: not in the clone, the settings, the database, the test's folders.
    QCOMPARE(test::filesContaining(m_dir.path(), kPassword.toUtf8()), QStringList());
    QCOMPARE(test::filesContaining(QDir::homePath(), kPassword.toUtf8()), QStringList());
}

QTEST_GUILESS_MAIN(TestCliJoin)
#include "tst_cli_join.moc"
