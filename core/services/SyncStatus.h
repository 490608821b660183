// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// What the Sync panel's status page and `teamspace-cli sync status` show (issue 16): the branch and remote,
// ahead/behind after an optional fetch, the last sync's time and result (activity log), and the pending local
// changes grouped by what a sync would do with them (the sync's own dry-run classification, so the two never
// disagree).
#pragma once

#include "services/Call.h"
#include "sync/SyncTypes.h"
#include "workspace/Workspace.h"

#include <QDateTime>
#include <QList>

namespace ts::services {

struct PendingChange
{
    enum class Group {
        Mine,     // my notebooks and files: stripped and committed by the next sync
        LeadOnly, // teamspace.json and raw-baseline.json: committed only when I lead (else set aside)
        Others,   // others' notebooks I changed: set aside into notebooks/<me>/set-aside/
        Refused,  // too big, an LFS/DVC pointer, not a notebook …: left alone, not committed
    };
    QString path; // repository-relative
    Group group = Group::Mine;
    QString reason; // one line: why it is in this group (and, for Refused, what to do)
};

struct SyncStatusOptions
{
    QString remoteName = QStringLiteral("origin");
    bool fetch =
        false; // fetch first (needs the credential as a sync does); else ahead/behind use the last fetch
};

struct SyncStatus
{
    QString branch;       // "main"; empty when HEAD is unborn
    QString remoteName;   // empty when the repository has no such remote
    QString remoteUrl;    // without user name or password
    bool fetched = false; // this call fetched successfully
    // Why the fetch asked for failed (the same words a sync's fetch gives: "fetch from "origin" (URL):
    // authentication failed for URL …", an unreachable host …); the rest of the status stands, from the last
    // fetch. Empty when no fetch was asked for or it worked.
    QString fetchError;
    bool fetchAuthFailed = false; // fetchError is an authentication failure (the panel offers to sign in)
    int ahead = -1;  // commits on HEAD not on the remote-tracking branch; -1 when unknown (no tracking ref)
    int behind = -1; // the other way round
    QDateTime lastSync;           // the newest sync.* entry of the activity log (UTC); invalid when none
    QString lastSyncResult;       // its action and detail in words ("pushed 3f2a1c0", "failed: …")
    QList<PendingChange> pending; // sorted by group, then path
    // The dry run of the sync's staging step that `pending` comes from: committed (set-aside copies
    // included), setAside, refused, notes.
    sync::SyncReport plan;
    bool isLead = false; // ws.me leads (in the committed manifest): teamspace.json edits are published
    QStringList notes;   // what a user should know (a stale lock, an interrupted sync to be completed …)
};

// The status of ws.me's clone. With options.fetch, fetches like a sync (credential from the keychain; an
// authentication failure is the same error a sync gives) and cancellable through call; without, reads only
// local state. Changes nothing in the working tree, index or HEAD (a fetch updates only the remote-tracking
// refs). A failed fetch is not an error: fetchError says why and the rest is reported. Errors: the repository
// cannot be read, ws.me is no member of the committed manifest (Usage), Cancelled when call.cancel was set.
Result<SyncStatus> syncStatus(const Workspace& ws, const SyncStatusOptions& options, const Call& call);

// Whether a sync's or fetch's error is a refused or missing credential (the GUI then opens the sign-in
// dialog), as opposed to an unreachable remote, a cancel or anything else.
bool isAuthenticationFailure(const QString& message);

// Words for the group ("my notebooks", …) as the panel and the CLI show them.
QString pendingGroupTitle(PendingChange::Group group);
// The CLI's --json key ("mine", "leadOnly", "others", "refused").
QString pendingGroupKey(PendingChange::Group group);

} // namespace ts::services
