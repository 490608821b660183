// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Step 1 of a sync: the working tree is staged as what I may commit (see SyncSteps.h; step 2, the commit, is
// SyncCommit.cpp).
#include "sync/SyncSteps.h"

#include "git/GitBlob.h"
#include "git/GitCheckout.h"
#include "git/GitDiff.h"
#include "git/GitIndex.h"
#include "git/GitStatus.h"
#include "util/AtomicFile.h"
#include "util/ByteSize.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <sys/stat.h>

namespace ts::sync::detail {

using namespace ts::git;

namespace {

// Notebooks larger than this are not even read: no notebook worth versioning is 1 GiB before stripping.
constexpr qint64 kNotebookReadLimit = 1024LL * 1024 * 1024;
const QByteArray kLfsPointerPrefix = QByteArrayLiteral("version https://git-lfs.github.com/spec/v1");

struct Change
{
    QString path;
    bool existsInWorkdir = false;
    bool inHead = false;
};

enum class Action { Commit, SetAside, Refuse };

struct Plan
{
    Change change;
    Action action = Action::Commit;
    QByteArray content;        // what is committed or set aside (stripped notebooks), when the file exists
    bool contentKnown = false; // `content` is exactly what must be staged (false for links staged as links)
    bool rewrite = false; // a notebook of mine whose stripped form differs from the file: rewrite it in place
    QString copy;         // set-aside path
    QString reason;
};

QByteArray utf8(const QString& text)
{
    return text.toUtf8();
}

// The reading, stripping and writing fan out over a pool of their own, not the global one: the GUI runs its
// jobs (a status, a sync waiting for its thread) on the global pool, and a job there waiting for map tasks
// queued behind it on the same full pool never ends (two status jobs on 2 cores deadlocked, and the GUI's
// painting waited for the pool too). These tasks wait for nothing, so this pool always drains.
QThreadPool* stagingPool()
{
    static QThreadPool* pool = [] {
        auto* created = new QThreadPool; // lives until exit: jobs on other threads may still use it
        created->setMaxThreadCount(qMax(2, QThread::idealThreadCount()));
        created->setExpiryTimeout(30'000);
        return created;
    }();
    return pool;
}

// The first component of `relative` (its folders, then the file itself) that is a symbolic link inside the
// working tree; empty when there is none. Sync writes and restores nothing through such a link: it could
// point anywhere outside the repository (issue 12).
QString firstSymlinkOn(const QString& workdir, const QString& relative)
{
    const QStringList parts = relative.split(u'/', Qt::SkipEmptyParts);
    QString prefix;
    for (const QString& part : parts) {
        prefix += (prefix.isEmpty() ? QString() : QStringLiteral("/")) + part;
        const QFileInfo info(workdir + prefix);
        if (info.isSymLink())
            return prefix;
        if (!info.exists())
            return {};
    }
    return {};
}

QString symlinkReason(const QString& workdir, const QString& path, const QString& link, const QString& what)
{
    return QStringLiteral(
               "%1: not %2: %3 is a symbolic link (to %4); sync writes nothing through links inside the "
               "repository: replace the link with a real folder and sync again (%1 was left as it is)")
        .arg(path, what, link, QFileInfo(workdir + link).symLinkTarget());
}

// After an atomic write reported success: the file on disk must hold exactly the bytes meant (size, then
// content), reached without a link. Anything else stops the sync before it stages or restores anything.
Status verifyWritten(const QString& workdir, const QString& relative, const QByteArray& intended)
{
    const QString absolute = workdir + relative;
    const auto failed = [&](const QString& what) {
        return Error::failed(
            QStringLiteral("%1: %2 after sync wrote it (%3 bytes meant; is the disk full or failing?); "
                           "nothing was committed or pushed: free some space and sync again")
                .arg(absolute, what)
                .arg(intended.size()));
    };
    if (!isPlainPathBeneath(workdir, relative))
        return failed(QStringLiteral("is missing or a symbolic link"));
    QFile file(absolute);
    if (!file.open(QIODevice::ReadOnly))
        return failed(QStringLiteral("cannot be read back (%1)").arg(file.errorString()));
    if (file.size() != intended.size())
        return failed(QStringLiteral("holds %1 bytes").arg(file.size()));
    const QByteArray onDisk = file.read(intended.size() + 1);
    if (onDisk != intended)
        return failed(QStringLiteral("holds other bytes than sync wrote"));
    return {};
}

bool isDvcPointer(const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    return path.endsWith(QLatin1String(".dvc")) || name == QLatin1String("dvc.lock");
}

bool hasLfsFilter(const GitRepository& repo, const QString& path)
{
    return repo.attributeString(path, QStringLiteral("filter")) == QLatin1String("lfs");
}

Result<QList<Change>> listChanges(JobContext& context, const GitTree& headTree)
{
    auto paths = GitStatus::changedPaths(context.repo,
                                         QStringLiteral("%1: cannot list changes: ").arg(context.workdir));
    if (!paths)
        return paths.error();
    QList<Change> changes;
    changes.reserve(paths->size());
    for (const QString& path : std::as_const(*paths)) {
        Change change;
        change.path = path;
        const QFileInfo info(context.workdir + change.path);
        change.existsInWorkdir = info.exists() || info.isSymLink();
        change.inHead = headTree.entry(path).has_value();
        changes.append(change);
    }
    std::sort(changes.begin(), changes.end(),
              [](const Change& a, const Change& b) { return a.path < b.path; });
    return changes;
}

QString gateReason(const QString& path, qint64 size, qint64 gate, bool stripped)
{
    return QStringLiteral("%1 is %2%3, over the large-file gate of %4: keep big files in the shared folder "
                          "(and git-ignore them), or ask a lead to raise policies.largeFileGateBytes")
        .arg(path, formatByteSize(size), stripped ? QStringLiteral(" even stripped") : QString(),
             formatByteSize(gate));
}

// Decides what happens to one change and prepares the bytes; reads files, writes nothing.
// First half of planning, on the job's thread (it asks the repository about attributes): who may commit
// the path, and the refusals that need no file content.
Plan classifyChange(JobContext& context, const Change& change)
{
    Plan plan;
    plan.change = change;
    const QString& path = change.path;
    const SyncOwnership& ownership = context.ownership;
    const PathKind kind = SyncOwnership::kindOf(path);
    plan.action = ownership.mayCommit(path) ? Action::Commit : Action::SetAside;
    if (plan.action == Action::SetAside) {
        plan.reason = kind == PathKind::LeadOnly
                          ? QStringLiteral("only a lead may change %1").arg(path)
                          : QStringLiteral("%1 belongs to %2").arg(path, ownership.ownerOf(path));
    }
    if (isDvcPointer(path)) {
        plan.action = Action::Refuse;
        plan.reason =
            QStringLiteral("%1 is a DVC pointer file: Teamspace does not change DVC data; use `dvc` and "
                           "`git` for it")
                .arg(path);
    } else if (hasLfsFilter(context.repo, path)) {
        plan.action = Action::Refuse;
        plan.reason =
            QStringLiteral("%1 is tracked by Git LFS, whose filters libgit2 does not run: commit it with "
                           "`git lfs` instead")
                .arg(path);
    } else if (path.startsWith(context.ownership.setAsideFolder().section(u'/', 0, -3) + u'/') &&
               QFileInfo(context.workdir + path).isSymLink()) {
        // A link among the notebooks can stand for a member's folder or set-aside folder and point anywhere:
        // teammates' syncs refuse it when it arrives, so it is not committed either.
        plan.action = Action::Refuse;
        plan.reason =
            QStringLiteral("%1 is a symbolic link (to %2) among the notebooks: Teamspace neither commits "
                           "nor writes through links there; replace it with the real file or folder")
                .arg(path, QFileInfo(context.workdir + path).symLinkTarget());
    }
    return plan;
}

// Second half, touching only the file and pure functions (no libgit2), so it runs in parallel over the
// changes: read, refuse by size or content, strip notebooks, validate a lead's manifest.
void prepareContent(const SyncJob& job, const QString& workdir, Plan& plan)
{
    if (plan.action == Action::Refuse || !plan.change.existsInWorkdir)
        return;
    const QString& path = plan.change.path;
    const qint64 gate = job.manifest.policies.largeFileGateBytes;
    const PathKind kind = SyncOwnership::kindOf(path);
    const auto refuse = [&plan](QString reason) {
        plan.action = Action::Refuse;
        plan.reason = std::move(reason);
        plan.content.clear();
    };
    if (job.transfer.cancel && job.transfer.cancel->isCancelled())
        return; // the caller reports the cancel
    const QString absolute = workdir + path;
    const QFileInfo info(absolute);
    if (info.isSymLink()) {
        if (kind == PathKind::Notebook || plan.action == Action::SetAside)
            refuse(QStringLiteral("%1 is a symbolic link: Teamspace commits notebooks and others' files only "
                                  "as regular files; replace the link with the file")
                       .arg(path));
        return; // otherwise staged as a link, like git does
    }
    if (!info.isFile())
        return refuse(QStringLiteral("%1 is not a regular file").arg(path));
    const qint64 size = info.size();
    if ((kind != PathKind::Notebook && size > gate) ||
        (kind == PathKind::Notebook && size > kNotebookReadLimit))
        return refuse(gateReason(path, size, gate, false));
    auto bytes = readFileLimited(absolute, qMax(gate, kNotebookReadLimit));
    if (!bytes)
        return refuse(bytes.error().message);
    if (bytes->startsWith(kLfsPointerPrefix))
        return refuse(
            QStringLiteral("%1 is a Git LFS pointer: Teamspace does not change LFS files; use `git lfs`")
                .arg(path));
    if (kind == PathKind::Notebook) {
        const qsizetype originalSize = bytes->size();
        auto stripped = job.strip(std::move(bytes).value(), job.manifest.policies.strip, path);
        if (!stripped)
            return refuse(stripped.error().message +
                          QStringLiteral(" (not committed: fix or re-save the notebook)"));
        if (stripped->size() > gate)
            return refuse(gateReason(path, stripped->size(), gate, true));
        // A stripper that "succeeds" with nothing (or a cut-off object) must not empty the file or the
        // commit.
        if (!looksLikeNotebook(stripped->constData(), stripped->size()))
            return refuse(
                QStringLiteral("%1: stripping it gave %2 bytes that are not a notebook (not committed, the "
                               "file was left as it is; report this)")
                    .arg(path)
                    .arg(stripped->size()));
        // The stripper consumed the bytes (parsed in place): a stripped form of the same size is compared
        // with the file again (it is then small: a notebook with outputs shrinks).
        if (plan.action == Action::Commit && stripped->size() == originalSize) {
            auto again = readFileLimited(absolute, originalSize);
            plan.rewrite = !again || *again != *stripped;
        } else {
            plan.rewrite = plan.action == Action::Commit;
        }
        plan.content = std::move(stripped).value();
    } else {
        plan.content = std::move(bytes).value();
    }
    plan.contentKnown = true;
    // A lead's manifest edit reaches everyone: an invalid one would stop every member's next open.
    if (plan.action == Action::Commit && path == QLatin1String(kManifestFileName)) {
        if (auto parsed = parseManifest(plan.content, path); !parsed)
            return refuse(parsed.error().message +
                          QStringLiteral(" (not committed: fix the manifest first)"));
    }
}

// Whether `content` is byte for byte what HEAD holds at `path` (hashing only, no blob read).
bool sameAsHead(const GitTree& headTree, const QString& path, const QByteArray& content)
{
    const std::optional<TreeEntry> entry = headTree.entry(path);
    if (!entry)
        return false;
    auto oid = GitBlob::hash(content, QString());
    return oid && *oid == entry->id;
}

Status checkoutFromHead(JobContext& context, const QStringList& paths)
{
    return GitCheckout::headPaths(
        context.repo, paths,
        QStringLiteral("%1: cannot restore the committed versions of set-aside files: ")
            .arg(context.workdir));
}

// Puts HEAD's version of each path back. A regular file is replaced whole beneath the working tree
// (writeFileBeneath): libgit2's checkout truncates and rewrites in place, so a full disk would leave it cut
// off. Links and executables, rare among others' files, go through git_checkout_head.
Status restoreFromHead(JobContext& context, const GitTree& headTree, const QStringList& paths)
{
    QStringList viaCheckout;
    QStringList written;
    for (const QString& path : paths) {
        const std::optional<TreeEntry> entry = headTree.entry(path);
        if (!entry || entry->mode != kModeBlob) {
            viaCheckout.append(path);
            continue;
        }
        auto blob = GitBlob::lookup(context.repo, entry->id,
                                    QStringLiteral("%1: cannot read the committed version: ").arg(path));
        if (!blob)
            return blob.error();
        auto content = blob->filteredFor(path); // with the working-tree filters (eol) that a checkout applies
        if (!content)
            return content.error();
        AtomicWriteOptions options;
        options.createFolders = true;
        options.allowSplittingHardLinks = true; // a checkout would write through the other names
        if (auto restored = writeFileBeneath(context.workdir, path, *content, options); !restored)
            return Error{
                restored.error().kind,
                restored.error().message +
                    QStringLiteral("; the edit is kept in its set-aside copy, nothing was committed or "
                                   "pushed: sync again")};
        written.append(path);
    }
    // The index holds HEAD's entry for a restored path (someone may have `git add`ed the edit).
    if (auto reset = resetIndexPaths(context, written); !reset)
        return reset;
    return checkoutFromHead(context, viaCheckout);
}

} // namespace

// What a committed notebook at least looks like: a JSON object. Zero bytes, or bytes cut off in the middle,
// are what a failed write leaves (issue 12: a full disk emptied a notebook and sync committed it).
bool looksLikeNotebook(const char* data, qsizetype size)
{
    qsizetype first = 0;
    qsizetype last = size - 1;
    while (first < size && QChar::isSpace(uchar(data[first])))
        ++first;
    while (last > first && QChar::isSpace(uchar(data[last])))
        --last;
    return first < last && data[first] == '{' && data[last] == '}';
}

Status resetIndexPaths(JobContext& context, const QStringList& paths)
{
    if (paths.isEmpty())
        return {};
    auto head = context.repo.headOid();
    if (!head)
        return head.error();
    return GitCheckout::resetIndexPaths(
        context.repo, *head, paths,
        QStringLiteral("%1: cannot unstage refused files: ").arg(context.workdir));
}

Status stageWorkingTree(JobContext& context)
{
    auto head = context.repo.headOid();
    if (!head)
        return head.error();
    auto headTree = GitTree::ofCommit(context.repo, *head);
    if (!headTree)
        return headTree.error();
    auto changes = listChanges(context, *headTree);
    if (!changes)
        return changes.error();
    context.hook("after-status");

    QList<Plan> plans;
    for (const Change& change : *changes)
        plans.append(classifyChange(context, change));
    // Reading and stripping dominate a big sync (a few MB of JSON per notebook): spread them over the cores.
    const SyncJob& job = context.job;
    const QString workdir = context.workdir;
    QtConcurrent::blockingMap(stagingPool(), plans,
                              [&job, &workdir](Plan& plan) { prepareContent(job, workdir, plan); });
    context.hook("after-strip");
    if (job.transfer.cancel && job.transfer.cancel->isCancelled())
        return Error::cancelled(QStringLiteral("sync cancelled before anything was committed"));

    QSet<QString> copiesPlanned;
    for (Plan& plan : plans) {
        const Change& change = plan.change;
        if (plan.action == Action::SetAside && change.existsInWorkdir) {
            // A resumed job reuses its stamp: a copy it already wrote has the same name and the same bytes.
            plan.copy =
                context.ownership.setAsideCopyPath(change.path, context.entry.stamp, [&](const QString& c) {
                    if (copiesPlanned.contains(c))
                        return true;
                    if (!QFileInfo::exists(context.workdir + c))
                        return false;
                    auto existing = readFileLimited(context.workdir + c, plan.content.size() + 1);
                    return !(existing && *existing == plan.content);
                });
        }
        // Nothing is written, restored or removed through a symbolic link inside the repository (a teammate
        // can push `notebooks/<me>/set-aside` as a link to a folder outside it): such a change is refused
        // instead.
        QString link;
        QString what;
        if (plan.action == Action::SetAside) {
            link = firstSymlinkOn(context.workdir, plan.change.path);
            what = plan.change.inHead ? QStringLiteral("restored") : QStringLiteral("removed");
            if (link == plan.change.path && plan.change.existsInWorkdir)
                link.clear(); // the changed file itself is a link: prepareContent refused it already
            if (link.isEmpty() && !plan.copy.isEmpty()) {
                link = firstSymlinkOn(context.workdir, plan.copy);
                what = QStringLiteral("set aside as ") + plan.copy;
            }
        } else if (plan.action == Action::Commit && plan.rewrite) {
            link = firstSymlinkOn(context.workdir, plan.change.path);
            what = QStringLiteral("rewritten stripped");
        }
        if (!link.isEmpty()) {
            plan.action = Action::Refuse;
            plan.reason = symlinkReason(context.workdir, plan.change.path, link, what);
            plan.copy.clear();
            continue;
        }
        if (!plan.copy.isEmpty())
            copiesPlanned.insert(plan.copy);
    }

    QStringList restore;
    QStringList removeNew;
    QStringList stage;
    QStringList unstage;
    QStringList refusedPaths;
    for (const Plan& plan : plans) {
        const QString& path = plan.change.path;
        switch (plan.action) {
        case Action::Refuse:
            context.report.refused.append({path, plan.reason});
            refusedPaths.append(path);
            break;
        case Action::SetAside:
            context.report.setAside.append({path, plan.copy, plan.reason});
            if (plan.change.inHead)
                restore.append(path);
            else
                removeNew.append(path);
            if (!plan.copy.isEmpty())
                stage.append(plan.copy);
            break;
        case Action::Commit:
            if (plan.change.existsInWorkdir)
                stage.append(path);
            else
                unstage.append(path);
            break;
        }
    }
    if (context.job.dryRun) {
        for (const Plan& plan : plans) {
            const bool unchanged =
                plan.change.existsInWorkdir && sameAsHead(*headTree, plan.change.path, plan.content);
            if (plan.action == Action::Commit && !unchanged) // e.g. a notebook whose outputs alone changed
                context.report.committed.append(plan.change.path);
        }
        for (const QString& copy : std::as_const(copiesPlanned))
            context.report.committed.append(copy);
        context.report.committed.sort();
        return {};
    }

    // Copies first, then the originals go back: a kill in between leaves both, never neither. Each write is
    // atomic (and synced to disk); they are independent files, so they overlap on the thread pool.
    QList<const Plan*> writes;
    for (const Plan& plan : plans) {
        if ((plan.action == Action::SetAside && !plan.copy.isEmpty()) ||
            (plan.action == Action::Commit && plan.rewrite))
            writes.append(&plan);
    }
    const QList<Status> written =
        QtConcurrent::blockingMapped(stagingPool(), writes, [&workdir](const Plan* plan) -> Status {
            // Beneath the repository without following links: a symlinked set-aside folder or notebook that
            // came from a teammate's push is refused, never written through (issue 12).
            const QString relative = plan->action == Action::SetAside ? plan->copy : plan->change.path;
            AtomicWriteOptions options;
            options.createFolders = true;
            // A set-aside copy's name must be on the disk before its original goes back (a power loss in
            // between must leave both); a stripped rewrite of my own notebook may lose only its rename, which
            // leaves my unstripped file, and it is committed from the intended bytes anyway (200 notebooks:
            // 200 fewer fsyncs).
            options.syncFolder = plan->action == Action::SetAside;
            return writeFileBeneath(workdir, relative, plan->content, options);
        });
    // A failed write stops the job here: the file keeps what it held (the writer replaces it whole or not at
    // all), nothing is restored, staged or committed, and the journal (staging, same stamp) lets the next
    // sync redo it. The message says what to do (for a full disk: free space).
    for (const Status& status : written) {
        if (!status)
            return status.error().kind == ErrorKind::Failed
                       ? Error::failed(status.error().message +
                                       QStringLiteral("; nothing was committed or pushed, sync again"))
                       : status.error();
    }
    context.hook("after-write");
    // Trust, then check: the bytes on disk must be the bytes meant before an original is restored (a copy is
    // then the only place a set-aside edit lives) or anything is staged (issue 12).
    for (const Plan* plan : std::as_const(writes)) {
        const QString relative = plan->action == Action::SetAside ? plan->copy : plan->change.path;
        if (auto verified = verifyWritten(workdir, relative, plan->content); !verified)
            return verified;
    }
    if (auto restored = restoreFromHead(context, *headTree, restore); !restored)
        return restored;
    context.hook("after-rewrite");

    auto index = GitIndex::ofRepository(context.repo);
    if (!index)
        return index.error();
    if (auto read = index->read(QStringLiteral("%1: cannot read the index: ").arg(context.workdir)); !read)
        return read;
    for (const QString& path : removeNew) {
        (void)index->removeByPath(path, QString());
        if (!QFile::remove(context.workdir + path))
            return Error::failed(QStringLiteral("%1: cannot remove the set-aside original").arg(path));
    }
    // What each staged path must hold: the bytes this job read, stripped or wrote (never just "whatever the
    // file holds now": a write that silently failed, or an editor saving meanwhile, would ride along).
    QHash<QString, const QByteArray*> intended;
    for (const Plan& plan : plans) {
        if (plan.action == Action::Commit && plan.contentKnown && plan.change.existsInWorkdir)
            intended.insert(plan.change.path, &plan.content);
        else if (plan.action == Action::SetAside && !plan.copy.isEmpty())
            intended.insert(plan.copy, &plan.content);
    }
    for (const QString& path : stage) {
        const QByteArray pathBytes = utf8(path);
        if (auto added = index->addByPath(path, QStringLiteral("%1: cannot stage: ").arg(path)); !added)
            return added;
        const QByteArray* content = intended.value(path);
        if (!content)
            continue;
        auto expected = GitBlob::hashAsAddedAt(context.repo, path, *content);
        if (!expected)
            return expected.error();
        const std::optional<Oid> staged = index->entryId(pathBytes);
        if (!staged || *staged != *expected)
            return Error::failed(
                QStringLiteral("%1%2: changed on disk while sync staged it (it no longer holds the "
                               "%3 bytes sync read or wrote); nothing was committed or pushed: check "
                               "the file and sync again")
                    .arg(context.workdir, path)
                    .arg(content->size()));
    }
    for (const QString& path : unstage) {
        if (auto removed =
                index->removeByPath(path, QStringLiteral("%1: cannot stage the deletion: ").arg(path));
            !removed)
            return removed;
    }
    if (auto written = index->write(QStringLiteral("%1: cannot write the index: ").arg(context.workdir));
        !written)
        return written;
    context.hook("after-index");
    // Someone may have `git add`ed a refused file: it must not ride along in our commit.
    return resetIndexPaths(context, refusedPaths);
}

} // namespace ts::sync::detail
