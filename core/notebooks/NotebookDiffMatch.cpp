// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// nbdime's cell alignment (nbdime/diffing/notebooks.py and snakes.py, 4.0.4), reproduced: a longest common
// subsequence under the strictest predicate (same cell id), then, between its matches, under the next one
// (compare_cell_strict), then compare_cell_moderate, then compare_cell_approximate. The LCS and the way it
// is walked back are nbdime's bruteforce ones, so ties (duplicate cells, a moved cell) resolve as nbdime's
// do. One deliberate shortcut on big notebooks: see lcsAnchored.
#include "notebooks/NotebookDiffInternal.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <functional>
#include <unordered_map>

namespace ts::nb::diffdetail {

namespace {

using Pair = std::pair<int, int>;

struct Rect
{
    int i0, j0, i1, j1;
    long long area() const { return static_cast<long long>(i1 - i0) * (j1 - j0); }
};

// Past this many cell pairs a rectangle is matched in two steps (lcsAnchored).
constexpr long long kDenseArea = 10'000;

constexpr int kTextMimeMaxCompare = 10000; // TEXT_MIMEDATA_MAX_COMPARE_LENGTH
constexpr int kStreamMaxCompare = 1000;    // STREAM_MAX_COMPARE_LENGTH

// A grid of bits, row by row, each row whole 64-bit words.
class BitGrid
{
public:
    BitGrid(int rows, int columns)
        : m_words((std::size_t(columns) + 63) / 64), m_bits(std::size_t(rows) * m_words, 0)
    {
    }
    void set(int r, int c) { row(r)[std::size_t(c) / 64] |= std::uint64_t(1) << (c % 64); }
    bool test(int r, int c) const { return (row(r)[std::size_t(c) / 64] >> (c % 64)) & 1; }
    std::uint64_t* row(int r) { return m_bits.data() + std::size_t(r) * m_words; }
    const std::uint64_t* row(int r) const { return m_bits.data() + std::size_t(r) * m_words; }
    std::size_t words() const { return m_words; }

private:
    std::size_t m_words;
    std::vector<std::uint64_t> m_bits;
};

// Zero bits among the first `count` bits of a row.
int zerosBefore(const std::uint64_t* row, int count)
{
    int ones = 0;
    int k = 0;
    for (; (k + 1) * 64 <= count; ++k)
        ones += std::popcount(row[k]);
    if (const int rest = count - k * 64; rest > 0)
        ones += std::popcount(row[k] & ((std::uint64_t(1) << rest) - 1));
    return count - ones;
}

// nbdime's bruteforce_llcs_grid + bruteforce_lcs_indices over the rectangle, G given as bits; appends the
// matched pairs ascending. The lengths R[x][y] come from the bit-parallel LCS (Crochemore et al., 2001): row
// x is a bit vector whose zero bits are the columns where R[x][.] grows, 64 columns an operation; the walk
// back reads R from them where nbdime reads its table, so it takes the same steps.
void lcsFromGrid(const Rect& r, const BitGrid& g, std::vector<Pair>& out)
{
    const int n = r.i1 - r.i0;
    const int m = r.j1 - r.j0;
    const std::size_t words = g.words();
    BitGrid rows(n + 1, m);
    std::fill(rows.row(0), rows.row(0) + words, ~std::uint64_t(0));
    for (int x = 1; x <= n; ++x) {
        const std::uint64_t* previous = rows.row(x - 1);
        const std::uint64_t* match = g.row(x - 1);
        std::uint64_t* v = rows.row(x);
        bool carry = false;
        for (std::size_t k = 0; k < words; ++k) {
            const std::uint64_t u = previous[k] & match[k];
            const std::uint64_t partial = previous[k] + u;
            const std::uint64_t sum = partial + std::uint64_t(carry);
            carry = partial < u || sum < partial; // the addition's carry into the next 64 columns
            v[k] = sum | (previous[k] & ~match[k]);
        }
    }
    auto length = [&](int x, int y) { return zerosBefore(rows.row(x), y); };
    const std::size_t first = out.size();
    int x = n, y = m;
    while (x > 0 && y > 0) {
        if (g.test(x - 1, y - 1)) {
            --x;
            --y;
            out.emplace_back(r.i0 + x, r.j0 + y);
        } else if (length(x - 1, y) == length(x, y)) {
            --x;
        } else {
            --y;
        }
    }
    std::reverse(out.begin() + std::ptrdiff_t(first), out.end());
}

template <class Predicate> void lcsDense(const Rect& r, Predicate&& predicate, std::vector<Pair>& out)
{
    const int n = r.i1 - r.i0;
    const int m = r.j1 - r.j0;
    if (n <= 0 || m <= 0)
        return;
    BitGrid g(n, m);
    bool any = false;
    for (int x = 0; x < n; ++x)
        for (int y = 0; y < m; ++y)
            if (predicate(r.i0 + x, r.j0 + y)) {
                g.set(x, y);
                any = true;
            }
    if (any)
        lcsFromGrid(r, g, out);
}

// nbdime's compute_snakes_multilevel: matches under predicate `level`, the gaps between them under the
// levels below. `snakes(rect, level, out)` appends one level's LCS.
template <class Snakes> void multilevel(const Rect& r, int level, Snakes&& snakes, std::vector<Pair>& out)
{
    std::vector<Pair> pairs;
    snakes(r, level, pairs);
    if (level == 0) {
        out.insert(out.end(), pairs.begin(), pairs.end());
        return;
    }
    int i0 = r.i0, j0 = r.j0;
    pairs.emplace_back(r.i1, r.j1); // the end, not a match
    for (std::size_t k = 0; k < pairs.size(); ++k) {
        const auto [i, j] = pairs[k];
        if (i > i0 && j > j0)
            multilevel(Rect{i0, j0, i, j}, level - 1, snakes, out);
        if (k + 1 < pairs.size())
            out.emplace_back(i, j);
        i0 = i + 1;
        j0 = j + 1;
    }
}

std::string lowered(std::string_view s)
{
    std::string result(s);
    for (char& c : result)
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    return result;
}

class CellMatcher
{
public:
    CellMatcher(const std::vector<CellInfo>& a, const std::vector<CellInfo>& b) : m_a(a), m_b(b) {}

    std::vector<Pair> match()
    {
        std::vector<Pair> out;
        multilevel(
            Rect{0, 0, int(m_a.size()), int(m_b.size())}, 3,
            [this](const Rect& r, int level, std::vector<Pair>& pairs) { snakes(r, level, pairs); }, out);
        return out;
    }

private:
    const std::vector<CellInfo>& m_a;
    const std::vector<CellInfo>& m_b;
    TextCache m_text;

    void snakes(const Rect& r, int level, std::vector<Pair>& out)
    {
        if (r.i1 <= r.i0 || r.j1 <= r.j0)
            return;
        if (level == 3)
            return lcsKeyed(r, level, out);
        if (r.area() <= kDenseArea)
            return lcsDense(
                r, [&](int i, int j) { return cellPredicate(level, i, j); }, out);
        lcsAnchored(r, level, out);
    }

    bool cellPredicate(int level, int i, int j)
    {
        switch (level) {
        case 3:
            return m_a[std::size_t(i)].hasId && m_b[std::size_t(j)].hasId &&
                   m_a[std::size_t(i)].id == m_b[std::size_t(j)].id;
        case 2:
            return cellStrict(m_a[std::size_t(i)], m_b[std::size_t(j)]);
        case 1:
            return cellModerate(m_a[std::size_t(i)], m_b[std::size_t(j)]);
        default:
            return cellApproximate(m_a[std::size_t(i)], m_b[std::size_t(j)]);
        }
    }

    // The LCS over the pairs whose key (the cell id at level 3, else cell type and source) is equal and that
    // the level's predicate accepts: exact at level 3, where the key is the predicate.
    void lcsKeyed(const Rect& r, int level, std::vector<Pair>& out)
    {
        auto key = [level](const CellInfo& c) -> std::pair<bool, std::uint64_t> {
            if (level == 3)
                return {c.hasId, hashBytes(c.id, 3)};
            return {true, hashBytes(c.type, c.sourceHash)};
        };
        std::unordered_multimap<std::uint64_t, int> columns;
        columns.reserve(std::size_t(r.j1 - r.j0));
        for (int j = r.j0; j < r.j1; ++j)
            if (const auto [has, k] = key(m_b[std::size_t(j)]); has)
                columns.emplace(k, j);
        BitGrid g(r.i1 - r.i0, r.j1 - r.j0);
        bool any = false;
        for (int i = r.i0; i < r.i1; ++i) {
            const auto [has, k] = key(m_a[std::size_t(i)]);
            if (!has)
                continue;
            const auto [begin, end] = columns.equal_range(k);
            for (auto it = begin; it != end; ++it)
                if (cellPredicate(level, i, it->second)) {
                    g.set(i - r.i0, it->second - r.j0);
                    any = true;
                }
        }
        if (any)
            lcsFromGrid(r, g, out);
    }

    // Big rectangles (notebooks of thousands of cells without ids): nbdime compares every pair of cells,
    // which is what takes it minutes. Here the cells of identical type and source that the predicate accepts
    // are aligned first, and every pair is compared only in the gaps between them. The result differs from
    // nbdime's only when an LCS through merely similar cells would be longer than one through identical ones.
    void lcsAnchored(const Rect& r, int level, std::vector<Pair>& out)
    {
        std::vector<Pair> anchors;
        lcsKeyed(r, level, anchors);
        int i0 = r.i0, j0 = r.j0;
        anchors.emplace_back(r.i1, r.j1);
        for (std::size_t k = 0; k < anchors.size(); ++k) {
            const auto [i, j] = anchors[k];
            lcsDense(
                Rect{i0, j0, i, j}, [&](int x, int y) { return cellPredicate(level, x, y); }, out);
            if (k + 1 < anchors.size())
                out.emplace_back(i, j);
            i0 = i + 1;
            j0 = j + 1;
        }
    }

    // compare_text_strict / compare_text_approximate on cell sources, with the length test done inline.
    bool sourcesMatch(const CellInfo& x, const CellInfo& y, bool strict)
    {
        if (x.source.empty() != y.source.empty())
            return false;
        if (x.sourceHash == y.sourceHash && x.source == y.source)
            return true;
        if (!strict && x.sourceLength < 10 && y.sourceLength < 10)
            return true;
        const double threshold = strict ? 0.95 : 0.7;
        const int shorter = std::min(x.sourceLength, y.sourceLength);
        if (2.0 * shorter / (x.sourceLength + y.sourceLength) < threshold)
            return false;
        return compareStringsApproximate(m_text, x.source, y.source, threshold);
    }

    bool cellStrict(const CellInfo& x, const CellInfo& y)
    {
        if (x.type != y.type || !sourcesMatch(x, y, true))
            return false;
        if (x.code) {
            if (x.outputs.size() != y.outputs.size())
                return false;
            for (std::size_t k = 0; k < x.outputs.size(); ++k)
                if (!outputStrict(x.outputs[k], y.outputs[k]))
                    return false;
        }
        return true;
    }

    bool cellModerate(const CellInfo& x, const CellInfo& y)
    {
        if (x.type != y.type || !sourcesMatch(x, y, false))
            return false;
        if (x.code) {
            if (x.outputs.empty() != y.outputs.empty())
                return false;
            return outputsAlign(x.outputs, y.outputs);
        }
        return true;
    }

    bool cellApproximate(const CellInfo& x, const CellInfo& y)
    {
        return x.type == y.type && sourcesMatch(x, y, false);
    }

    // compare_outputs_approximate: the outputs' own multilevel diff adds and removes nothing.
    bool outputsAlign(const std::vector<OutputInfo>& x, const std::vector<OutputInfo>& y)
    {
        if (x.size() != y.size())
            return false;
        std::vector<Pair> pairs;
        multilevel(
            Rect{0, 0, int(x.size()), int(y.size())}, 1,
            [&](const Rect& r, int level, std::vector<Pair>& out) {
                lcsDense(
                    r,
                    [&](int i, int j) {
                        return level == 1 ? outputStrict(x[std::size_t(i)], y[std::size_t(j)])
                                          : outputApproximate(x[std::size_t(i)], y[std::size_t(j)]);
                    },
                    out);
            },
            pairs);
        return pairs.size() == x.size();
    }

    bool sameKeys(const OutputInfo& x, const OutputInfo& y) const
    {
        if (x.keySet != y.keySet || x.keys.size() != y.keys.size())
            return false;
        for (std::size_t k = 0; k < x.keys.size(); ++k)
            if (x.keys[k].first != y.keys[k].first)
                return false;
        return true;
    }

    // Every key but `handled` equal (the keys are known to be the same).
    static bool othersEqual(const OutputInfo& x, const OutputInfo& y,
                            std::initializer_list<std::string_view> handled)
    {
        for (std::size_t k = 0; k < x.keys.size(); ++k) {
            if (std::find(handled.begin(), handled.end(), x.keys[k].first) != handled.end())
                continue;
            if (x.keys[k].second != y.keys[k].second)
                return false;
        }
        return true;
    }

    bool outputStrict(const OutputInfo& x, const OutputInfo& y)
    {
        if (x.type != y.type || !sameKeys(x, y))
            return false;
        if (!othersEqual(x, y, {"output_type", "data"}))
            return false;
        return mimeBundles(x, y, true);
    }

    bool outputApproximate(const OutputInfo& x, const OutputInfo& y)
    {
        if (x.type != y.type || !sameKeys(x, y))
            return false;
        if (x.type == "stream") {
            if (x.memberHash("name") != y.memberHash("name"))
                return false;
            const JsonValue* xt = x.member("text");
            const JsonValue* yt = y.member("text");
            if (isElided(xt) || isElided(yt)) {
                // Longer than any approximate comparison looks at: equal or not (kElideStreamCodePoints).
                if (x.memberHash("text") != y.memberHash("text"))
                    return false;
            } else if (!stringsApproximate(xt, yt, kStreamMaxCompare)) {
                return false;
            }
            return othersEqual(x, y, {"output_type", "metadata", "execution_count", "name", "text"});
        }
        if (x.type == "error") {
            if (x.memberHash("ename") != y.memberHash("ename") ||
                x.memberHash("evalue") != y.memberHash("evalue"))
                return false;
            const JsonValue* xt = x.member("traceback");
            const JsonValue* yt = y.member("traceback");
            if (xt && yt && xt->isArray() && yt->isArray()) {
                if (xt->children.size() != yt->children.size())
                    return false;
                for (std::size_t k = 0; k < xt->children.size(); ++k)
                    if (!stringsApproximate(&xt->children[k], &yt->children[k], -1))
                        return false;
            } else if (x.memberHash("traceback") != y.memberHash("traceback")) {
                return false;
            }
            return othersEqual(
                x, y, {"output_type", "metadata", "execution_count", "ename", "evalue", "traceback"});
        }
        if (x.type == "display_data" || x.type == "execute_result") {
            if (!mimeBundles(x, y, false))
                return false;
            return othersEqual(x, y, {"output_type", "metadata", "execution_count", "data"});
        }
        return othersEqual(x, y, {"output_type", "metadata", "execution_count"});
    }

    bool stringsApproximate(const JsonValue* x, const JsonValue* y, int maxlen)
    {
        if (!x || !y)
            return x == y;
        if (x->isString() && y->isString())
            return compareStringsApproximate(m_text, x->text, y->text, 0.7, maxlen);
        return digestJson(*x).hash == digestJson(*y).hash;
    }

    // compare_mimebundle_strict / _approximate.
    bool mimeBundles(const OutputInfo& x, const OutputInfo& y, bool strict)
    {
        if (!x.hasData && !y.hasData)
            return true;
        if (x.hasData != y.hasData || x.mimeSet != y.mimeSet || x.mimes.size() != y.mimes.size())
            return false;
        for (std::size_t k = 0; k < x.mimes.size(); ++k) {
            if (x.mimes[k].mime != y.mimes[k].mime)
                return false;
            if (!mimeData(x.mimes[k], y.mimes[k], strict))
                return false;
        }
        return true;
    }

    bool textData(std::string_view x, std::string_view y, bool strict)
    {
        if (strict)
            return x == y || compareStringsApproximate(m_text, x, y, 0.95, kTextMimeMaxCompare);
        if (x.empty() != y.empty())
            return false;
        if (m_text.info(x).length < 10 && m_text.info(y).length < 10)
            return true;
        return compareStringsApproximate(m_text, x, y, 0.7, kTextMimeMaxCompare);
    }

    // nbdime's _compare_mimedata.
    bool mimeData(const MimeInfo& x, const MimeInfo& y, bool strict)
    {
        if (x.hash == y.hash)
            return true; // equal values pass every rule below
        const bool strings = x.value->isString() && y.value->isString();
        if (!strings || isElided(x.value) || isElided(y.value))
            return false; // an elided value differs from the other and is too long to be similar to it
        const std::string_view xs = x.value->text;
        const std::string_view ys = y.value->text;
        const std::string mime = lowered(x.mime);
        if (mime == "text/plain" && xs.find('\n') == std::string_view::npos &&
            ys.find('\n') == std::string_view::npos && equalApartFromPointers(xs, ys))
            return true;
        if (mime.rfind("text/", 0) == 0)
            return textData(xs, ys, strict);
        if (x.base64 < 0)
            x.base64 = isBase64(xs) ? 1 : 0;
        if (x.base64)
            return false; // compare_base64_strict: only equal data (and the hashes differ)
        return textData(xs, ys, strict);
    }
};

} // namespace

std::vector<std::pair<int, int>> matchCells(const std::vector<CellInfo>& a, const std::vector<CellInfo>& b)
{
    return CellMatcher(a, b).match();
}

} // namespace ts::nb::diffdetail
