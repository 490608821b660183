// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// `raw report`: who can write to each raw folder, as far as this machine's file system can tell.
#pragma once

#include "util/Cancellation.h"
#include "util/Result.h"
#include "workspace/Workspace.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ts::permissions {

struct FolderWriteAccess
{
    QString path;     // the layout path of the raw folder
    QString location; // "root" | "repository"
    bool exists = false;
    QString fileSystem; // ext4, fuse, smb, …
    bool modeBitsAuthoritative = true;
    quint32 mode = 0; // the folder's permission bits
    QString owner;    // user name (or uid) owning the folder
    QString group;
    bool currentUserCanWrite =
        false;                  // access(W_OK) for the user running this (root passes regardless of bits)
    bool groupCanWrite = false; // by the folder's mode bits
    bool othersCanWrite = false;
    QStringList acl;              // extended ACL entries of the folder, "user:1001:rwx" …; empty when none
    qint64 entries = 0;           // files and folders inside, the folder included
    qint64 writableEntries = 0;   // of those, how many some mode bit or ACL entry lets someone write
    QStringList writableExamples; // up to 10 of them, to point at

    bool isReadOnly() const { return exists && writableEntries == 0; }
};

class WriteAccessReport
{
public:
    static Result<QList<FolderWriteAccess>> build(const Workspace& workspace,
                                                  const CancelToken* cancel = nullptr);
};

} // namespace ts::permissions
