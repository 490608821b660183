// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The folders whose layout role is raw, located on this machine and opened without following symlinks.
#pragma once

#include "util/Result.h"
#include "util/UniqueFd.h"
#include "workspace/Workspace.h"

#include <QList>
#include <QString>

namespace ts::permissions {

struct RawFolder
{
    QString
        relativePath; // the layout path, normalised, relative to topDir (also the prefix of baseline paths)
    FolderLocation location = FolderLocation::Root;
    QString topDir;       // the shared folder or the repository, absolute
    QString absolutePath; // topDir + '/' + relativePath

    // "root" or "repository", as the manifest spells it.
    QString locationName() const
    {
        return location == FolderLocation::Repository ? QStringLiteral("repository") : QStringLiteral("root");
    }
};

// Every layout folder with role raw, in manifest order. A layout path that is not a safe relative path is
// refused (BadInput, naming the layout entry); two raw folders that nest or repeat are refused as well,
// because their files would be counted twice in the baseline.
Result<QList<RawFolder>> rawFoldersOf(const Workspace& workspace);

// Opens the folder for reading below its top, each component with O_NOFOLLOW, so a symlinked raw folder (or a
// symlinked parent) can never lead protect or baseline out of the workspace. A folder that does not exist yet
// gives an ok result holding an invalid fd; a symlink on the way is a BadInput error naming it.
Result<UniqueFd> openRawFolder(const RawFolder& folder);

} // namespace ts::permissions
