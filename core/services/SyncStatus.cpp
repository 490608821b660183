// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// services::syncStatus: local state, an optional fetch, the activity log, and the sync's own dry run of its
// staging step (SyncEngine::planStaging) for the pending changes.
#include "services/SyncStatus.h"

#include "activity/ActivityLog.h"
#include "db/LocalDatabase.h"
#include "git/GitGraph.h"
#include "git/GitStatus.h"
#include "notebooks/NotebookStripper.h"
#include "services/SyncService.h"
#include "sync/CredentialStore.h"
#include "sync/SyncEngine.h"
#include "sync/SyncOwnership.h"
#include "util/RedactUrl.h"

#include <QFileInfo>
#include <QSet>

namespace ts::services {

namespace {

using Group = PendingChange::Group;

// The newest sync.* entry that ends a sync (push, local commit, failure) and its words.
void readLastSync(const Workspace& ws, SyncStatus& status)
{
    if (ws.databasePath.isEmpty() || !QFileInfo::exists(ws.databasePath))
        return; // no sync has run here; a status must not create the local database
    auto db = db::openLocalDatabase(ws.databasePath);
    if (!db) {
        status.notes << QStringLiteral("last sync unknown: ") + db.error().message;
        return;
    }
    auto entries = ActivityLog::query(*db, {}, 5000);
    if (!entries) {
        status.notes << QStringLiteral("last sync unknown: ") + entries.error().message;
        return;
    }
    for (const ActivityEntry& entry : std::as_const(*entries)) {
        if (entry.action == QLatin1String("sync.push")) {
            // "remote confirmed at <sha> after N attempt(s)"
            const QString sha = entry.detail.section(u' ', 3, 3);
            status.lastSyncResult = QStringLiteral("pushed %1").arg(sha.left(7));
        } else if (entry.action == QLatin1String("sync.local")) {
            status.lastSyncResult = QStringLiteral("committed locally, not pushed");
        } else if (entry.action == QLatin1String("sync.fail")) {
            status.lastSyncResult = QStringLiteral("failed: ") + entry.detail;
        } else {
            continue;
        }
        status.lastSync = entry.at.toUTC();
        return;
    }
}

// The job a sync would run now, as services::sync assembles it (committed manifest, stripper, journal).
Result<sync::SyncJob> plannedJob(const Workspace& ws, const SyncStatusOptions& options, const Call& call)
{
    auto manifest = trustedManifest(ws);
    if (!manifest)
        return manifest.error();
    if (!manifest->member(ws.me))
        return Error::usage(QStringLiteral("--as %1: not a member in the committed %2")
                                .arg(ws.me, QLatin1String(kManifestFileName)));
    sync::SyncJob job;
    job.repoDir = ws.repoDir;
    job.me = ws.me;
    job.manifest = std::move(manifest).value();
    job.remoteName = options.remoteName;
    job.dryRun = true;
    job.journalPath = sync::journalPathFor(ws.databasePath);
    job.transfer.cancel = call.cancel.get();
    job.strip = [](QByteArray bytes, const StripPolicy& policy, const QString& source) {
        return nb::stripNotebookBytes(std::move(bytes), policy, source);
    };
    return job;
}

QString existsOrDeleted(const QString& repoDir, const QString& path, const QString& changed,
                        const QString& deleted)
{
    const QFileInfo info(repoDir + u'/' + path);
    return info.exists() || info.isSymLink() ? changed : deleted;
}

void groupPending(const Workspace& ws, const sync::SyncJob& job, const QStringList& changed,
                  SyncStatus& status)
{
    const sync::SyncReport& plan = status.plan;
    const sync::SyncOwnership ownership(job.manifest, job.me);
    QSet<QString> seen;
    for (const sync::Refused& entry : plan.refused) {
        status.pending.append({entry.path, Group::Refused, entry.reason});
        seen.insert(entry.path);
    }
    for (const sync::SetAside& entry : plan.setAside) {
        const bool leadOnly = sync::SyncOwnership::kindOf(entry.path) == sync::PathKind::LeadOnly;
        const QString what =
            entry.copy.isEmpty()
                ? QStringLiteral("your deletion is undone (the committed file comes back)")
                : QStringLiteral("your edit is kept as %1 and the committed version comes back")
                      .arg(entry.copy);
        status.pending.append({entry.path, leadOnly ? Group::LeadOnly : Group::Others,
                               entry.reason + QStringLiteral(": ") + what});
        seen.insert(entry.path);
    }
    const QSet<QString> committed(plan.committed.cbegin(), plan.committed.cend());
    for (const QString& path : changed) {
        if (seen.contains(path))
            continue;
        const sync::PathKind kind = sync::SyncOwnership::kindOf(path);
        const Group group = kind == sync::PathKind::LeadOnly ? Group::LeadOnly : Group::Mine;
        QString reason;
        if (!committed.contains(path)) {
            reason =
                kind == sync::PathKind::Notebook
                    ? QStringLiteral("only outputs or metadata changed: the sync strips them, nothing to "
                                     "commit")
                    : QStringLiteral("the same as committed: nothing to commit");
        } else if (kind == sync::PathKind::LeadOnly) {
            reason = existsOrDeleted(ws.repoDir, path,
                                     QStringLiteral("you lead: committed and published to everyone"),
                                     QStringLiteral("you lead: its deletion is committed and published"));
        } else if (kind == sync::PathKind::Notebook) {
            reason = existsOrDeleted(ws.repoDir, path, QStringLiteral("stripped of outputs and committed"),
                                     QStringLiteral("deleted: the deletion is committed"));
        } else {
            const QString owner = ownership.ownerOf(path);
            reason = existsOrDeleted(ws.repoDir, path,
                                     owner.isEmpty() ? QStringLiteral("shared: committed")
                                                     : QStringLiteral("committed"),
                                     QStringLiteral("deleted: the deletion is committed"));
        }
        status.pending.append({path, group, reason});
    }
    std::stable_sort(status.pending.begin(), status.pending.end(),
                     [](const PendingChange& a, const PendingChange& b) {
                         return a.group != b.group ? a.group < b.group : a.path < b.path;
                     });
}

// Fetches like a sync does; a failure is recorded, not returned (Cancelled is returned).
Status fetchForStatus(git::GitRepository& repo, const SyncStatusOptions& options, const Call& call,
                      SyncStatus& status)
{
    git::TransferOptions transfer;
    transfer.cancel = call.cancel.get();
    transfer.progress = call.progress;
    QStringList notes;
    auto credential = readRemoteCredential(repo, status.remoteName, transfer, notes);
    Status fetched = credential ? Status() : Status(credential.error());
    if (credential) {
        if (call.progress)
            call.progress(Progress{0, -1, 0, QStringLiteral("fetch")});
        fetched = repo.fetch(options.remoteName, transfer);
        sync::settleCredential(*credential, fetched, notes);
    }
    status.notes << notes;
    if (fetched) {
        status.fetched = true;
        return {};
    }
    if (fetched.error().kind == ErrorKind::Cancelled || call.isCancelled())
        return Error::cancelled(redactUrlUserinfo(fetched.error().message));
    status.fetchError = redactUrlUserinfo(fetched.error().message);
    status.fetchAuthFailed = isAuthenticationFailure(status.fetchError);
    return {};
}

Status readAheadBehind(const git::GitRepository& repo, SyncStatus& status)
{
    if (status.remoteName.isEmpty() || status.branch.isEmpty())
        return {};
    auto head = repo.headOid();
    if (!head)
        return head.error();
    auto tracking =
        repo.referenceOid(QStringLiteral("refs/remotes/%1/%2").arg(status.remoteName, status.branch));
    if (!tracking)
        return tracking.error();
    if (!*tracking) {
        status.notes << QStringLiteral(
                            "the remote has no branch %1 yet (or it was never fetched): the next sync "
                            "creates it")
                            .arg(status.branch);
        return {};
    }
    if (!*head) {
        status.ahead = 0;
        status.behind = -1;
        return {};
    }
    auto counts = git::GitGraph::aheadBehind(repo, **head, **tracking);
    if (!counts)
        return counts.error();
    status.ahead = counts->ahead;
    status.behind = counts->behind;
    return {};
}

} // namespace

Result<SyncStatus> syncStatus(const Workspace& ws, const SyncStatusOptions& options, const Call& call)
{
    if (call.isCancelled())
        return Error::cancelled(QStringLiteral("sync status cancelled"));
    auto job = plannedJob(ws, options, call);
    if (!job)
        return job.error();
    auto repo = git::GitRepository::open(ws.repoDir);
    if (!repo)
        return repo.error();
    SyncStatus status;
    status.isLead = job->manifest.member(ws.me) && job->manifest.member(ws.me)->role == MemberRole::Lead;
    status.branch = repo->currentBranch();
    if (repo->remoteNames().contains(options.remoteName)) {
        status.remoteName = options.remoteName;
        auto url = repo->remoteUrl(options.remoteName);
        status.remoteUrl = url ? sync::credentialKeyFor(*url) : QString();
    } else {
        status.notes
            << QStringLiteral("no remote named \"%1\": a sync commits locally only").arg(options.remoteName);
    }
    if (!status.branch.isEmpty())
        job->branch = status.branch;

    if (options.fetch && !status.remoteName.isEmpty()) {
        if (auto fetched = fetchForStatus(*repo, options, call, status); !fetched)
            return fetched.error();
    }
    if (auto counted = readAheadBehind(*repo, status); !counted)
        return counted.error();
    readLastSync(ws, status);

    auto changed =
        git::GitStatus::changedPaths(*repo, QStringLiteral("%1: cannot list changes: ").arg(ws.repoDir));
    if (!changed)
        return changed.error();
    auto plan = sync::SyncEngine::planStaging(*job);
    if (!plan)
        return plan.error();
    status.plan = std::move(plan).value();
    status.notes << status.plan.notes;
    groupPending(ws, *job, *changed, status);
    return status;
}

bool isAuthenticationFailure(const QString& message)
{
    return message.contains(QLatin1String("authentication failed for"));
}

QString pendingGroupTitle(PendingChange::Group group)
{
    switch (group) {
    case Group::Mine:
        return QStringLiteral("My notebooks and files (stripped and committed)");
    case Group::LeadOnly:
        return QStringLiteral("The manifest and raw baseline (published only by a lead)");
    case Group::Others:
        return QStringLiteral("Others' notebooks I changed (set aside)");
    case Group::Refused:
        return QStringLiteral("Refused (not committed)");
    }
    return {};
}

QString pendingGroupKey(PendingChange::Group group)
{
    switch (group) {
    case Group::Mine:
        return QStringLiteral("mine");
    case Group::LeadOnly:
        return QStringLiteral("leadOnly");
    case Group::Others:
        return QStringLiteral("others");
    case Group::Refused:
        return QStringLiteral("refused");
    }
    return {};
}

} // namespace ts::services
