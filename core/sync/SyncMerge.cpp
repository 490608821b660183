// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Step 3 of a sync: the remote's branch comes into HEAD. Conflicts are never written to files: each is
// decided by ownership in the merged index, and the losing side is kept as a set-aside copy.
#include "sync/SyncSteps.h"

#include "git/GitCheckout.h"
#include "git/GitDiff.h"
#include "git/GitMerge.h"
#include "git/GitStatus.h"
#include "workspace/Manifest.h"
#include "workspace/ManifestLock.h"

#include <QFileInfo>

namespace ts::sync::detail {

using namespace ts::git;

namespace {

QByteArray utf8(const QString& text)
{
    return text.toUtf8();
}

Status addEntry(GitIndex& index, const ConflictSide& side, const QByteArray& path)
{
    return index.add(path, side.id, side.mode,
                     QStringLiteral("%1: cannot resolve the conflict: ").arg(QString::fromUtf8(path)));
}

Status resolveConflicts(JobContext& context, GitIndex& index)
{
    auto listed = index.conflicts();
    if (!listed)
        return listed.error();
    for (const IndexConflict& conflict : std::as_const(*listed)) {
        const QByteArray pathBytes = conflict.ours ? conflict.ours->path : conflict.theirs->path;
        const QString path = QString::fromUtf8(pathBytes);
        const PathKind kind = SyncOwnership::kindOf(path);
        const QString owner = context.ownership.ownerOf(path);
        // Mine wins only where I may commit and somebody owns the file (me, or a lead-only file and I lead);
        // on shared files the remote, which others already have, wins and my side is set aside.
        const bool keepMine =
            kind == PathKind::LeadOnly ? context.ownership.isLead() : owner == context.job.me;
        const std::optional<ConflictSide>& winner = keepMine ? conflict.ours : conflict.theirs;
        const std::optional<ConflictSide>& loser = keepMine ? conflict.theirs : conflict.ours;
        if (conflict.ours)
            index.removeConflict(conflict.ours->path);
        if (conflict.theirs && (!conflict.ours || conflict.theirs->path != conflict.ours->path))
            index.removeConflict(conflict.theirs->path);
        if (winner) {
            if (auto added = addEntry(index, *winner, winner->path); !added)
                return added;
        }
        if (loser && (!winner || loser->id != winner->id)) {
            const QString copy =
                context.ownership.setAsideCopyPath(path, context.entry.stamp, [&](const QString& c) {
                    return index.contains(c) || QFileInfo::exists(context.workdir + c);
                });
            if (auto added = addEntry(index, *loser, utf8(copy)); !added)
                return added;
            const QString whose = keepMine ? QStringLiteral("the remote's") : QStringLiteral("my");
            context.report.setAside.append(
                {path, copy,
                 QStringLiteral("both sides changed %1; kept %2, %3 version set aside")
                     .arg(path,
                          keepMine ? QStringLiteral("mine")
                                   : (owner.isEmpty() ? QStringLiteral("the remote's")
                                                      : owner + QStringLiteral("'s")),
                          whose)});
        }
    }
    return {};
}

Result<QStringList> dirtyPaths(JobContext& context, const QStringList& paths)
{
    QStringList dirty;
    for (const QString& path : paths) {
        auto isDirty = GitStatus::isDirty(context.repo, path);
        if (!isDirty)
            return isDirty.error();
        if (*isDirty)
            dirty.append(path);
    }
    return dirty;
}

// The first folder on the way to `path` (below the working tree) that is a symbolic link, empty when none is:
// a checkout must never write through one into a place outside the repository (issue 12).
QString symlinkedFolderOn(const QString& workdir, const QString& path)
{
    const QStringList parts = path.split(u'/');
    QString folder;
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        folder += (i ? QStringLiteral("/") : QString()) + parts.at(i);
        const QFileInfo info(workdir + folder);
        if (info.isSymLink())
            return folder;
        if (!info.exists())
            return {};
    }
    return {};
}

// Puts the working tree and the index on `to` (for the paths that differ from `from`), then moves the
// branch. Journalled first, so a kill anywhere in here is finished by the next job.
Status moveHead(JobContext& context, const std::optional<Oid>& from, const Oid& to, bool resuming)
{
    auto fromTree = GitTree::ofCommit(context.repo, from);
    if (!fromTree)
        return fromTree.error();
    auto toTree = GitTree::ofCommit(context.repo, to);
    if (!toTree)
        return toTree.error();
    auto paths = GitDiff::changedPaths(context.repo, *fromTree, *toTree);
    if (!paths)
        return paths.error();
    for (const QString& path : std::as_const(*paths)) {
        if (const QString link = symlinkedFolderOn(context.workdir, path); !link.isEmpty())
            return Error::badInput(
                QStringLiteral("%1%2 is a symbolic link: Teamspace will not write %3 through it; "
                               "remove the link (keep what it points to) and sync again")
                    .arg(context.workdir, link, path));
    }
    // An incoming teamspace.json is written under the lock that every edit of it takes (ManifestEdit.h), so a
    // lead's edit in the GUI or the CLI either lands before the dirty check below (which then refuses to
    // overwrite it) or waits and re-reads the incoming version (its compare-and-swap then says it changed).
    std::optional<ManifestLock> manifestLock;
    if (paths->contains(QLatin1String(kManifestFileName))) {
        auto lock = ManifestLock::acquire(context.workdir);
        if (!lock)
            return lock.error();
        manifestLock.emplace(std::move(*lock));
    }
    if (!resuming) {
        auto dirty = dirtyPaths(context, *paths);
        if (!dirty)
            return dirty.error();
        if (!dirty->isEmpty())
            return Error::failed(
                QStringLiteral("%1: changed here (and not committed) and also on the remote; Teamspace "
                               "will not overwrite it: move your copy away and sync again")
                    .arg(dirty->join(QLatin1String(", "))));
        context.entry.mergeFrom = from ? oidToString(*from) : QString();
        context.entry.mergeTo = oidToString(to);
        if (auto recorded = context.record(JournalEntry::Phase::Merging); !recorded)
            return recorded;
        context.hook("during-merge");
    }
    // FORCE is safe here: these paths were clean (checked above) or are being finished after a kill.
    if (auto checkedOut =
            GitCheckout::commitPaths(context.repo, to, *fromTree, *paths,
                                     QStringLiteral("%1: cannot update the working tree to %2: ")
                                         .arg(context.workdir, oidToString(to)));
        !checkedOut)
        return checkedOut;
    auto head = context.repo.headOid();
    if (!head)
        return head.error();
    if (!*head || **head != to) {
        if (auto moved =
                context.repo.moveReference(QStringLiteral("refs/heads/%1").arg(context.job.branch), to, from,
                                           from ? QStringLiteral("teamspace: sync merge")
                                                : QStringLiteral("teamspace: sync fast-forward"));
            !moved)
            return moved;
    }
    for (const QString& path : *paths) {
        bool isOurCopy = false;
        for (const SetAside& setAside : std::as_const(context.report.setAside))
            isOurCopy = isOurCopy || setAside.copy == path;
        if (!isOurCopy && !context.report.pulled.contains(path))
            context.report.pulled.append(path);
    }
    return {};
}

} // namespace

Status mergeRemote(JobContext& context)
{
    const GitRepository& repo = context.repo;
    auto remote = context.repo.referenceOid(
        QStringLiteral("refs/remotes/%1/%2").arg(context.job.remoteName, context.job.branch));
    if (!remote)
        return remote.error();
    if (!*remote)
        return {};
    const Oid theirs = **remote;
    auto head = context.repo.headOid();
    if (!head)
        return head.error();
    if (!*head)
        return moveHead(context, std::nullopt, theirs, false); // a fresh clone of a remote with history
    const Oid ours = **head;
    if (ours == theirs)
        return {};
    auto base = GitMerge::mergeBase(repo, ours, theirs,
                                    QStringLiteral("%1: cannot find the merge base: ").arg(context.workdir));
    if (!base)
        return base.error();
    if (*base && **base == theirs)
        return {};                 // we are ahead: nothing to bring in
    if (*base && **base == ours) { // fast-forward, after the review of what it brings
        auto target = correctIncoming(context, ours, theirs, theirs);
        if (!target)
            return target.error();
        return moveHead(context, ours, *target, false);
    }
    if (context.job.dryRun) {
        context.report.notes << QStringLiteral(
            "the remote has commits this clone does not: the sync would merge them");
        return {};
    }

    auto baseTree = GitTree::ofCommit(repo, *base);
    auto ourTree = GitTree::ofCommit(repo, ours);
    auto theirTree = GitTree::ofCommit(repo, theirs);
    if (!baseTree || !ourTree || !theirTree)
        return !baseTree ? baseTree.error() : !ourTree ? ourTree.error() : theirTree.error();
    auto merged = GitMerge::mergeTrees(repo, *baseTree, *ourTree, *theirTree,
                                       QStringLiteral("%1: cannot merge: ").arg(context.workdir));
    if (!merged)
        return merged.error();
    if (merged->hasConflicts()) {
        if (auto resolved = resolveConflicts(context, *merged); !resolved)
            return resolved;
    }
    auto tree =
        merged->writeTreeTo(repo, QStringLiteral("%1: cannot write the merged tree: ").arg(context.workdir));
    if (!tree)
        return tree.error();
    const Member* me = context.job.manifest.member(context.job.me);
    NewCommit commit;
    commit.author = {me ? me->name : context.job.me, me ? me->email : QString()};
    commit.message = QStringLiteral("Merge %1/%2 (sync by %3)")
                         .arg(context.job.remoteName, context.job.branch, context.job.me);
    commit.tree = *tree;
    commit.parents = {ours, theirs};
    commit.authorContext = QStringLiteral("author of the merge: ");
    commit.context = QStringLiteral("%1: cannot create the merge commit: ").arg(context.workdir);
    auto mergeOid = GitCommit::create(repo, commit);
    if (!mergeOid)
        return mergeOid.error();
    context.report.merged = true;
    auto target = correctIncoming(context, ours, theirs, *mergeOid);
    if (!target)
        return target.error();
    return moveHead(context, ours, *target, false);
}

Status finishInterruptedMerge(JobContext& context)
{
    auto to = oidFromString(context.entry.mergeTo);
    if (!to)
        return to.error().prefixed(context.journal.path() + QStringLiteral(": "));
    std::optional<Oid> from;
    if (!context.entry.mergeFrom.isEmpty()) {
        auto parsed = oidFromString(context.entry.mergeFrom);
        if (!parsed)
            return parsed.error().prefixed(context.journal.path() + QStringLiteral(": "));
        from = *parsed;
    }
    auto head = context.repo.headOid();
    if (!head)
        return head.error();
    const bool atFrom = *head == from;
    const bool atTo = *head && **head == *to;
    if (!atFrom && !atTo) {
        context.report.notes << QStringLiteral(
            "the interrupted merge in the journal no longer matches HEAD; left as is");
        return {};
    }
    context.report.resumed = true;
    context.report.notes
        << QStringLiteral("finished an interrupted merge (%1)").arg(context.entry.mergeTo.left(10));
    return moveHead(context, from, *to, true);
}

} // namespace ts::sync::detail
