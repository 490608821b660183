// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "git/GitRepository.h"

#include "TestEnv.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ts;
using namespace ts::git;

namespace {

// The git command line is the independent witness: what it reads is what a user would see.
QString gitCli(const QString& dir, const QStringList& args)
{
    QProcess process;
    process.setWorkingDirectory(dir);
    process.start(QStringLiteral("git"), args);
    process.waitForFinished(30000);
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

const GitIdentity kAda{QStringLiteral("Ada Lovelace"), QStringLiteral("ada@example.org")};

} // namespace

class TestGitRepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolateUserFolders(); }
    void initCreatesMainBranch();
    void initialCommitThenSecondCommit();
    void nothingToCommitIsRefused();
    void pushToBareRemoteAndConfirm();
    void rejectedPushIsReported();
    void errorsNameThePath();
};

void TestGitRepository::initCreatesMainBranch()
{
    QTemporaryDir dir;
    auto repo = GitRepository::init(dir.path() + QStringLiteral("/ws"));
    QVERIFY2(repo.ok(), qPrintable(repo.ok() ? QString() : repo.error().message));
    QCOMPARE(repo->currentBranch(), QStringLiteral("main"));
    QCOMPARE(
        gitCli(dir.path() + QStringLiteral("/ws"), {QStringLiteral("symbolic-ref"), QStringLiteral("HEAD")}),
        QStringLiteral("refs/heads/main"));
    auto head = repo->headOid();
    QVERIFY(head.ok());
    QVERIFY(!head.value().has_value()); // unborn
}

void TestGitRepository::initialCommitThenSecondCommit()
{
    QTemporaryDir dir;
    const QString ws = dir.path() + QStringLiteral("/ws");
    auto repo = GitRepository::init(ws);
    QVERIFY(repo.ok());
    test::writeFile(ws + QStringLiteral("/teamspace.json"), "{}\n");
    test::writeFile(ws + QStringLiteral("/notebooks/ada/a.ipynb"), "{\"cells\": []}\n");
    test::writeFile(ws + QStringLiteral("/ignored.tmp"), "x");
    test::writeFile(ws + QStringLiteral("/.gitignore"), "*.tmp\n");
    auto first = repo->commitAll(QStringLiteral("Create workspace"), kAda);
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
    QCOMPARE(first->size(), 40);
    QCOMPARE(gitCli(ws, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}), first.value());
    QCOMPARE(
        gitCli(ws, {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%an <%ae>|%s")}),
        QStringLiteral("Ada Lovelace <ada@example.org>|Create workspace"));
    QCOMPARE(gitCli(ws, {QStringLiteral("ls-files")}),
             QStringLiteral(".gitignore\nnotebooks/ada/a.ipynb\nteamspace.json"));

    // Modification and deletion both land in the second commit, whose parent is the first.
    test::writeFile(ws + QStringLiteral("/teamspace.json"), "{\"version\": 1}\n");
    QVERIFY(QFile::remove(ws + QStringLiteral("/notebooks/ada/a.ipynb")));
    auto second = repo->commitAll(QStringLiteral("Second"), kAda);
    QVERIFY(second.ok());
    QCOMPARE(gitCli(ws, {QStringLiteral("rev-parse"), QStringLiteral("HEAD~1")}), first.value());
    QCOMPARE(gitCli(ws, {QStringLiteral("ls-files")}), QStringLiteral(".gitignore\nteamspace.json"));
    QCOMPARE(gitCli(ws, {QStringLiteral("status"), QStringLiteral("--porcelain")}), QString());
    QCOMPARE(gitCli(ws, {QStringLiteral("show"), QStringLiteral("HEAD:teamspace.json")}),
             QStringLiteral("{\"version\": 1}"));
}

void TestGitRepository::nothingToCommitIsRefused()
{
    QTemporaryDir dir;
    const QString ws = dir.path() + QStringLiteral("/ws");
    auto repo = GitRepository::init(ws);
    QVERIFY(repo.ok());
    test::writeFile(ws + QStringLiteral("/a.txt"), "a\n");
    QVERIFY(repo->commitAll(QStringLiteral("one"), kAda).ok());
    const QString before = gitCli(ws, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")});
    auto again = repo->commitAll(QStringLiteral("two"), kAda);
    QVERIFY(!again.ok());
    QVERIFY2(again.error().message.contains(QLatin1String("nothing to commit")),
             qPrintable(again.error().message));
    QCOMPARE(gitCli(ws, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}), before);
    auto empty = repo->commitAll(QStringLiteral("empty"), kAda, true);
    QVERIFY(empty.ok());
    QCOMPARE(gitCli(ws, {QStringLiteral("rev-parse"), QStringLiteral("HEAD~1")}), before);
}

void TestGitRepository::pushToBareRemoteAndConfirm()
{
    QTemporaryDir dir;
    const QString ws = dir.path() + QStringLiteral("/ws");
    const QString bare = dir.path() + QStringLiteral("/remote.git");
    auto remote = GitRepository::initBare(bare);
    QVERIFY(remote.ok());
    QVERIFY(remote->workdir().isEmpty());
    QCOMPARE(gitCli(bare, {QStringLiteral("rev-parse"), QStringLiteral("--is-bare-repository")}),
             QStringLiteral("true"));
    auto repo = GitRepository::init(ws);
    QVERIFY(repo.ok());
    test::writeFile(ws + QStringLiteral("/a.txt"), "a\n");
    auto sha = repo->commitAll(QStringLiteral("one"), kAda);
    QVERIFY(sha.ok());
    QVERIFY(repo->addRemote(QStringLiteral("origin"), bare).ok());
    QCOMPARE(repo->remoteNames(), QStringList{QStringLiteral("origin")});
    QCOMPARE(repo->remoteUrl(QStringLiteral("origin")).value(), bare);

    QList<Progress> seen;
    TransferOptions options;
    options.progress = [&seen](const Progress& p) { seen.append(p); };
    auto pushed = repo->push(QStringLiteral("origin"), QStringLiteral("main"), options);
    QVERIFY2(pushed.ok(), qPrintable(pushed.ok() ? QString() : pushed.error().message));
    QCOMPARE(gitCli(bare, {QStringLiteral("rev-parse"), QStringLiteral("refs/heads/main")}), sha.value());
    auto confirmed = repo->remoteBranchHead(QStringLiteral("origin"), QStringLiteral("main"));
    QVERIFY(confirmed.ok());
    QVERIFY(confirmed->has_value());
    QCOMPARE(oidToString(**confirmed), sha.value());
    QVERIFY(!seen.isEmpty());
    QCOMPARE(seen.last().done, seen.last().total);

    // A second member clones and sees the same history.
    auto clone = GitRepository::clone(bare, dir.path() + QStringLiteral("/clone"));
    QVERIFY2(clone.ok(), qPrintable(clone.ok() ? QString() : clone.error().message));
    QCOMPARE(oidToString(*clone->headOid().value()), sha.value());
    QCOMPARE(test::readFile(dir.path() + QStringLiteral("/clone/a.txt")), QByteArray("a\n"));
}

void TestGitRepository::rejectedPushIsReported()
{
    QTemporaryDir dir;
    const QString bare = dir.path() + QStringLiteral("/remote.git");
    QVERIFY(GitRepository::initBare(bare).ok());
    auto ada = GitRepository::init(dir.path() + QStringLiteral("/ada"));
    auto bob = GitRepository::init(dir.path() + QStringLiteral("/bob"));
    QVERIFY(ada.ok() && bob.ok());
    test::writeFile(dir.path() + QStringLiteral("/ada/a.txt"), "a\n");
    test::writeFile(dir.path() + QStringLiteral("/bob/b.txt"), "b\n");
    QVERIFY(ada->commitAll(QStringLiteral("ada"), kAda).ok());
    QVERIFY(bob->commitAll(QStringLiteral("bob"), kAda).ok());
    QVERIFY(ada->addRemote(QStringLiteral("origin"), bare).ok());
    QVERIFY(bob->addRemote(QStringLiteral("origin"), bare).ok());
    QVERIFY(ada->push(QStringLiteral("origin"), QStringLiteral("main")).ok());
    const QString adaHead = gitCli(bare, {QStringLiteral("rev-parse"), QStringLiteral("main")});
    auto rejected = bob->push(QStringLiteral("origin"), QStringLiteral("main"));
    QVERIFY(!rejected.ok());
    QVERIFY2(isRejectedPush(rejected.error()), qPrintable(rejected.error().message));
    QVERIFY(rejected.error().message.contains(QLatin1String("refs/heads/main")));
    QCOMPARE(gitCli(bare, {QStringLiteral("rev-parse"), QStringLiteral("main")}), adaHead);
    // After fetching, the remote-tracking ref holds Ada's commit.
    QVERIFY(bob->fetch(QStringLiteral("origin")).ok());
    QCOMPARE(oidToString(*bob->referenceOid(QStringLiteral("refs/remotes/origin/main")).value()), adaHead);
}

void TestGitRepository::errorsNameThePath()
{
    QTemporaryDir dir;
    auto missing = GitRepository::open(dir.path() + QStringLiteral("/nothing"));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, ErrorKind::Failed);
    QVERIFY2(
        missing.error().message.startsWith(dir.path() + QStringLiteral("/nothing: not a git repository")),
        qPrintable(missing.error().message));
    auto repo = GitRepository::init(dir.path() + QStringLiteral("/ws"));
    QVERIFY(repo.ok());
    QVERIFY(!GitRepository::init(dir.path() + QStringLiteral("/ws")).ok()); // never re-initialised
    auto noRemote = repo->push(QStringLiteral("upstream"), QStringLiteral("main"));
    QVERIFY(!noRemote.ok());
    QVERIFY2(noRemote.error().message.startsWith(QLatin1String("remote \"upstream\": ")),
             qPrintable(noRemote.error().message));
}

QTEST_GUILESS_MAIN(TestGitRepository)
#include "tst_gitrepository.moc"
