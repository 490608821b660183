#include "index/EntryMatcher.h"

#include <unordered_map>

namespace ts::index {

std::vector<std::int32_t> matchStoredEntries(const ScanTree& tree, const IndexSnapshot& previous)
{
    const std::size_t oldCount = previous.entries.size();
    // Stored children grouped by their parent's index (compressed rows), in row-id order.
    std::vector<std::int32_t> indexOfId(std::size_t(previous.maxId) + 1, -1);
    for (std::size_t k = 0; k < oldCount; ++k)
        indexOfId[std::size_t(previous.entries[k].id)] = std::int32_t(k);
    std::vector<std::int32_t> childStart(oldCount + 1, 0);
    std::vector<std::int32_t> oldParentIndex(oldCount, -1);
    std::int32_t tops[2] = {-1, -1};
    for (std::size_t k = 0; k < oldCount; ++k) {
        const StoredEntry& o = previous.entries[k];
        if (o.parent == 0) {
            if (o.top < 2)
                tops[o.top] = std::int32_t(k);
            continue;
        }
        if (o.parent > 0 && o.parent <= previous.maxId && indexOfId[std::size_t(o.parent)] >= 0) {
            oldParentIndex[k] = indexOfId[std::size_t(o.parent)];
            ++childStart[std::size_t(oldParentIndex[k]) + 1];
        }
    }
    for (std::size_t k = 0; k < oldCount; ++k)
        childStart[k + 1] += childStart[k];
    std::vector<std::int32_t> children(static_cast<std::size_t>(childStart[oldCount]));
    {
        std::vector<std::int32_t> fill(childStart.begin(), childStart.end() - 1);
        for (std::size_t k = 0; k < oldCount; ++k)
            if (oldParentIndex[k] >= 0)
                children[std::size_t(fill[std::size_t(oldParentIndex[k])]++)] = std::int32_t(k);
    }

    std::vector<std::int32_t> matched(tree.entries.size(), -1);
    std::size_t i = 0;
    while (i < tree.entries.size()) {
        const ScanEntry& first = tree.entries[i];
        if (first.parent == kNoParent) {
            matched[i] = tops[std::size_t(first.top) & 1];
            ++i;
            continue;
        }
        // A folder's listing is contiguous in the tree.
        std::size_t end = i + 1;
        while (end < tree.entries.size() && tree.entries[end].parent == first.parent)
            ++end;
        const std::int32_t oldParent = matched[std::size_t(first.parent)];
        if (oldParent >= 0) {
            const std::int32_t* oldChildren = children.data() + childStart[std::size_t(oldParent)];
            const std::size_t oldChildCount =
                std::size_t(childStart[std::size_t(oldParent) + 1] - childStart[std::size_t(oldParent)]);
            std::unordered_map<std::string_view, std::int32_t> byName; // built only when the order differs
            for (std::size_t k = 0; k < end - i; ++k) {
                const std::string_view name = tree.name(tree.entries[i + k]);
                if (byName.empty() && k < oldChildCount &&
                    previous.name(previous.entries[std::size_t(oldChildren[k])]) == name) {
                    matched[i + k] = oldChildren[k];
                    continue;
                }
                if (byName.empty()) {
                    byName.reserve(oldChildCount);
                    for (std::size_t c = 0; c < oldChildCount; ++c)
                        byName.emplace(previous.name(previous.entries[std::size_t(oldChildren[c])]),
                                       oldChildren[c]);
                    byName.emplace(std::string_view(),
                                   -1); // keeps the map non-empty even for an empty folder
                }
                const auto it = byName.find(name);
                if (it != byName.end() && !name.empty())
                    matched[i + k] = it->second;
            }
        }
        i = end;
    }
    return matched;
}

} // namespace ts::index
