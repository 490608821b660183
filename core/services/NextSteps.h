// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The first steps after a workspace is created, as the Overview lists them, each done or not as the disk says:
// members added, raw data protected (a baseline taken), a first scan of the shared folder, a first sync.
#pragma once

#include "workspace/Workspace.h"

namespace ts::services {

struct NextStep
{
    QString id;      // "members", "raw", "scan", "sync"
    QString title;   // "Add the team's members"
    QString panel;   // the panel that does it: "members", "raw", "storage", "sync"
    bool done = false;
    QString detail; // why it counts as done, or what doing it means
};

// Reads the manifest, raw-baseline.json, the local index and the git repository; never writes. For a worker
// thread (it opens the index and the repository).
QList<NextStep> nextSteps(const Workspace& ws);

} // namespace ts::services
