// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "notebooks/SplitLines.h"

#include <bit>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace ts::nb {

namespace {

// The length of the line break at text[i] (as splitLinesKeepEnds reads it), or 0.
std::size_t breakLength(std::string_view text, std::size_t i)
{
    const std::size_t n = text.size();
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\n' || c == 0x0B || c == 0x0C || c == 0x1C || c == 0x1D || c == 0x1E)
        return 1;
    if (c == '\r')
        return (i + 1 < n && text[i + 1] == '\n') ? 2 : 1;
    if (c == 0xC2 && i + 1 < n && static_cast<unsigned char>(text[i + 1]) == 0x85)
        return 2;
    if (c == 0xE2 && i + 2 < n && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(text[i + 2]) == 0xA8 || static_cast<unsigned char>(text[i + 2]) == 0xA9))
        return 3;
    return 0;
}

} // namespace

std::size_t countLines(std::string_view text)
{
    const std::size_t n = text.size();
    std::size_t lines = 0;
    std::size_t start = 0; // where the current line began
    std::size_t i = 0;
    while (i < n) {
#if defined(__SSE2__)
        // Bytes that can start a break: 0x0A..0x0D, 0x1C..0x1E, 0xC2, 0xE2; whole blocks of others are skipped
        // (the test below also lets through the other control characters, which breakLength then refuses).
        const __m128i limit = _mm_set1_epi8(0x1E);
        const __m128i c2 = _mm_set1_epi8(char(0xC2));
        const __m128i e2 = _mm_set1_epi8(char(0xE2));
        while (n - i >= 16) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
            const __m128i hits = _mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(v, limit), v),
                                              _mm_or_si128(_mm_cmpeq_epi8(v, c2), _mm_cmpeq_epi8(v, e2)));
            const unsigned mask = unsigned(_mm_movemask_epi8(hits));
            if (mask) {
                i += std::size_t(std::countr_zero(mask));
                break;
            }
            i += 16;
        }
        if (i >= n)
            break;
#endif
        const std::size_t length = breakLength(text, i);
        if (length == 0) {
            ++i;
            continue;
        }
        i += length;
        ++lines;
        start = i;
    }
    return lines + (start < n);
}

std::vector<std::string_view> splitLinesKeepEnds(std::string_view text)
{
    std::vector<std::string_view> lines;
    std::size_t start = 0;
    const std::size_t n = text.size();
    for (std::size_t i = 0; i < n;) {
        const std::size_t boundary = breakLength(text, i);
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
