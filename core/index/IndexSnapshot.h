// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The stored index as the incremental scan needs it up front: folder rows (with each folder's children hash)
// and totals. A million-entry index has only tens of thousands of folders, so this reads in milliseconds.
#pragma once

#include "index/ScanAnalysis.h"

#include <QHash>

#include <string_view>
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

struct StoredFolderName
{
    std::int64_t parent = 0;
    std::string_view name;
    bool operator==(const StoredFolderName& o) const { return parent == o.parent && name == o.name; }
    struct Hash
    {
        std::size_t operator()(const StoredFolderName& k) const
        {
            return std::hash<std::string_view>()(k.name) ^ std::size_t(k.parent) * 0x9e3779b97f4a7c15ull;
        }
    };
};

// Folder rows and totals only: entry rows are read folder by folder, for the folders whose children changed.
struct IndexSnapshot
{
    bool hasScan = false;
    std::unordered_map<std::int64_t, StoredFolder> folders;
    // (parent id, name) → id; the name is a view into the folder's StoredFolder::path.
    std::unordered_map<StoredFolderName, std::int64_t, StoredFolderName::Hash> folderIdByName;
    QMap<QPair<QString, QString>, Usage> totals;
    std::int64_t maxId = 0;
};

} // namespace ts::index
