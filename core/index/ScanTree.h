// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// What one walk of the shared folder and the notebook repository found: a flat, parent-first list of entries
// (a child's index is always greater than its parent's), names kept as raw bytes in one arena.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <cstdint>
#include <string_view>
#include <vector>

namespace ts::index {

enum class EntryType : std::uint8_t { File = 0, Directory = 1, Symlink = 2, Other = 3 };

// Recorded on the entry, never an abort of the scan.
enum class EntryState : std::uint8_t {
    Ok = 0,
    PermissionDenied = 1, // the folder could not be listed, or the entry not stat'ed
    Vanished = 2,         // listed, then gone before it could be stat'ed
    OtherMount = 3,       // a folder on another file system: recorded, not entered
    Skipped = 4,          // deliberately not entered (the repository's .git internals)
    Failed = 5,           // any other error (text in the entry's error)
};

// Which of the two places an entry belongs to; paths are relative to its top.
enum class Top : std::uint8_t { SharedFolder = 0, Repository = 1 };

// Kinds follow the layout roles; Other = outside every layout folder. Stored as integers (stable: append
// only).
enum class Kind : std::uint8_t { Other = 0, Raw, Processed, Results, Checkpoints, Models, Notebooks, Shared };
inline constexpr int kKindCount = 8;
QString kindName(Kind kind);

inline constexpr std::int32_t kNoParent = -1;
inline constexpr std::int16_t kNoMember = -1;

// 72 bytes: a million entries stay well under 100 MB.
struct ScanEntry
{
    std::int64_t size = 0;      // apparent size (st_size)
    std::int64_t allocated = 0; // st_blocks * 512
    std::int64_t mtimeNs = 0;
    std::uint64_t inode = 0;
    std::uint64_t device = 0;
    std::uint32_t nameOffset = 0; // into ScanTree::names
    std::int32_t parent = kNoParent;
    std::uint32_t uid = 0;
    std::uint32_t mode = 0;
    std::uint32_t nlink = 0;
    std::uint16_t nameLength = 0;
    EntryType type = EntryType::File;
    EntryState state = EntryState::Ok;
    Top top = Top::SharedFolder;
    Kind kind = Kind::Other;         // filled by Attribution
    std::int16_t member = kNoMember; // index into ScanTree::memberIds; filled by Attribution
    bool counted = true;             // false for the second and later paths of one inode (hard links)
};

struct ScanTree
{
    std::vector<ScanEntry> entries;
    std::string names;                           // every name's bytes, back to back
    QHash<std::int32_t, QByteArray> linkTargets; // symlink entry → target text, as bytes
    QHash<std::int32_t, QString> errors;         // entry → what went wrong (state != Ok)
    QStringList memberIds;                       // ScanEntry::member indexes this
    QString sharedFolder;                        // absolute paths of the two tops ("" when not scanned)
    QString repository;

    std::string_view name(const ScanEntry& e) const { return {names.data() + e.nameOffset, e.nameLength}; }
    std::string_view name(std::int32_t index) const { return name(entries[std::size_t(index)]); }
    // Path relative to the entry's top, as bytes ("" for a top itself).
    QByteArray relativePath(std::int32_t index) const;
};

} // namespace ts::index
