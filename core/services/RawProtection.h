// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// raw protect, raw unprotect and raw report: read-only raw data on disk, and who can still write to it.
#pragma once

#include "services/Call.h"

#include "permissions/RawGuard.h"
#include "permissions/WriteAccessReport.h"
#include "workspace/Workspace.h"

namespace ts::services {

struct RawGuardReport
{
    permissions::GuardReport guard;
    // Set when the change was made but could not be written to the activity log (said as a warning).
    QString logWarning;
};

struct RawAccessReport
{
    QList<permissions::FolderWriteAccess> folders;
    bool anyWritable() const; // something under an existing raw folder is writable by someone
};

// Clears write bits and write-granting ACL entries under every raw folder; a change is logged (raw.protect).
// Cancellable between entries (what was changed stays changed, and is reported).
Result<RawGuardReport> protectRaw(const Workspace& workspace, const Call& call);
// Gives the owner write back (leads only: Failed naming the leads otherwise); logged as raw.unprotect.
Result<RawGuardReport> unprotectRaw(const Workspace& workspace, const Call& call);
Result<RawAccessReport> rawWriteAccess(const Workspace& workspace, const Call& call);

// One raw folder's protection as the file system states it. On a mount whose mode bits cannot be trusted
// (Drive for desktop, rclone, SMB, 9p) the bits say nothing either way: the protection is the sharing step.
enum class RawState { Missing, ReadOnly, Writable, UnknownOnThisMount };
RawState rawStateOf(const permissions::FolderWriteAccess& folder);

// "data/raw" or "data/raw, archive/raw": the layout's raw folders, for the log and messages.
QString rawFolderList(const Workspace& workspace);

} // namespace ts::services
