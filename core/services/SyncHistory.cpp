// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Sync history (issue 16): the last commits of HEAD with who changed which notebooks (libgit2), and one
// notebook of a commit diffed against the commit's first parent.
#include "services/SetAside.h"

#include "git/GitBlob.h"
#include "git/GitDiff.h"
#include "git/GitRepository.h"
#include "git/GitRevWalk.h"
#include "sync/SyncOwnership.h"
#include "util/SafePath.h"

namespace ts::services {

namespace {

QString memberByEmail(const Manifest& manifest, const QString& email)
{
    for (const Member& member : manifest.members) {
        if (!member.email.isEmpty() && member.email.compare(email, Qt::CaseInsensitive) == 0)
            return member.id;
    }
    return {};
}

// An empty notebook, what an absent side of a commit diffs as.
QByteArray emptyNotebook()
{
    return QByteArrayLiteral(
        "{\n \"cells\": [],\n \"metadata\": {},\n \"nbformat\": 4,\n \"nbformat_minor\": 5\n}\n");
}

Result<QByteArray> fileInTree(const git::GitRepository& repo, const git::GitTree& tree, const QString& path,
                              const QString& label)
{
    const std::optional<git::TreeEntry> entry = tree.entry(path);
    if (!entry)
        return emptyNotebook();
    if (!entry->isRegular())
        return Error::badInput(
            QStringLiteral("%1 at %2: not a regular file (a link or a folder)").arg(path, label));
    auto blob = git::GitBlob::lookup(repo, entry->id, QStringLiteral("%1 at %2: ").arg(path, label));
    if (!blob)
        return blob.error();
    if (blob->size() > nb::kNotebookMaxBytes)
        return Error::badInput(QStringLiteral("%1 at %2: larger than 2 GiB").arg(path, label));
    return blob->bytes();
}

} // namespace

Result<QList<HistoryCommit>> syncHistory(const Workspace& ws, int limit, const Call& call)
{
    if (limit <= 0)
        return Error::usage(QStringLiteral("history: the number of commits must be at least 1"));
    auto repo = git::GitRepository::open(ws.repoDir);
    if (!repo)
        return repo.error();
    auto head = repo->headOid();
    if (!head)
        return head.error();
    QList<HistoryCommit> commits;
    if (!*head)
        return commits; // nothing committed yet
    auto ids = git::GitRevWalk::newestFirst(*repo, **head, limit, QStringLiteral("history: "));
    if (!ids)
        return ids.error();
    int done = 0;
    for (const git::Oid& id : *ids) {
        if (call.isCancelled())
            return Error::cancelled();
        auto commit = git::GitCommit::lookup(*repo, id);
        if (!commit)
            return commit.error();
        HistoryCommit entry;
        entry.commit = git::oidToString(id);
        entry.author = commit->authorName();
        entry.authorEmail = commit->authorEmail();
        entry.member = memberByEmail(ws.manifest, entry.authorEmail);
        entry.timeSecs = commit->authorTimeSecs();
        entry.summary = commit->summary();
        auto tree = commit->tree();
        if (!tree)
            return tree.error();
        git::GitTree parentTree;
        if (commit->parentCount() > 0) {
            const git::Oid parent = commit->parentId(0);
            entry.parent = git::oidToString(parent);
            auto parentTreeResult = git::GitTree::ofCommit(*repo, parent);
            if (!parentTreeResult)
                return parentTreeResult.error();
            parentTree = std::move(*parentTreeResult);
        }
        auto changed = git::GitDiff::changedPaths(*repo, parentTree, *tree);
        if (!changed)
            return changed.error();
        for (const QString& path : *changed) {
            if (sync::SyncOwnership::kindOf(path) != sync::PathKind::Notebook) {
                ++entry.otherFiles;
                continue;
            }
            HistoryFile file;
            file.path = path;
            const bool before = parentTree.entry(path).has_value();
            const bool after = tree->entry(path).has_value();
            file.status = !before ? 'A' : !after ? 'D' : 'M';
            entry.notebooks.append(file);
        }
        commits.append(std::move(entry));
        call.report({++done, int(ids->size()), 0, QStringLiteral("reading history")});
    }
    return commits;
}

Result<nb::NotebookDiff> diffAtCommit(const Workspace& ws, const QString& commit, const QString& path)
{
    auto relative = normaliseRelativePath(path, QStringLiteral("notebook"));
    if (!relative)
        return relative.error();
    auto repo = git::GitRepository::open(ws.repoDir);
    if (!repo)
        return repo.error();
    const git::GitRepository::Revision revision = repo->resolveRevision(commit);
    if (!revision.found || !revision.commit)
        return Error::usage(QStringLiteral("%1: no such commit").arg(commit));
    auto found = git::GitCommit::lookup(*repo, *revision.commit);
    if (!found)
        return found.error();
    auto tree = found->tree();
    if (!tree)
        return tree.error();
    git::GitTree parentTree;
    if (found->parentCount() > 0) {
        auto parent = git::GitTree::ofCommit(*repo, found->parentId(0));
        if (!parent)
            return parent.error();
        parentTree = std::move(*parent);
    }
    if (!tree->entry(*relative) && !parentTree.entry(*relative))
        return Error::usage(QStringLiteral("%1: not in commit %2 nor in its parent").arg(*relative, commit));
    const QString sha = git::oidToString(*revision.commit).left(10);
    auto b = fileInTree(*repo, *tree, *relative, sha);
    if (!b)
        return b.error();
    auto a = fileInTree(*repo, parentTree, *relative, sha + QStringLiteral("~1"));
    if (!a)
        return a.error();
    return nb::diffNotebookBytes(std::move(*a), QStringLiteral("%1 at %2~1").arg(*relative, sha),
                                 std::move(*b), QStringLiteral("%1 at %2").arg(*relative, sha));
}

} // namespace ts::services
