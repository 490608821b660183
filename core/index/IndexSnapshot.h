// The stored index as the incremental scan needs it up front: folder rows (with each folder's children hash)
// and totals. A million-entry index has only tens of thousands of folders, so this reads in milliseconds.
#pragma once

#include "index/ScanAnalysis.h"

#include <QHash>

#include <unordered_map>

namespace ts::index {

struct StoredFolder
{
    std::int64_t parent = 0, bytes = 0, allocated = 0, files = 0, folders = 0, entries = 0, newestMtimeNs = 0;
    std::uint64_t childrenHash = 0;
    std::int64_t firstChild = 0, childCount = 0; // the children's id range (IndexSchema.h, kFilesSchema)
    int top = 0, depth = 0, kind = 0;
    QByteArray path;
    QString member;
};

// Folder rows and totals only: entry rows are read folder by folder, for the folders whose children changed.
struct IndexSnapshot
{
    bool hasScan = false;
    std::unordered_map<std::int64_t, StoredFolder> folders;
    QHash<QPair<int, QByteArray>, std::int64_t> folderIdByPath; // (top, path) → id
    QMap<QPair<QString, QString>, Usage> totals;
    std::int64_t maxId = 0;
};

} // namespace ts::index
