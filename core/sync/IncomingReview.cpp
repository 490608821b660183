#include "sync/IncomingReview.h"

#include "sync/SyncOwnership.h"
#include "sync/SyncSteps.h"

#include <QSet>

namespace ts::sync {

using namespace ts::git;

namespace {

using RevwalkHandle = GitHandle<git_revwalk, git_revwalk_free>;
using TreeEntryHandle = GitHandle<git_tree_entry, git_tree_entry_free>;

// The steps' helpers (SyncSteps.h): without rename detection a delta's old and new paths are the same.
Result<TreeHandle> treeOf(git_repository* repo, const git_oid& commitId)
{
    return detail::treeOfCommit(repo, commitId);
}

using detail::changedPaths;

QString memberByEmail(const std::optional<Manifest>& manifest, const QString& email)
{
    if (!manifest)
        return {};
    for (const Member& member : manifest->members) {
        if (member.email.compare(email, Qt::CaseInsensitive) == 0)
            return member.id;
    }
    return {};
}

std::optional<Manifest> manifestOf(git_repository* repo, const git_oid& blob)
{
    auto bytes =
        IncomingRules::readBlob(repo, blob, QString::fromLatin1(kManifestFileName), kManifestMaxBytes);
    if (!bytes)
        return std::nullopt;
    auto parsed = parseManifest(*bytes);
    return parsed ? std::optional<Manifest>(std::move(parsed).value()) : std::nullopt;
}

// The most recent change of `path` on the first-parent history of `from` (at most `depth` commits back).
struct PathChange
{
    git_oid commit{};
    git_oid parent{};
    PathState before;
    PathState after;
};
constexpr int kHistoryDepth = 1000;

std::optional<PathChange> lastChange(git_repository* repo, const git_oid& from, const QString& path)
{
    git_oid current = from;
    auto tree = treeOf(repo, current);
    if (!tree)
        return std::nullopt;
    PathState after = IncomingReview::stateIn(tree->get(), path);
    for (int i = 0; i < kHistoryDepth; ++i) {
        git_commit* rawCommit = nullptr;
        if (git_commit_lookup(&rawCommit, repo, &current) < 0)
            return std::nullopt;
        const CommitHandle commit(rawCommit);
        if (git_commit_parentcount(commit.get()) == 0)
            return std::nullopt;
        const git_oid parent = *git_commit_parent_id(commit.get(), 0);
        auto parentTree = treeOf(repo, parent);
        if (!parentTree)
            return std::nullopt;
        PathState before = IncomingReview::stateIn(parentTree->get(), path);
        if (!(before == after))
            return PathChange{current, parent, before, after};
        current = parent;
        after = before;
    }
    return std::nullopt;
}

IncomingViolation authorOf(git_commit* commit, const std::optional<Manifest>& manifest)
{
    const git_signature* author = git_commit_author(commit);
    IncomingViolation who;
    who.commit = oidToString(*git_commit_id(commit));
    who.authorName = QString::fromUtf8(author->name);
    who.authorEmail = QString::fromUtf8(author->email);
    who.member = memberByEmail(manifest, who.authorEmail);
    return who;
}

// Whether the last change of `change.path`'s history (before the review starts) broke the rules, judged
// against the manifest of its parent: a local clone may hold a plain-git commit that another member's sync
// has since undone.
bool wasViolation(git_repository* repo, IncomingRules& judge, const QString& path, const PathChange& change)
{
    git_commit* rawCommit = nullptr;
    if (git_commit_lookup(&rawCommit, repo, &change.commit) < 0)
        return false;
    const CommitHandle commit(rawCommit);
    const std::optional<Manifest> manifest = IncomingReview::manifestAt(repo, change.parent);
    std::optional<Manifest> ignored;
    return judge.judge(authorOf(commit.get(), manifest), manifest, path, change.before, change.after, ignored)
        .has_value();
}

} // namespace

IncomingReview::IncomingReview(git_repository* repo, NotebookStripFunction validateNotebook)
    : m_repo(repo), m_validateNotebook(std::move(validateNotebook))
{
}

PathState IncomingReview::stateIn(git_tree* tree, const QString& path)
{
    if (!tree)
        return std::nullopt;
    git_tree_entry* rawEntry = nullptr;
    if (git_tree_entry_bypath(&rawEntry, tree, path.toUtf8().constData()) != 0)
        return std::nullopt;
    const TreeEntryHandle entry(rawEntry);
    if (git_tree_entry_filemode(entry.get()) == GIT_FILEMODE_TREE)
        return std::nullopt; // a folder is no file: its files are judged one by one
    return TreeEntryState{*git_tree_entry_id(entry.get()),
                          static_cast<unsigned>(git_tree_entry_filemode(entry.get()))};
}

std::optional<Manifest> IncomingReview::manifestAt(git_repository* repo, const git_oid& commit)
{
    auto tree = treeOf(repo, commit);
    if (!tree)
        return std::nullopt;
    const PathState state = stateIn(tree->get(), QString::fromLatin1(kManifestFileName));
    if (!state || !state->isRegular())
        return std::nullopt;
    return manifestOf(repo, state->id);
}

Result<IncomingReviewResult> IncomingReview::review(const std::optional<git_oid>& trusted,
                                                    const git_oid& incoming,
                                                    std::optional<Manifest> manifest) const
{
    git_revwalk* rawWalk = nullptr;
    if (const int code = git_revwalk_new(&rawWalk, m_repo); code < 0)
        return gitError(code, QStringLiteral("review of incoming commits: "));
    RevwalkHandle walk(rawWalk);
    git_revwalk_sorting(walk.get(), GIT_SORT_TOPOLOGICAL | GIT_SORT_REVERSE);
    if (const int code = git_revwalk_push(walk.get(), &incoming); code < 0)
        return gitError(code, QStringLiteral("commit %1: ").arg(oidToString(incoming)));
    if (trusted) {
        if (const int code = git_revwalk_hide(walk.get(), &*trusted); code < 0)
            return gitError(code, QStringLiteral("commit %1: ").arg(oidToString(*trusted)));
    }
    QList<git_oid> commits;
    git_oid next;
    while (git_revwalk_next(&next, walk.get()) == 0)
        commits.append(next);

    TreeHandle trustedTree;
    if (trusted) {
        auto tree = treeOf(m_repo, *trusted);
        if (!tree)
            return tree.error();
        trustedTree = std::move(tree).value();
    }
    IncomingReviewResult result;
    result.commits = static_cast<int>(commits.size());
    IncomingRules judge(m_repo, m_validateNotebook);
    // The manifest in force: the trusted commit's, unless its last change broke the rules (a member's
    // plain-git commit in this clone that a lead's sync has since corrected): then the one before that
    // change.
    const QString manifestPath = QString::fromLatin1(kManifestFileName);
    if (trusted) {
        const std::optional<PathChange> last = lastChange(m_repo, *trusted, manifestPath);
        if (last && wasViolation(m_repo, judge, manifestPath, *last)) {
            if (auto before = manifestAt(m_repo, last->parent))
                manifest = std::move(before);
        } else if (auto at = manifestAt(m_repo, *trusted)) {
            manifest = std::move(at);
        }
    }
    // A change refused by the rules may still be a restore: back to the version before this clone's own last
    // change of the path, when that change broke the rules (someone's correction of it).
    const auto restoresViolation = [&](const QString& path, const PathState& now) {
        if (!trusted)
            return false;
        const std::optional<PathChange> last = lastChange(m_repo, *trusted, path);
        return last && last->before == now && wasViolation(m_repo, judge, path, *last);
    };
    for (const git_oid& id : std::as_const(commits)) {
        git_commit* rawCommit = nullptr;
        if (const int code = git_commit_lookup(&rawCommit, m_repo, &id); code < 0)
            return gitError(code, QStringLiteral("commit %1: ").arg(oidToString(id)));
        CommitHandle commit(rawCommit);
        auto tree = treeOf(m_repo, id);
        if (!tree)
            return tree.error();
        std::vector<TreeHandle> parentTrees;
        for (unsigned i = 0; i < git_commit_parentcount(commit.get()); ++i) {
            auto parentTree = treeOf(m_repo, *git_commit_parent_id(commit.get(), i));
            if (!parentTree)
                return parentTree.error();
            parentTrees.push_back(std::move(parentTree).value());
        }
        auto paths =
            changedPaths(m_repo, parentTrees.empty() ? nullptr : parentTrees.front().get(), tree->get());
        if (!paths)
            return paths.error();
        const IncomingViolation who = authorOf(commit.get(), manifest);
        for (const QString& path : std::as_const(*paths)) {
            const PathState now = stateIn(tree->get(), path);
            // A merge that takes another parent's version brings a change reviewed in that parent's own
            // commits.
            bool fromOtherParent = false;
            for (size_t i = 1; i < parentTrees.size(); ++i)
                fromOtherParent = fromOtherParent || stateIn(parentTrees[i].get(), path) == now;
            if (fromOtherParent)
                continue;
            if (!result.accepted.contains(path))
                result.accepted.insert(path, stateIn(trustedTree.get(), path));
            const PathState before = result.accepted.value(path);
            if (before == now)
                continue; // unchanged from the accepted version, or a correction restoring it
            std::optional<Manifest> taken;
            if (auto violation = judge.judge(who, manifest, path, before, now, taken)) {
                if (!restoresViolation(path, now)) {
                    result.violations.append(*violation);
                    continue;
                }
                if (path == manifestPath && now) // a restored manifest is back in force
                    taken = manifestOf(m_repo, now->id);
            }
            result.accepted.insert(path, now);
            if (taken)
                manifest = std::move(taken);
        }
    }
    result.manifest = std::move(manifest);
    return result;
}

} // namespace ts::sync
