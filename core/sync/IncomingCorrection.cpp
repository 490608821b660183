// Step 3b of a sync: what the remote brings is reviewed before anything reaches the working tree or the
// branch. Refused changes are undone by one correction commit on top of the merge (or the fast-forward
// target), so the branch stays a plain descendant of the remote's (a normal push, no force) and the refused
// versions stay in history and, where they are worth keeping, as set-aside copies under the author's folder.
#include "sync/IncomingReview.h"
#include "sync/SyncSteps.h"

#include <QFileInfo>

namespace ts::sync::detail {

using namespace ts::git;

namespace {

QByteArray utf8(const QString& text)
{
    return text.toUtf8();
}

// The member folder a refused version is kept in: the author's when the author is a member, else mine.
QString copyOwner(const JobContext& context, const IncomingViolation& violation)
{
    return context.job.manifest.member(violation.member) ? violation.member : context.job.me;
}

bool worthKeeping(const IncomingViolation& violation)
{
    return (violation.rule == IncomingRule::Role || violation.rule == IncomingRule::Ownership) &&
           violation.refused && violation.refused->isRegular();
}

} // namespace

Result<git_oid> correctIncoming(JobContext& context, const git_oid& ours, const git_oid& theirs,
                                const git_oid& target)
{
    git_repository* repo = context.repo.raw();
    const IncomingReview review(repo, context.job.strip);
    auto reviewed = review.review(ours, theirs, context.job.manifest);
    if (!reviewed)
        return reviewed.error().prefixed(
            QStringLiteral("%1: review of the remote's commits: ").arg(context.workdir));
    if (reviewed->violations.isEmpty())
        return target;

    auto targetTree = treeOfCommit(repo, target);
    if (!targetTree)
        return targetTree.error();
    // Only paths whose refused version would reach us: a change someone's sync has already undone is history.
    QStringList corrected;
    for (const IncomingViolation& violation : std::as_const(reviewed->violations)) {
        if (!corrected.contains(violation.path) &&
            !(IncomingReview::stateIn(targetTree->get(), violation.path) ==
              reviewed->accepted.value(violation.path)))
            corrected.append(violation.path);
    }
    if (corrected.isEmpty())
        return target;

    git_index* rawIndex = nullptr;
    if (const int code = git_index_new(&rawIndex); code < 0)
        return gitError(code, QStringLiteral("correction: "));
    IndexHandle index(rawIndex);
    if (const int code = git_index_read_tree(index.get(), targetTree->get()); code < 0)
        return gitError(code, QStringLiteral("correction: "));
    for (const QString& path : std::as_const(corrected)) {
        const QByteArray pathBytes = utf8(path);
        const PathState accepted = reviewed->accepted.value(path);
        if (!accepted) {
            git_index_remove(index.get(), pathBytes.constData(), 0);
            continue;
        }
        git_index_entry entry{};
        entry.mode = accepted->mode;
        entry.id = accepted->id;
        entry.path = pathBytes.constData();
        if (const int code = git_index_add(index.get(), &entry); code < 0)
            return gitError(code, QStringLiteral("%1: cannot restore the accepted version: ").arg(path));
    }
    QStringList lines;
    for (const IncomingViolation& violation : std::as_const(reviewed->violations)) {
        if (!corrected.contains(violation.path))
            continue;
        IncomingRefusal refusal{violation.commit,         violation.author(), violation.path,
                                toString(violation.rule), violation.what,     QString()};
        if (worthKeeping(violation)) {
            const SyncOwnership folder(context.job.manifest, copyOwner(context, violation));
            refusal.copy =
                folder.setAsideCopyPath(violation.path, context.entry.stamp, [&](const QString& candidate) {
                    return git_index_get_bypath(index.get(), utf8(candidate).constData(), 0) != nullptr ||
                           QFileInfo::exists(context.workdir + candidate) ||
                           QFileInfo(context.workdir + candidate).isSymLink();
                });
            const QByteArray copyBytes = utf8(refusal.copy);
            git_index_entry entry{};
            entry.mode = GIT_FILEMODE_BLOB;
            entry.id = violation.refused->id;
            entry.path = copyBytes.constData();
            if (const int code = git_index_add(index.get(), &entry); code < 0)
                return gitError(code,
                                QStringLiteral("%1: cannot keep the refused version: ").arg(refusal.copy));
        }
        const QString reason =
            QStringLiteral("not taken from the remote: commit %1 by %2 %3 [%4]")
                .arg(violation.commit.left(10), refusal.author, violation.what, refusal.rule);
        context.report.refused.append({violation.path, reason});
        if (!refusal.copy.isEmpty())
            context.report.setAside.append({violation.path, refusal.copy, reason});
        context.report.incoming.append(refusal);
        lines << QStringLiteral("%1: %2 by %3: %4")
                         .arg(violation.path, violation.commit.left(10), refusal.author, refusal.rule) +
                     (refusal.copy.isEmpty() ? QString() : QStringLiteral(" (kept as %1)").arg(refusal.copy));
    }

    git_oid treeOid;
    if (const int code = git_index_write_tree_to(&treeOid, index.get(), repo); code < 0)
        return gitError(code, QStringLiteral("%1: cannot write the corrected tree: ").arg(context.workdir));
    git_tree* rawTree = nullptr;
    if (const int code = git_tree_lookup(&rawTree, repo, &treeOid); code < 0)
        return gitError(code, QStringLiteral("%1: cannot read the corrected tree: ").arg(context.workdir));
    TreeHandle tree(rawTree);
    git_commit* rawParent = nullptr;
    if (const int code = git_commit_lookup(&rawParent, repo, &target); code < 0)
        return gitError(code, QStringLiteral("commit %1: ").arg(oidToString(target)));
    CommitHandle parent(rawParent);
    const Member* me = context.job.manifest.member(context.job.me);
    git_signature* rawSignature = nullptr;
    if (const int code = git_signature_now(&rawSignature, utf8(me ? me->name : context.job.me).constData(),
                                           utf8(me ? me->email : QString()).constData());
        code < 0)
        return gitError(code, QStringLiteral("author of the correction: "));
    SignatureHandle signature(rawSignature);
    const QByteArray message =
        utf8(QStringLiteral("Teamspace: keep owners' versions (sync by %1)\n\nNot taken from the "
                            "remote (docs/sync.md, \"Incoming review\"):\n%2\n")
                 .arg(context.job.me, lines.join(u'\n')));
    const git_commit* parents[] = {parent.get()};
    git_oid correction;
    if (const int code = git_commit_create(&correction, repo, nullptr, signature.get(), signature.get(),
                                           "UTF-8", message.constData(), tree.get(), 1, parents);
        code < 0)
        return gitError(code,
                        QStringLiteral("%1: cannot create the correction commit: ").arg(context.workdir));
    context.report.correction = oidToString(correction);
    return correction;
}

} // namespace ts::sync::detail
