// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// What differs between two trees, or between a tree and an index (no rename detection: a delta's old and new
// paths are the same).
#pragma once

#include "git/GitOid.h"

#include <QList>
#include <QStringList>

namespace ts::git {

class GitIndex;
class GitRepository;
class GitTree;

struct DiffDelta
{
    enum class Status { Added, Deleted, Modified, Other };
    QString path;
    Status status = Status::Modified;
    Oid oldId;
    Oid newId;
    unsigned newMode = 0;
};

class GitDiff
{
public:
    // The paths whose entries differ between `from` and `to` (a null tree is empty).
    static Result<QStringList> changedPaths(const GitRepository& repo, const GitTree& from,
                                            const GitTree& to);
    // The differences of `index` from `tree`: what a commit of the index would change.
    static Result<QList<DiffDelta>> treeToIndex(const GitRepository& repo, const GitTree& tree,
                                                const GitIndex& index, const QString& context);
};

} // namespace ts::git
