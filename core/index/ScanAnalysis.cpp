// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "index/ScanAnalysis.h"

#include "index/PathText.h"

#include <QSet>

#include <xxhash.h>

#include <algorithm>
#include <unordered_map>

namespace ts::index {

namespace {

Kind kindForRole(FolderRole role)
{
    switch (role) {
    case FolderRole::Raw:
        return Kind::Raw;
    case FolderRole::Processed:
        return Kind::Processed;
    case FolderRole::Results:
        return Kind::Results;
    case FolderRole::Checkpoints:
        return Kind::Checkpoints;
    case FolderRole::Notebooks:
        return Kind::Notebooks;
    case FolderRole::Models:
        return Kind::Models;
    case FolderRole::Shared:
        return Kind::Shared;
    }
    return Kind::Other;
}

struct DevIno
{
    std::uint64_t dev, ino;
    bool operator==(const DevIno& o) const { return dev == o.dev && ino == o.ino; }
};
struct DevInoHash
{
    std::size_t operator()(const DevIno& d) const { return std::hash<std::uint64_t>()(d.ino * 31 + d.dev); }
};

// The path of each hard-linked inode that sorts first counts; the choice must not depend on thread timing,
// so that an incremental scan agrees with a full one.
void markHardLinks(ScanTree& tree)
{
    std::unordered_map<DevIno, std::vector<std::int32_t>, DevInoHash> groups;
    for (std::size_t i = 0; i < tree.entries.size(); ++i) {
        ScanEntry& e = tree.entries[i];
        e.counted = true;
        if (e.type == EntryType::File && e.nlink > 1)
            groups[{e.device, e.inode}].push_back(std::int32_t(i));
    }
    for (auto& [key, members] : groups) {
        if (members.size() < 2)
            continue;
        std::int32_t first = members.front();
        QByteArray firstPath = tree.relativePath(first);
        for (std::size_t k = 1; k < members.size(); ++k) {
            const QByteArray path = tree.relativePath(members[k]);
            const auto top = tree.entries[std::size_t(members[k])].top;
            const auto firstTop = tree.entries[std::size_t(first)].top;
            if (top < firstTop || (top == firstTop && path < firstPath)) {
                first = members[k];
                firstPath = path;
            }
        }
        for (std::int32_t m : members)
            tree.entries[std::size_t(m)].counted = m == first;
    }
}

} // namespace

std::vector<std::uint64_t> memberHashes(const QStringList& memberIds)
{
    std::vector<std::uint64_t> hashes;
    for (const QString& id : memberIds) {
        const QByteArray utf8 = id.toUtf8();
        hashes.push_back(XXH3_64bits(utf8.constData(), std::size_t(utf8.size())) | 1);
    }
    return hashes;
}

std::uint64_t entryHash(const ScanEntry& e, std::string_view name, const QByteArray* link,
                        const QString* error, const std::vector<std::uint64_t>& memberHashes)
{
    struct Packed
    {
        std::int64_t size, allocated, mtimeNs;
        std::uint64_t inode, device;
        std::uint32_t uid, mode, nlink;
        std::uint8_t type, state, kind, counted;
    } packed{};
    packed = {e.size,
              e.allocated,
              e.mtimeNs,
              e.inode,
              e.device,
              e.uid,
              e.mode,
              e.nlink,
              std::uint8_t(e.type),
              std::uint8_t(e.state),
              std::uint8_t(e.kind),
              std::uint8_t(e.counted ? 1 : 0)};
    std::uint64_t h = XXH3_64bits_withSeed(&packed, sizeof packed, XXH3_64bits(name.data(), name.size()));
    if (e.member != kNoMember)
        h ^= memberHashes[std::size_t(e.member)] * 0x9E3779B97F4A7C15ull;
    if (e.type == EntryType::Symlink) {
        const QByteArray target = link ? *link : QByteArray();
        h += XXH3_64bits_withSeed(target.constData(), std::size_t(target.size()), 1);
    }
    if (e.state != EntryState::Ok) {
        const QByteArray text = error ? error->toUtf8() : QByteArray();
        h += XXH3_64bits_withSeed(text.constData(), std::size_t(text.size()), 2);
    }
    return h;
}

std::uint64_t entryHash(const ScanTree& tree, std::size_t i, const std::vector<std::uint64_t>& memberHashes)
{
    const ScanEntry& e = tree.entries[i];
    const auto link = e.type == EntryType::Symlink ? tree.linkTargets.constFind(std::int32_t(i))
                                                   : tree.linkTargets.constEnd();
    const auto error =
        e.state != EntryState::Ok ? tree.errors.constFind(std::int32_t(i)) : tree.errors.constEnd();
    return entryHash(e, tree.name(e), link != tree.linkTargets.constEnd() ? &*link : nullptr,
                     error != tree.errors.constEnd() ? &*error : nullptr, memberHashes);
}

QString folderKey(Top top, const QByteArray& path)
{
    return displayEntryPath(top, path);
}

Attribution::Attribution(const Manifest& manifest, bool oneFolder)
{
    for (const Member& m : manifest.members)
        m_memberIds << m.id;
    // Layout folders by (top, path); with one folder for both, repository folders live in the shared top.
    for (const LayoutFolder& f : manifest.layout) {
        const Top top =
            (f.location == FolderLocation::Repository && !oneFolder) ? Top::Repository : Top::SharedFolder;
        m_layout.insert({int(top), f.path.toUtf8()}, {kindForRole(f.role), f.perMember});
        m_layoutDepth = std::max(m_layoutDepth, int(f.path.count(u'/')) + 2); // +1 for the member folder
    }
}

void Attribution::attribute(std::int32_t index, ScanEntry& e, std::string_view name)
{
    if (m_slot.size() <= std::size_t(index))
        m_slot.resize(std::max(std::size_t(index) + 1, m_slot.size() * 2), -1);
    int depth = 0;
    QByteArray path;
    bool perMember = false;
    if (e.parent != kNoParent) {
        const std::size_t ps = std::size_t(m_slot[std::size_t(e.parent)]);
        const Folder& pf = m_folders[ps];
        e.kind = m_kinds[ps];
        e.member = m_members[ps];
        depth = pf.depth + 1;
        if (e.type == EntryType::Directory) {
            path = pf.path.isEmpty() ? QByteArray(name.data(), qsizetype(name.size()))
                                     : pf.path + '/' + QByteArray(name.data(), qsizetype(name.size()));
            if (pf.perMember) {
                const auto idx = m_memberIds.indexOf(QString::fromUtf8(name.data(), qsizetype(name.size())));
                if (idx >= 0)
                    e.member = std::int16_t(idx);
            }
            if (depth <= m_layoutDepth) {
                const auto it = m_layout.constFind({int(e.top), path});
                if (it != m_layout.constEnd()) {
                    e.kind = it->kind;
                    e.member = kNoMember;
                    perMember = it->perMember;
                }
            }
        }
    } else {
        e.kind = Kind::Other;
        e.member = kNoMember;
        const auto it = m_layout.constFind({int(e.top), QByteArray()});
        if (it != m_layout.constEnd())
            e.kind = it->kind;
    }
    if (e.type == EntryType::Directory) {
        m_slot[std::size_t(index)] = std::int32_t(m_folders.size());
        m_folders.push_back({index, depth, std::move(path), perMember});
        m_kinds.push_back(e.kind);
        m_members.push_back(e.member);
    }
}

ScanAnalysis analyseScan(ScanTree& tree, const Manifest& manifest)
{
    ScanAnalysis a;
    const bool oneFolder = tree.repository.isEmpty() || tree.repository == tree.sharedFolder;
    Attribution attribution(manifest, oneFolder);
    tree.memberIds = attribution.memberIds();
    for (std::size_t i = 0; i < tree.entries.size(); ++i)
        attribution.attribute(std::int32_t(i), tree.entries[i], tree.name(tree.entries[i]));
    a.folderSlot = std::move(attribution.folderSlot());
    a.folderSlot.resize(tree.entries.size(), -1);
    a.folders.reserve(attribution.folders().size());
    for (Attribution::Folder& f : attribution.folders()) {
        FolderTotals t;
        t.entry = f.entry;
        t.depth = f.depth;
        t.path = std::move(f.path);
        a.folders.push_back(std::move(t));
    }

    markHardLinks(tree);

    const std::vector<std::uint64_t> members = memberHashes(tree.memberIds);
    // Children come after their parents, so one backward pass completes every folder before its parent.
    for (std::size_t i = tree.entries.size(); i-- > 0;) {
        const ScanEntry& e = tree.entries[i];
        const bool isTop = e.parent == kNoParent;
        if (e.type == EntryType::File) {
            ++a.files;
            if (e.counted) {
                a.bytes += e.size;
                a.allocated += e.allocated;
            }
        } else if (e.type == EntryType::Directory && !isTop) {
            ++a.dirs;
        }
        if (isTop)
            continue;
        FolderTotals& parent = a.folders[std::size_t(a.folderSlot[std::size_t(e.parent)])];
        // Backwards: each child must sit just before the one seen last.
        if (parent.entries > 0 && parent.firstChild != std::int32_t(i) + 1)
            a.listingsContiguous = false;
        parent.firstChild = std::int32_t(i);
        ++parent.entries;
        parent.childrenHash += entryHash(tree, i, members);
        if (e.type == EntryType::File) {
            ++parent.files;
            if (e.counted) {
                parent.bytes += e.size;
                parent.allocated += e.allocated;
            }
            parent.newestMtimeNs = std::max(parent.newestMtimeNs, e.mtimeNs);
        } else if (e.type == EntryType::Directory) {
            const FolderTotals& self = a.folders[std::size_t(a.folderSlot[i])];
            parent.bytes += self.bytes;
            parent.allocated += self.allocated;
            parent.files += self.files;
            parent.folders += self.folders + 1;
            parent.newestMtimeNs = std::max(parent.newestMtimeNs, self.newestMtimeNs);
        }
    }

    // Summed in flat arrays first (a map lookup per file would dominate the analysis), then named.
    const int memberCount = int(tree.memberIds.size());
    std::vector<Usage> byKind(kKindCount), byMemberKind(std::size_t(memberCount) * kKindCount);
    Usage all;
    for (const ScanEntry& e : tree.entries) {
        if (e.type != EntryType::File)
            continue;
        const Usage one{e.counted ? e.size : 0, e.counted ? e.allocated : 0, 1};
        for (Usage* u : {&all, &byKind[std::size_t(e.kind)]}) {
            u->bytes += one.bytes;
            u->allocated += one.allocated;
            u->files += one.files;
        }
        if (e.member != kNoMember) {
            Usage& u = byMemberKind[std::size_t(e.member) * kKindCount + std::size_t(e.kind)];
            u.bytes += one.bytes;
            u.allocated += one.allocated;
            u.files += one.files;
        }
    }
    a.totals[{QLatin1String(kScopeAll), QString()}] = all;
    for (int k = 0; k < kKindCount; ++k)
        if (byKind[std::size_t(k)].files > 0)
            a.totals[{QLatin1String(kScopeKind), kindName(Kind(k))}] = byKind[std::size_t(k)];
    for (int m = 0; m < memberCount; ++m) {
        Usage quota;
        bool any = false;
        for (int k = 0; k < kKindCount; ++k) {
            const Usage& u = byMemberKind[std::size_t(m) * kKindCount + std::size_t(k)];
            if (u.files == 0)
                continue;
            a.totals[{QLatin1String(kScopeMemberKind), tree.memberIds.at(m) + u'/' + kindName(Kind(k))}] = u;
            if (Kind(k) == Kind::Results || Kind(k) == Kind::Checkpoints) {
                quota.bytes += u.bytes;
                quota.allocated += u.allocated;
                quota.files += u.files;
                any = true;
            }
        }
        if (any)
            a.totals[{QLatin1String(kScopeMember), tree.memberIds.at(m)}] = quota;
    }
    for (const FolderTotals& f : a.folders) {
        if (f.depth <= 2)
            a.totals[{QLatin1String(kScopeFolder), folderKey(tree.entries[std::size_t(f.entry)].top,
                                                             f.path)}] = {f.bytes, f.allocated, f.files};
    }
    return a;
}

} // namespace ts::index
