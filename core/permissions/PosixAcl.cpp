// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "permissions/PosixAcl.h"

#include <acl/libacl.h>
#include <sys/acl.h>

#include <cerrno>
#include <cstdio>

namespace ts::permissions {

namespace {

// The /proc/self/fd/N name reaches exactly the inode open as fd (also for O_PATH descriptors), which is what
// glibc itself does for fchmodat(AT_SYMLINK_NOFOLLOW); libacl has no call taking an O_PATH descriptor.
QByteArray procName(int fd)
{
    char name[40];
    std::snprintf(name, sizeof name, "/proc/self/fd/%d", fd);
    return QByteArray(name);
}

acl_type_t toAclType(PosixAcl::Kind kind)
{
    return kind == PosixAcl::Kind::Access ? ACL_TYPE_ACCESS : ACL_TYPE_DEFAULT;
}

acl_t asAcl(void* p)
{
    return static_cast<acl_t>(p);
}

} // namespace

void PosixAcl::Free::operator()(void* acl) const
{
    acl_free(acl);
}

Result<PosixAcl> PosixAcl::read(int fd, Kind kind, const QString& shownPath)
{
    PosixAcl result;
    acl_t acl = acl_get_file(procName(fd).constData(), toAclType(kind));
    if (!acl) {
        if (errno == ENOTSUP || errno == EOPNOTSUPP || errno == ENOSYS)
            return result; // no ACLs on this file system: the mode bits are all there is
        return Error::fromErrno(shownPath, QStringLiteral("cannot read the ACL"), errno);
    }
    result.m_acl.reset(acl);
    result.m_supported = true;
    return result;
}

bool PosixAcl::isExtended() const
{
    if (!m_acl)
        return false;
    return acl_equiv_mode(asAcl(m_acl.get()), nullptr) == 1;
}

bool PosixAcl::empty() const
{
    return !m_acl || acl_entries(asAcl(m_acl.get())) <= 0;
}

bool PosixAcl::grantsWrite() const
{
    if (!m_acl)
        return false;
    acl_entry_t entry;
    for (int which = ACL_FIRST_ENTRY; acl_get_entry(asAcl(m_acl.get()), which, &entry) == 1;
         which = ACL_NEXT_ENTRY) {
        acl_permset_t permset;
        if (acl_get_permset(entry, &permset) == 0 && acl_get_perm(permset, ACL_WRITE) == 1)
            return true;
    }
    return false;
}

QStringList PosixAcl::entriesText() const
{
    QStringList lines;
    if (!m_acl)
        return lines;
    ssize_t length = 0;
    char* text = acl_to_any_text(asAcl(m_acl.get()), nullptr, '\n', TEXT_NUMERIC_IDS);
    if (!text)
        return lines;
    length = ssize_t(qstrlen(text));
    lines = QString::fromUtf8(text, length).split(u'\n', Qt::SkipEmptyParts);
    acl_free(text);
    return lines;
}

bool PosixAcl::removeWrite()
{
    if (!m_acl)
        return false;
    bool changed = false;
    acl_entry_t entry;
    for (int which = ACL_FIRST_ENTRY; acl_get_entry(asAcl(m_acl.get()), which, &entry) == 1;
         which = ACL_NEXT_ENTRY) {
        acl_permset_t permset;
        if (acl_get_permset(entry, &permset) != 0 || acl_get_perm(permset, ACL_WRITE) != 1)
            continue;
        acl_delete_perm(permset, ACL_WRITE);
        acl_set_permset(entry, permset);
        changed = true;
    }
    return changed;
}

Status PosixAcl::write(int fd, Kind kind, const QString& shownPath) const
{
    if (!m_acl)
        return {};
    if (acl_set_file(procName(fd).constData(), toAclType(kind), asAcl(m_acl.get())) != 0)
        return Error::fromErrno(shownPath, QStringLiteral("cannot change the ACL"), errno);
    return {};
}

} // namespace ts::permissions
