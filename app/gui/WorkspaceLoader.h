// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Opening a workspace for the window, on a worker thread: the workspace itself, the state the watcher
// compares against (read before opening, so that a change made meanwhile still shows as one), and whether
// its shared folder looks unmounted.
#pragma once

#include "WorkspaceWatcher.h"
#include "workspace/Workspace.h"

namespace ts::gui {

struct LoadedWorkspace
{
    Result<Workspace> opened = Error::failed(QString());
    WatchedState state;
    // Opened, but not safe to edit: the shared folder looks unmounted (one line naming it), else empty.
    QString sharedFolderProblem;
};

// What a reload re-opens: the repository and shared folder the window shows.
struct ShownFolders
{
    QString repoDir;
    QString rootDir;
};

// `reloadOf`: set when this is a reload. Its teamspace.json must be the one opened: a deleted manifest is
// reported as such, never replaced by one found in a folder above. `state` describes reloadOf.rootDir until
// a workspace opened, then the opened workspace's shared folder, so that the watcher compares like with like.
LoadedWorkspace loadWorkspace(const WorkspaceOpenOptions& options, const ShownFolders& reloadOf = {});

} // namespace ts::gui
