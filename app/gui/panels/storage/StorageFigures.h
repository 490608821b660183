// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Everything the Storage panel's side views show, read from the index in one background job after the
// panel opens and after each scan: usage by member and kind, the largest files, growth, hazards and the last
// scan's summary (for "Index from 2 h ago · 312,000 files"). Duplicates are not here: finding them reads the
// files, so they run only on request (DuplicatesView).
#pragma once

#include "services/StorageQueries.h"

#include <optional>

namespace ts::gui {

struct StorageFigures
{
    std::optional<index::ScanSummary> lastScan; // none: nothing indexed yet (then nothing else is filled)
    services::MemberUsageReport members;
    services::KindUsageReport kinds;
    services::LargestReport largest;
    services::GrowthReport growth;
    services::HazardsReport hazards;

    static constexpr int kLargestCount = 200;

    // On a worker thread. Failed only when the index exists but cannot be read; no index is a
    // StorageFigures without lastScan.
    static Result<StorageFigures> load(const Workspace& workspace);
};

} // namespace ts::gui
