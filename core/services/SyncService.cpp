// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "services/SyncService.h"

#include "db/LocalDatabase.h"
#include "notebooks/NotebookStripper.h"
#include "sync/CredentialChoice.h"
#include "sync/SyncActivity.h"
#include "sync/SyncEngine.h"
#include "util/RedactUrl.h"

namespace ts::services {

namespace {

// The activity log is local state: a failure to write it is a warning, the sync's outcome stands.
void recordActivity(const Workspace& ws, const Result<sync::SyncReport>& result, QStringList& warnings)
{
    auto db = db::openLocalDatabase(ws.databasePath);
    const Status logged = db ? (result ? sync::recordSyncActivity(*db, ws.me, *result)
                                       : sync::recordSyncFailure(*db, ws.me, result.error()))
                             : Status(db.error());
    if (!logged)
        warnings << QStringLiteral("activity log not written: ") + logged.error().message;
}

} // namespace

// Reads the remote's credential before the job starts (the keychain's event loop and git's helpers run here,
// not inside libgit2's callbacks). http(s) needs one; for ssh a stored key file is optional and the agent the
// default.
Result<sync::CredentialChoice> readRemoteCredential(const git::GitRepository& repo, const QString& remoteName,
                                                    git::TransferOptions& transfer, QStringList& notes)
{
    const auto url = repo.remoteUrl(remoteName);
    if (!url)
        return sync::CredentialChoice{};
    auto choice = sync::chooseCredential(*url, notes);
    if (choice)
        transfer.credential = choice->credential;
    return choice;
}

Result<Manifest> trustedManifest(const Workspace& ws)
{
    auto repo = git::GitRepository::open(ws.repoDir);
    if (!repo)
        return repo.error();
    const QString name = QString::fromLatin1(kManifestFileName);
    auto bytes = repo->readFileAtHead(name, kManifestMaxBytes);
    if (!bytes)
        return bytes.error();
    if (!*bytes)
        return ws.manifest; // nothing committed yet: the working copy is all there is
    return parseManifest(**bytes, QStringLiteral("HEAD:") + name);
}

Result<SyncRun> sync(const Workspace& ws, const SyncOptions& options, const Call& call)
{
    if (call.isCancelled())
        return Error::cancelled(QStringLiteral("sync cancelled before it started"));
    auto repo = git::GitRepository::open(ws.repoDir);
    if (!repo)
        return repo.error();
    auto manifest = trustedManifest(ws);
    if (!manifest)
        return manifest.error();

    SyncRun run;
    run.dryRun = options.dryRun;
    // The job co-owns the cancel token: it stays alive here until the job has finished.
    const std::shared_ptr<CancelToken> cancel = call.cancel ? call.cancel : std::make_shared<CancelToken>();
    sync::SyncJob job;
    job.repoDir = ws.repoDir;
    job.me = ws.me;
    job.manifest = std::move(manifest).value();
    job.remoteName = options.remoteName;
    job.message = options.message;
    job.dryRun = options.dryRun;
    job.journalPath = sync::journalPathFor(ws.databasePath);
    job.transfer.cancel = cancel.get();
    job.transfer.progress = call.progress;
    job.strip = [](QByteArray bytes, const StripPolicy& policy, const QString& source) {
        return nb::stripNotebookBytes(std::move(bytes), policy, source);
    };
    job.testHook = options.testHook;
    auto credential = readRemoteCredential(*repo, job.remoteName, job.transfer, run.notes);
    if (!credential)
        return credential.error();
    if (!job.manifest.member(job.me))
        return Error::usage(QStringLiteral("--as %1: not a member in the committed %2")
                                .arg(job.me, QLatin1String(kManifestFileName)));
    if (cancel->isCancelled())
        return Error::cancelled(QStringLiteral("sync cancelled before it started"));

    auto future = sync::startSync(job);
    future.waitForFinished();
    Result<sync::SyncReport> result = future.result();
    if (!result) // the one place every sync failure passes: no password or token in a remote URL goes further
        result = Error{result.error().kind, redactUrlUserinfo(result.error().message)};
    sync::settleCredential(*credential, result ? Status() : Status(result.error()), run.notes);
    if (!job.dryRun)
        recordActivity(ws, result, run.warnings);
    if (!result) {
        const Error failed = result.error().prefixed(QStringLiteral("sync: "));
        if (run.warnings.isEmpty())
            return failed;
        // Both failed: the sync's error is the answer; the log's failure is said along with it.
        return Error{failed.kind,
                     failed.message + QStringLiteral(" (") + run.warnings.join(QStringLiteral("; ")) + u')'};
    }
    run.report = std::move(result).value();
    return run;
}

} // namespace ts::services
