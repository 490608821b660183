// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "notebooks/TextSimilarity.h"

#include <algorithm>
#include <array>

namespace ts::nb::diffdetail {

namespace {

std::vector<char32_t> decode(std::string_view text)
{
    std::vector<char32_t> points;
    points.reserve(text.size());
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    for (std::size_t i = 0; i < n;) {
        const unsigned char c = s[i];
        char32_t cp = c;
        std::size_t len = 1;
        if (c >= 0xF0 && i + 3 < n) {
            cp = char32_t(c & 0x07) << 18 | char32_t(s[i + 1] & 0x3F) << 12 | char32_t(s[i + 2] & 0x3F) << 6 |
                 char32_t(s[i + 3] & 0x3F);
            len = 4;
        } else if (c >= 0xE0 && i + 2 < n) {
            cp = char32_t(c & 0x0F) << 12 | char32_t(s[i + 1] & 0x3F) << 6 | char32_t(s[i + 2] & 0x3F);
            len = 3;
        } else if (c >= 0xC0 && i + 1 < n) {
            cp = char32_t(c & 0x1F) << 6 | char32_t(s[i + 1] & 0x3F);
            len = 2;
        }
        points.push_back(cp);
        i += len;
    }
    return points;
}

double ratioOf(int matches, int length)
{
    return length ? 2.0 * matches / length : 1.0;
}

int intersection(const std::vector<std::pair<char32_t, int>>& a,
                 const std::vector<std::pair<char32_t, int>>& b)
{
    int matches = 0;
    auto i = a.begin();
    auto j = b.begin();
    while (i != a.end() && j != b.end()) {
        if (i->first < j->first) {
            ++i;
        } else if (j->first < i->first) {
            ++j;
        } else {
            matches += std::min(i->second, j->second);
            ++i;
            ++j;
        }
    }
    return matches;
}

// One find_longest_match / get_matching_blocks run of difflib over two code point arrays.
class Matcher
{
public:
    Matcher(const std::vector<char32_t>& a, const std::vector<char32_t>& b) : m_a(a), m_b(b)
    {
        for (int j = 0; j < int(b.size()); ++j)
            m_b2j[b[std::size_t(j)]].push_back(j);
    }

    int matchingCharacters()
    {
        int total = 0;
        std::vector<std::array<int, 4>> queue{{0, int(m_a.size()), 0, int(m_b.size())}};
        while (!queue.empty()) {
            const auto [alo, ahi, blo, bhi] = queue.back();
            queue.pop_back();
            const auto [i, j, k] = longestMatch(alo, ahi, blo, bhi);
            if (k) {
                total += k;
                if (alo < i && blo < j)
                    queue.push_back({alo, i, blo, j});
                if (i + k < ahi && j + k < bhi)
                    queue.push_back({i + k, ahi, j + k, bhi});
            }
        }
        return total;
    }

private:
    const std::vector<char32_t>& m_a;
    const std::vector<char32_t>& m_b;
    std::unordered_map<char32_t, std::vector<int>> m_b2j;
    std::vector<std::pair<int, int>> m_previous, m_current; // (j, run length ending at j), sorted by j

    std::array<int, 3> longestMatch(int alo, int ahi, int blo, int bhi)
    {
        int besti = alo, bestj = blo, bestsize = 0;
        m_previous.clear();
        for (int i = alo; i < ahi; ++i) {
            m_current.clear();
            const auto found = m_b2j.find(m_a[std::size_t(i)]);
            if (found != m_b2j.end()) {
                const std::vector<int>& js = found->second;
                auto p = m_previous.begin();
                for (auto it = std::lower_bound(js.begin(), js.end(), blo); it != js.end() && *it < bhi;
                     ++it) {
                    const int j = *it;
                    while (p != m_previous.end() && p->first < j - 1)
                        ++p;
                    const int k = (p != m_previous.end() && p->first == j - 1) ? p->second + 1 : 1;
                    m_current.emplace_back(j, k);
                    if (k > bestsize) {
                        besti = i - k + 1;
                        bestj = j - k + 1;
                        bestsize = k;
                    }
                }
            }
            std::swap(m_previous, m_current);
        }
        return {besti, bestj, bestsize};
    }
};

bool isLineBreakAt(std::string_view s, std::size_t i, std::size_t& length)
{
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x1C || c == 0x1D || c == 0x1E) {
        length = 1;
        return true;
    }
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x85) {
        length = 2;
        return true;
    }
    if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(s[i + 2]) == 0xA8 || static_cast<unsigned char>(s[i + 2]) == 0xA9)) {
        length = 3;
        return true;
    }
    return false;
}

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

std::vector<std::string_view> splitAtPointers(std::string_view s)
{
    std::vector<std::string_view> pieces;
    std::size_t start = 0;
    for (std::size_t i = 0; i + 1 < s.size();) {
        if (s[i] == '0' && (s[i + 1] == 'x' || s[i + 1] == 'X')) {
            std::size_t h = 0;
            while (h < 16 && i + 2 + h < s.size() && isHex(s[i + 2 + h]))
                ++h;
            if (h >= 8) {
                pieces.push_back(s.substr(start, i - start));
                i += 2 + h;
                start = i;
                continue;
            }
        }
        ++i;
    }
    pieces.push_back(s.substr(start));
    return pieces;
}

} // namespace

int codePointCount(std::string_view text)
{
    int n = 0;
    for (char c : text)
        n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

TextInfo& TextCache::info(std::string_view text)
{
    auto& slot = m_infos[{text.data(), text.size()}];
    if (!slot) {
        slot = std::make_unique<TextInfo>();
        slot->length = codePointCount(text);
    }
    return *slot;
}

TextInfo& TextCache::withHistogram(std::string_view text)
{
    TextInfo& t = info(text);
    if (!t.histogramReady) {
        t.points = decode(text);
        // Counted, not sorted: sources and outputs are mostly ASCII.
        std::array<int, 256> small{};
        std::vector<char32_t> others;
        for (char32_t c : t.points) {
            if (c < 256)
                ++small[c];
            else
                others.push_back(c);
        }
        for (char32_t c = 0; c < 256; ++c)
            if (small[c])
                t.histogram.emplace_back(c, small[c]);
        std::sort(others.begin(), others.end());
        for (char32_t c : others) {
            if (t.histogram.empty() || t.histogram.back().first != c)
                t.histogram.emplace_back(c, 0);
            ++t.histogram.back().second;
        }
        t.histogramReady = true;
    }
    return t;
}

double sequenceRatio(const std::vector<char32_t>& a, const std::vector<char32_t>& b)
{
    return ratioOf(Matcher(a, b).matchingCharacters(), int(a.size() + b.size()));
}

bool compareStringsApproximate(TextCache& cache, std::string_view x, std::string_view y, double threshold,
                               int maxlen)
{
    if (x.empty() != y.empty())
        return false;
    if (x == y)
        return true;
    const int lx = cache.info(x).length;
    const int ly = cache.info(y).length;
    if (ratioOf(std::min(lx, ly), lx + ly) < threshold)
        return false;
    // nbdime computes quick_ratio before this test, but both outcomes are false past it.
    if (maxlen >= 0 && lx > maxlen && ly > maxlen)
        return false;
    const TextInfo& tx = cache.withHistogram(x);
    const TextInfo& ty = cache.withHistogram(y);
    if (ratioOf(intersection(tx.histogram, ty.histogram), lx + ly) < threshold)
        return false;
    if (maxlen >= 0 && lx > maxlen && ly > maxlen)
        return false;
    return sequenceRatio(tx.points, ty.points) > threshold;
}

bool isBase64(std::string_view text)
{
    if (codePointCount(text) < 64)
        return false;
    std::size_t alphabet = 0;
    std::size_t i = 0;
    std::string tailText;
    for (; i < text.size();) {
        std::size_t breakLength = 0;
        if (isLineBreakAt(text, i, breakLength)) {
            i += breakLength;
            continue;
        }
        const char c = text[i];
        const bool inAlphabet = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                                c == '+' || c == '/';
        if (!inAlphabet)
            break;
        if (!tailText.empty())
            return false; // letters after '='
        ++alphabet;
        ++i;
    }
    // What follows the alphabet run (line breaks dropped) must be "", "=" or "==".
    for (; i < text.size();) {
        std::size_t breakLength = 0;
        if (isLineBreakAt(text, i, breakLength)) {
            i += breakLength;
            continue;
        }
        if (text[i] != '=' || tailText.size() >= 2)
            return false;
        tailText += '=';
        ++i;
    }
    if (tailText.empty())
        return alphabet % 4 == 0;
    if (tailText.size() == 2)
        return alphabet % 4 == 2;
    return alphabet % 4 == 3;
}

bool equalApartFromPointers(std::string_view x, std::string_view y)
{
    return splitAtPointers(x) == splitAtPointers(y);
}

} // namespace ts::nb::diffdetail
