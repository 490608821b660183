// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "git/GitStatus.h"

#include "git/GitHandles.h"

namespace ts::git {

Result<QStringList> GitStatus::changedPaths(const GitRepository& repo, const QString& context)
{
    git_status_options options = GIT_STATUS_OPTIONS_INIT;
    options.show = GIT_STATUS_SHOW_INDEX_AND_WORKDIR;
    options.flags = GIT_STATUS_OPT_INCLUDE_UNTRACKED | GIT_STATUS_OPT_RECURSE_UNTRACKED_DIRS |
                    GIT_STATUS_OPT_EXCLUDE_SUBMODULES;
    git_status_list* rawList = nullptr;
    if (const int code = git_status_list_new(&rawList, GitAccess::repo(repo), &options); code < 0)
        return gitError(code, context);
    const StatusListHandle list(rawList);
    QStringList paths;
    const size_t count = git_status_list_entrycount(list.get());
    for (size_t i = 0; i < count; ++i) {
        const git_status_entry* entry = git_status_byindex(list.get(), i);
        if (entry->status == GIT_STATUS_CURRENT || (entry->status & GIT_STATUS_IGNORED))
            continue;
        const git_diff_delta* delta =
            entry->index_to_workdir ? entry->index_to_workdir : entry->head_to_index;
        paths.append(QString::fromUtf8(delta->new_file.path ? delta->new_file.path : delta->old_file.path));
    }
    return paths;
}

Result<bool> GitStatus::isDirty(const GitRepository& repo, const QString& path)
{
    unsigned int flags = 0;
    const int code = git_status_file(&flags, GitAccess::repo(repo), path.toUtf8().constData());
    if (code == GIT_ENOTFOUND)
        return false;
    if (code < 0)
        return gitError(code, QStringLiteral("%1: ").arg(path));
    return flags != GIT_STATUS_CURRENT && !(flags & GIT_STATUS_IGNORED);
}

} // namespace ts::git
