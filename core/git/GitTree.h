// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// One tree (a commit's snapshot of folders and files) and its entries by path.
#pragma once

#include "git/GitOid.h"
#include "git/GitPtr.h"

namespace ts::git {

class GitRepository;

// libgit2's file modes (git_filemode_t), as Teamspace compares them.
enum FileMode : unsigned {
    kModeTree = 0040000,
    kModeBlob = 0100644,
    kModeExecutable = 0100755,
    kModeLink = 0120000,
    kModeCommit = 0160000, // a submodule
};

// One tree entry's state: its object and mode (a regular file, an executable, a symlink, a folder).
struct TreeEntry
{
    Oid id{};
    unsigned mode = 0;

    bool isSymlink() const { return mode == kModeLink; }
    bool isRegular() const { return mode == kModeBlob || mode == kModeExecutable; }
    bool isFolder() const { return mode == kModeTree; }
    friend bool operator==(const TreeEntry& a, const TreeEntry& b)
    {
        return a.mode == b.mode && a.id == b.id;
    }
};

class GitTree
{
public:
    GitTree() = default; // no tree: an unborn branch's, where every path is absent

    // The tree of `commit`; a null tree for nullopt (an unborn HEAD).
    static Result<GitTree> ofCommit(const GitRepository& repo, const std::optional<Oid>& commit);
    static Result<GitTree> lookup(const GitRepository& repo, const Oid& tree, const QString& context);

    bool isNull() const { return !m_tree; }
    Oid id() const;
    // The entry at `path` ("a/b/c.ipynb"); nullopt when it is absent or the tree is null.
    std::optional<TreeEntry> entry(const QString& path) const;

private:
    friend struct GitAccess;
    explicit GitTree(GitPtr<git_tree> tree) : m_tree(std::move(tree)) {}
    GitPtr<git_tree> m_tree;
};

} // namespace ts::git
