// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Canonical digests of JSON values and what the diff knows of each cell (NotebookDiffInternal.h).
#include "notebooks/NotebookDiffInternal.h"

#include <algorithm>
#include <bit>
#include <cstdlib>
#include <cstring>

// Header-only (inlined): teamspace_nbdiff links no xxhash library, so the static launcher needs none.
#define XXH_INLINE_ALL
#include <xxhash.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace ts::nb::diffdetail {

const char kElidedText[1] = {0};

namespace {

constexpr std::uint64_t kK1 = 0x9E3779B97F4A7C15ull;
constexpr std::uint64_t kK2 = 0xC2B2AE3D27D4EB4Full;

std::uint64_t combine(std::uint64_t h, std::uint64_t value)
{
    return std::rotl((h ^ value) * kK1, 29) + kK2;
}

std::uint64_t load(const char* p)
{
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    return w;
}

// Bytes of a word that JSON escapes: control characters, '"' and '\\'.
bool hasEscapes(std::uint64_t w)
{
    constexpr std::uint64_t ones = 0x0101010101010101ull;
    constexpr std::uint64_t highs = 0x8080808080808080ull;
    const std::uint64_t control = (w - ones * 0x20) & ~w;
    const std::uint64_t quote = ((w ^ (ones * '"')) - ones) & ~(w ^ (ones * '"'));
    const std::uint64_t slash = ((w ^ (ones * '\\')) - ones) & ~(w ^ (ones * '\\'));
    return ((control | quote | slash) & highs) != 0;
}

long long escapeExtra(const char* p, std::size_t n)
{
    long long extra = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const auto c = static_cast<unsigned char>(p[i]);
        if (c == '"' || c == '\\' || c == '\n' || c == '\r' || c == '\t' || c == '\b' || c == '\f')
            extra += 1;
        else if (c < 0x20)
            extra += 5;
    }
    return extra;
}

enum Tag : std::uint64_t { TagNull = 1, TagFalse, TagTrue, TagNumber, TagString, TagArray, TagObject };

} // namespace

std::uint64_t hashBytes(std::string_view bytes, std::uint64_t seed)
{
    return XXH3_64bits_withSeed(bytes.data(), bytes.size(), seed);
}

Digest digestString(std::string_view text)
{
    long long extra = 0;
    const char* p = text.data();
    const std::size_t n = text.size();
    std::size_t i = 0;
#if defined(__SSE2__)
    // 16 bytes a step: control characters (unsigned <= 0x1F), '"' and '\\'.
    const __m128i limit = _mm_set1_epi8(0x1F);
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i slash = _mm_set1_epi8('\\');
    for (; i + 16 <= n; i += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
        const __m128i hits = _mm_or_si128(_mm_cmpeq_epi8(_mm_max_epu8(v, limit), limit),
                                          _mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, slash)));
        if (_mm_movemask_epi8(hits))
            extra += escapeExtra(p + i, 16);
    }
#endif
    for (; i + 8 <= n; i += 8)
        if (hasEscapes(load(p + i)))
            extra += escapeExtra(p + i, 8);
    extra += escapeExtra(p + i, n - i);
    return {combine(TagString, hashBytes(text)), static_cast<long long>(n) + 2 + extra};
}

std::vector<const JsonValue*> dictMembers(const JsonValue& object)
{
    std::vector<const JsonValue*> members;
    members.reserve(object.children.size());
    for (auto it = object.children.rbegin(); it != object.children.rend(); ++it) {
        const bool seen = std::any_of(members.begin(), members.end(),
                                      [&](const JsonValue* m) { return m->key == it->key; });
        if (!seen)
            members.push_back(&*it);
    }
    std::sort(members.begin(), members.end(),
              [](const JsonValue* x, const JsonValue* y) { return x->key < y->key; });
    return members;
}

Digest digestJson(const JsonValue& value)
{
    switch (value.type) {
    case JsonType::Null:
        return {combine(TagNull, 0), 4};
    case JsonType::False:
        return {combine(TagFalse, 0), 5};
    case JsonType::True:
        return {combine(TagTrue, 0), 4};
    case JsonType::Number: {
        char buffer[64];
        if (value.text.size() < sizeof buffer) {
            std::memcpy(buffer, value.text.data(), value.text.size());
            buffer[value.text.size()] = 0;
            double d = std::strtod(buffer, nullptr);
            if (d == 0)
                d = 0; // -0.0 == 0.0
            return {combine(TagNumber, std::bit_cast<std::uint64_t>(d)), static_cast<long long>(value.text.size())};
        }
        return {combine(TagNumber, hashBytes(value.text)), static_cast<long long>(value.text.size())};
    }
    case JsonType::String:
        return digestString(value.text);
    case JsonType::Array: {
        Digest d{combine(TagArray, value.children.size()), 2};
        for (const JsonValue& child : value.children) {
            const Digest c = digestJson(child);
            d.hash = combine(d.hash, c.hash);
            d.bytes += c.bytes;
        }
        d.bytes += value.children.empty() ? 0 : static_cast<long long>(value.children.size()) - 1;
        return d;
    }
    case JsonType::Object: {
        const std::vector<const JsonValue*> members = dictMembers(value);
        Digest d{combine(TagObject, members.size()), 2};
        for (const JsonValue* member : members) {
            const Digest k = digestString(member->key);
            const Digest v = digestJson(*member);
            d.hash = combine(combine(d.hash, k.hash), v.hash);
            d.bytes += k.bytes + 1 + v.bytes;
        }
        d.bytes += members.empty() ? 0 : static_cast<long long>(members.size()) - 1;
        return d;
    }
    }
    return {};
}

std::uint64_t OutputInfo::memberHash(std::string_view key) const
{
    for (const auto& [name, hash] : keys)
        if (name == key)
            return hash;
    return 0;
}

namespace {

OutputInfo describeOutput(const JsonValue& output)
{
    OutputInfo info;
    info.value = &output;
    if (!output.isObject()) {
        info.digest = digestJson(output);
        return info;
    }
    const std::vector<const JsonValue*> members = dictMembers(output);
    Digest d{combine(TagObject, members.size()), 2};
    std::uint64_t keySet = members.size();
    for (const JsonValue* member : members) {
        const Digest k = digestString(member->key);
        Digest v;
        if (member->key == "data" && member->isObject()) {
            // The same digest as digestJson, keeping each MIME type's hash for the comparisons.
            const std::vector<const JsonValue*> mimes = dictMembers(*member);
            info.hasData = true;
            info.mimeSet = mimes.size();
            v = {combine(TagObject, mimes.size()), 2};
            for (const JsonValue* mime : mimes) {
                const Digest mk = digestString(mime->key);
                const Digest mv = digestJson(*mime);
                info.mimes.push_back({mime->key, mime, mv.hash});
                info.mimeSet = combine(info.mimeSet, mk.hash);
                v.hash = combine(combine(v.hash, mk.hash), mv.hash);
                v.bytes += mk.bytes + 1 + mv.bytes;
            }
            v.bytes += mimes.empty() ? 0 : static_cast<long long>(mimes.size()) - 1;
        } else {
            v = digestJson(*member);
        }
        if (member->key == "output_type" && member->isString())
            info.type = member->text;
        info.keys.emplace_back(member->key, v.hash);
        keySet = combine(keySet, k.hash);
        d.hash = combine(combine(d.hash, k.hash), v.hash);
        d.bytes += k.bytes + 1 + v.bytes;
    }
    d.bytes += members.empty() ? 0 : static_cast<long long>(members.size()) - 1;
    info.digest = d;
    info.keySet = keySet;
    return info;
}

Part partOf(const JsonValue* value)
{
    return value ? Part{true, digestJson(*value).hash} : Part{};
}

} // namespace

CellInfo describeCell(const JsonValue& cell)
{
    CellInfo info;
    info.cell = &cell;
    std::uint64_t other = 0;
    bool hasOther = false;
    for (const JsonValue* member : dictMembers(cell)) {
        const std::string_view key = member->key;
        if (key == "cell_type") {
            info.type = member->isString() ? member->text : std::string_view();
        } else if (key == "id") {
            info.hasId = member->isString();
            info.id = member->text;
        } else if (key == "source") {
            info.source = member->isString() ? member->text : std::string_view();
        } else if (key == "outputs") {
            info.outputsPart.present = true;
            std::uint64_t h = combine(TagArray, member->children.size());
            for (const JsonValue& output : member->children) {
                info.outputs.push_back(describeOutput(output));
                h = combine(h, info.outputs.back().digest.hash);
            }
            info.outputsPart.hash = h;
        } else if (key == "metadata") {
            info.metadata = partOf(member);
        } else if (key == "attachments") {
            info.attachments = partOf(member);
        } else if (key == "execution_count") {
            info.executionCount = partOf(member);
        } else {
            hasOther = true;
            other = combine(combine(other, digestString(key).hash), digestJson(*member).hash);
        }
    }
    info.other = {hasOther, other};
    info.code = info.type == "code";
    info.sourceHash = hashBytes(info.source);
    info.sourceLength = codePointCount(info.source);
    return info;
}

} // namespace ts::nb::diffdetail
