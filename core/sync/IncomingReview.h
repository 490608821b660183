// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The review of commits that arrive from a remote (a fetch, or a range pushed to a server): what a teammate
// pushed with plain git is untrusted. Each commit's changes are judged, oldest first, by the rules Teamspace
// applies to local changes: no symlinks where Teamspace writes, only leads change the manifest and the
// baseline, only the owner changes a notebook, and nothing invalid replaces a valid version. The review
// keeps, per path, the last version that passed ("accepted"); the sync restores those (IncomingCorrection),
// check-push lists them. Git authorship can be forged: this catches mistakes and plain-git shortcuts, not a
// determined attacker.
#pragma once

#include "sync/IncomingRules.h"

#include <QMap>

#include <optional>

namespace ts::sync {

struct IncomingReviewResult
{
    QList<IncomingViolation> violations; // every refused change, oldest commit first
    QMap<QString, PathState> accepted;   // every path the range touched → its last accepted version
    std::optional<Manifest> manifest;    // the manifest in force after the range
    int commits = 0;                     // commits reviewed
};

class IncomingReview
{
public:
    // `validateNotebook` is the stripper (BadInput for bytes that are not a notebook); the result is not
    // used.
    IncomingReview(const git::GitRepository& repo, NotebookStripFunction validateNotebook);

    // Reviews the commits reachable from `incoming` and not from `trusted` (all of them when trusted is
    // nullopt), parents before children. Paths start from their version in `trusted`. The manifest in force
    // is trusted's (or the one before trusted's last change of it, when that change broke the rules);
    // `manifest` only when trusted has none (nullopt: the first valid teamspace.json is then taken from
    // anybody). A change that puts a path back to its version before trusted's own rule-breaking last change
    // of it is a restore, not a violation.
    Result<IncomingReviewResult> review(const std::optional<git::Oid>& trusted, const git::Oid& incoming,
                                        std::optional<Manifest> manifest) const;

    // The manifest a commit holds, nullopt when it has none or it does not parse.
    static std::optional<Manifest> manifestAt(const git::GitRepository& repo, const git::Oid& commit);
    // The state of `path` in `tree` (a null tree, or a folder there: absent).
    static PathState stateIn(const git::GitTree& tree, const QString& path);

private:
    const git::GitRepository* m_repo;
    NotebookStripFunction m_validateNotebook;
};

} // namespace ts::sync
