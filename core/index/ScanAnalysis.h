// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
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
    std::int32_t firstChild = -1;   // tree index of the first direct child: a folder's listing is the
                                    // entries firstChild .. firstChild+entries-1 (-1: none)
    std::int64_t newestMtimeNs = 0; // newest regular file below (0: none)
    std::uint64_t childrenHash =
        0;           // order-independent hash of the direct children's stored fields: when it is
                     // unchanged, an incremental scan does not read the folder's stored children
    int depth = 0;   // 0 for a top
    QByteArray path; // relative to its top
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
    // Whether every folder's children are consecutive entries of the tree (the Scanner adds a listing at
    // once); the index's id ranges rely on it (IndexSchema.h, kFilesSchema).
    bool listingsContiguous = true;
};

// Kind and member of entries from the manifest's layout, one entry at a time in tree order (a parent before
// its children): a folder's kind is inherited by everything below it until a deeper layout folder; under a
// per-member layout folder, a child folder named after a member carries that member. Used by analyseScan, and
// by the bulk loader that writes rows while the walk is still running.
class Attribution
{
public:
    struct Folder
    {
        std::int32_t entry = 0;
        int depth = 0;          // 0 for a top
        QByteArray path;        // relative to its top
        bool perMember = false; // a per-member layout folder: its child folders may name a member
    };

    Attribution(const Manifest& manifest, bool oneFolder);

    // Sets e.kind and e.member (its parent, if any, was attributed before) and records a folder.
    void attribute(std::int32_t index, ScanEntry& e, std::string_view name);

    const QStringList& memberIds() const { return m_memberIds; }
    std::vector<Folder>& folders() { return m_folders; }
    std::vector<std::int32_t>& folderSlot() { return m_slot; } // entry → index into folders(), -1: none

private:
    struct LayoutMatch
    {
        Kind kind;
        bool perMember;
    };
    QStringList m_memberIds;
    QHash<QPair<int, QByteArray>, LayoutMatch> m_layout;
    int m_layoutDepth = 0;
    std::vector<Folder> m_folders;
    std::vector<std::int32_t> m_slot;
    std::vector<Kind> m_kinds; // of folders, by slot
    std::vector<std::int16_t> m_members;
};

// Fills kind, member and counted on the tree's entries and computes the totals.
ScanAnalysis analyseScan(ScanTree& tree, const Manifest& manifest);

// Everything IndexStore writes for one entry, hashed (summed, not chained, per folder: listing order is
// irrelevant). `link` and `error` may be null (none); memberHashes(tree.memberIds) gives the last argument.
std::uint64_t entryHash(const ScanEntry& e, std::string_view name, const QByteArray* link,
                        const QString* error, const std::vector<std::uint64_t>& memberHashes);
std::vector<std::uint64_t> memberHashes(const QStringList& memberIds);
// entryHash() of entry `i` of the tree, with its link target and error.
std::uint64_t entryHash(const ScanTree& tree, std::size_t i, const std::vector<std::uint64_t>& memberHashes);

// Keys of folder totals: the folder's display path ("results/ana", "repo:notebooks", ".").
QString folderKey(Top top, const QByteArray& path);

} // namespace ts::index
