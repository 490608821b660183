// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Opening a workspace as the CLI and the GUI do: the manifest, who I am and where the shared folder is
// mounted here (ts::openWorkspace), and whether that shared folder looks mounted at all.
#pragma once

#include "workspace/Workspace.h"

namespace ts::services {

struct OpenedWorkspace
{
    Workspace workspace;
    // A separate shared folder was compared with the last scan and raw-baseline.json (never for one folder
    // that is both repository and shared folder, nor when the caller did not ask).
    bool sharedFolderChecked = false;
    bool sharedFolderLooksMounted = true;
    // Why it looks unmounted, or why it could not be checked (the index unreadable): one line, else empty.
    QString sharedFolderProblem;
};

// Finds, loads and validates the workspace (errors as ts::openWorkspace). An unmounted-looking shared folder
// is reported, never refused: the caller decides (a scan or `layout apply` refuses, a panel shows a banner).
Result<OpenedWorkspace> openWorkspace(const WorkspaceOpenOptions& options, bool checkSharedFolder = true);

// BadInput naming the folder, what was there then and now, and the fixes, when a separate shared folder lost
// its content since the last scan (or holds none of the files raw-baseline.json lists): an unmounted share
// shows its empty mount point. Failed when the index cannot be read. OK for one folder for both.
Status checkSharedFolderMounted(const Workspace& ws);

} // namespace ts::services
