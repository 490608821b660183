// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Creating a team's workspace in one go, as the GUI's New Workspace wizard does: init (teamspace.json,
// .gitignore, the git repository, the layout in the shared folder, this computer's settings), then optionally
// the remote "origin" with its credential in the keychain and a first sync that pushes it.
#pragma once

#include "git/GitRepository.h"
#include "services/Call.h"
#include "workspace/WorkspaceInit.h"

#include <optional>

namespace ts::services {

struct NewWorkspaceRequest
{
    WorkspaceInitOptions init;
    QString remoteUrl;                               // empty: no remote
    std::optional<git::RemoteCredential> credential; // stored in the keychain for remoteUrl before the push
};

struct NewWorkspaceReport
{
    Workspace workspace;
    QStringList created; // what was made, in order, for the user ("the git repository in …", "data/raw")
    bool pushed = false; // the first sync pushed to the remote
    QString remoteHead;  // the remote's main after the push
    QString pushProblem; // the workspace exists but the remote step failed: why, and what to do
};

// The name and e-mail of git's global configuration (~/.gitconfig, XDG), for defaults; empty when unset.
struct GitIdentity
{
    QString name;
    QString email;
};
GitIdentity gitConfigIdentity();

// A member id suggested from a person's name or e-mail: lower-case letters and digits of the first name
// ("Ana Lima" → "ana"), else of the e-mail's local part; empty when neither gives one.
QString suggestMemberId(const QString& name, const QString& email);

// Checks what can be checked without writing (the folders, the template, the lead, the remote URL): the first
// problem found, naming the field and the fix; OK when creation may start.
Status checkNewWorkspace(const NewWorkspaceRequest& request);

// Creates the workspace (initWorkspace: everything checked before anything is written), then the remote step.
// An error before or during init leaves what the user had (init's message says what it had made); a failed
// remote step keeps the workspace and says so in pushProblem. call.cancel stops the push.
Result<NewWorkspaceReport> createWorkspace(const NewWorkspaceRequest& request, const Call& call);

} // namespace ts::services
