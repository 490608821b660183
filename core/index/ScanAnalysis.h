// Everything derived from a walk before it is stored: kind and member of every entry (from the manifest's
// layout), which path of a hard-linked inode counts, per-folder recursive totals and the totals that answer
// usage queries without touching the entry rows.
#pragma once

#include "index/ScanTree.h"
#include "workspace/Manifest.h"

#include <QMap>

namespace ts::index {

struct FolderTotals
{
    std::int32_t entry = 0;         // the folder's entry in the tree
    std::int64_t bytes = 0;         // recursive: apparent size of counted regular files
    std::int64_t allocated = 0;     // recursive: allocated size of counted regular files
    std::int64_t files = 0;         // recursive: regular-file paths
    std::int64_t folders = 0;       // recursive: sub-folders
    std::int64_t entries = 0;       // direct children, all types (for the entry-limit hazard)
    std::int64_t newestMtimeNs = 0; // newest regular file below (0: none)
    int depth = 0;                  // 0 for a top
    QByteArray path;                // relative to its top
};

struct Usage
{
    std::int64_t bytes = 0;
    std::int64_t allocated = 0;
    std::int64_t files = 0;
    bool operator==(const Usage& o) const
    {
        return bytes == o.bytes && allocated == o.allocated && files == o.files;
    }
    bool operator!=(const Usage& o) const { return !(*this == o); }
};

// Scopes of stored totals (index_totals.scope). Stable strings: they are in users' databases.
inline constexpr const char* kScopeAll = "all";
inline constexpr const char* kScopeKind = "kind";
inline constexpr const char* kScopeMember = "member"; // results + checkpoints: what counts against quota
inline constexpr const char* kScopeMemberKind =
    "member-kind";                                    // key "<member>/<kind>" for every attributed kind
inline constexpr const char* kScopeFolder = "folder"; // key: display path, folders down to depth 2

struct ScanAnalysis
{
    std::vector<FolderTotals> folders;           // one per directory entry, in tree order
    std::vector<std::int32_t> folderSlot;        // entry → index into folders, -1 for non-folders
    QMap<QPair<QString, QString>, Usage> totals; // (scope, key) → usage
    std::int64_t files = 0, dirs = 0, bytes = 0, allocated = 0;
};

// Fills kind, member and counted on the tree's entries and computes the totals.
ScanAnalysis analyseScan(ScanTree& tree, const Manifest& manifest);

// Keys of folder totals: the folder's display path ("results/ana", "repo:notebooks", ".").
QString folderKey(Top top, const QByteArray& path);

} // namespace ts::index
