// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The working tree's state against the index and HEAD (git status).
#pragma once

#include "util/Result.h"

#include <QStringList>

namespace ts::git {

class GitRepository;

class GitStatus
{
public:
    // Every path that differs (staged or not, untracked included, folders recursed, submodules and ignored
    // files left out), in libgit2's order.
    static Result<QStringList> changedPaths(const GitRepository& repo, const QString& context);
    // Whether `path` differs from HEAD or the index (false for an ignored or unknown path).
    static Result<bool> isDirty(const GitRepository& repo, const QString& path);
};

} // namespace ts::git
