// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// core/git's wrappers against real repositories, with the git command line as the independent witness.
#include "git/GitBlob.h"
#include "git/GitCheckout.h"
#include "git/GitCommit.h"
#include "git/GitDiff.h"
#include "git/GitIndex.h"
#include "git/GitMerge.h"
#include "git/GitRepository.h"
#include "git/GitRevWalk.h"
#include "git/GitStatus.h"
#include "git/GitTree.h"

#include "TestEnv.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ts;
using namespace ts::git;

namespace {

QString gitCli(const QString& dir, const QStringList& args)
{
    QProcess process;
    process.setWorkingDirectory(dir);
    process.start(QStringLiteral("git"), args);
    process.waitForFinished(30000);
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

const GitIdentity kAda{QStringLiteral("Ada Lovelace"), QStringLiteral("ada@example.org")};

// A working repository with one commit: a.txt, dir/b.txt.
struct Repo
{
    QTemporaryDir tmp;
    QString path;
    std::optional<GitRepository> repo;
    QString first;

    Repo()
    {
        path = tmp.path() + QStringLiteral("/ws");
        auto created = GitRepository::init(path);
        if (!created)
            return;
        repo.emplace(std::move(created).value());
        writeFile(path + QStringLiteral("/a.txt"), "alpha\n");
        writeFile(path + QStringLiteral("/dir/b.txt"), "beta\n");
        auto sha = repo->commitAll(QStringLiteral("first"), kAda);
        if (sha)
            first = *sha;
    }
    Oid oid(const QString& sha) const { return oidFromString(sha).value(); }
};

} // namespace

class TestGitWrappers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolateUserFolders(); }
    void oidRoundTripsAndRefusesJunk();
    void treeEntriesByPath();
    void blobReadsAndHashesLikeGit();
    void indexStagesAndWritesTrees();
    void statusAndDiffListChanges();
    void commitsKnowAuthorParentsAndTree();
    void mergeFindsBaseAndConflicts();
    void revWalkIsOldestFirst();
    void checkoutAndResetPutHeadBack();
    void readFileAtHeadAndRevisions();
    void attributesAndConfig();
};

void TestGitWrappers::oidRoundTripsAndRefusesJunk()
{
    const QString sha = QStringLiteral("0123456789abcdef0123456789abcdef01234567");
    auto oid = oidFromString(sha);
    QVERIFY(oid.ok());
    QCOMPARE(oidToString(*oid), sha);
    QVERIFY(*oid != Oid());
    auto junk = oidFromString(QStringLiteral("xyz"));
    QVERIFY(!junk.ok());
    QCOMPARE(junk.error().kind, ErrorKind::BadInput);
    QCOMPARE(junk.error().message, QStringLiteral("\"xyz\" is not a commit id"));
}

void TestGitWrappers::treeEntriesByPath()
{
    Repo r;
    QVERIFY(r.repo && !r.first.isEmpty());
    auto tree = GitTree::ofCommit(*r.repo, r.oid(r.first));
    QVERIFY(tree.ok() && !tree->isNull());
    QCOMPARE(oidToString(tree->id()),
             gitCli(r.path, {QStringLiteral("rev-parse"), QStringLiteral("HEAD^{tree}")}));
    const auto file = tree->entry(QStringLiteral("dir/b.txt"));
    QVERIFY(file && file->isRegular() && file->mode == kModeBlob);
    QCOMPARE(oidToString(file->id),
             gitCli(r.path, {QStringLiteral("rev-parse"), QStringLiteral("HEAD:dir/b.txt")}));
    const auto folder = tree->entry(QStringLiteral("dir"));
    QVERIFY(folder && folder->isFolder());
    QVERIFY(!tree->entry(QStringLiteral("missing.txt")));
    auto unborn = GitTree::ofCommit(*r.repo, std::nullopt);
    QVERIFY(unborn.ok() && unborn->isNull());
    QVERIFY(!unborn->entry(QStringLiteral("a.txt")));
}

void TestGitWrappers::blobReadsAndHashesLikeGit()
{
    Repo r;
    QVERIFY(r.repo);
    auto tree = GitTree::ofCommit(*r.repo, r.oid(r.first));
    auto blob = GitBlob::lookup(*r.repo, tree->entry(QStringLiteral("a.txt"))->id, QString());
    QVERIFY(blob.ok());
    QCOMPARE(blob->size(), 6);
    QCOMPARE(blob->bytes(), QByteArray("alpha\n"));
    auto hashed = GitBlob::hash("gamma\n", QString());
    writeFile(r.path + QStringLiteral("/g.txt"), "gamma\n");
    QCOMPARE(oidToString(*hashed), gitCli(r.path, {QStringLiteral("hash-object"), QStringLiteral("g.txt")}));
    // With the eol filter on, what the index stores for CRLF bytes is the LF form.
    writeFile(r.path + QStringLiteral("/.gitattributes"), "*.crlf text eol=crlf\n");
    auto filtered = GitBlob::hashAsAddedAt(*r.repo, QStringLiteral("x.crlf"), "one\r\ntwo\r\n");
    QVERIFY(filtered.ok());
    QCOMPARE(*filtered, *GitBlob::hash("one\ntwo\n", QString()));
    auto missing = GitBlob::lookup(*r.repo, Oid(), QStringLiteral("nowhere: "));
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().message.startsWith(QStringLiteral("nowhere: ")));
}

void TestGitWrappers::indexStagesAndWritesTrees()
{
    Repo r;
    QVERIFY(r.repo);
    auto index = GitIndex::ofRepository(*r.repo);
    QVERIFY(index.ok());
    writeFile(r.path + QStringLiteral("/c.txt"), "gamma\n");
    QVERIFY(index->addByPath(QStringLiteral("c.txt"), QString()).ok());
    QCOMPARE(index->entryId("c.txt"), std::optional<Oid>(*GitBlob::hash("gamma\n", QString())));
    QVERIFY(index->removeByPath(QStringLiteral("a.txt"), QString()).ok());
    QVERIFY(!index->contains(QStringLiteral("a.txt")));
    QVERIFY(index->write(QString()).ok());
    QCOMPARE(
        gitCli(r.path, {QStringLiteral("diff"), QStringLiteral("--cached"), QStringLiteral("--name-status")}),
        QStringLiteral("D\ta.txt\nA\tc.txt"));
    // An in-memory index from a tree: add an object at a new path, write the tree.
    auto tree = GitTree::ofCommit(*r.repo, r.oid(r.first));
    auto memory = GitIndex::fromTree(*tree, QString());
    QVERIFY(memory.ok());
    const Oid alpha = tree->entry(QStringLiteral("a.txt"))->id;
    QVERIFY(memory->add("copy/a.txt", alpha, kModeBlob, QString()).ok());
    memory->remove("dir/b.txt");
    auto written = memory->writeTreeTo(*r.repo, QString());
    QVERIFY(written.ok());
    QCOMPARE(gitCli(r.path, {QStringLiteral("ls-tree"), QStringLiteral("-r"), QStringLiteral("--name-only"),
                             oidToString(*written)}),
             QStringLiteral("a.txt\ncopy/a.txt"));
}

void TestGitWrappers::statusAndDiffListChanges()
{
    Repo r;
    QVERIFY(r.repo);
    writeFile(r.path + QStringLiteral("/a.txt"), "changed\n");
    writeFile(r.path + QStringLiteral("/new/n.txt"), "new\n");
    auto changed = GitStatus::changedPaths(*r.repo, QString());
    QVERIFY(changed.ok());
    QStringList sorted = *changed;
    sorted.sort();
    QCOMPARE(sorted, (QStringList{QStringLiteral("a.txt"), QStringLiteral("new/n.txt")}));
    QCOMPARE(GitStatus::isDirty(*r.repo, QStringLiteral("a.txt")).value(), true);
    QCOMPARE(GitStatus::isDirty(*r.repo, QStringLiteral("dir/b.txt")).value(), false);
    QCOMPARE(GitStatus::isDirty(*r.repo, QStringLiteral("nothing-here")).value(), false);

    auto second = r.repo->commitAll(QStringLiteral("second"), kAda);
    QVERIFY(second.ok());
    auto from = GitTree::ofCommit(*r.repo, r.oid(r.first));
    auto to = GitTree::ofCommit(*r.repo, r.oid(*second));
    auto paths = GitDiff::changedPaths(*r.repo, *from, *to);
    QCOMPARE(*paths, (QStringList{QStringLiteral("a.txt"), QStringLiteral("new/n.txt")}));
    auto all = GitDiff::changedPaths(*r.repo, GitTree(), *from);
    QCOMPARE(*all, (QStringList{QStringLiteral("a.txt"), QStringLiteral("dir/b.txt")}));

    QVERIFY(QFile::remove(r.path + QStringLiteral("/dir/b.txt")));
    auto index = GitIndex::ofRepository(*r.repo);
    QVERIFY(index->removeByPath(QStringLiteral("dir/b.txt"), QString()).ok());
    auto deltas = GitDiff::treeToIndex(*r.repo, *to, *index, QString());
    QVERIFY(deltas.ok());
    QCOMPARE(deltas->size(), 1);
    QCOMPARE(deltas->at(0).path, QStringLiteral("dir/b.txt"));
    QCOMPARE(deltas->at(0).status, DiffDelta::Status::Deleted);
    QCOMPARE(deltas->at(0).oldId, to->entry(QStringLiteral("dir/b.txt"))->id);
}

void TestGitWrappers::commitsKnowAuthorParentsAndTree()
{
    Repo r;
    QVERIFY(r.repo);
    auto first = GitCommit::lookup(*r.repo, r.oid(r.first));
    QVERIFY(first.ok());
    QCOMPARE(first->authorName(), kAda.name);
    QCOMPARE(first->authorEmail(), kAda.email);
    QCOMPARE(first->parentCount(), 0u);
    NewCommit spec;
    spec.author = {QStringLiteral("Bob"), QStringLiteral("bob@example.org")};
    spec.message = QStringLiteral("on top");
    spec.tree = first->tree()->id();
    spec.parents = {first->id()};
    auto made = GitCommit::create(*r.repo, spec); // no ref moves
    QVERIFY(made.ok());
    QCOMPARE(gitCli(r.path, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}), r.first);
    QCOMPARE(gitCli(r.path, {QStringLiteral("log"), QStringLiteral("-1"),
                             QStringLiteral("--format=%an <%ae> %P %s"), oidToString(*made)}),
             QStringLiteral("Bob <bob@example.org> %1 on top").arg(r.first));
    auto again = GitCommit::lookup(*r.repo, *made);
    QCOMPARE(again->parentId(0), first->id());
    // HEAD moves only when it still points where the caller says.
    QVERIFY(
        !r.repo->moveReference(QStringLiteral("refs/heads/main"), *made, *made, QStringLiteral("t")).ok());
    QVERIFY(r.repo->moveReference(QStringLiteral("refs/heads/main"), *made, first->id(), QStringLiteral("t"))
                .ok());
    QCOMPARE(r.repo->headOid().value(), std::optional<Oid>(*made));
}

void TestGitWrappers::mergeFindsBaseAndConflicts()
{
    Repo r;
    QVERIFY(r.repo);
    const Oid base = r.oid(r.first);
    auto tree = GitTree::ofCommit(*r.repo, base);
    const auto commitWith = [&](const QByteArray& alpha) {
        auto index = GitIndex::fromTree(*tree, QString());
        (void)index->add("a.txt", *GitBlob::hash(alpha, QString()), kModeBlob, QString());
        // the blob must exist for the merge: write it through the working tree and the repository's index
        writeFile(r.path + QStringLiteral("/a.txt"), alpha);
        auto repoIndex = GitIndex::ofRepository(*r.repo);
        (void)repoIndex->addByPath(QStringLiteral("a.txt"), QString());
        (void)repoIndex->write(QString());
        NewCommit spec{
            kAda, QStringLiteral("edit"), *index->writeTreeTo(*r.repo, QString()), {base}, false, {}, {}};
        return GitCommit::create(*r.repo, spec).value();
    };
    const Oid ours = commitWith("ours\n");
    const Oid theirs = commitWith("theirs\n");
    auto found = GitMerge::mergeBase(*r.repo, ours, theirs, QString());
    QVERIFY(found.ok() && *found);
    QCOMPARE(**found, base);
    auto merged = GitMerge::mergeTrees(*r.repo, *tree, *GitTree::ofCommit(*r.repo, ours),
                                       *GitTree::ofCommit(*r.repo, theirs), QString());
    QVERIFY(merged.ok());
    QVERIFY(merged->hasConflicts());
    auto conflicts = merged->conflicts();
    QCOMPARE(conflicts->size(), 1);
    const IndexConflict& conflict = conflicts->at(0);
    QVERIFY(conflict.ours && conflict.theirs);
    QCOMPARE(conflict.ours->path, QByteArray("a.txt"));
    QCOMPARE(conflict.theirs->id, *GitBlob::hash("theirs\n", QString()));
    merged->removeConflict("a.txt");
    QVERIFY(merged->add("a.txt", conflict.theirs->id, conflict.theirs->mode, QString()).ok());
    QVERIFY(!merged->hasConflicts());
    QVERIFY(merged->writeTreeTo(*r.repo, QString()).ok());
}

void TestGitWrappers::revWalkIsOldestFirst()
{
    Repo r;
    QVERIFY(r.repo);
    writeFile(r.path + QStringLiteral("/a.txt"), "2\n");
    const QString second = r.repo->commitAll(QStringLiteral("2"), kAda).value();
    writeFile(r.path + QStringLiteral("/a.txt"), "3\n");
    const QString third = r.repo->commitAll(QStringLiteral("3"), kAda).value();
    auto all = GitRevWalk::oldestFirst(*r.repo, r.oid(third), std::nullopt, QString());
    QCOMPARE(*all, (QList<Oid>{r.oid(r.first), r.oid(second), r.oid(third)}));
    auto range = GitRevWalk::oldestFirst(*r.repo, r.oid(third), r.oid(r.first), QString());
    QCOMPARE(*range, (QList<Oid>{r.oid(second), r.oid(third)}));
}

void TestGitWrappers::checkoutAndResetPutHeadBack()
{
    Repo r;
    QVERIFY(r.repo);
    writeFile(r.path + QStringLiteral("/a.txt"), "edited\n");
    auto index = GitIndex::ofRepository(*r.repo);
    QVERIFY(index->addByPath(QStringLiteral("a.txt"), QString()).ok());
    QVERIFY(index->write(QString()).ok());
    QVERIFY(GitCheckout::resetIndexPaths(*r.repo, r.oid(r.first), {QStringLiteral("a.txt")}, QString()).ok());
    QCOMPARE(
        gitCli(r.path, {QStringLiteral("diff"), QStringLiteral("--cached"), QStringLiteral("--name-only")}),
        QString());
    QVERIFY(GitCheckout::headPaths(*r.repo, {QStringLiteral("a.txt")}, QString()).ok());
    QFile file(r.path + QStringLiteral("/a.txt"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("alpha\n"));
}

void TestGitWrappers::readFileAtHeadAndRevisions()
{
    Repo r;
    QVERIFY(r.repo);
    writeFile(r.path + QStringLiteral("/a.txt"), "not committed\n");
    auto bytes = r.repo->readFileAtHead(QStringLiteral("a.txt"), 100);
    QVERIFY(bytes.ok() && *bytes);
    QCOMPARE(**bytes, QByteArray("alpha\n"));
    QVERIFY(!r.repo->readFileAtHead(QStringLiteral("none.txt"), 100).value());
    auto tooBig = r.repo->readFileAtHead(QStringLiteral("a.txt"), 3);
    QVERIFY(!tooBig.ok());
    QCOMPARE(tooBig.error().kind, ErrorKind::BadInput);
    QCOMPARE(tooBig.error().message, QStringLiteral("HEAD:a.txt is larger than 3 bytes"));
    QTemporaryDir other;
    auto unborn = GitRepository::init(other.path());
    QVERIFY(!unborn->readFileAtHead(QStringLiteral("a.txt"), 100).value());

    const GitRepository::Revision main = r.repo->resolveRevision(QStringLiteral("main"));
    QVERIFY(main.found && main.commit);
    QCOMPARE(oidToString(*main.commit), r.first);
    const GitRepository::Revision blob = r.repo->resolveRevision(QStringLiteral("HEAD:a.txt"));
    QVERIFY(blob.found && !blob.commit);
    QVERIFY(!r.repo->resolveRevision(QStringLiteral("no-such-branch")).found);
}

void TestGitWrappers::attributesAndConfig()
{
    Repo r;
    QVERIFY(r.repo);
    writeFile(r.path + QStringLiteral("/.gitattributes"), "*.bin filter=lfs\n*.txt -text\n");
    QCOMPARE(r.repo->attributeString(QStringLiteral("x.bin"), QStringLiteral("filter")),
             QStringLiteral("lfs"));
    QCOMPARE(r.repo->attributeString(QStringLiteral("x.txt"), QStringLiteral("text")), QString()); // unset
    QCOMPARE(r.repo->attributeString(QStringLiteral("x.txt"), QStringLiteral("filter")), QString());
    gitCli(r.path, {QStringLiteral("config"), QStringLiteral("filter.demo.clean"), QStringLiteral("cat")});
    QCOMPARE(r.repo->configString(QStringLiteral("filter.demo.clean")).value(), QStringLiteral("cat"));
    QCOMPARE(r.repo->configString(QStringLiteral("filter.none.clean")).value(), QString());
    // discover: from a folder inside the work tree; none outside any repository.
    auto found = GitRepository::discover(r.path + QStringLiteral("/dir"));
    QVERIFY(found.ok() && *found);
    QCOMPARE((*found)->workdir(), r.repo->workdir());
    QTemporaryDir outside;
    auto none = GitRepository::discover(outside.path());
    QVERIFY(none.ok());
    if (*none)
        QSKIP("the temporary folder is inside a git repository; discover() has nothing to miss");
}

QTEST_GUILESS_MAIN(TestGitWrappers)
#include "tst_gitwrappers.moc"
