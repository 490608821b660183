// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Step 3b of a sync: what the remote brings is reviewed before anything reaches the working tree or the
// branch. Refused changes are undone by one correction commit on top of the merge (or the fast-forward
// target), so the branch stays a plain descendant of the remote's (a normal push, no force) and the refused
// versions stay in history and, where they are worth keeping, as set-aside copies under the author's folder.
#include "sync/IncomingReview.h"
#include "sync/SyncSteps.h"

#include "git/GitIndex.h"

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

Result<Oid> correctIncoming(JobContext& context, const Oid& ours, const Oid& theirs, const Oid& target)
{
    const GitRepository& repo = context.repo;
    const IncomingReview review(repo, context.job.strip);
    auto reviewed = review.review(ours, theirs, context.job.manifest);
    if (!reviewed)
        return reviewed.error().prefixed(
            QStringLiteral("%1: review of the remote's commits: ").arg(context.workdir));
    if (reviewed->violations.isEmpty())
        return target;

    auto targetTree = GitTree::ofCommit(repo, target);
    if (!targetTree)
        return targetTree.error();
    // Only paths whose refused version would reach us: a change someone's sync has already undone is history.
    QStringList corrected;
    for (const IncomingViolation& violation : std::as_const(reviewed->violations)) {
        if (!corrected.contains(violation.path) && !(IncomingReview::stateIn(*targetTree, violation.path) ==
                                                     reviewed->accepted.value(violation.path)))
            corrected.append(violation.path);
    }
    if (corrected.isEmpty())
        return target;

    auto index = GitIndex::fromTree(*targetTree, QStringLiteral("correction: "));
    if (!index)
        return index.error();
    for (const QString& path : std::as_const(corrected)) {
        const QByteArray pathBytes = utf8(path);
        const PathState accepted = reviewed->accepted.value(path);
        if (!accepted) {
            index->remove(pathBytes);
            continue;
        }
        if (auto added = index->add(pathBytes, accepted->id, accepted->mode,
                                    QStringLiteral("%1: cannot restore the accepted version: ").arg(path));
            !added)
            return added.error();
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
                    return index->contains(candidate) || QFileInfo::exists(context.workdir + candidate) ||
                           QFileInfo(context.workdir + candidate).isSymLink();
                });
            if (auto added =
                    index->add(utf8(refusal.copy), violation.refused->id, kModeBlob,
                               QStringLiteral("%1: cannot keep the refused version: ").arg(refusal.copy));
                !added)
                return added.error();
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

    auto tree = index->writeTreeTo(
        repo, QStringLiteral("%1: cannot write the corrected tree: ").arg(context.workdir));
    if (!tree)
        return tree.error();
    const Member* me = context.job.manifest.member(context.job.me);
    NewCommit commit;
    commit.author = {me ? me->name : context.job.me, me ? me->email : QString()};
    commit.message = QStringLiteral("Teamspace: keep owners' versions (sync by %1)\n\nNot taken from the "
                                    "remote (docs/sync.md, \"Incoming review\"):\n%2\n")
                         .arg(context.job.me, lines.join(u'\n'));
    commit.tree = *tree;
    commit.parents = {target};
    commit.authorContext = QStringLiteral("author of the correction: ");
    commit.context = QStringLiteral("%1: cannot create the correction commit: ").arg(context.workdir);
    auto created = GitCommit::create(repo, commit);
    if (!created)
        return created.error();
    const Oid correction = *created;
    context.report.correction = oidToString(correction);
    return correction;
}

} // namespace ts::sync::detail
