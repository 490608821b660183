// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Recording in the activity log on behalf of an opened workspace: its local database, its member as the
// actor. These overloads of ActivityLog live in workspace because activity sits below it (Workspace.h
// includes this header, so every holder of a Workspace can call them).
#pragma once

#include "activity/ActivityLog.h"

namespace ts {

struct Workspace;

namespace ActivityLog {

// Opens the workspace's local database and appends one entry with the workspace's member as actor.
Status record(const Workspace& workspace, const QString& action, const QString& path, const QString& detail);
// As above for several entries (an empty actor becomes the workspace's member), one open, one transaction:
// all or none.
Status recordAll(const Workspace& workspace, QList<ActivityEntry> entries);

} // namespace ActivityLog

} // namespace ts
