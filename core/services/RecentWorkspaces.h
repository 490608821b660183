// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The workspaces opened recently on this computer, as File ▸ Open Recent and the welcome page offer them:
// only those whose folder still holds a readable teamspace.json, each with its team's name.
#pragma once

#include <QList>
#include <QString>

namespace ts::services {

struct RecentWorkspace
{
    QString repoDir;
    QString teamName; // the manifest's name
};

// Most recent first (LocalSettings::recentWorkspaces); reads each teamspace.json, so call it off the GUI
// thread.
QList<RecentWorkspace> recentWorkspaces();

} // namespace ts::services
