// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Shared files (the manifest, a stripped notebook, the baseline) are replaced whole or not at all.
//
// Every write of a user's file goes through here: a temporary file in the same folder, every write() and the
// flush checked, fdatasync, then rename over the original, then the folder synced. On any failure the
// original is untouched and the temporary file removed. QSaveFile is not used: in Qt 6.4 its commit() does
// not report a failed flush of its 16 KiB buffer, so a full disk emptied files while the write "succeeded"
// (issue 12).
#pragma once

#include "util/Result.h"
#include "util/UniqueFd.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace ts {

struct AtomicWriteOptions
{
    // Mode of a file that did not exist yet; nullopt means 0666 less the umask (what any editor does).
    // Local state passes 0600. A file that exists keeps its mode, owner, group and POSIX ACL.
    std::optional<unsigned> newFileMode;
    // Replacing a file with several hard links would split them (the other names keep the old bytes): refused
    // unless the caller says splitting is what it means (its own local state, for example).
    bool allowSplittingHardLinks = false;
    // Create missing folders (without following symlinks, for writeFileBeneath).
    bool createFolders = false;
    // fsync the folder after the rename, so that the new name (not only the bytes) survives a power loss. A
    // job that writes many files and records the result elsewhere (sync: its journal and the commit) turns it
    // off; without it a crash can leave the previous version under the name, never an empty or partial file.
    bool syncFolder = true;
};

// Writes `data` to `path`. The last component must not be a symlink (refused: BadInput); the folders above it
// are taken as given. Errors name the path; a full disk says "no space left … (N bytes needed)" (Failed, exit
// 4).
Status writeFileAtomically(const QString& path, const QByteArray& data,
                           const AtomicWriteOptions& options = {});

// Writes `data` to `root`/`relative` without following any symlink below `root`: every folder is opened with
// O_NOFOLLOW beneath the one above it, and the file itself is replaced, never written through. A symlink
// anywhere on the way is refused (BadInput, naming it). `relative` must be a safe relative path (see
// SafePath.h).
Status writeFileBeneath(const QString& root, const QString& relative, const QByteArray& data,
                        const AtomicWriteOptions& options = {});

// Opens `root`/`relative` for reading with the same walk as writeFileBeneath: no symlink below `root` is
// followed (BadInput, naming it), so what is read is the file the repository holds at that path and nothing
// it points to.
Result<UniqueFd> openFileBeneath(const QString& root, const QString& relative);

// True when `root`/`relative` exists and no component below `root` (the last one included) is a symlink.
// A missing path is reported as false with `*missing` set when given.
bool isPlainPathBeneath(const QString& root, const QString& relative, bool* missing = nullptr);

// The refusing form of isPlainPathBeneath, for commands that check a path before they read or write anything:
// BadInput naming the first symlink below `root` on the way (the last component included). A missing part is
// no refusal (there is nothing to follow); a folder that cannot be opened is Failed, naming it.
Status requirePlainPathBeneath(const QString& root, const QString& relative);

// Reads a whole file, refusing anything larger than `maxBytes` with a BadInput error naming the limit.
Result<QByteArray> readFileLimited(const QString& path, qint64 maxBytes);

// Test seam: when set, the writer behaves as if the file system had only this many bytes left for the data of
// the file being written (ENOSPC past it). For tests that cannot mount a small file system; -1 turns it off.
void setAtomicWriteSpaceLimitForTesting(qint64 bytes);

} // namespace ts
