// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "permissions/TreeWalker.h"

#include "util/UniqueFd.h"

#include <QFile>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <memory>
#include <vector>

namespace ts::permissions {

namespace {

struct DirCloser
{
    void operator()(DIR* dir) const { ::closedir(dir); }
};
using UniqueDir = std::unique_ptr<DIR, DirCloser>;

QString describeErrno(int errnum)
{
    return QString::fromLocal8Bit(std::strerror(errnum));
}

// Names are read in full and the DIR closed before descending, so the walk holds one descriptor per level.
Result<std::vector<QByteArray>> readNames(int dirFd, const QString& relative)
{
    const int dupFd = ::fcntl(dirFd, F_DUPFD_CLOEXEC, 0);
    if (dupFd < 0)
        return Error::fromErrno(relative, QStringLiteral("cannot read the folder"), errno);
    UniqueDir dir(::fdopendir(dupFd));
    if (!dir) {
        const int e = errno;
        ::close(dupFd);
        return Error::fromErrno(relative, QStringLiteral("cannot read the folder"), e);
    }
    std::vector<QByteArray> names;
    errno = 0;
    while (dirent* entry = ::readdir(dir.get())) {
        if (std::strcmp(entry->d_name, ".") == 0 || std::strcmp(entry->d_name, "..") == 0)
            continue;
        names.emplace_back(entry->d_name);
    }
    if (errno != 0)
        return Error::fromErrno(relative, QStringLiteral("cannot read the folder"), errno);
    std::sort(names.begin(), names.end());
    return names;
}

} // namespace

Status TreeWalker::walk(int topFd, const QString& topRelative)
{
    m_problems.clear();
    struct stat st = {};
    if (::fstat(topFd, &st) != 0)
        return Error::fromErrno(topRelative, QStringLiteral("cannot stat"), errno);
    return walkFolder(topFd, topRelative, st, st.st_dev, 0);
}

Status TreeWalker::walkFolder(int dirFd, const QString& relative, const struct stat& dirStat, dev_t device,
                              int depth)
{
    auto names = readNames(dirFd, relative);
    if (!names) {
        m_problems << WalkProblem{relative, names.error().message};
    } else {
        for (const QByteArray& name : *names) {
            if (cancel && cancel->isCancelled())
                return Error::cancelled(QStringLiteral("%1: cancelled").arg(relative));
            const QString childRelative = relative + u'/' + QFile::decodeName(name);
            struct stat st = {};
            if (::fstatat(dirFd, name.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0) {
                if (errno != ENOENT) // vanished while we looked: not a problem of the tree
                    m_problems << WalkProblem{childRelative, describeErrno(errno)};
                continue;
            }
            if (!S_ISDIR(st.st_mode)) {
                if (onEntry)
                    if (auto ok = onEntry(dirFd, name, childRelative, st); !ok)
                        return ok;
                continue;
            }
            if (st.st_dev != device) {
                m_problems << WalkProblem{childRelative,
                                          QStringLiteral("another file system is mounted here; not entered"),
                                          WalkProblem::Kind::OtherMount};
                continue;
            }
            if (depth + 1 > maxDepth) {
                m_problems << WalkProblem{
                    childRelative, QStringLiteral("nested deeper than %1 folders; not entered").arg(maxDepth),
                    WalkProblem::Kind::TooDeep};
                continue;
            }
            UniqueFd child(
                ::openat(dirFd, name.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
            struct stat opened = {};
            if (!child.valid() || ::fstat(child.get(), &opened) != 0) {
                m_problems << WalkProblem{
                    childRelative, QStringLiteral("cannot open the folder: %1").arg(describeErrno(errno))};
                continue;
            }
            if (opened.st_ino != st.st_ino || opened.st_dev != st.st_dev) {
                m_problems << WalkProblem{childRelative,
                                          QStringLiteral("was replaced while being walked; not entered"),
                                          WalkProblem::Kind::Replaced};
                continue;
            }
            if (auto ok = walkFolder(child.get(), childRelative, opened, device, depth + 1); !ok)
                return ok;
        }
    }
    if (onDirectory)
        return onDirectory(dirFd, relative, dirStat);
    return {};
}

} // namespace ts::permissions
