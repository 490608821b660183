#include "sync/PushCheck.h"

namespace ts::sync {

using namespace ts::git;

namespace {

bool isZeroRev(const QString& rev)
{
    return !rev.isEmpty() && rev.count(u'0') == rev.size();
}

Result<git_oid> resolveCommit(git_repository* repo, const QString& rev)
{
    git_object* rawObject = nullptr;
    if (git_revparse_single(&rawObject, repo, rev.toUtf8().constData()) < 0)
        return Error::badInput(
            QStringLiteral("check-push: \"%1\" is not a commit in this repository (give a SHA or a "
                           "branch name)")
                .arg(rev));
    ObjectHandle object(rawObject);
    git_object* rawCommit = nullptr;
    if (git_object_peel(&rawCommit, object.get(), GIT_OBJECT_COMMIT) < 0)
        return Error::badInput(QStringLiteral("check-push: \"%1\" does not name a commit").arg(rev));
    ObjectHandle commit(rawCommit);
    return *git_object_id(commit.get());
}

} // namespace

Result<PushCheckResult> checkPushedRange(const QString& repoPath, const QString& oldRev,
                                         const QString& newRev, NotebookStripFunction validateNotebook)
{
    const GitLibrary library;
    git_repository* rawRepo = nullptr;
    const QByteArray path = repoPath.toUtf8();
    const int code =
        repoPath.isEmpty()
            ? git_repository_open_ext(&rawRepo, nullptr, GIT_REPOSITORY_OPEN_FROM_ENV, nullptr)
            : git_repository_open_ext(&rawRepo, path.constData(), GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr);
    if (code < 0)
        return gitError(code, QStringLiteral("%1: not a git repository: ")
                                  .arg(repoPath.isEmpty() ? QStringLiteral("$GIT_DIR") : repoPath));
    const RepositoryHandle repo(rawRepo);
    PushCheckResult result;
    if (isZeroRev(newRev))
        return result;
    auto newCommit = resolveCommit(repo.get(), newRev);
    if (!newCommit)
        return newCommit.error();
    std::optional<git_oid> oldCommit;
    if (!isZeroRev(oldRev)) {
        auto resolved = resolveCommit(repo.get(), oldRev);
        if (!resolved)
            return resolved.error();
        oldCommit = *resolved;
    }
    const IncomingReview review(repo.get(), std::move(validateNotebook));
    auto reviewed = review.review(
        oldCommit, *newCommit, oldCommit ? IncomingReview::manifestAt(repo.get(), *oldCommit) : std::nullopt);
    if (!reviewed)
        return reviewed.error();
    result.commits = reviewed->commits;
    result.violations = reviewed->violations;
    return result;
}

} // namespace ts::sync
