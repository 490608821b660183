// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "permissions/RawGuard.h"

#include "permissions/FileSystemInfo.h"
#include "permissions/PosixAcl.h"
#include "permissions/RawFolders.h"
#include "permissions/TreeWalker.h"

#include <QFile>

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace ts::permissions {

namespace {

constexpr mode_t kWriteBits = S_IWUSR | S_IWGRP | S_IWOTH;

// Applies the wanted permissions to one entry open as `fd` (a folder's own fd, or an O_PATH fd of a file), so
// the change reaches exactly the inode that was walked, never a symlink swapped in meanwhile.
class EntryChanger
{
public:
    EntryChanger(bool protect, GuardReport& report, FolderFileSystem& fs)
        : m_protect(protect), m_report(report), m_fs(fs)
    {
    }

    void apply(int fd, bool isFolder, const QString& relative, const struct stat& st)
    {
        const mode_t before = st.st_mode & 07777;
        bool aclChanged = false;
        if (m_protect) {
            if (isFolder && !stripAclWrite(fd, PosixAcl::Kind::Default, relative, aclChanged))
                return;
            if (!stripAclWrite(fd, PosixAcl::Kind::Access, relative, aclChanged))
                return;
        }
        struct stat now = {};
        if (::fstat(fd, &now) != 0)
            return fail(relative, errno, "cannot stat");
        const mode_t current = now.st_mode & 07777;
        const mode_t wanted = m_protect ? (current & ~kWriteBits) : (current | S_IWUSR);
        if (wanted != current) {
            char name[40];
            std::snprintf(name, sizeof name, "/proc/self/fd/%d", fd);
            if (::fchmodat(AT_FDCWD, name, wanted, 0) != 0)
                return fail(relative, errno, "cannot change the permissions");
            if (::fstat(fd, &now) != 0)
                return fail(relative, errno, "cannot stat");
            if ((now.st_mode & 07777) != wanted) {
                m_fs.modeBitsIgnored = true;
                m_report.errors << PathNote{relative,
                                            QStringLiteral("%1: still writable: the file system kept mode "
                                                           "%2 after chmod to %3")
                                                .arg(relative)
                                                .arg(now.st_mode & 07777, 4, 8, QChar(u'0'))
                                                .arg(wanted, 4, 8, QChar(u'0'))};
                return;
            }
        }
        // An ACL rewritten without write must read back so: a file system that kept a write entry leaves
        // the entry writable, which protect must not report as done.
        if (m_protect && aclChanged) {
            auto check = PosixAcl::read(fd, PosixAcl::Kind::Access, relative);
            if (check && check->supported() && check->grantsWrite()) {
                m_report.errors << PathNote{relative,
                                            QStringLiteral("%1: still writable: its ACL grants write (%2); "
                                                           "remove those entries with setfacl")
                                                .arg(relative, check->entriesText().join(u','))};
                return;
            }
        }
        const mode_t after = now.st_mode & 07777;
        if (after == before && !aclChanged) {
            ++m_report.unchanged;
            return;
        }
        m_report.changed << PermissionChange{relative, before, after, aclChanged};
    }

private:
    bool stripAclWrite(int fd, PosixAcl::Kind kind, const QString& relative, bool& changed)
    {
        auto acl = PosixAcl::read(fd, kind, relative);
        if (!acl) {
            m_report.errors << PathNote{relative, acl.error().message};
            return false;
        }
        // A minimal access ACL is the mode bits themselves: chmod handles it.
        if (!acl->supported() || acl->empty() || (kind == PosixAcl::Kind::Access && !acl->isExtended()))
            return true;
        if (!acl->removeWrite())
            return true;
        if (auto ok = acl->write(fd, kind, relative); !ok) {
            m_report.errors << PathNote{relative, ok.error().message};
            return false;
        }
        changed = true;
        return true;
    }

    void fail(const QString& relative, int errnum, const char* what)
    {
        m_report.errors << PathNote{relative,
                                    Error::fromErrno(relative, QLatin1String(what), errnum).message};
    }

    bool m_protect;
    GuardReport& m_report;
    FolderFileSystem& m_fs;
};

QString symlinkTarget(int parentFd, const QByteArray& name)
{
    char target[4096];
    const ssize_t n = ::readlinkat(parentFd, name.constData(), target, sizeof target - 1);
    return n < 0 ? QStringLiteral("(unreadable)") : QFile::decodeName(QByteArray(target, int(n)));
}

} // namespace

bool GuardReport::needsSharingStep() const
{
    for (const FolderFileSystem& fs : fileSystems)
        if (fs.modeBitsIgnored || !fs.modeBitsAuthoritative)
            return true;
    return false;
}

QStringList GuardReport::sharingAdvice() const
{
    QStringList advice;
    for (const FolderFileSystem& fs : fileSystems)
        if (fs.modeBitsIgnored || !fs.modeBitsAuthoritative)
            advice << sharingStepAdvice(fs.folder) +
                          QStringLiteral(" (file system: %1%2)")
                              .arg(fs.type,
                                   fs.modeBitsIgnored ? QStringLiteral(", chmod had no effect") : QString());
    return advice;
}

Result<GuardReport> RawGuard::protect(const Workspace& workspace, const CancelToken* cancel,
                                      const ProgressCallback& progress)
{
    return run(workspace, Direction::Protect, cancel, progress);
}

Result<GuardReport> RawGuard::unprotect(const Workspace& workspace, const CancelToken* cancel,
                                        const ProgressCallback& progress)
{
    if (!workspace.manifest.isLead(workspace.me)) {
        QStringList leads;
        for (const Member& m : workspace.manifest.members)
            if (m.role == MemberRole::Lead)
                leads << m.id;
        const QString who = workspace.me.isEmpty() ? QStringLiteral("an unknown member")
                                                   : QStringLiteral("member \"%1\"").arg(workspace.me);
        return Error::failed(
            QStringLiteral("raw unprotect: refused for %1: only a lead may make raw data writable again "
                           "(ask %2)")
                .arg(who,
                     leads.isEmpty() ? QStringLiteral("the team lead") : leads.join(QStringLiteral(" or "))));
    }
    return run(workspace, Direction::Unprotect, cancel, progress);
}

Result<GuardReport> RawGuard::run(const Workspace& workspace, Direction direction, const CancelToken* cancel,
                                  const ProgressCallback& progress)
{
    // Entries visited so far, reported every 64 (the receiver throttles further).
    qint64 visited = 0;
    QString currentFolder;
    auto visit = [&] {
        if (progress && (++visited % 64) == 0)
            progress(Progress{visited, -1, 0, currentFolder});
    };
    auto folders = rawFoldersOf(workspace);
    if (!folders)
        return folders.error();
    GuardReport report;
    // Every raw folder is opened (and a symlinked one refused) before anything changes, so a refusal never
    // leaves the first folders protected and the rest not.
    std::vector<UniqueFd> tops;
    for (const RawFolder& folder : *folders) {
        auto top = openRawFolder(folder);
        if (!top)
            return top.error();
        tops.push_back(std::move(*top));
    }
    for (qsizetype i = 0; i < folders->size(); ++i) {
        const RawFolder& folder = folders->at(i);
        const UniqueFd* top = &tops[size_t(i)];
        if (!top->valid()) {
            report.missingFolders << folder.relativePath;
            continue;
        }
        const FileSystemInfo fsInfo = fileSystemOf(top->get());
        report.fileSystems << FolderFileSystem{folder.relativePath, fsInfo.typeName,
                                               fsInfo.modeBitsAuthoritative, false};
        FolderFileSystem& fs = report.fileSystems.last();
        EntryChanger changer(direction == Direction::Protect, report, fs);
        currentFolder = folder.relativePath;

        TreeWalker walker;
        walker.cancel = cancel;
        walker.onEntry = [&](int parentFd, const QByteArray& name, const QString& relative,
                             const struct stat& st) -> Status {
            visit();
            if (S_ISLNK(st.st_mode)) {
                report.symlinks << PathNote{relative, symlinkTarget(parentFd, name)};
                return {};
            }
            UniqueFd fd(::openat(parentFd, name.constData(), O_PATH | O_NOFOLLOW | O_CLOEXEC));
            struct stat opened = {};
            if (!fd.valid() || ::fstat(fd.get(), &opened) != 0) {
                report.errors << PathNote{
                    relative, Error::fromErrno(relative, QStringLiteral("cannot open"), errno).message};
                return {};
            }
            if (opened.st_ino != st.st_ino || opened.st_dev != st.st_dev || S_ISLNK(opened.st_mode)) {
                report.errors << PathNote{relative,
                                          QStringLiteral("was replaced while being changed; run again")};
                return {};
            }
            if (S_ISREG(opened.st_mode) && opened.st_nlink > 1)
                report.warnings << PathNote{
                    relative, QStringLiteral("has %1 hard links: its permissions are shared with "
                                             "the other names, which may lie outside raw data")
                                  .arg(opened.st_nlink)};
            changer.apply(fd.get(), false, relative, opened);
            return {};
        };
        walker.onDirectory = [&](int dirFd, const QString& relative, const struct stat& st) -> Status {
            visit();
            changer.apply(dirFd, true, relative, st);
            return {};
        };
        if (auto ok = walker.walk(top->get(), folder.relativePath); !ok)
            return ok.error();
        // What the walk could not see into was not changed: for protect (and unprotect) that is an entry
        // left as it was, so an error that fails the command, not a warning. Another mount is left out on
        // purpose and stays a warning.
        for (const WalkProblem& problem : walker.problems()) {
            if (problem.kind == WalkProblem::Kind::OtherMount) {
                report.warnings << PathNote{problem.path, problem.reason};
                continue;
            }
            report.errors << PathNote{problem.path,
                                      (problem.reason.startsWith(problem.path)
                                           ? problem.reason
                                           : QStringLiteral("%1: %2").arg(problem.path, problem.reason)) +
                                          QStringLiteral("; what is inside was not changed")};
        }
    }
    if (progress)
        progress(Progress{visited, visited, 0, currentFolder});
    return report;
}

} // namespace ts::permissions
