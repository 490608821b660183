// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "sync/IncomingReview.h"

#include "sync/SyncOwnership.h"

#include "git/GitCommit.h"
#include "git/GitDiff.h"
#include "git/GitRevWalk.h"

#include <QSet>

namespace ts::sync {

using namespace ts::git;

namespace {

Result<GitTree> treeOf(const GitRepository& repo, const Oid& commitId)
{
    return GitTree::ofCommit(repo, commitId);
}

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

std::optional<Manifest> manifestOf(const GitRepository& repo, const Oid& blob)
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
    Oid commit{};
    Oid parent{};
    PathState before;
    PathState after;
};
constexpr int kHistoryDepth = 1000;

std::optional<PathChange> lastChange(const GitRepository& repo, const Oid& from, const QString& path)
{
    Oid current = from;
    auto tree = treeOf(repo, current);
    if (!tree)
        return std::nullopt;
    PathState after = IncomingReview::stateIn(*tree, path);
    for (int i = 0; i < kHistoryDepth; ++i) {
        auto commit = GitCommit::lookup(repo, current);
        if (!commit)
            return std::nullopt;
        if (commit->parentCount() == 0)
            return std::nullopt;
        const Oid parent = commit->parentId(0);
        auto parentTree = treeOf(repo, parent);
        if (!parentTree)
            return std::nullopt;
        PathState before = IncomingReview::stateIn(*parentTree, path);
        if (!(before == after))
            return PathChange{current, parent, before, after};
        current = parent;
        after = before;
    }
    return std::nullopt;
}

IncomingViolation authorOf(const GitCommit& commit, const std::optional<Manifest>& manifest)
{
    IncomingViolation who;
    who.commit = oidToString(commit.id());
    who.authorName = commit.authorName();
    who.authorEmail = commit.authorEmail();
    who.member = memberByEmail(manifest, who.authorEmail);
    return who;
}

// Whether the last change of `change.path`'s history (before the review starts) broke the rules, judged
// against the manifest of its parent: a local clone may hold a plain-git commit that another member's sync
// has since undone.
bool wasViolation(const GitRepository& repo, IncomingRules& judge, const QString& path,
                  const PathChange& change)
{
    auto commit = GitCommit::lookup(repo, change.commit);
    if (!commit)
        return false;
    const std::optional<Manifest> manifest = IncomingReview::manifestAt(repo, change.parent);
    std::optional<Manifest> ignored;
    return judge.judge(authorOf(*commit, manifest), manifest, path, change.before, change.after, ignored)
        .has_value();
}

} // namespace

IncomingReview::IncomingReview(const GitRepository& repo, NotebookStripFunction validateNotebook)
    : m_repo(&repo), m_validateNotebook(std::move(validateNotebook))
{
}

PathState IncomingReview::stateIn(const GitTree& tree, const QString& path)
{
    PathState state = tree.entry(path);
    if (state && state->isFolder())
        return std::nullopt; // a folder is no file: its files are judged one by one
    return state;
}

std::optional<Manifest> IncomingReview::manifestAt(const GitRepository& repo, const Oid& commit)
{
    auto tree = treeOf(repo, commit);
    if (!tree)
        return std::nullopt;
    const PathState state = stateIn(*tree, QString::fromLatin1(kManifestFileName));
    if (!state || !state->isRegular())
        return std::nullopt;
    return manifestOf(repo, state->id);
}

Result<IncomingReviewResult> IncomingReview::review(const std::optional<Oid>& trusted, const Oid& incoming,
                                                    std::optional<Manifest> manifest) const
{
    const GitRepository& repo = *m_repo;
    auto walked =
        GitRevWalk::oldestFirst(repo, incoming, trusted, QStringLiteral("review of incoming commits: "));
    if (!walked)
        return walked.error();
    const QList<Oid>& commits = *walked;

    GitTree trustedTree;
    if (trusted) {
        auto tree = treeOf(repo, *trusted);
        if (!tree)
            return tree.error();
        trustedTree = std::move(tree).value();
    }
    IncomingReviewResult result;
    result.commits = static_cast<int>(commits.size());
    IncomingRules judge(repo, m_validateNotebook);
    // The manifest in force: the trusted commit's, unless its last change broke the rules (a member's
    // plain-git commit in this clone that a lead's sync has since corrected): then the one before that
    // change.
    const QString manifestPath = QString::fromLatin1(kManifestFileName);
    if (trusted) {
        const std::optional<PathChange> last = lastChange(repo, *trusted, manifestPath);
        if (last && wasViolation(repo, judge, manifestPath, *last)) {
            if (auto before = manifestAt(repo, last->parent))
                manifest = std::move(before);
        } else if (auto at = manifestAt(repo, *trusted)) {
            manifest = std::move(at);
        }
    }
    // A change refused by the rules may still be a restore: back to the version before this clone's own last
    // change of the path, when that change broke the rules (someone's correction of it).
    const auto restoresViolation = [&](const QString& path, const PathState& now) {
        if (!trusted)
            return false;
        const std::optional<PathChange> last = lastChange(repo, *trusted, path);
        return last && last->before == now && wasViolation(repo, judge, path, *last);
    };
    const GitTree noTree;
    for (const Oid& id : commits) {
        auto commit = GitCommit::lookup(repo, id);
        if (!commit)
            return commit.error();
        auto tree = commit->tree();
        if (!tree)
            return tree.error();
        std::vector<GitTree> parentTrees;
        for (unsigned i = 0; i < commit->parentCount(); ++i) {
            auto parentTree = treeOf(repo, commit->parentId(i));
            if (!parentTree)
                return parentTree.error();
            parentTrees.push_back(std::move(parentTree).value());
        }
        auto paths = GitDiff::changedPaths(repo, parentTrees.empty() ? noTree : parentTrees.front(), *tree);
        if (!paths)
            return paths.error();
        const IncomingViolation who = authorOf(*commit, manifest);
        for (const QString& path : std::as_const(*paths)) {
            const PathState now = stateIn(*tree, path);
            // A merge that takes another parent's version brings a change reviewed in that parent's own
            // commits.
            bool fromOtherParent = false;
            for (size_t i = 1; i < parentTrees.size(); ++i)
                fromOtherParent = fromOtherParent || stateIn(parentTrees[i], path) == now;
            if (fromOtherParent)
                continue;
            if (!result.accepted.contains(path))
                result.accepted.insert(path, stateIn(trustedTree, path));
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
                    taken = manifestOf(repo, now->id);
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
