// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Three-way merge of trees into an in-memory index (conflicts stay in it for the caller to decide).
#pragma once

#include "git/GitIndex.h"

namespace ts::git {

class GitTree;

class GitMerge
{
public:
    // The best common ancestor of two commits; nullopt when they share no history.
    static Result<std::optional<Oid>> mergeBase(const GitRepository& repo, const Oid& ours, const Oid& theirs,
                                                const QString& context);
    static Result<GitIndex> mergeTrees(const GitRepository& repo, const GitTree& base, const GitTree& ours,
                                       const GitTree& theirs, const QString& context);
};

} // namespace ts::git
