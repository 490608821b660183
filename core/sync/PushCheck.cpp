// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "sync/PushCheck.h"

namespace ts::sync {

using namespace ts::git;

namespace {

bool isZeroRev(const QString& rev)
{
    return !rev.isEmpty() && rev.count(u'0') == rev.size();
}

Result<Oid> resolveCommit(const GitRepository& repo, const QString& rev)
{
    const GitRepository::Revision revision = repo.resolveRevision(rev);
    if (!revision.found)
        return Error::badInput(
            QStringLiteral("check-push: \"%1\" is not a commit in this repository (give a SHA or a "
                           "branch name)")
                .arg(rev));
    if (!revision.commit)
        return Error::badInput(QStringLiteral("check-push: \"%1\" does not name a commit").arg(rev));
    return *revision.commit;
}

} // namespace

Result<PushCheckResult> checkPushedRange(const QString& repoPath, const QString& oldRev,
                                         const QString& newRev, NotebookStripFunction validateNotebook)
{
    auto opened = repoPath.isEmpty() ? GitRepository::openFromEnvironment() : GitRepository::open(repoPath);
    if (!opened)
        return opened.error();
    const GitRepository& repo = *opened;
    PushCheckResult result;
    if (isZeroRev(newRev))
        return result;
    auto newCommit = resolveCommit(repo, newRev);
    if (!newCommit)
        return newCommit.error();
    std::optional<Oid> oldCommit;
    if (!isZeroRev(oldRev)) {
        auto resolved = resolveCommit(repo, oldRev);
        if (!resolved)
            return resolved.error();
        oldCommit = *resolved;
    }
    const IncomingReview review(repo, std::move(validateNotebook));
    auto reviewed = review.review(oldCommit, *newCommit,
                                  oldCommit ? IncomingReview::manifestAt(repo, *oldCommit) : std::nullopt);
    if (!reviewed)
        return reviewed.error();
    result.commits = reviewed->commits;
    result.violations = reviewed->violations;
    return result;
}

} // namespace ts::sync
