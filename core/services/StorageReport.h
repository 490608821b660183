// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// report: the CLI's main job and the overview a panel shows: an incremental (or full) scan, then usage by
// member with quota and headroom, usage by kind, the largest files and every hazard rule's findings.
#pragma once

#include "services/ScanService.h"
#include "services/StorageQueries.h"

namespace ts::services {

struct StorageReportOptions
{
    bool full = false; // rebuild the index instead of updating it
    int largest = 10;  // how many of the largest files
};

struct StorageReport
{
    QString workspaceName;
    QString sharedFolder, repository; // absolute, as mounted here
    index::ScanReport scan;
    MemberUsageReport members;
    KindUsageReport kinds;
    LargestReport largest;
    HazardsReport hazards;
};

// Cancelling stops the scan (the index stays as it was); progress is the scan's.
Result<StorageReport> storageReport(const Workspace& workspace, const StorageReportOptions& options,
                                    const Call& call);

} // namespace ts::services
