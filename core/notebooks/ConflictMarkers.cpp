// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "notebooks/ConflictMarkers.h"

#include <bit>
#include <cstdint>
#include <cstring>

namespace ts::nb {

std::optional<qsizetype> conflictMarkerOffset(const QByteArray& bytes)
{
    static const char* const markers[] = {"<<<<<<< ", "=======\n", "=======\r",
                                          ">>>>>>> ", "<<<<<<<\n", ">>>>>>>\n"};
    const char* data = bytes.constData();
    const qsizetype size = bytes.size();
    auto markerAt = [&](qsizetype lineStart) {
        if (data[lineStart] != '<' && data[lineStart] != '=' && data[lineStart] != '>')
            return false;
        for (const char* marker : markers) {
            const qsizetype length = static_cast<qsizetype>(std::strlen(marker));
            if (lineStart + length <= size &&
                std::memcmp(data + lineStart, marker, static_cast<size_t>(length)) == 0)
                return true;
        }
        return false;
    };
    if (size > 0 && markerAt(0))
        return 0;
    // Newlines found eight bytes at a time: notebooks are millions of short lines (nbformat writes each line
    // of a text output as its own list item), where one memchr call per line costs more than reading the
    // file.
    constexpr std::uint64_t ones = 0x0101010101010101ULL;
    constexpr std::uint64_t highs = 0x8080808080808080ULL;
    qsizetype i = 0;
    for (; i + 8 <= size; i += 8) {
        std::uint64_t word;
        std::memcpy(&word, data + i, 8);
        const std::uint64_t x = word ^ (ones * '\n');
        std::uint64_t found =
            (x - ones) & ~x & highs; // may also flag bytes after a real newline: checked below
        while (found) {
            const qsizetype at = i + std::countr_zero(found) / 8;
            found &= found - 1;
            if (data[at] == '\n' && at + 1 < size && markerAt(at + 1))
                return at + 1;
        }
    }
    for (; i < size; ++i)
        if (data[i] == '\n' && i + 1 < size && markerAt(i + 1))
            return i + 1;
    return std::nullopt;
}

} // namespace ts::nb
