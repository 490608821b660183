// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// What kind of file system holds a folder, and whether its mode bits can be trusted to stop a writer.
#pragma once

#include <QString>

namespace ts::permissions {

struct FileSystemInfo
{
    QString typeName; // "ext4", "fuse", "smb", "9p", … or "0x…" when unknown
    // False for mounts whose permissions live elsewhere (FUSE such as Drive for desktop or rclone, SMB/CIFS,
    // 9p): the bits may be emulated, ignored, or not what the server enforces.
    bool modeBitsAuthoritative = true;
};

// statfs on an open descriptor; an unknown type is reported by its magic number and treated as authoritative.
FileSystemInfo fileSystemOf(int fd);

// The advice shown whenever mode bits cannot protect raw data on this mount.
QString sharingStepAdvice(const QString& folder);

} // namespace ts::permissions
