// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The pieces of the notebook diff (NotebookDiff.h) that its .cpp files share: canonical digests of JSON
// values (a 64-bit hash that is equal exactly when Python's == would be, barring collisions, and the compact
// JSON size), what is known of each cell and output before matching, and the cell matcher that reproduces
// nbdime. Plain C++ (no Qt): the Qt-free diff of the teamspace-cli launcher (NotebookDiffPlain.h) shares them.
#pragma once

#include "notebooks/JsonValue.h"
#include "notebooks/TextSimilarity.h"

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace ts::nb {
struct NotebookDiff;
}

namespace ts::nb::diffdetail {

struct Digest
{
    std::uint64_t hash = 0;
    long long bytes = 0; // compact JSON text (ensure_ascii off), UTF-8 bytes (qint64's type: plain C++ here)
};

// XXH3 (64 bits): fast, not cryptographic.
std::uint64_t hashBytes(std::string_view bytes, std::uint64_t seed = 0);
Digest digestString(std::string_view text);
// Objects: keys sorted, the last of duplicate keys (Python's dict); numbers by value (1 == 1.0).
Digest digestJson(const JsonValue& value);
// An object's members as Python's dict holds them (last of each key), sorted by key.
std::vector<const JsonValue*> dictMembers(const JsonValue& object);

struct MimeInfo
{
    std::string_view mime;
    const JsonValue* value = nullptr;
    std::uint64_t hash = 0;
    mutable signed char base64 = -1; // isBase64 of a string value, computed when first needed
};

struct OutputInfo
{
    const JsonValue* value = nullptr;
    std::string_view type;                                        // output_type
    Digest digest;                                                // of the whole output
    std::vector<std::pair<std::string_view, std::uint64_t>> keys; // sorted, each value's hash
    std::uint64_t keySet = 0;
    bool hasData = false;
    std::vector<MimeInfo> mimes; // sorted by MIME type
    std::uint64_t mimeSet = 0;

    const JsonValue* member(std::string_view key) const { return value->find(key); }
    std::uint64_t memberHash(std::string_view key) const;
};

struct Part
{
    bool present = false;
    std::uint64_t hash = 0;
    bool operator==(const Part&) const = default;
};

struct CellInfo
{
    const JsonValue* cell = nullptr;
    std::string_view type;
    std::string_view id;
    bool hasId = false;
    std::string_view source;
    std::uint64_t sourceHash = 0;
    int sourceLength = 0; // code points
    bool code = false;
    Part outputsPart;
    std::vector<OutputInfo> outputs;
    Part metadata, attachments, executionCount, other;
};

CellInfo describeCell(const JsonValue& cell);

// nbdime's alignment of two cell lists (diff_sequence_multilevel with compare_cell_approximate, _moderate,
// _strict and _by_ids): the matched (A index, B index) pairs, ascending.
std::vector<std::pair<int, int>> matchCells(const std::vector<CellInfo>& a, const std::vector<CellInfo>& b);

// The diff of two described cell lists and the notebooks' metadata (either may be null): the cells matched,
// compared and summarised. Leaves the notebooks and the nbformat fields to the caller.
NotebookDiff assembleDiff(const std::vector<CellInfo>& cellsA, const std::vector<CellInfo>& cellsB,
                          const JsonValue* metadataA, const JsonValue* metadataB);

// A string value the compact reader (NotebookDiffStream.cpp) dropped after hashing it: an output's data or
// an attachment too long for any comparison but equality (see kElideMimeCodePoints), or a stream's text
// (kElideStreamCodePoints). Its text is empty and points at kElidedText.
extern const char kElidedText[1];
inline bool isElided(const JsonValue* v)
{
    return v && v->isString() && v->text.data() == kElidedText;
}
// Past these lengths (code points) nbdime's comparisons of two different values are false whatever the other
// value is: compare_strings_approximate returns false when both are longer than maxlen (10,000 for MIME data,
// 1,000 for stream text), and when one is longer than this and the other not longer than maxlen, their length
// ratio 2·short/(short + long) is below the lowest threshold used (0.7).
inline constexpr int kElideMimeCodePoints = 20'000;
inline constexpr int kElideStreamCodePoints = 2'000;

} // namespace ts::nb::diffdetail
