// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "permissions/RawFolders.h"

#include "permissions/FileHasher.h"
#include "util/SafePath.h"

#include <QFile>

#include <cerrno>
#include <fcntl.h>

namespace ts::permissions {

Result<QList<RawFolder>> rawFoldersOf(const Workspace& workspace)
{
    QList<RawFolder> folders;
    for (int i = 0; i < workspace.manifest.layout.size(); ++i) {
        const LayoutFolder& layout = workspace.manifest.layout.at(i);
        if (layout.role != FolderRole::Raw)
            continue;
        auto rel =
            normaliseRelativePath(layout.path, QStringLiteral("teamspace.json: layout[%1].path").arg(i));
        if (!rel)
            return rel.error();
        if (layout.location == FolderLocation::Root)
            if (auto ok = requireSharedFolder(workspace); !ok)
                return ok.error();
        RawFolder folder;
        folder.relativePath = *rel;
        folder.location = layout.location;
        folder.topDir = layout.location == FolderLocation::Repository ? workspace.repoDir : workspace.rootDir;
        folder.absolutePath = folder.topDir + u'/' + folder.relativePath;
        for (const RawFolder& other : folders) {
            if (other.topDir != folder.topDir)
                continue;
            if (isPathInside(other.relativePath, folder.relativePath) ||
                isPathInside(folder.relativePath, other.relativePath))
                return Error::badInput(
                    QStringLiteral("teamspace.json: layout[%1].path \"%2\" overlaps the raw folder \"%3\" "
                                   "(list each raw folder once, none inside another)")
                        .arg(i)
                        .arg(folder.relativePath, other.relativePath));
        }
        folders << folder;
    }
    return folders;
}

Result<UniqueFd> openRawFolder(const RawFolder& folder)
{
    UniqueFd top(::open(QFile::encodeName(folder.topDir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!top.valid())
        return Error::fromErrno(
            folder.topDir, QStringLiteral("cannot open the %1 folder").arg(folder.locationName()), errno);
    UniqueFd fd(
        openBeneathNoFollow(top.get(), QFile::encodeName(folder.relativePath), O_RDONLY | O_DIRECTORY));
    if (fd.valid())
        return fd;
    if (errno == ENOENT)
        return UniqueFd();
    if (errno == ELOOP || errno == EXDEV || errno == ENOTDIR)
        return Error::badInput(
            QStringLiteral("%1: the raw folder is, or lies below, a symlink or not a folder; "
                           "Teamspace does not follow it (make it a real folder inside the %2)")
                .arg(folder.absolutePath, folder.locationName()));
    return Error::fromErrno(folder.absolutePath, QStringLiteral("cannot open the raw folder"), errno);
}

} // namespace ts::permissions
