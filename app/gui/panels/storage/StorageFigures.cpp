// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "panels/storage/StorageFigures.h"

#include "index/IndexQueries.h"

#include <QFileInfo>

namespace ts::gui {

Result<StorageFigures> StorageFigures::load(const Workspace& workspace)
{
    StorageFigures figures;
    if (!QFileInfo::exists(workspace.databasePath))
        return figures;
    auto store = index::IndexStore::openForReading(workspace.databasePath);
    if (!store)
        return store.error();
    auto last = index::IndexQueries(store->database()).lastScan();
    if (!last)
        return last.error();
    figures.lastScan = *last;
    if (!figures.lastScan)
        return figures;
    auto members = services::usageByMember(*store, workspace.manifest);
    if (!members)
        return members.error();
    figures.members = *members;
    auto kinds = services::usageByKind(*store);
    if (!kinds)
        return kinds.error();
    figures.kinds = *kinds;
    auto largest = services::largest(*store, kLargestCount);
    if (!largest)
        return largest.error();
    figures.largest = *largest;
    auto hazards = services::hazards(*store, workspace);
    if (!hazards)
        return hazards.error();
    figures.hazards = *hazards;
    auto growth = services::growth(workspace);
    if (!growth)
        return growth.error();
    figures.growth = *growth;
    return figures;
}

} // namespace ts::gui
