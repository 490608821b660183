// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Recognises a shared folder that lost its content since the last scan: an unmounted share shows its empty
// mount point, and a scan would then record every file as deleted, `layout apply` would build the layout on
// the local disk. What the last scan stored (the device and the entries at the top of the shared folder) and
// what raw-baseline.json lists are compared with what is there now.
#pragma once

#include "db/SqliteDb.h"

#include <QStringList>

namespace ts::index {

// What the last stored scan saw at the top of the shared folder.
struct SharedFolderSeen
{
    bool scanned = false;   // a scan of a separate shared folder is stored
    QString path;           // the shared folder that scan walked
    qint64 device = 0;      // its st_dev then
    qint64 entries = 0;     // its direct children then (hidden ones included)
    QStringList topFolders; // the folders directly under it then
};

class SharedFolderCheck
{
public:
    // Reads it from an opened index (main file with the cache attached as `files`); nothing stored: scanned
    // stays false.
    static Result<SharedFolderSeen> lastSeen(db::SqliteDb& db);

    // BadInput (exit 3) with a message naming the folder, what was seen then and now, and the fixes, when
    // `rootDir` (canonical) looks unmounted:
    // - the last scan of this same folder saw entries there and it has none now;
    // - it is on another device than at the last scan and none of the folders that scan saw at its top are
    //   there (an empty mount point left by an unmounted share);
    // - raw-baseline.json lists `baselineRawFiles` (> 0) files in it and it has no entry now.
    // A scan that was accepted on an empty folder records it empty: the next one is not refused.
    static Status check(const QString& rootDir, const SharedFolderSeen& seen, qint64 baselineRawFiles = 0);

    // The option that accepts an emptied shared folder, for the messages.
    static QString overrideHint();
};

} // namespace ts::index
