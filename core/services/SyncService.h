// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The sync use case (issue 13): everything `teamspace-cli sync` and the GUI's sync action share — the trusted
// manifest read from HEAD, the credential read from the keychain before the job starts, the job assembled
// (journal, notebook stripper), run with the caller's cancel token and progress, recorded in the activity
// log.
#pragma once

#include "services/Call.h"
#include "sync/CredentialChoice.h"
#include "sync/SyncTypes.h"
#include "workspace/Workspace.h"

namespace ts::services {

struct SyncOptions
{
    QString remoteName = QStringLiteral("origin");
    QString message; // commit message; empty = "Sync by <me>: N file(s)"
    bool dryRun = false;
    // TEST SEAM: called at named points of the job (sync::SyncTestHook); only the CLI's test hook sets it.
    sync::SyncTestHook testHook;
};

struct SyncRun
{
    bool dryRun = false;
    // What the user should know about how the sync ran ("no credential stored …; trying the SSH agent").
    QStringList notes;
    // The sync's outcome stands, but something around it failed ("activity log not written: …").
    QStringList warnings;
    sync::SyncReport report;
};

// Syncs `ws` as ws.me. The manifest that decides ownership and roles is the one committed at HEAD (the
// working copy's may hold an uncommitted edit that the sync is about to set aside); a workspace with nothing
// committed yet uses ws.manifest. Errors (remote URLs without user name or password): Usage when ws.me is no
// member of the committed manifest, Cancelled when call.cancel was set before the job started, the job's own
// errors (a cancel during the job among them) starting with "sync: ". A real sync (not a dry run) records its
// outcome, success or failure, in the activity log.
Result<SyncRun> sync(const Workspace& ws, const SyncOptions& options, const Call& call);

// The credential a sync (or the Sync panel's fetch) of `remoteName` uses, chosen before the job starts
// (sync::chooseCredential: TEAMSPACE_GIT_TOKEN, git's helpers when opted in, the keychain) into `transfer`:
// http(s) needs one (a keychain that cannot be read is the error, naming the ways out), ssh may use a stored
// key file, else the SSH agent (`notes` says so). The choice goes to sync::settleCredential after the
// transfer. Never on the GUI thread.
Result<sync::CredentialChoice> readRemoteCredential(const git::GitRepository& repo, const QString& remoteName,
                                                    git::TransferOptions& transfer, QStringList& notes);

// The manifest as committed at HEAD of `ws.repoDir` (ws.manifest when nothing is committed or HEAD has none).
Result<Manifest> trustedManifest(const Workspace& ws);

} // namespace ts::services
