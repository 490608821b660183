// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "services/ScanService.h"

namespace ts::services {

Result<index::ScanReport> scan(const Workspace& workspace, const ScanSettings& settings, const Call& call)
{
    if (auto ok = requireSharedFolder(workspace); !ok)
        return ok.error();
    index::ScanRequest request;
    request.sharedFolder = workspace.rootDir;
    request.repository = workspace.repoDir;
    request.databasePath = workspace.databasePath;
    request.manifest = workspace.manifest;
    request.full = settings.full;
    request.acceptEmptyRoot = settings.acceptEmptyRoot;
    request.threads = settings.threads;
    request.cancel = call.cancel;
    request.progress = call.progress;
    return index::scanIntoIndex(request);
}

} // namespace ts::services
