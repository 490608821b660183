// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "services/RecentWorkspaces.h"

#include "workspace/LocalSettings.h"
#include "workspace/Manifest.h"

namespace ts::services {

QList<RecentWorkspace> recentWorkspaces()
{
    QList<RecentWorkspace> result;
    for (const QString& dir : LocalSettings::recentWorkspaces()) {
        auto manifest = loadManifest(dir);
        if (!manifest)
            continue; // moved, deleted or no longer a workspace: nothing to offer
        result.append({dir, manifest->name});
    }
    return result;
}

} // namespace ts::services
