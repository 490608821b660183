#include "index/ScanAnalysis.h"

#include "index/PathText.h"

#include <QSet>

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

struct LayoutMatch
{
    Kind kind;
    bool perMember;
};

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

QString folderKey(Top top, const QByteArray& path)
{
    return displayEntryPath(top, path);
}

ScanAnalysis analyseScan(ScanTree& tree, const Manifest& manifest)
{
    ScanAnalysis a;
    const bool oneFolder = tree.repository.isEmpty() || tree.repository == tree.sharedFolder;
    tree.memberIds.clear();
    for (const Member& m : manifest.members)
        tree.memberIds << m.id;

    // Layout folders by (top, path); with one folder for both, repository folders live in the shared top.
    QHash<QPair<int, QByteArray>, LayoutMatch> layout;
    int layoutDepth = 0;
    for (const LayoutFolder& f : manifest.layout) {
        const Top top =
            (f.location == FolderLocation::Repository && !oneFolder) ? Top::Repository : Top::SharedFolder;
        layout.insert({int(top), f.path.toUtf8()}, {kindForRole(f.role), f.perMember});
        layoutDepth = std::max(layoutDepth, int(f.path.count(u'/')) + 2); // +1 for the member folder
    }

    a.folderSlot.assign(tree.entries.size(), -1);
    std::vector<bool> perMemberParent(tree.entries.size(), false);
    for (std::size_t i = 0; i < tree.entries.size(); ++i) {
        ScanEntry& e = tree.entries[i];
        int depth = 0;
        QByteArray path;
        if (e.parent != kNoParent) {
            const ScanEntry& parent = tree.entries[std::size_t(e.parent)];
            e.kind = parent.kind;
            e.member = parent.member;
            const FolderTotals& pf = a.folders[std::size_t(a.folderSlot[std::size_t(e.parent)])];
            depth = pf.depth + 1;
            if (e.type == EntryType::Directory) {
                const std::string_view n = tree.name(e);
                path = pf.path.isEmpty() ? QByteArray(n.data(), qsizetype(n.size()))
                                         : pf.path + '/' + QByteArray(n.data(), qsizetype(n.size()));
                if (perMemberParent[std::size_t(e.parent)]) {
                    const auto idx = tree.memberIds.indexOf(QString::fromUtf8(n.data(), qsizetype(n.size())));
                    if (idx >= 0)
                        e.member = std::int16_t(idx);
                }
                if (depth <= layoutDepth) {
                    const auto it = layout.constFind({int(e.top), path});
                    if (it != layout.constEnd()) {
                        e.kind = it->kind;
                        e.member = kNoMember;
                        perMemberParent[i] = it->perMember;
                    }
                }
            }
        } else {
            e.kind = Kind::Other;
            e.member = kNoMember;
            const auto it = layout.constFind({int(e.top), QByteArray()});
            if (it != layout.constEnd())
                e.kind = it->kind;
        }
        if (e.type == EntryType::Directory) {
            a.folderSlot[i] = std::int32_t(a.folders.size());
            FolderTotals f;
            f.entry = std::int32_t(i);
            f.depth = depth;
            f.path = std::move(path);
            a.folders.push_back(std::move(f));
        }
    }

    markHardLinks(tree);

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
        ++parent.entries;
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
