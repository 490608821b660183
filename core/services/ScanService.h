// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// scan: the workspace's shared folder and notebook repository into its local index.
#pragma once

#include "services/Call.h"

#include "index/ScanJob.h"
#include "workspace/Workspace.h"

namespace ts::services {

struct ScanSettings
{
    bool full = false; // rebuild instead of updating
    // Scan a separate shared folder even when it looks unmounted (empty, or on another device without the
    // folders the last scan saw): its files are recorded as deleted.
    bool acceptEmptyRoot = false;
    int threads = 0; // 0: one per core
};

// Progress (entries, bytes, the folder just listed) comes from a worker thread at most every 100 ms.
// Cancelled leaves the index as it was.
Result<index::ScanReport> scan(const Workspace& workspace, const ScanSettings& settings, const Call& call);

} // namespace ts::services
