// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Joining a team (issue 17): clone the team's notebook repository, check its teamspace.json, choose who I
// am among its members and where the shared folder is mounted here, and remember both for this repository
// on this machine. The CLI's `join` and the GUI's Join Workspace dialog both call this.
//
// The clone goes into a hidden sibling of the target (".<name>.teamspace-join-XXXXXX/repo") and is renamed
// into place only at the end, so an interrupted join (cancel, an error, kill -9) never leaves a folder that
// looks like a workspace: the next join of the same target removes a staging folder whose process is gone.
#pragma once

#include "services/Call.h"
#include "services/SharedFolder.h"
#include "workspace/Manifest.h"

#include <functional>

namespace ts::services {

// The folder `git clone URL` would create in the current folder: the URL's last path part without ".git"
// ("https://host/team/ml-notebooks.git" → "ml-notebooks"); empty when the URL names none.
QString defaultJoinFolderName(const QString& url);

// A clone waiting in its staging folder, with its manifest checked. Move-only in spirit: finish or discard it
// exactly once.
struct StagedJoin
{
    QString url;        // as given (may hold a user name, never printed unredacted)
    QString targetDir;  // absolute: where the repository will be
    QString stagingDir; // the hidden sibling folder holding the clone (and the marker of this process)
    QString cloneDir;   // stagingDir/repo: the clone itself
    bool targetExisted = false; // the target was an empty folder before the join (it is kept on failure)
    Manifest manifest;
    QStringList notes; // e.g. the keychain could not be read, so the clone tried without a credential
};

// Test seam, like SyncOptions::testHook: called with "after-clone" between the clone and the rename.
using JoinTestHook = std::function<void(const char* point)>;

// Clones `url` into the staging folder next to `targetDir` and checks teamspace.json. http(s) remotes use the
// keychain's credential for the URL (read on this thread: never call from the GUI thread). Progress is
// objects and bytes received; call.cancel stops the transfer. Errors, with the staging folder removed:
// Usage when the target is a file or a folder that is not empty; Failed for git, network and keychain
// failures (isAuthenticationFailure(message) when the remote refused the credential or none was stored);
// BadInput when the repository has no teamspace.json or an invalid or hostile one; Cancelled.
Result<StagedJoin> stageJoin(const QString& url, const QString& targetDir, const Call& call,
                             const JoinTestHook& testHook = {});

// Removes the staging folder (the target, if it existed, is left as it was). Safe to call twice.
void discardJoin(const StagedJoin& staged);

struct JoinChoice
{
    QString memberId; // must be a member of the staged manifest
    QString rootDir;  // the shared folder as mounted here; empty: set later (Preferences, `--root`)
    // Take a shared folder that exists and is not the repository even if it does not look like the team's
    // (empty, none of the layout's folders, none of the baseline's files).
    bool acceptUnusualRoot = false;
    QString indexPath; // the local database for the activity log entry; empty: the default per-user one
};

struct JoinReport
{
    QString repoDir; // canonical
    QString rootDir; // canonical, empty when not set
    QString memberId;
    QString stateKey; // LocalSettings key the identity and shared folder were saved under
    Manifest manifest;
    std::optional<SharedFolderVerdict> verdict; // when a shared folder was given
    QStringList notes;
    QStringList warnings; // e.g. the activity log could not be written (the join stands)
};

// The members of `manifest` as one line: "ada (Ada Lovelace, lead), bob (Bob, member)".
QString describeMembers(const Manifest& manifest);

// The shared folder judged for the staged clone, with the target's place taken into account: a folder that is
// the target (or inside it, or holding it) counts as the repository too.
SharedFolderVerdict checkJoinSharedFolder(const StagedJoin& staged, const QString& folder);

// Checks the choice (Usage: not a member, listing the members; BadInput: the shared folder is the
// repository, is no readable folder, or does not look like the team's and was not accepted), then moves the
// clone into place, remembers identity and shared folder for this repository (LocalSettings), adds it to the
// recent workspaces and logs "workspace.join" in its activity log. On an error before the move nothing
// changed and the staged clone is kept (the caller may choose again, or discard it).
Result<JoinReport> finishJoin(const StagedJoin& staged, const JoinChoice& choice);

// stageJoin, then finishJoin; the staging folder is removed on any error, so nothing is left behind.
Result<JoinReport> joinWorkspace(const QString& url, const QString& targetDir, const JoinChoice& choice,
                                 const Call& call, const JoinTestHook& testHook = {});

} // namespace ts::services
