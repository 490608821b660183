// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "git/GitLibrary.h"

#include "git/GitHandles.h"

namespace ts::git {

GitLibrary::GitLibrary()
{
    static const int initialised = git_libgit2_init();
    (void)initialised;
}

template <> void GitDeleter<git_blob>::operator()(git_blob* object) const noexcept
{
    git_blob_free(object);
}
template <> void GitDeleter<git_commit>::operator()(git_commit* object) const noexcept
{
    git_commit_free(object);
}
template <> void GitDeleter<git_config>::operator()(git_config* object) const noexcept
{
    git_config_free(object);
}
template <> void GitDeleter<git_index>::operator()(git_index* object) const noexcept
{
    git_index_free(object);
}
template <> void GitDeleter<git_repository>::operator()(git_repository* object) const noexcept
{
    git_repository_free(object);
}
template <> void GitDeleter<git_tree>::operator()(git_tree* object) const noexcept
{
    git_tree_free(object);
}

} // namespace ts::git
