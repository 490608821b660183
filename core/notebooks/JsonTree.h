// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// A small JSON tree with Python's json semantics, for notebooks: strings and number literals point into the
// parsed buffer (RapidJSON in-situ parsing), so a 100 MB notebook of base64 images costs one copy of the file.
// Numbers keep their literal text (so the writer can reproduce what Python would write); objects keep their
// members in file order, duplicates included (Python keeps the last one: see JsonValue::find).
#pragma once

#include "notebooks/JsonValue.h"
#include "util/Result.h"

#include <QByteArray>

#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace ts::nb {

// Bytes a buffer handed to JsonDocument::parse should have allocated behind its end to be parsed without a copy.
inline constexpr qsizetype kSimdPadding = 16;

// Owns the parsed buffer and every string created later, so the string_views of the tree stay valid.
class JsonDocument
{
public:
    JsonDocument() = default;
    JsonDocument(JsonDocument&&) = default;
    JsonDocument& operator=(JsonDocument&&) = default;
    JsonDocument(const JsonDocument&) = delete;
    JsonDocument& operator=(const JsonDocument&) = delete;

    JsonValue root;

    // Keeps `text` alive as long as the document and returns a view of it.
    std::string_view store(std::string text);

    // Parses `bytes` in place (taken by value: pass with std::move to avoid a copy). Refuses what Python's
    // json.loads refuses (it takes NaN, Infinity and -Infinity, as Python does) with BadInput naming `source` and the
    // byte offset. Invalid UTF-8 and lone surrogate escapes are refused too: nbformat could not write them back.
    static Result<JsonDocument> parse(QByteArray bytes, const QString& source);

private:
    QByteArray m_buffer;
    std::deque<std::string> m_strings;
};

} // namespace ts::nb
