// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The JSON value tree of JsonTree.h, on its own: plain C++ (no Qt), so the Qt-free notebook diff of the
// teamspace-cli launcher (NotebookDiffPlain.h) builds the same trees and shares the digests and the matcher.
// Strings and number literals are views into a buffer their document owns; objects keep their members in
// file order, duplicates included (Python keeps the last one: see JsonValue::find).
#pragma once

#include <string_view>
#include <vector>

namespace ts::nb {

enum class JsonType : unsigned char { Null, False, True, Number, String, Array, Object };

struct JsonValue
{
    JsonType type = JsonType::Null;
    std::string_view text;            // String: decoded UTF-8; Number: the literal as written
    std::string_view key;             // set when this value is an object member
    std::vector<JsonValue> children;  // Array items, or Object members in file order

    bool isObject() const { return type == JsonType::Object; }
    bool isArray() const { return type == JsonType::Array; }
    bool isString() const { return type == JsonType::String; }
    bool isNumber() const { return type == JsonType::Number; }
    bool isBool() const { return type == JsonType::True || type == JsonType::False; }
    bool isTrue() const { return type == JsonType::True; }

    // The member Python's dict would hold (the last one with that key), or nullptr.
    const JsonValue* find(std::string_view name) const;
    JsonValue* find(std::string_view name);
    // Removes every member with that key; true when one was there.
    bool remove(std::string_view name);
    // Sets (replacing every member of that key) and returns the stored value.
    JsonValue& set(std::string_view name, JsonValue value);

    static JsonValue null() { return {}; }
    static JsonValue string(std::string_view s) { JsonValue v; v.type = JsonType::String; v.text = s; return v; }
    static JsonValue array() { JsonValue v; v.type = JsonType::Array; return v; }
    static JsonValue object() { JsonValue v; v.type = JsonType::Object; return v; }
    static JsonValue boolean(bool b) { JsonValue v; v.type = b ? JsonType::True : JsonType::False; return v; }
    static JsonValue number(std::string_view literal) { JsonValue v; v.type = JsonType::Number; v.text = literal; return v; }
};

} // namespace ts::nb
