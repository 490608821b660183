// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// A line diff (Myers' O(ND) algorithm in linear space, the divide-and-conquer "middle snake" form) over two
// lists of lines compared byte for byte. Used for the source of matched notebook cells (NotebookDiff.h).
#pragma once

#include <string_view>
#include <vector>

namespace ts::nb {

struct LineEdit
{
    enum Kind : unsigned char { Same, Removed, Added };
    Kind kind = Same;
    int aLine = -1; // index into a; -1 for Added
    int bLine = -1; // index into b; -1 for Removed
};

// A shortest edit script turning `a` into `b`: every line of both, in order; within a changed run the removed
// lines come before the added ones.
std::vector<LineEdit> diffLines(const std::vector<std::string_view>& a,
                                const std::vector<std::string_view>& b);

} // namespace ts::nb
