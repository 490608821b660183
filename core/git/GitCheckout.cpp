// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "git/GitCheckout.h"

#include "git/GitHandles.h"

namespace ts::git {

Status GitCheckout::headPaths(const GitRepository& repo, const QStringList& paths, const QString& context)
{
    if (paths.isEmpty())
        return {};
    PathArray pathspec(paths);
    git_checkout_options options = GIT_CHECKOUT_OPTIONS_INIT;
    options.checkout_strategy = GIT_CHECKOUT_FORCE | GIT_CHECKOUT_DISABLE_PATHSPEC_MATCH;
    options.paths = pathspec.array();
    return gitCheck(git_checkout_head(GitAccess::repo(repo), &options), context);
}

Status GitCheckout::commitPaths(const GitRepository& repo, const Oid& commit, const GitTree& baseline,
                                const QStringList& paths, const QString& context)
{
    if (paths.isEmpty())
        return {};
    PathArray pathspec(paths);
    git_object* rawTarget = nullptr;
    if (const int code =
            git_object_lookup(&rawTarget, GitAccess::repo(repo), toGit(commit), GIT_OBJECT_COMMIT);
        code < 0)
        return gitError(code, QStringLiteral("commit %1: ").arg(oidToString(commit)));
    const ObjectHandle target(rawTarget);
    git_checkout_options options = GIT_CHECKOUT_OPTIONS_INIT;
    options.checkout_strategy = GIT_CHECKOUT_FORCE | GIT_CHECKOUT_DISABLE_PATHSPEC_MATCH;
    options.paths = pathspec.array();
    options.baseline = GitAccess::tree(baseline);
    return gitCheck(git_checkout_tree(GitAccess::repo(repo), target.get(), &options), context);
}

Status GitCheckout::resetIndexPaths(const GitRepository& repo, const std::optional<Oid>& commit,
                                    const QStringList& paths, const QString& context)
{
    if (paths.isEmpty())
        return {};
    ObjectHandle target;
    if (commit) {
        git_object* object = nullptr;
        if (const int code =
                git_object_lookup(&object, GitAccess::repo(repo), toGit(*commit), GIT_OBJECT_COMMIT);
            code < 0)
            return gitError(code, QStringLiteral("%1: cannot read HEAD: ").arg(repo.workdir()));
        target.reset(object);
    }
    PathArray pathspec(paths);
    const git_strarray array = pathspec.array();
    return gitCheck(git_reset_default(GitAccess::repo(repo), target.get(), &array), context);
}

} // namespace ts::git
