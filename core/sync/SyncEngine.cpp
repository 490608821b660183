// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "sync/SyncEngine.h"

#include "sync/StaleLock.h"
#include "sync/SyncSteps.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPromise>
#include <QThread>

namespace ts::sync {

using namespace ts::git;
using detail::JobContext;

namespace {

Status checkJob(const SyncJob& job)
{
    if (!job.manifest.member(job.me))
        return Error::usage(
            QStringLiteral("sync: \"%1\" is not a member of this workspace (pass --as MEMBER)").arg(job.me));
    if (!job.strip)
        return Error::usage(QStringLiteral("sync: no notebook stripper given"));
    if (job.journalPath.isEmpty())
        return Error::usage(QStringLiteral("sync: no journal path given"));
    if (job.maxPushAttempts < 1)
        return Error::usage(QStringLiteral("sync: maxPushAttempts must be at least 1"));
    return {};
}

bool headsEqual(const std::optional<Oid>& a, const std::optional<Oid>& b)
{
    return a == b;
}

Status fetchMergePush(JobContext& context)
{
    const SyncJob& job = context.job;
    GitRepository& repo = context.repo;
    bool pushHookCalled = false;
    TransferOptions pushOptions = job.transfer;
    pushOptions.progress = [&](const Progress& progress) {
        if (!pushHookCalled) {
            pushHookCalled = true;
            context.hook("during-push");
        }
        if (job.transfer.progress)
            job.transfer.progress(progress);
    };
    const QString trackingRef = QStringLiteral("refs/remotes/%1/%2").arg(job.remoteName, job.branch);
    for (int attempt = 1; attempt <= job.maxPushAttempts; ++attempt) {
        context.report.pushAttempts = attempt;
        context.phase("fetch");
        if (auto fetched = repo.fetch(job.remoteName, job.transfer); !fetched)
            return fetched;
        context.phase("merge");
        if (auto merged = detail::mergeRemote(context); !merged)
            return merged;
        auto head = repo.headOid();
        auto tracking = repo.referenceOid(trackingRef);
        if (!head || !tracking)
            return !head ? head.error() : tracking.error();
        if (!*head || headsEqual(*head, *tracking))
            return {}; // nothing of ours the remote lacks
        if (auto recorded = context.record(JournalEntry::Phase::Pushing); !recorded)
            return recorded;
        context.hook("before-push");
        context.phase("push");
        auto pushed = repo.push(job.remoteName, job.branch, pushOptions);
        if (pushed)
            return {};
        if (!isRejectedPush(pushed.error()))
            return pushed;
        context.report.notes
            << QStringLiteral("the remote moved during the push (attempt %1); fetching again").arg(attempt);
    }
    return Error::failed(
        QStringLiteral("push to \"%1\": the remote kept moving (%2 attempts); your commit is safe "
                       "locally, sync again")
            .arg(job.remoteName)
            .arg(job.maxPushAttempts));
}

Status confirmRemote(JobContext& context)
{
    const SyncJob& job = context.job;
    auto head = context.repo.headOid();
    if (!head)
        return head.error();
    context.report.localHead = *head ? oidToString(**head) : QString();
    auto remoteHead = context.repo.remoteBranchHead(job.remoteName, job.branch, job.transfer);
    if (!remoteHead)
        return remoteHead.error();
    context.report.remoteHead = *remoteHead ? oidToString(**remoteHead) : QString();
    if (!*head)
        return {};
    if (!headsEqual(*head, *remoteHead))
        return Error::failed(
            QStringLiteral("push to \"%1\": the remote's refs/heads/%2 is %3, not our %4; sync again")
                .arg(job.remoteName, job.branch,
                     context.report.remoteHead.isEmpty() ? QStringLiteral("missing")
                                                         : context.report.remoteHead,
                     context.report.localHead));
    context.report.pushed = true;
    return {};
}

// A dry run only says which locks a real sync would meet (and whether it would clear them).
void noteLocks(const GitRepository& repo, const SyncJob& job, const std::optional<JournalEntry>& previous,
               QStringList& notes)
{
    for (const QString& lock :
         {QStringLiteral("index.lock"), QStringLiteral("refs/heads/%1.lock").arg(job.branch)}) {
        const QString path = repo.gitDir() + lock;
        if (QFileInfo::exists(path)) {
            const LockInspection inspection = inspectLock(path, previous, job.staleLockAgeSeconds);
            notes << QStringLiteral("%1 exists (%2 s old; %3)")
                         .arg(lock)
                         .arg(inspection.ageSeconds)
                         .arg(inspection.why);
        }
    }
}

void initEntry(JobContext& context, const std::optional<JournalEntry>& previous)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (previous)
        context.entry = *previous;
    context.entry.pid = QCoreApplication::applicationPid();
    context.entry.startedUtc = now;
    if (context.entry.stamp.isEmpty() || !previous || previous->phase != JournalEntry::Phase::Staging)
        context.entry.stamp = setAsideStamp(now);
}

Status runSteps(JobContext& context, const std::optional<JournalEntry>& previous)
{
    const SyncJob& job = context.job;
    if (previous && previous->phase == JournalEntry::Phase::Merging && !job.dryRun) {
        if (auto finished = detail::finishInterruptedMerge(context); !finished)
            return finished;
    } else if (previous && previous->phase != JournalEntry::Phase::Done) {
        context.report.resumed = true;
        context.report.notes
            << QStringLiteral("completing an interrupted sync (it was %1)").arg(toString(previous->phase));
    }
    if (auto recorded = context.record(JournalEntry::Phase::Staging); !recorded)
        return recorded;
    context.phase("strip");
    if (auto staged = detail::stageWorkingTree(context); !staged)
        return staged;
    context.hook("after-stage");
    context.phase("commit");
    auto committed = detail::commitStaged(context);
    if (!committed)
        return committed.error();
    context.hook("after-commit");

    if (!context.repo.remoteNames().contains(job.remoteName)) {
        context.report.notes
            << QStringLiteral("no remote named \"%1\": committed locally only").arg(job.remoteName);
        return {};
    }
    if (job.dryRun) {
        auto remoteHead = context.repo.remoteBranchHead(job.remoteName, job.branch, job.transfer);
        if (!remoteHead)
            return remoteHead.error();
        context.report.remoteHead = *remoteHead ? oidToString(**remoteHead) : QString();
        return {};
    }
    if (auto pushed = fetchMergePush(context); !pushed)
        return pushed;
    context.phase("confirm");
    return confirmRemote(context);
}

// What every entry point needs first: a checked job, its clone (never a bare repository) and what the journal
// says of the last job.
struct OpenedJob
{
    GitRepository repo;
    SyncJournal journal;
    std::optional<JournalEntry> previous;
};

Result<OpenedJob> openJob(const SyncJob& job)
{
    if (auto checked = checkJob(job); !checked)
        return checked.error();
    auto repo = GitRepository::open(job.repoDir);
    if (!repo)
        return repo.error();
    if (repo->workdir().isEmpty())
        return Error::usage(QStringLiteral("%1: is a bare repository; sync needs a clone with a working tree")
                                .arg(job.repoDir));
    SyncJournal journal(job.journalPath);
    auto previous = journal.read();
    if (!previous)
        return previous.error();
    return OpenedJob{std::move(*repo), std::move(journal), std::move(*previous)};
}

} // namespace

Result<SyncReport> SyncEngine::run(const SyncJob& job)
{
    auto opened = openJob(job);
    if (!opened)
        return opened.error();
    GitRepository* repo = &opened->repo;
    SyncJournal& journal = opened->journal;
    const auto* previous = &opened->previous;

    SyncReport report;
    if (job.dryRun) {
        noteLocks(*repo, job, *previous, report.notes);
    } else if (auto cleared = clearStaleLocks(repo->gitDir(), job.branch, *previous, job.staleLockAgeSeconds,
                                              report.notes);
               !cleared) {
        return cleared.error();
    }

    JobContext context{job, *repo, SyncOwnership(job.manifest, job.me), report, journal, {}, repo->workdir()};
    initEntry(context, *previous);

    if (auto done = runSteps(context, *previous); !done)
        return done.error();
    if (!job.dryRun) {
        if (auto cleared = journal.clear(); !cleared)
            return cleared.error();
    }
    if (report.localHead.isEmpty()) {
        if (auto head = repo->headOid(); head && *head)
            report.localHead = oidToString(**head);
    }
    return report;
}

Result<SyncReport> SyncEngine::planStaging(const SyncJob& original)
{
    SyncJob job = original;
    job.dryRun = true;
    job.testHook = {};
    auto opened = openJob(job);
    if (!opened)
        return opened.error();
    GitRepository* repo = &opened->repo;
    SyncJournal& journal = opened->journal;
    const auto* previous = &opened->previous;
    SyncReport report;
    noteLocks(*repo, job, *previous, report.notes);
    if (*previous && (*previous)->phase != JournalEntry::Phase::Done)
        report.notes << QStringLiteral("an interrupted sync (it was %1) is completed first by the next sync")
                            .arg(toString((*previous)->phase));
    JobContext context{job, *repo, SyncOwnership(job.manifest, job.me), report, journal, {}, repo->workdir()};
    initEntry(context, *previous);
    if (auto staged = detail::stageWorkingTree(context); !staged)
        return staged.error();
    return report;
}

QFuture<Result<SyncReport>> startSync(SyncJob job)
{
    // A thread of its own, not the global pool: QFuture::waitForFinished() may run a pool task that has not
    // started yet on the waiting thread (the GUI's!), and the job's stripping fans out over the pool itself.
    auto promise = std::make_shared<QPromise<Result<SyncReport>>>();
    QFuture<Result<SyncReport>> future = promise->future();
    promise->start();
    QThread* thread = QThread::create([promise, job = std::move(job)]() {
        promise->addResult(SyncEngine::run(job));
        promise->finish();
    });
    thread->setObjectName(QStringLiteral("teamspace-sync"));
    // Deleted by the application's thread: the caller's may run no event loop (the GUI starts syncs on a pool
    // thread), and a deleteLater posted there would never run (LeakSanitizer saw one QThread per sync).
    if (QCoreApplication* app = QCoreApplication::instance())
        thread->moveToThread(app->thread());
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
    return future;
}

QString journalPathFor(const QString& databasePath)
{
    return QFileInfo(databasePath).absolutePath() + QStringLiteral("/sync-journal.json");
}

} // namespace ts::sync
