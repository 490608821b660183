// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Writes committed versions to the working tree and the index, path by path.
#pragma once

#include "git/GitOid.h"

#include <QStringList>

namespace ts::git {

class GitRepository;
class GitTree;

class GitCheckout
{
public:
    // Forces HEAD's version of `paths` (exact paths, no patterns) into the working tree.
    static Status headPaths(const GitRepository& repo, const QStringList& paths, const QString& context);
    // Forces `commit`'s version of `paths` into the working tree and the index; `baseline` is what the
    // working tree was checked out from.
    static Status commitPaths(const GitRepository& repo, const Oid& commit, const GitTree& baseline,
                              const QStringList& paths, const QString& context);
    // `git reset -- paths`: the index entries of `paths` go back to `commit`'s (removed when nullopt: an
    // unborn HEAD).
    static Status resetIndexPaths(const GitRepository& repo, const std::optional<Oid>& commit,
                                  const QStringList& paths, const QString& context);
};

} // namespace ts::git
