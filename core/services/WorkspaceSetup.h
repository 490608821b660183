// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Creating a workspace and keeping its folder layout: init, layout check and layout apply.
#pragma once

#include "workspace/LayoutPlanner.h"
#include "workspace/WorkspaceInit.h"

namespace ts::services {

// teamspace.json, .gitignore, a git repository if there is none, the layout and the local settings
// (ts::initWorkspace: everything checked before anything is written).
Result<WorkspaceInitReport> initWorkspace(const WorkspaceInitOptions& options);

// The folders on disk compared with the manifest's layout (LayoutStatus::hasDrift says whether to act).
Result<LayoutStatus> checkLayout(const Workspace& ws);

// Creates the layout's missing folders and logs each one; never deletes or moves. Refused (BadInput, nothing
// created) when a separate shared folder looks unmounted, unless `acceptEmptyRoot`: the layout would be built
// on the local disk under the mount point.
Result<LayoutApplyReport> applyLayout(Workspace& ws, bool acceptEmptyRoot = false);

} // namespace ts::services
