// Step 3 of a sync: the remote's branch comes into HEAD. Conflicts are never written to files: each is
// decided by ownership in the merged index, and the losing side is kept as a set-aside copy.
#include "sync/SyncSteps.h"

#include <QFileInfo>

namespace ts::sync::detail {

using namespace ts::git;

namespace {

QByteArray utf8(const QString& text)
{
    return text.toUtf8();
}

struct ConflictSide
{
    bool present = false;
    git_index_entry entry{};
    QByteArray path;
};

struct Conflict
{
    ConflictSide ours;
    ConflictSide theirs;
};

ConflictSide sideOf(const git_index_entry* entry)
{
    ConflictSide side;
    if (!entry)
        return side;
    side.present = true;
    side.entry = *entry;
    side.path = QByteArray(entry->path);
    return side;
}

Status addEntry(git_index* index, ConflictSide side, const QByteArray& path)
{
    side.entry.path = path.constData();
    side.entry.flags = 0; // stage 0: resolved
    side.entry.flags_extended = 0;
    return gitCheck(git_index_add(index, &side.entry),
                    QStringLiteral("%1: cannot resolve the conflict: ").arg(QString::fromUtf8(path)));
}

Status resolveConflicts(JobContext& context, git_index* index)
{
    QList<Conflict> conflicts;
    {
        git_index_conflict_iterator* rawIterator = nullptr;
        if (const int code = git_index_conflict_iterator_new(&rawIterator, index); code < 0)
            return gitError(code, QStringLiteral("merge: cannot list conflicts: "));
        const std::unique_ptr<git_index_conflict_iterator,
                              GitFree<git_index_conflict_iterator, git_index_conflict_iterator_free>>
            iterator(rawIterator);
        const git_index_entry* ancestor = nullptr;
        const git_index_entry* ours = nullptr;
        const git_index_entry* theirs = nullptr;
        while (git_index_conflict_next(&ancestor, &ours, &theirs, iterator.get()) == 0)
            conflicts.append({sideOf(ours), sideOf(theirs)});
    }
    for (const Conflict& conflict : conflicts) {
        const QByteArray pathBytes = conflict.ours.present ? conflict.ours.path : conflict.theirs.path;
        const QString path = QString::fromUtf8(pathBytes);
        const PathKind kind = SyncOwnership::kindOf(path);
        const QString owner = context.ownership.ownerOf(path);
        // Mine wins only where I may commit and somebody owns the file (me, or a lead-only file and I lead);
        // on shared files the remote, which others already have, wins and my side is set aside.
        const bool keepMine =
            kind == PathKind::LeadOnly ? context.ownership.isLead() : owner == context.job.me;
        const ConflictSide& winner = keepMine ? conflict.ours : conflict.theirs;
        const ConflictSide& loser = keepMine ? conflict.theirs : conflict.ours;
        if (conflict.ours.present)
            git_index_conflict_remove(index, conflict.ours.path.constData());
        if (conflict.theirs.present && conflict.theirs.path != conflict.ours.path)
            git_index_conflict_remove(index, conflict.theirs.path.constData());
        if (winner.present) {
            if (auto added = addEntry(index, winner, winner.path); !added)
                return added;
        }
        if (loser.present && (!winner.present || !git_oid_equal(&loser.entry.id, &winner.entry.id))) {
            const QString copy =
                context.ownership.setAsideCopyPath(path, context.entry.stamp, [&](const QString& c) {
                    return git_index_get_bypath(index, utf8(c).constData(), 0) != nullptr ||
                           QFileInfo::exists(context.workdir + c);
                });
            if (auto added = addEntry(index, loser, utf8(copy)); !added)
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
        unsigned int flags = 0;
        const int code = git_status_file(&flags, context.repo.raw(), utf8(path).constData());
        if (code == GIT_ENOTFOUND)
            continue;
        if (code < 0)
            return gitError(code, QStringLiteral("%1: ").arg(path));
        if (flags != GIT_STATUS_CURRENT && !(flags & GIT_STATUS_IGNORED))
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
Status moveHead(JobContext& context, const std::optional<git_oid>& from, const git_oid& to, bool resuming)
{
    auto fromTree = treeOfCommit(context.repo.raw(), from);
    if (!fromTree)
        return fromTree.error();
    auto toTree = treeOfCommit(context.repo.raw(), to);
    if (!toTree)
        return toTree.error();
    auto paths = changedPaths(context.repo.raw(), fromTree->get(), toTree->get());
    if (!paths)
        return paths.error();
    for (const QString& path : std::as_const(*paths)) {
        if (const QString link = symlinkedFolderOn(context.workdir, path); !link.isEmpty())
            return Error::badInput(
                QStringLiteral("%1%2 is a symbolic link: Teamspace will not write %3 through it; "
                               "remove the link (keep what it points to) and sync again")
                    .arg(context.workdir, link, path));
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
    if (!paths->isEmpty()) {
        QList<QByteArray> storage;
        std::vector<char*> pointers;
        for (const QString& path : *paths)
            storage.append(utf8(path));
        for (QByteArray& path : storage)
            pointers.push_back(path.data());
        git_object* rawTarget = nullptr;
        if (const int code = git_object_lookup(&rawTarget, context.repo.raw(), &to, GIT_OBJECT_COMMIT);
            code < 0)
            return gitError(code, QStringLiteral("commit %1: ").arg(oidToString(to)));
        ObjectHandle target(rawTarget);
        git_checkout_options options = GIT_CHECKOUT_OPTIONS_INIT;
        // FORCE is safe here: these paths were clean (checked above) or are being finished after a kill.
        options.checkout_strategy = GIT_CHECKOUT_FORCE | GIT_CHECKOUT_DISABLE_PATHSPEC_MATCH;
        options.paths = {pointers.data(), pointers.size()};
        options.baseline = fromTree->get();
        if (const int code = git_checkout_tree(context.repo.raw(), target.get(), &options); code < 0)
            return gitError(code, QStringLiteral("%1: cannot update the working tree to %2: ")
                                      .arg(context.workdir, oidToString(to)));
    }
    auto head = context.repo.headOid();
    if (!head)
        return head.error();
    if (!*head || !git_oid_equal(&**head, &to)) {
        const QByteArray refName = utf8(QStringLiteral("refs/heads/%1").arg(context.job.branch));
        git_reference* rawRef = nullptr;
        const int code = from
                             ? git_reference_create_matching(&rawRef, context.repo.raw(), refName.constData(),
                                                             &to, 1, &*from, "teamspace: sync merge")
                             : git_reference_create(&rawRef, context.repo.raw(), refName.constData(), &to, 0,
                                                    "teamspace: sync fast-forward");
        ReferenceHandle ref(rawRef);
        if (code < 0)
            return gitError(
                code,
                QStringLiteral("%1: cannot move %2: ").arg(context.workdir, QString::fromUtf8(refName)));
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
    git_repository* repo = context.repo.raw();
    auto remote = context.repo.referenceOid(
        QStringLiteral("refs/remotes/%1/%2").arg(context.job.remoteName, context.job.branch));
    if (!remote)
        return remote.error();
    if (!*remote)
        return {};
    const git_oid theirs = **remote;
    auto head = context.repo.headOid();
    if (!head)
        return head.error();
    if (!*head)
        return moveHead(context, std::nullopt, theirs, false); // a fresh clone of a remote with history
    const git_oid ours = **head;
    if (git_oid_equal(&ours, &theirs))
        return {};
    git_oid base;
    const int baseCode = git_merge_base(&base, repo, &ours, &theirs);
    if (baseCode < 0 && baseCode != GIT_ENOTFOUND)
        return gitError(baseCode, QStringLiteral("%1: cannot find the merge base: ").arg(context.workdir));
    const bool haveBase = baseCode == 0;
    if (haveBase && git_oid_equal(&base, &theirs))
        return {};                                 // we are ahead: nothing to bring in
    if (haveBase && git_oid_equal(&base, &ours)) { // fast-forward, after the review of what it brings
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

    auto baseTree = treeOfCommit(repo, haveBase ? std::optional<git_oid>(base) : std::nullopt);
    auto ourTree = treeOfCommit(repo, ours);
    auto theirTree = treeOfCommit(repo, theirs);
    if (!baseTree || !ourTree || !theirTree)
        return !baseTree ? baseTree.error() : !ourTree ? ourTree.error() : theirTree.error();
    git_merge_options options = GIT_MERGE_OPTIONS_INIT;
    git_index* rawIndex = nullptr;
    if (const int code =
            git_merge_trees(&rawIndex, repo, baseTree->get(), ourTree->get(), theirTree->get(), &options);
        code < 0)
        return gitError(code, QStringLiteral("%1: cannot merge: ").arg(context.workdir));
    IndexHandle merged(rawIndex);
    if (git_index_has_conflicts(merged.get())) {
        if (auto resolved = resolveConflicts(context, merged.get()); !resolved)
            return resolved;
    }
    git_oid treeOid;
    if (const int code = git_index_write_tree_to(&treeOid, merged.get(), repo); code < 0)
        return gitError(code, QStringLiteral("%1: cannot write the merged tree: ").arg(context.workdir));
    git_tree* rawTree = nullptr;
    if (const int code = git_tree_lookup(&rawTree, repo, &treeOid); code < 0)
        return gitError(code, QStringLiteral("%1: cannot read the merged tree: ").arg(context.workdir));
    TreeHandle tree(rawTree);
    git_commit* rawOurs = nullptr;
    git_commit* rawTheirs = nullptr;
    git_commit_lookup(&rawOurs, repo, &ours);
    CommitHandle ourCommit(rawOurs);
    git_commit_lookup(&rawTheirs, repo, &theirs);
    CommitHandle theirCommit(rawTheirs);
    if (!ourCommit || !theirCommit)
        return Error::failed(QStringLiteral("%1: cannot read the commits to merge").arg(context.workdir));
    const Member* me = context.job.manifest.member(context.job.me);
    git_signature* rawSignature = nullptr;
    if (const int code = git_signature_now(&rawSignature, utf8(me ? me->name : context.job.me).constData(),
                                           utf8(me ? me->email : QString()).constData());
        code < 0)
        return gitError(code, QStringLiteral("author of the merge: "));
    SignatureHandle signature(rawSignature);
    const git_commit* parents[] = {ourCommit.get(), theirCommit.get()};
    const QByteArray message = utf8(QStringLiteral("Merge %1/%2 (sync by %3)")
                                        .arg(context.job.remoteName, context.job.branch, context.job.me));
    git_oid mergeOid;
    if (const int code = git_commit_create(&mergeOid, repo, nullptr, signature.get(), signature.get(),
                                           "UTF-8", message.constData(), tree.get(), 2, parents);
        code < 0)
        return gitError(code, QStringLiteral("%1: cannot create the merge commit: ").arg(context.workdir));
    context.report.merged = true;
    auto target = correctIncoming(context, ours, theirs, mergeOid);
    if (!target)
        return target.error();
    return moveHead(context, ours, *target, false);
}

Status finishInterruptedMerge(JobContext& context)
{
    auto to = oidFromString(context.entry.mergeTo);
    if (!to)
        return to.error().prefixed(context.journal.path() + QStringLiteral(": "));
    std::optional<git_oid> from;
    if (!context.entry.mergeFrom.isEmpty()) {
        auto parsed = oidFromString(context.entry.mergeFrom);
        if (!parsed)
            return parsed.error().prefixed(context.journal.path() + QStringLiteral(": "));
        from = *parsed;
    }
    auto head = context.repo.headOid();
    if (!head)
        return head.error();
    const bool atFrom = from ? (*head && git_oid_equal(&**head, &*from)) : !*head;
    const bool atTo = *head && git_oid_equal(&**head, &*to);
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
