// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "git/GitRevWalk.h"

#include "git/GitHandles.h"

namespace ts::git {

Result<QList<Oid>> GitRevWalk::oldestFirst(const GitRepository& repo, const Oid& tip,
                                           const std::optional<Oid>& hidden, const QString& context)
{
    git_revwalk* rawWalk = nullptr;
    if (const int code = git_revwalk_new(&rawWalk, GitAccess::repo(repo)); code < 0)
        return gitError(code, context);
    const RevwalkHandle walk(rawWalk);
    git_revwalk_sorting(walk.get(), GIT_SORT_TOPOLOGICAL | GIT_SORT_REVERSE);
    if (const int code = git_revwalk_push(walk.get(), toGit(tip)); code < 0)
        return gitError(code, QStringLiteral("commit %1: ").arg(oidToString(tip)));
    if (hidden) {
        if (const int code = git_revwalk_hide(walk.get(), toGit(*hidden)); code < 0)
            return gitError(code, QStringLiteral("commit %1: ").arg(oidToString(*hidden)));
    }
    QList<Oid> commits;
    git_oid next;
    while (git_revwalk_next(&next, walk.get()) == 0)
        commits.append(fromGit(next));
    return commits;
}

Result<QList<Oid>> GitRevWalk::newestFirst(const GitRepository& repo, const Oid& tip, int limit,
                                           const QString& context)
{
    git_revwalk* rawWalk = nullptr;
    if (const int code = git_revwalk_new(&rawWalk, GitAccess::repo(repo)); code < 0)
        return gitError(code, context);
    const RevwalkHandle walk(rawWalk);
    git_revwalk_sorting(walk.get(), GIT_SORT_TIME);
    if (const int code = git_revwalk_push(walk.get(), toGit(tip)); code < 0)
        return gitError(code, QStringLiteral("commit %1: ").arg(oidToString(tip)));
    QList<Oid> commits;
    git_oid next;
    while (commits.size() < limit && git_revwalk_next(&next, walk.get()) == 0)
        commits.append(fromGit(next));
    return commits;
}

} // namespace ts::git
