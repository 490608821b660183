// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Move-only owners of the libgit2 objects that core/git's public classes hold, declared without <git2.h>:
// the deleters are defined in GitLibrary.cpp, where libgit2's free functions are known.
#pragma once

#include <memory>

struct git_blob;
struct git_commit;
struct git_config;
struct git_index;
struct git_repository;
struct git_tree;

namespace ts::git {

template <typename T> struct GitDeleter
{
    void operator()(T* object) const noexcept;
};

template <> void GitDeleter<git_blob>::operator()(git_blob* object) const noexcept;
template <> void GitDeleter<git_commit>::operator()(git_commit* object) const noexcept;
template <> void GitDeleter<git_config>::operator()(git_config* object) const noexcept;
template <> void GitDeleter<git_index>::operator()(git_index* object) const noexcept;
template <> void GitDeleter<git_repository>::operator()(git_repository* object) const noexcept;
template <> void GitDeleter<git_tree>::operator()(git_tree* object) const noexcept;

template <typename T> using GitPtr = std::unique_ptr<T, GitDeleter<T>>;

} // namespace ts::git
