// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// This machine's part of a workspace: who I am in it and where its shared folder is mounted, checked before
// they are remembered (LocalSettings). Used by `teamspace-cli config`, Preferences, joining and the wizard.
#pragma once

#include "services/SharedFolder.h"
#include "workspace/Workspace.h"

namespace ts::services {

// The workspace at or above `workspaceDir` with what this machine remembers for it, the shared folder as
// remembered even when it is not there now (so that it can be corrected), `me` empty when not remembered.
Result<Workspace> openForLocalSetup(const QString& workspaceDir);

// Whether the workspace was created with one folder for both repository and shared folder: its .gitignore
// keeps every shared-folder layout folder out of git (as init and the demo write it then). Only then may the
// repository be remembered as the shared folder.
bool createdAsOneFolder(const Manifest& manifest, const QString& repoDir);

// Checks `folder` as this workspace's shared folder (checkSharedFolder) and remembers it for `ws` on this
// machine. Refused (Usage, nothing remembered) when it is not a readable folder, or is the repository (or
// inside it, or holds it) while the workspace was not created as one folder. The verdict is returned so
// that the caller can show what the folder looks like (a folder with none of the team's folders is accepted:
// a new team's folder is empty).
Result<SharedFolderVerdict> rememberSharedFolder(const Workspace& ws, const QString& folder);

// Remembers `memberId` as who I am in `ws` on this machine; Usage error when the manifest has no such member.
Status rememberIdentity(const Workspace& ws, const QString& memberId);

// Forgets the remembered shared folder of `ws` (the workspace then opens without one).
void forgetSharedFolder(const Workspace& ws);

} // namespace ts::services
