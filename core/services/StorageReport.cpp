// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "services/StorageReport.h"

namespace ts::services {

Result<StorageReport> storageReport(const Workspace& workspace, const StorageReportOptions& options,
                                    const Call& call)
{
    ScanSettings settings;
    settings.full = options.full;
    auto scanned = scan(workspace, settings, call);
    if (!scanned)
        return scanned.error();
    auto store = index::IndexStore::open(workspace.databasePath);
    if (!store)
        return store.error();
    StorageReport report;
    report.workspaceName = workspace.manifest.name;
    report.sharedFolder = workspace.rootDir;
    report.repository = workspace.repoDir;
    report.scan = std::move(*scanned);
    auto members = usageByMember(*store, workspace.manifest);
    if (!members)
        return members.error();
    report.members = std::move(*members);
    auto kinds = usageByKind(*store);
    if (!kinds)
        return kinds.error();
    report.kinds = std::move(*kinds);
    auto files = largest(*store, options.largest);
    if (!files)
        return files.error();
    report.largest = std::move(*files);
    auto findings = hazards(*store, workspace);
    if (!findings)
        return findings.error();
    report.hazards = std::move(*findings);
    return report;
}

} // namespace ts::services
