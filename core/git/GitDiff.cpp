// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "git/GitDiff.h"

#include "git/GitHandles.h"

namespace ts::git {

namespace {

QString pathOf(const git_diff_delta* delta)
{
    return QString::fromUtf8(delta->new_file.path ? delta->new_file.path : delta->old_file.path);
}

DiffDelta::Status statusOf(git_delta_t status)
{
    switch (status) {
    case GIT_DELTA_ADDED:
        return DiffDelta::Status::Added;
    case GIT_DELTA_DELETED:
        return DiffDelta::Status::Deleted;
    case GIT_DELTA_MODIFIED:
        return DiffDelta::Status::Modified;
    default:
        return DiffDelta::Status::Other;
    }
}

} // namespace

Result<QStringList> GitDiff::changedPaths(const GitRepository& repo, const GitTree& from, const GitTree& to)
{
    git_diff* rawDiff = nullptr;
    git_diff_options options = GIT_DIFF_OPTIONS_INIT;
    if (const int code = git_diff_tree_to_tree(&rawDiff, GitAccess::repo(repo), GitAccess::tree(from),
                                               GitAccess::tree(to), &options);
        code < 0)
        return gitError(code, QStringLiteral("diff: "));
    const DiffHandle diff(rawDiff);
    QStringList paths;
    const size_t count = git_diff_num_deltas(diff.get());
    for (size_t i = 0; i < count; ++i)
        paths.append(pathOf(git_diff_get_delta(diff.get(), i)));
    return paths;
}

Result<QList<DiffDelta>> GitDiff::treeToIndex(const GitRepository& repo, const GitTree& tree,
                                              const GitIndex& index, const QString& context)
{
    git_diff* rawDiff = nullptr;
    if (const int code = git_diff_tree_to_index(&rawDiff, GitAccess::repo(repo), GitAccess::tree(tree),
                                                GitAccess::index(index), nullptr);
        code < 0)
        return gitError(code, context);
    const DiffHandle diff(rawDiff);
    QList<DiffDelta> deltas;
    const size_t count = git_diff_num_deltas(diff.get());
    for (size_t i = 0; i < count; ++i) {
        const git_diff_delta* delta = git_diff_get_delta(diff.get(), i);
        deltas.append({pathOf(delta), statusOf(delta->status), fromGit(delta->old_file.id),
                       fromGit(delta->new_file.id), delta->new_file.mode});
    }
    return deltas;
}

} // namespace ts::git
