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
};

} // namespace ts::git
