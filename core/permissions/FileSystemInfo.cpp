// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "permissions/FileSystemInfo.h"

#include <sys/vfs.h>

namespace ts::permissions {

namespace {

struct KnownType
{
    unsigned long magic;
    const char* name;
    bool authoritative;
};

// Magic numbers from linux/magic.h and statfs(2); the list names the usual homes of a team's shared folder.
constexpr KnownType kKnownTypes[] = {
    {0xEF53, "ext4", true},          {0x58465342, "xfs", true},   {0x9123683E, "btrfs", true},
    {0x01021994, "tmpfs", true},     {0x6969, "nfs", true},       {0x2FC12FC1, "zfs", true},
    {0x794C7630, "overlayfs", true}, {0x5346544E, "ntfs", false}, {0x4d44, "vfat", false},
    {0x2011BAB0, "exfat", false},    {0x65735546, "fuse", false}, {0x517B, "smb", false},
    {0xFE534D42, "smb2", false},     {0xFF534D42, "cifs", false}, {0x01021997, "9p", false},
    {0x73717368, "squashfs", true},
};

} // namespace

FileSystemInfo fileSystemOf(int fd)
{
    FileSystemInfo info;
    struct statfs fs = {};
    if (::fstatfs(fd, &fs) != 0) {
        info.typeName = QStringLiteral("unknown");
        return info;
    }
    const unsigned long magic = static_cast<unsigned long>(fs.f_type) & 0xFFFFFFFFUL;
    for (const KnownType& known : kKnownTypes) {
        if (known.magic == magic) {
            info.typeName = QLatin1String(known.name);
            info.modeBitsAuthoritative = known.authoritative;
            return info;
        }
    }
    info.typeName = QStringLiteral("0x%1").arg(magic, 0, 16);
    return info;
}

QString sharingStepAdvice(const QString& folder)
{
    return QStringLiteral(
               "%1: this file system does not enforce POSIX permissions, so read-only bits here protect "
               "nothing; in the storage service (Google Drive, the SMB server), share the raw folder "
               "with the team as viewer (read-only) and keep edit rights for the lead only")
        .arg(folder);
}

} // namespace ts::permissions
