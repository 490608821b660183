// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// A ready workspace to try Teamspace on: DIR/repo (the notebook repository, committed and pushed), DIR/shared
// (the shared folder) and DIR/remote.git (a local bare repository, the repository's origin). Deterministic:
// the same DIR gives the same files, sizes, manifest and workspace id; only file times and commit ids differ.
#pragma once

#include "util/Result.h"

#include <QString>

namespace ts::services {

struct DemoWorkspaceReport
{
    QString repoDir;
    QString sharedDir;
    QString remoteDir;
    QString workspaceId;
    QString lead;
    int members = 0;
    int notebooks = 0;
    int files = 0;            // regular files written into the shared folder
    qint64 apparentBytes = 0; // their total size (big ones are sparse: little of it is on disk)
};

// DIR must be missing or empty. Remembers (LocalSettings) root = DIR/shared and me = the lead.
// `indexPath` overrides the local database used for the activity log.
Result<DemoWorkspaceReport> createDemoWorkspace(const QString& dir, const QString& indexPath = {});

} // namespace ts::services
