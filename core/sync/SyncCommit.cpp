// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Step 2 of a sync: the staged index becomes a commit, after a last check of every notebook in it (see
// SyncSteps.h).
#include "sync/SyncSteps.h"

#include "git/GitBlob.h"
#include "git/GitDiff.h"
#include "git/GitIndex.h"

#include <sys/stat.h>

namespace ts::sync::detail {

using namespace ts::git;

namespace {

// The last guard before a commit: a notebook in it must look like one. Staging already compared every blob
// with the stripped bytes; this catches anything that reached the index another way.
Status checkStagedNotebook(JobContext& context, const DiffDelta& delta, const QString& path)
{
    if (delta.status == DiffDelta::Status::Deleted || SyncOwnership::kindOf(path) != PathKind::Notebook ||
        !S_ISREG(delta.newMode))
        return {};
    auto blob = GitBlob::lookup(context.repo, delta.newId,
                                QStringLiteral("%1: cannot read the staged version: ").arg(path));
    if (!blob)
        return blob.error();
    const auto size = qsizetype(blob->size());
    if (looksLikeNotebook(blob->data(), size))
        return {};
    qint64 headSize = -1;
    if (delta.status != DiffDelta::Status::Added) {
        if (auto old = GitBlob::lookup(context.repo, delta.oldId, QString()))
            headSize = old->size();
    }
    (void)resetIndexPaths(context, {path}); // the next sync stages it again from the working tree
    return Error::failed(
        QStringLiteral("%1: sync refused to commit %2 bytes that are not a notebook%3; nothing was "
                       "committed or pushed (check the file, then sync again)")
            .arg(path)
            .arg(size)
            .arg(headSize >= 0 ? QStringLiteral(" over the %1 bytes at HEAD").arg(headSize) : QString()));
}

} // namespace

Result<bool> commitStaged(JobContext& context)
{
    if (context.job.dryRun)
        return false;
    auto head = context.repo.headOid();
    if (!head)
        return head.error();
    auto headTree = GitTree::ofCommit(context.repo, *head);
    if (!headTree)
        return headTree.error();
    auto index = GitIndex::ofRepository(context.repo);
    if (!index)
        return index.error();
    // What is checked below is what the commit is made of: the index as it is on disk now.
    if (auto read = index->read(QStringLiteral("%1: cannot read the index: ").arg(context.workdir)); !read)
        return read.error();
    auto deltas =
        GitDiff::treeToIndex(context.repo, *headTree, *index,
                             QStringLiteral("%1: cannot compare the index with HEAD: ").arg(context.workdir));
    if (!deltas)
        return deltas.error();
    QStringList committed;
    for (const DiffDelta& delta : std::as_const(*deltas)) {
        const QString& path = delta.path;
        if (auto checked = checkStagedNotebook(context, delta, path); !checked)
            return checked.error();
        committed.append(path);
    }
    if (committed.isEmpty())
        return false;
    context.report.committed = committed;
    const Member* me = context.job.manifest.member(context.job.me);
    const GitIdentity author{me ? me->name : context.job.me, me ? me->email : QString()};
    const QString message =
        context.job.message.isEmpty()
            ? QStringLiteral("Sync by %1: %2 file(s)").arg(context.job.me).arg(committed.size())
            : context.job.message;
    auto commit = context.repo.commitIndex(message, author);
    if (!commit)
        return commit.error();
    context.entry.commit = oidToString(*commit);
    if (auto recorded = context.record(JournalEntry::Phase::Committed); !recorded)
        return recorded.error();
    return true;
}

} // namespace ts::sync::detail
