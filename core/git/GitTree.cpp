// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "git/GitTree.h"

#include "git/GitHandles.h"

namespace ts::git {

Result<GitTree> GitTree::ofCommit(const GitRepository& repo, const std::optional<Oid>& commit)
{
    if (!commit)
        return GitTree();
    git_commit* rawCommit = nullptr;
    if (const int code = git_commit_lookup(&rawCommit, GitAccess::repo(repo), toGit(*commit)); code < 0)
        return gitError(code, QStringLiteral("commit %1: ").arg(oidToString(*commit)));
    const CommitHandle owned(rawCommit);
    git_tree* tree = nullptr;
    if (const int code = git_commit_tree(&tree, rawCommit); code < 0)
        return gitError(code, QStringLiteral("commit %1: ").arg(oidToString(*commit)));
    return GitTree(TreeHandle(tree));
}

Result<GitTree> GitTree::lookup(const GitRepository& repo, const Oid& tree, const QString& context)
{
    git_tree* rawTree = nullptr;
    if (const int code = git_tree_lookup(&rawTree, GitAccess::repo(repo), toGit(tree)); code < 0)
        return gitError(code, context);
    return GitTree(TreeHandle(rawTree));
}

Oid GitTree::id() const
{
    return m_tree ? fromGit(*git_tree_id(m_tree.get())) : Oid();
}

std::optional<TreeEntry> GitTree::entry(const QString& path) const
{
    if (!m_tree)
        return std::nullopt;
    git_tree_entry* rawEntry = nullptr;
    if (git_tree_entry_bypath(&rawEntry, m_tree.get(), path.toUtf8().constData()) != 0)
        return std::nullopt;
    const TreeEntryHandle entry(rawEntry);
    return TreeEntry{fromGit(*git_tree_entry_id(entry.get())),
                     static_cast<unsigned>(git_tree_entry_filemode(entry.get()))};
}

} // namespace ts::git
