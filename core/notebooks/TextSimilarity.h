// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// nbdime's text heuristics, reproduced so that cells and outputs are aligned as nbdime aligns them
// (docs/notebook-diff.md): difflib.SequenceMatcher's real_quick_ratio / quick_ratio / ratio over code points
// (no junk, autojunk off), the base64 test and the "differs only by a 0x… pointer" rule for text/plain.
#pragma once

#include <cstdint>
#include <memory>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace ts::nb::diffdetail {

// What the ratios need of one string, computed once per string (outputs and sources are compared often).
struct TextInfo
{
    int length = 0; // code points (Python's len)
    bool histogramReady = false;
    std::vector<char32_t> points;                    // decoded, filled with the histogram
    std::vector<std::pair<char32_t, int>> histogram; // sorted by code point
};

class TextCache
{
public:
    TextInfo& info(std::string_view text);
    TextInfo& withHistogram(std::string_view text);

private:
    struct KeyHash
    {
        std::size_t operator()(const std::pair<const char*, std::size_t>& k) const
        {
            return std::hash<const void*>()(k.first) ^ (k.second * 0x9E3779B97F4A7C15ull);
        }
    };
    std::unordered_map<std::pair<const char*, std::size_t>, std::unique_ptr<TextInfo>, KeyHash> m_infos;
};

// Code points in UTF-8 text.
int codePointCount(std::string_view text);

// nbdime.diffing.generic.compare_strings_approximate: `maxlen` < 0 means none.
bool compareStringsApproximate(TextCache& cache, std::string_view x, std::string_view y, double threshold,
                               int maxlen = -1);

// difflib.SequenceMatcher(None, x, y, autojunk=False).ratio().
double sequenceRatio(const std::vector<char32_t>& a, const std::vector<char32_t>& b);

// nbdime's _is_base64: at least 64 code points and, line breaks removed, base64 text.
bool isBase64(std::string_view text);

// re.split(r"0x[a-f0-9]{8,16}", x, flags=re.I) == re.split(…, y).
bool equalApartFromPointers(std::string_view x, std::string_view y);

} // namespace ts::nb::diffdetail
