// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// How two commits relate in the history graph (the Sync panel's "2 to push, 1 to pull").
#pragma once

#include "git/GitOid.h"

namespace ts::git {

class GitRepository;

struct AheadBehind
{
    int ahead = 0;  // commits reachable from `local` and not from `upstream`
    int behind = 0; // the other way round
};

class GitGraph
{
public:
    static Result<AheadBehind> aheadBehind(const GitRepository& repo, const Oid& local, const Oid& upstream);
};

} // namespace ts::git
