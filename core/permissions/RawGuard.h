// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// `raw protect` / `raw unprotect`: makes every raw folder read-only on disk (mode bits and ACLs), and gives
// the owner write back. Never follows a symlink, never enters another mount, never leaves the raw folders.
#pragma once

#include "util/Cancellation.h"
#include "util/Result.h"
#include "workspace/Workspace.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ts::permissions {

struct PermissionChange
{
    QString path;           // relative to the folder's top, like the layout path
    quint32 modeBefore = 0; // permission bits (07777)
    quint32 modeAfter = 0;
    bool aclChanged = false;
};

struct PathNote
{
    QString path;
    QString note; // one line: a symlink's target, why an entry was skipped or failed
};

struct FolderFileSystem
{
    QString folder; // relative path of the raw folder
    QString type;   // ext4, fuse, smb, …
    bool modeBitsAuthoritative = true;
    bool modeBitsIgnored = false; // a chmod here did not change the bits read back
};

struct GuardReport
{
    QList<PermissionChange> changed;
    qint64 unchanged = 0;     // entries already as wanted (a second protect changes nothing)
    QList<PathNote> symlinks; // reported with their target; the link and its target are left alone
    QList<PathNote> warnings; // hard links (mode shared with names outside raw), other mounts
    // Entries that could not be changed or are still writable after the change, and folders the walk could
    // not see into (their content was not changed); each note is one line starting with the path.
    QList<PathNote> errors;
    QStringList missingFolders; // raw folders of the layout that do not exist here yet
    QList<FolderFileSystem> fileSystems;

    // True when some folder's file system ignored or cannot be trusted with the bits: say so, with the
    // sharing step.
    bool needsSharingStep() const;
    QStringList sharingAdvice() const;
};

class RawGuard
{
public:
    // Clears the write bits of every file and folder under the raw folders (and the folders themselves) and
    // removes write from every ACL entry (access ACLs, and default ACLs of folders). Idempotent.
    // `progress` (optional, called on this thread) counts the entries visited so far (total unknown: -1).
    static Result<GuardReport> protect(const Workspace& workspace, const CancelToken* cancel = nullptr,
                                       const ProgressCallback& progress = {});

    // Gives the owner write permission back (u+w) on the same entries. ACL entries removed by protect are not
    // restored (re-grant them with setfacl). Refused unless workspace.me is a lead: Failed, naming the leads.
    static Result<GuardReport> unprotect(const Workspace& workspace, const CancelToken* cancel = nullptr,
                                         const ProgressCallback& progress = {});

private:
    enum class Direction { Protect, Unprotect };
    static Result<GuardReport> run(const Workspace& workspace, Direction direction, const CancelToken* cancel,
                                   const ProgressCallback& progress);
};

} // namespace ts::permissions
