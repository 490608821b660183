// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "services/WorkspaceSetup.h"

#include "services/WorkspaceOpen.h"
#include "workspace/WorkspaceEditor.h"

namespace ts::services {

Result<WorkspaceInitReport> initWorkspace(const WorkspaceInitOptions& options)
{
    return ts::initWorkspace(options);
}

Result<LayoutStatus> checkLayout(const Workspace& ws)
{
    return LayoutPlanner(ws).inspect();
}

Result<LayoutApplyReport> applyLayout(Workspace& ws, bool acceptEmptyRoot)
{
    if (!acceptEmptyRoot)
        if (Status mounted = checkSharedFolderMounted(ws); !mounted)
            return mounted.error();
    return WorkspaceEditor(ws).applyLayout();
}

} // namespace ts::services
