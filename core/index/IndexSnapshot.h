// The stored index as the incremental scan needs it: every entry's stat fields, folder totals and totals,
// read in one pass so that a rescan can compare in memory and write only what differs.
#pragma once

#include "index/ScanAnalysis.h"

#include <QHash>

#include <unordered_map>

namespace ts::index {

struct StoredEntry
{
    std::int64_t id = 0, parent = 0, size = 0, allocated = 0, mtimeNs = 0;
    std::uint64_t inode = 0, device = 0;
    std::uint32_t uid = 0, mode = 0, nlink = 0;
    std::uint32_t nameOffset = 0;
    std::uint16_t nameLength = 0;
    std::uint8_t type = 0, state = 0, top = 0, kind = 0;
    bool counted = true;
    std::int16_t member = kNoMember; // into IndexSnapshot::members
};

struct StoredFolder
{
    std::int64_t parent = 0, bytes = 0, allocated = 0, files = 0, folders = 0, entries = 0, newestMtimeNs = 0;
    int top = 0, depth = 0, kind = 0;
    QByteArray path;
    QString member;
};

struct IndexSnapshot
{
    bool hasScan = false;
    std::vector<StoredEntry> entries;
    std::string names;
    QStringList members;
    QHash<std::int64_t, QByteArray> linkTargets;
    QHash<std::int64_t, QString> errors;
    std::unordered_map<std::int64_t, StoredFolder> folders;
    QMap<QPair<QString, QString>, Usage> totals;
    std::int64_t maxId = 0;

    std::string_view name(const StoredEntry& e) const { return {names.data() + e.nameOffset, e.nameLength}; }
};

} // namespace ts::index
