// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "notebooks/SplitLines.h"

namespace ts::nb {

std::vector<std::string_view> splitLinesKeepEnds(std::string_view text)
{
    std::vector<std::string_view> lines;
    std::size_t start = 0;
    const std::size_t n = text.size();
    for (std::size_t i = 0; i < n;) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        std::size_t boundary = 0; // length of the line break at i
        if (c == '\n' || c == 0x0B || c == 0x0C || c == 0x1C || c == 0x1D || c == 0x1E)
            boundary = 1;
        else if (c == '\r')
            boundary = (i + 1 < n && text[i + 1] == '\n') ? 2 : 1;
        else if (c == 0xC2 && i + 1 < n && static_cast<unsigned char>(text[i + 1]) == 0x85)
            boundary = 2;
        else if (c == 0xE2 && i + 2 < n && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
                 (static_cast<unsigned char>(text[i + 2]) == 0xA8 ||
                  static_cast<unsigned char>(text[i + 2]) == 0xA9))
            boundary = 3;
        if (boundary == 0) {
            ++i;
            continue;
        }
        i += boundary;
        lines.push_back(text.substr(start, i - start));
        start = i;
    }
    if (start < n)
        lines.push_back(text.substr(start));
    return lines;
}

} // namespace ts::nb
