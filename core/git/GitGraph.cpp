// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "git/GitGraph.h"

#include "git/GitHandles.h"

namespace ts::git {

Result<AheadBehind> GitGraph::aheadBehind(const GitRepository& repo, const Oid& local, const Oid& upstream)
{
    size_t ahead = 0;
    size_t behind = 0;
    if (const int code =
            git_graph_ahead_behind(&ahead, &behind, GitAccess::repo(repo), toGit(local), toGit(upstream));
        code < 0)
        return gitError(code,
                        QStringLiteral("commits %1 and %2: ").arg(oidToString(local), oidToString(upstream)));
    return AheadBehind{static_cast<int>(ahead), static_cast<int>(behind)};
}

} // namespace ts::git
