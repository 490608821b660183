// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "permissions/WriteAccessReport.h"

#include "permissions/FileSystemInfo.h"
#include "permissions/PosixAcl.h"
#include "permissions/RawFolders.h"
#include "permissions/TreeWalker.h"

#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ts::permissions {

namespace {

QString userName(uid_t uid)
{
    const passwd* pw = ::getpwuid(uid);
    return pw ? QString::fromLocal8Bit(pw->pw_name) : QString::number(uid);
}

QString groupName(gid_t gid)
{
    const group* gr = ::getgrgid(gid);
    return gr ? QString::fromLocal8Bit(gr->gr_name) : QString::number(gid);
}

bool writableBy(int fd, const struct stat& st)
{
    if (st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH))
        return true;
    auto acl = PosixAcl::read(fd, PosixAcl::Kind::Access, QString());
    return acl && acl->isExtended() && acl->grantsWrite();
}

} // namespace

Result<QList<FolderWriteAccess>> WriteAccessReport::build(const Workspace& workspace,
                                                          const CancelToken* cancel)
{
    auto folders = rawFoldersOf(workspace);
    if (!folders)
        return folders.error();
    QList<FolderWriteAccess> result;
    for (const RawFolder& folder : *folders) {
        FolderWriteAccess access;
        access.path = folder.relativePath;
        access.location = folder.locationName();
        auto top = openRawFolder(folder);
        if (!top)
            return top.error();
        if (!top->valid()) {
            result << access;
            continue;
        }
        access.exists = true;
        const FileSystemInfo fs = fileSystemOf(top->get());
        access.fileSystem = fs.typeName;
        access.modeBitsAuthoritative = fs.modeBitsAuthoritative;
        struct stat st = {};
        if (::fstat(top->get(), &st) != 0)
            return Error::fromErrno(folder.absolutePath, QStringLiteral("cannot stat"), errno);
        access.mode = st.st_mode & 07777;
        access.owner = userName(st.st_uid);
        access.group = groupName(st.st_gid);
        access.currentUserCanWrite = ::faccessat(top->get(), ".", W_OK, AT_EACCESS) == 0;
        access.groupCanWrite = st.st_mode & S_IWGRP;
        access.othersCanWrite = st.st_mode & S_IWOTH;
        if (auto acl = PosixAcl::read(top->get(), PosixAcl::Kind::Access, folder.absolutePath);
            acl && acl->isExtended())
            access.acl = acl->entriesText();

        auto count = [&](int fd, const QString& relative, const struct stat& entry) {
            ++access.entries;
            if (!writableBy(fd, entry))
                return;
            ++access.writableEntries;
            if (access.writableExamples.size() < 10)
                access.writableExamples << relative;
        };
        TreeWalker walker;
        walker.cancel = cancel;
        walker.onEntry = [&](int parentFd, const QByteArray& name, const QString& relative,
                             const struct stat& entry) -> Status {
            if (S_ISLNK(entry.st_mode))
                return {}; // a link's own bits mean nothing; its target is not ours to judge
            UniqueFd fd(::openat(parentFd, name.constData(), O_PATH | O_NOFOLLOW | O_CLOEXEC));
            if (fd.valid())
                count(fd.get(), relative, entry);
            return {};
        };
        walker.onDirectory = [&](int dirFd, const QString& relative, const struct stat& entry) -> Status {
            count(dirFd, relative, entry);
            return {};
        };
        if (auto ok = walker.walk(top->get(), folder.relativePath); !ok)
            return ok.error();
        result << access;
    }
    return result;
}

} // namespace ts::permissions
