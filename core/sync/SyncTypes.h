// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// What a sync job is given and what it reports (the `sync --json` shape of CLI.md, plus what was refused).
#pragma once

#include "git/GitRepository.h"
#include "workspace/Manifest.h"

#include <functional>

namespace ts::sync {

// Strips a notebook to what is committed (the notebooks module's stripNotebookBytes); BadInput when the
// bytes are not a notebook. `source` names the file in messages. The bytes are handed over (the stripper
// parses them in place: a copy of a few MB per notebook would cost more than the strip's own allocations).
using NotebookStripFunction =
    std::function<Result<QByteArray>(QByteArray bytes, const StripPolicy& policy, const QString& source)>;

// TEST SEAM: called at named points of the job ("after-stage", "after-commit", "during-push",
// "during-merge"); only the CLI's clearly marked test hook sets it, to pause or abort the process there.
using SyncTestHook = std::function<void(const char* point)>;

struct SyncJob
{
    QString repoDir;   // the member's clone (working tree)
    QString me;        // member id acting
    Manifest manifest; // the trusted manifest (as committed at HEAD), decides ownership and leads
    QString remoteName = QStringLiteral("origin");
    QString branch = QStringLiteral("main");
    QString message; // commit message; empty = "Sync by <me>"
    bool dryRun = false;
    QString journalPath; // in the local data folder, next to the local database; never in the repository
    git::TransferOptions transfer; // credential read before the job started, progress, cancel
    NotebookStripFunction strip;
    int maxPushAttempts = 4; // a push rejected because the remote moved: fetch, merge, push again
    qint64 staleLockAgeSeconds = 10 * 60;
    SyncTestHook testHook;
};

struct SetAside
{
    QString path; // the file I changed but may not commit (or the remote's side of a conflict on my file)
    QString copy; // where that version now lives: notebooks/<me>/set-aside/<name>.<UTC stamp>.<ext>; empty
                  // when there was nothing to keep (a deletion of someone else's file, undone)
    QString reason;
};

struct Refused
{
    QString path;
    QString reason; // one line: what is wrong and what to do
};

// A change from the remote that the sync did not take (IncomingReview.h; docs/sync.md, "Incoming review").
struct IncomingRefusal
{
    QString commit; // full SHA of the commit that made the change
    QString author; // "cy (Cy Hopper <cy@example.org>)"; the e-mail decides the member, and it can be forged
    QString path;
    QString rule; // "symlink", "invalid", "role", "ownership"
    QString what; // one line: what the commit did and what stays instead
    QString copy; // where the refused version is kept (notebooks/<author>/set-aside/…); empty when not kept
};

struct SyncReport
{
    QStringList committed; // repository-relative paths in the commit made from the working tree
    QList<SetAside> setAside;
    QStringList pulled;     // paths the merge brought from the remote
    QList<Refused> refused; // left untouched in the working tree, not committed
    bool pushed = false;    // the remote confirmed refs/heads/<branch> == remoteHead
    QString remoteHead;     // SHA the remote holds after the job (empty when unknown or no remote branch)
    QString localHead;
    bool merged = false;  // a merge commit was made (not just a fast-forward)
    bool resumed = false; // an interrupted job was completed first
    int pushAttempts = 0;
    QStringList notes; // what a user should know (stale lock removed, resumed job …)
    // Remote changes not taken; each is also in `refused` (and in `setAside` when its version was kept).
    QList<IncomingRefusal> incoming;
    QString correction; // SHA of the "Teamspace: keep owners' versions" commit, when one was made
};

} // namespace ts::sync
