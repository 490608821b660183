// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Every regular file under the raw folders, listed once (path, size, mtime), with the raw folders kept open
// so the files can be hashed later below the same descriptors, never through a path a symlink could redirect.
#pragma once

#include "permissions/RawFolders.h"
#include "permissions/RawGuard.h"
#include "util/Cancellation.h"

#include <vector>

namespace ts::permissions {

struct RawFile
{
    QString path;           // relative to the top of the folder's location, e.g. "data/raw/a.csv"
    int folderIndex = 0;    // index into RawFileSet::folderFds
    QByteArray pathBeneath; // relative to that raw folder, in file-system encoding
    qint64 size = 0;
    qint64 mtimeNs = 0;
};

class RawFileSet
{
public:
    // Walks every raw folder of the workspace. Symlinks, sockets and the like are not files of the baseline
    // and are noted in skipped(); so are names that cannot be written safely into the baseline (control
    // characters, backslashes), which would otherwise fail every later verify. Files are sorted by path.
    static Result<RawFileSet> list(const Workspace& workspace, const CancelToken* cancel = nullptr);

    std::vector<RawFile> files;
    std::vector<UniqueFd> folderFds;
    QList<PathNote> skipped;
    // Folders and entries the walk could not see into (unreadable, nested too deep, replaced while walked):
    // files may be missing from `files`. The note is one line starting with the path.
    QList<PathNote> unseen;
    QStringList missingFolders;
};

// Orders paths the way the baseline file does: by their UTF-8 bytes.
bool baselinePathLess(const QString& a, const QString& b);

} // namespace ts::permissions
