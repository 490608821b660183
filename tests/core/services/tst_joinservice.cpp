// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// services::JoinWorkspace (issue 17) called directly: progress and cancel during a real clone (file:// goes
// through libgit2's transport), the staging folder and its clean-up, choosing again after a refused choice,
// the target's place counted as the repository, and the folder name a URL gives.
#include "GitTeam.h"
#include "TestEnv.h"

#include "activity/ActivityLog.h"
#include "db/LocalDatabase.h"
#include "services/JoinWorkspace.h"
#include "workspace/LocalSettings.h"

#include <QTest>
#include <QUrl>

using namespace ts;

namespace {

QStringList entriesOf(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

} // namespace

class TestJoinService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void folderNameFromUrl_data();
    void folderNameFromUrl();
    void progressThenCancelKeepsNothing();
    void stagedCloneWaitsThenMovesIntoPlace();
    void targetPlaceCountsAsTheRepository();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::GitTeam> m_team;
    QString dir(const QString& name) const { return m_dir.path() + u'/' + name; }
};

void TestJoinService::initTestCase()
{
    test::isolateUserFolders();
    m_team = std::make_unique<test::GitTeam>();
    QVERIFY2(m_team->ok(), qPrintable(m_team->error()));
    // Some history, so that the clone has objects to report.
    for (int i = 0; i < 20; ++i) {
        m_team->write(QStringLiteral("ada"), QStringLiteral("notebooks/ada/n%1.ipynb").arg(i),
                      test::makeNotebook(QStringLiteral("print(%1)").arg(i)));
    }
    const auto pushed = m_team->sync(QStringLiteral("ada"));
    QVERIFY2(pushed.ok(), qPrintable(test::syncMessage(pushed)));
}

void TestJoinService::folderNameFromUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("name");
    QTest::newRow("https .git") << "https://host/team/ml-notebooks.git"
                                << "ml-notebooks";
    QTest::newRow("https slash") << "https://host/team/ml-notebooks/"
                                 << "ml-notebooks";
    QTest::newRow("scp-like") << "git@host:team/nb.git"
                              << "nb";
    QTest::newRow("scp-like top") << "git@host:nb.git"
                                  << "nb";
    QTest::newRow("bare path") << "/srv/git/remote.git"
                               << "remote";
    QTest::newRow("work tree .git") << "/home/ada/work/.git"
                                    << "work";
    QTest::newRow("nothing") << "https://host/"
                             << "host";
    QTest::newRow("dots") << "/srv/.."
                          << "";
}

void TestJoinService::folderNameFromUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, name);
    QCOMPARE(services::defaultJoinFolderName(url), name);
}

void TestJoinService::progressThenCancelKeepsNothing()
{
    const QString parent = dir(QStringLiteral("cancel"));
    QVERIFY(QDir().mkpath(parent));
    const QString url = QUrl::fromLocalFile(m_team->remote()).toString();
    // First a full clone with progress: objects counted up to the total, bytes received.
    services::Call call;
    QList<Progress> seen;
    call.progress = [&seen](const Progress& progress) { seen << progress; };
    auto staged = services::stageJoin(url, parent + QStringLiteral("/full"), call);
    QVERIFY2(staged.ok(), qPrintable(staged.ok() ? QString() : staged.error().message));
    QVERIFY(!seen.isEmpty());
    QCOMPARE(seen.last().current, QStringLiteral("clone"));
    QVERIFY(seen.last().total > 20);
    QCOMPARE(seen.last().done, seen.last().total);
    QVERIFY(seen.last().bytes > 0);
    QVERIFY(QFileInfo(staged->cloneDir + QStringLiteral("/teamspace.json")).isFile());
    services::discardJoin(*staged);
    services::discardJoin(*staged); // twice is harmless
    QCOMPARE(entriesOf(parent), QStringList());

    // Cancelled at the first progress report: Cancelled, nothing left.
    services::Call cancelled;
    int reports = 0;
    cancelled.progress = [&reports, token = cancelled.cancel](const Progress&) {
        ++reports;
        token->cancel();
    };
    auto stopped = services::stageJoin(url, parent + QStringLiteral("/stopped"), cancelled);
    QVERIFY(!stopped.ok());
    QCOMPARE(stopped.error().kind, ErrorKind::Cancelled);
    QCOMPARE(reports, 1);
    QCOMPARE(entriesOf(parent), QStringList());

    // Cancelled before it started: not even a staging folder.
    services::Call early;
    early.cancel->cancel();
    auto never = services::stageJoin(url, parent + QStringLiteral("/never"), early);
    QCOMPARE(never.error().kind, ErrorKind::Cancelled);
    QCOMPARE(entriesOf(parent), QStringList());
}

void TestJoinService::stagedCloneWaitsThenMovesIntoPlace()
{
    const QString parent = dir(QStringLiteral("staged"));
    const QString target = parent + QStringLiteral("/team");
    QVERIFY(QDir().mkpath(target)); // an empty folder the user made
    auto staged = services::stageJoin(m_team->remote(), target, {});
    QVERIFY2(staged.ok(), qPrintable(staged.ok() ? QString() : staged.error().message));
    QVERIFY(staged->targetExisted);
    QCOMPARE(entriesOf(target), QStringList()); // nothing in place until finished
    QVERIFY(QFileInfo(staged->stagingDir).fileName().startsWith(QLatin1String(".team.teamspace-join-")));
    QCOMPARE(test::readFile(staged->stagingDir + QStringLiteral("/owner.pid")),
             QByteArray::number(QCoreApplication::applicationPid()));

    // A refused choice changes nothing; the staged clone can be finished with another one.
    services::JoinChoice choice;
    choice.memberId = QStringLiteral("nobody");
    auto refused = services::finishJoin(*staged, choice);
    QCOMPARE(refused.error().kind, ErrorKind::Usage);
    QVERIFY2(refused.error().message.contains(QStringLiteral("cy (Cy Hopper, member)")),
             qPrintable(refused.error().message));
    choice.memberId = QStringLiteral("cy");
    choice.rootDir = dir(QStringLiteral("no-such-share"));
    refused = services::finishJoin(*staged, choice);
    QCOMPARE(refused.error().kind, ErrorKind::BadInput);
    QVERIFY(QFileInfo(staged->cloneDir).isDir());
    QCOMPARE(entriesOf(target), QStringList());

    choice.rootDir.clear();
    const QString index = dir(QStringLiteral("cy-index.sqlite"));
    choice.indexPath = index;
    auto joined = services::finishJoin(*staged, choice);
    QVERIFY2(joined.ok(), qPrintable(joined.ok() ? QString() : joined.error().message));
    QCOMPARE(joined->repoDir, QFileInfo(target).canonicalFilePath());
    QVERIFY(QFileInfo(target + QStringLiteral("/teamspace.json")).isFile());
    QVERIFY(!QFileInfo::exists(staged->stagingDir));
    QCOMPARE(entriesOf(parent), QStringList{QStringLiteral("team")});
    QCOMPARE(LocalSettings::memberId(joined->stateKey), QStringLiteral("cy"));
    QVERIFY(LocalSettings::rootPath(joined->stateKey).isEmpty());
    QCOMPARE(LocalSettings::recentWorkspaces().value(0), joined->repoDir);
    // The clone works as a repository in its new place (nothing pointed at the staging folder).
    QCOMPARE(test::runGit(target, {QStringLiteral("status"), QStringLiteral("--porcelain")}), QString());
    QCOMPARE(test::runGit(target, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}),
             m_team->remoteHead());
    // The join is in the activity log.
    auto db = db::openLocalDatabase(index);
    QVERIFY(db.ok());
    auto entries = ActivityLog::query(*db);
    QVERIFY(entries.ok());
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->first().action, QStringLiteral("workspace.join"));
    QCOMPARE(entries->first().actor, QStringLiteral("cy"));
    QVERIFY(entries->first().detail.contains(QStringLiteral("shared folder: not set yet")));
}

void TestJoinService::targetPlaceCountsAsTheRepository()
{
    const QString parent = dir(QStringLiteral("place"));
    QVERIFY(QDir().mkpath(parent + QStringLiteral("/share/notebooks")));
    auto staged = services::stageJoin(m_team->remote(), parent + QStringLiteral("/share/team"), {});
    QVERIFY(staged.ok());
    // The folder that will hold the repository cannot be the shared folder.
    const auto holding = services::checkJoinSharedFolder(*staged, parent + QStringLiteral("/share"));
    QVERIFY(holding.isRepository);
    QVERIFY2(holding.problem.contains(QStringLiteral("notebook repository")), qPrintable(holding.problem));
    services::JoinChoice choice;
    choice.memberId = QStringLiteral("bob");
    choice.rootDir = parent + QStringLiteral("/share");
    choice.acceptUnusualRoot = true;
    QCOMPARE(services::finishJoin(*staged, choice).error().kind, ErrorKind::BadInput);
    services::discardJoin(*staged);
    QCOMPARE(entriesOf(parent + QStringLiteral("/share")), QStringList{QStringLiteral("notebooks")});
}

QTEST_GUILESS_MAIN(TestJoinService)
#include "tst_joinservice.moc"
