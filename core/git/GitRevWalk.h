// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Walks of commit history.
#pragma once

#include "git/GitOid.h"

#include <QList>

namespace ts::git {

class GitRepository;

class GitRevWalk
{
public:
    // The commits reachable from `tip` and not from `hidden` (all of them when nullopt), parents before
    // children.
    static Result<QList<Oid>> oldestFirst(const GitRepository& repo, const Oid& tip,
                                          const std::optional<Oid>& hidden, const QString& context);
    // At most `limit` commits reachable from `tip`, newest (by commit time) first.
    static Result<QList<Oid>> newestFirst(const GitRepository& repo, const Oid& tip, int limit,
                                          const QString& context);
};

} // namespace ts::git
