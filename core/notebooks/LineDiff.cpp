// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "notebooks/LineDiff.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>

namespace ts::nb {

namespace {

// Lines as small integers (equal lines, equal numbers), so the search compares ints.
class LineDiffer
{
public:
    LineDiffer(const std::vector<int>& a, const std::vector<int>& b, std::vector<LineEdit>& out)
        : m_a(a), m_b(b), m_out(out)
    {
    }

    void diff(int aLo, int aHi, int bLo, int bHi)
    {
        while (aLo < aHi && bLo < bHi && m_a[aLo] == m_b[bLo])
            same(aLo++, bLo++);
        int suffix = 0;
        while (aHi - suffix > aLo && bHi - suffix > bLo && m_a[aHi - suffix - 1] == m_b[bHi - suffix - 1])
            ++suffix;
        aHi -= suffix;
        bHi -= suffix;
        if (aLo == aHi || bLo == bHi) {
            for (int i = aLo; i < aHi; ++i)
                m_out.push_back({LineEdit::Removed, i, -1});
            for (int j = bLo; j < bHi; ++j)
                m_out.push_back({LineEdit::Added, -1, j});
        } else {
            bisect(aLo, aHi, bLo, bHi);
        }
        for (int k = 0; k < suffix; ++k)
            same(aHi + k, bHi + k);
    }

private:
    const std::vector<int>& m_a;
    const std::vector<int>& m_b;
    std::vector<LineEdit>& m_out;

    void same(int i, int j) { m_out.push_back({LineEdit::Same, i, j}); }

    // Finds the middle snake of the shortest edit script (searching from both ends at once) and recurses on
    // both halves: O(ND) time, O(N) space.
    void bisect(int aLo, int aHi, int bLo, int bHi)
    {
        const int n = aHi - aLo;
        const int m = bHi - bLo;
        const int maxD = (n + m + 1) / 2;
        const int offset = maxD;
        const int length = 2 * maxD + 2;
        std::vector<int> v1(std::size_t(length), -1);
        std::vector<int> v2(std::size_t(length), -1);
        v1[std::size_t(offset + 1)] = 0;
        v2[std::size_t(offset + 1)] = 0;
        const int delta = n - m;
        const bool front = (delta % 2) != 0;
        int k1start = 0, k1end = 0, k2start = 0, k2end = 0;
        const int* a = m_a.data() + aLo;
        const int* b = m_b.data() + bLo;
        for (int d = 0; d < maxD; ++d) {
            for (int k1 = -d + k1start; k1 <= d - k1end; k1 += 2) {
                const int k1Offset = offset + k1;
                int x1 =
                    (k1 == -d || (k1 != d && v1[std::size_t(k1Offset - 1)] < v1[std::size_t(k1Offset + 1)]))
                        ? v1[std::size_t(k1Offset + 1)]
                        : v1[std::size_t(k1Offset - 1)] + 1;
                int y1 = x1 - k1;
                while (x1 < n && y1 < m && a[x1] == b[y1]) {
                    ++x1;
                    ++y1;
                }
                v1[std::size_t(k1Offset)] = x1;
                if (x1 > n) {
                    k1end += 2;
                } else if (y1 > m) {
                    k1start += 2;
                } else if (front) {
                    const int k2Offset = offset + delta - k1;
                    if (k2Offset >= 0 && k2Offset < length && v2[std::size_t(k2Offset)] != -1) {
                        const int x2 = n - v2[std::size_t(k2Offset)];
                        if (x1 >= x2)
                            return split(aLo, aHi, bLo, bHi, x1, y1);
                    }
                }
            }
            for (int k2 = -d + k2start; k2 <= d - k2end; k2 += 2) {
                const int k2Offset = offset + k2;
                int x2 =
                    (k2 == -d || (k2 != d && v2[std::size_t(k2Offset - 1)] < v2[std::size_t(k2Offset + 1)]))
                        ? v2[std::size_t(k2Offset + 1)]
                        : v2[std::size_t(k2Offset - 1)] + 1;
                int y2 = x2 - k2;
                while (x2 < n && y2 < m && a[n - x2 - 1] == b[m - y2 - 1]) {
                    ++x2;
                    ++y2;
                }
                v2[std::size_t(k2Offset)] = x2;
                if (x2 > n) {
                    k2end += 2;
                } else if (y2 > m) {
                    k2start += 2;
                } else if (!front) {
                    const int k1Offset = offset + delta - k2;
                    if (k1Offset >= 0 && k1Offset < length && v1[std::size_t(k1Offset)] != -1) {
                        const int x1 = v1[std::size_t(k1Offset)];
                        const int y1 = offset + x1 - k1Offset;
                        if (x1 >= n - x2)
                            return split(aLo, aHi, bLo, bHi, x1, y1);
                    }
                }
            }
        }
        // Nothing in common.
        for (int i = aLo; i < aHi; ++i)
            m_out.push_back({LineEdit::Removed, i, -1});
        for (int j = bLo; j < bHi; ++j)
            m_out.push_back({LineEdit::Added, -1, j});
    }

    void split(int aLo, int aHi, int bLo, int bHi, int x, int y)
    {
        diff(aLo, aLo + x, bLo, bLo + y);
        diff(aLo + x, aHi, bLo + y, bHi);
    }
};

} // namespace

std::vector<LineEdit> diffLines(const std::vector<std::string_view>& a,
                                const std::vector<std::string_view>& b)
{
    std::unordered_map<std::string_view, int> ids;
    ids.reserve(a.size() + b.size());
    auto number = [&](const std::vector<std::string_view>& lines) {
        std::vector<int> result;
        result.reserve(lines.size());
        for (std::string_view line : lines)
            result.push_back(ids.emplace(line, int(ids.size())).first->second);
        return result;
    };
    const std::vector<int> na = number(a);
    const std::vector<int> nb = number(b);
    std::vector<LineEdit> edits;
    edits.reserve(std::max(a.size(), b.size()) + 8);
    LineDiffer(na, nb, edits).diff(0, int(na.size()), 0, int(nb.size()));
    // Within each run of changes, removed lines first (the halves of a split may interleave them).
    for (std::size_t i = 0; i < edits.size();) {
        if (edits[i].kind == LineEdit::Same) {
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < edits.size() && edits[end].kind != LineEdit::Same)
            ++end;
        std::stable_partition(edits.begin() + std::ptrdiff_t(i), edits.begin() + std::ptrdiff_t(end),
                              [](const LineEdit& e) { return e.kind == LineEdit::Removed; });
        i = end;
    }
    return edits;
}

} // namespace ts::nb
