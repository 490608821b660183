// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "git/GitMerge.h"

#include "git/GitHandles.h"

namespace ts::git {

Result<std::optional<Oid>> GitMerge::mergeBase(const GitRepository& repo, const Oid& ours, const Oid& theirs,
                                               const QString& context)
{
    git_oid base;
    const int code = git_merge_base(&base, GitAccess::repo(repo), toGit(ours), toGit(theirs));
    if (code == GIT_ENOTFOUND)
        return std::optional<Oid>();
    if (code < 0)
        return gitError(code, context);
    return std::optional<Oid>(fromGit(base));
}

Result<GitIndex> GitMerge::mergeTrees(const GitRepository& repo, const GitTree& base, const GitTree& ours,
                                      const GitTree& theirs, const QString& context)
{
    git_merge_options options = GIT_MERGE_OPTIONS_INIT;
    git_index* rawIndex = nullptr;
    if (const int code = git_merge_trees(&rawIndex, GitAccess::repo(repo), GitAccess::tree(base),
                                         GitAccess::tree(ours), GitAccess::tree(theirs), &options);
        code < 0)
        return gitError(code, context);
    return GitAccess::wrap(IndexHandle(rawIndex));
}

} // namespace ts::git
