// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// One fetched entry of the size tree (SizeTreeModel): only what the columns need, with names kept as the raw
// bytes and everything else that is text (display name, path, link target, error) computed or read back from
// the index on demand. sizeof(SizeTreeNode) is 128 bytes on x86-64 (checked by a static_assert in the .cpp),
// plus the name's bytes and 8 bytes per child pointer in the parent.
#pragma once

#include "index/IndexBrowser.h"

#include <QByteArray>

#include <memory>
#include <vector>

namespace ts {

struct SizeTreeNode
{
    qint64 id = 0;         // 0: the invisible root above the tops
    qint64 bytes = 0;      // under the filter; folders recursive, other entries their own size
    qint64 allocated = 0;  // under the filter
    qint64 files = 0;      // folders: regular files below (under the filter); a file: 1
    qint64 folders = 0;    // folders: sub-folders below (under the filter)
    qint64 modifiedNs = 0; // folders: newest regular file below; others: own mtime
    QByteArray name;       // raw bytes; "" for a top
    SizeTreeNode* parent = nullptr;
    std::vector<std::unique_ptr<SizeTreeNode>> children; // fetched children, in the current sort order
    int row = 0;                                         // position among the parent's children
    qint32 childCount = 0;                               // direct children in the index (any filter)
    qint16 member = -1;                                  // into SizeTreeModel's member table; -1: none
    index::EntryType type = index::EntryType::File;
    index::EntryState state = index::EntryState::Ok;
    index::Kind kind = index::Kind::Other;
    index::Top top = index::Top::SharedFolder;
    bool fetched = false;
    bool hardLink = false; // a regular file with more than one link
    bool counted = true;   // false: another path of the same inode counts its bytes

    bool isFolder() const { return type == index::EntryType::Directory; }
    bool isTop() const { return parent && !parent->parent; }
    // The bytes this entry adds to its parent's total: folders and counted regular files; nothing for
    // symlinks, other entries and the second path of a hard-linked file (folders count regular files only,
    // each inode once).
    qint64 contributing(bool allocatedBytes) const;
    // The path relative to the top, joined from the names up the parents.
    QByteArray relativePath() const;
};

} // namespace ts
