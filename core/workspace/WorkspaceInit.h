// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Creating a workspace: teamspace.json with a fresh id, a .gitignore, a git repository if there is none, the
// layout, and the local settings that say who I am and where the shared folder is.
#pragma once

#include "workspace/LayoutPlanner.h"
#include "workspace/Workspace.h"

namespace ts {

struct WorkspaceInitOptions
{
    QString repoDir; // the notebook repository; created when missing
    QString rootDir; // the shared folder, which must exist; empty = the repository (one folder for both)
    QString name;    // the workspace's display name
    Member lead;     // the first member; always given role lead
    QString templateName = QStringLiteral("colab-team");
    QString workspaceId; // empty = a fresh random id; the demo passes a fixed one
    QString indexPath;   // the local database (empty = the per-user default)
};

struct WorkspaceInitReport
{
    Workspace workspace;
    bool createdRepository = false;
    QStringList gitignoreAdded; // lines appended to (or written into a new) .gitignore
    LayoutApplyReport layout;
};

// Everything is checked before anything is written. Usage errors: teamspace.json already there, an unknown
// template, the repository inside a folder the layout keeps in the shared folder, the shared folder inside
// the repository (unless they are the same folder). BadInput: an invalid lead or name.
Result<WorkspaceInitReport> initWorkspace(const WorkspaceInitOptions& options);

// The .gitignore lines a workspace needs: notebook checkpoints always; when the repository and the shared
// folder are one folder, every shared-folder layout folder too (data and results never go into git).
QStringList gitignoreLinesFor(const Manifest& manifest, bool sameFolder);

// A fresh workspace id: "ws-" and 32 lower-case hex digits.
QString newWorkspaceId();

} // namespace ts
