// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// POSIX access control lists (libacl), owned RAII, reached through a file descriptor's /proc/self/fd name so
// that no symlink is ever followed.
#pragma once

#include "util/Result.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace ts::permissions {

class PosixAcl
{
public:
    enum class Kind { Access, Default };

    // Reads the ACL of the file open as `fd` (O_PATH is enough). An ACL that only mirrors the mode bits
    // (owner, group, other) reads as ok with isExtended() false. File systems without ACL support give an
    // ok result with supported() false.
    static Result<PosixAcl> read(int fd, Kind kind, const QString& shownPath);

    bool supported() const { return m_supported; }
    bool isExtended() const;         // holds named users/groups or a mask: more than the mode bits say
    bool empty() const;              // no entries (a folder without a default ACL)
    bool grantsWrite() const;        // some entry (mask applied by the kernel aside) has the write permission
    QStringList entriesText() const; // "user::rwx", "user:1001:rw-", …, one per entry

    // Removes write from every entry; returns whether anything changed.
    bool removeWrite();
    Status write(int fd, Kind kind, const QString& shownPath) const;

    PosixAcl(PosixAcl&&) noexcept = default;
    PosixAcl& operator=(PosixAcl&&) noexcept = default;

private:
    PosixAcl() = default;
    struct Free
    {
        void operator()(void* acl) const;
    };
    std::unique_ptr<void, Free> m_acl;
    bool m_supported = false;
};

} // namespace ts::permissions
