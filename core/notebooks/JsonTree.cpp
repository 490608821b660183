// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "notebooks/JsonTree.h"

// RapidJSON's SIMD scan copies unescaped runs of in-situ strings 16 bytes at a time (base64 images are
// megabytes of them). It only runs without kParseValidateEncodingFlag, so UTF-8 is checked up front instead.
#if defined(__SSE2__)
#define RAPIDJSON_SSE2
#endif
#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <optional>

namespace ts::nb {

std::string_view JsonDocument::store(std::string text)
{
    m_strings.push_back(std::move(text));
    return m_strings.back();
}

namespace {

// The offset of the first byte that is not part of well-formed UTF-8 (RFC 3629: no overlong forms, no
// surrogates, nothing above U+10FFFF), as Python's decoder judges it. ASCII is skipped eight bytes at a time.
std::optional<qsizetype> firstInvalidUtf8(const char* text, qsizetype size)
{
    const auto* s = reinterpret_cast<const unsigned char*>(text);
    qsizetype i = 0;
    while (i < size) {
        if (i + 8 <= size) {
            std::uint64_t word;
            std::memcpy(&word, s + i, 8);
            if ((word & 0x8080808080808080ULL) == 0) {
                i += 8;
                continue;
            }
        }
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80, high = 0xBF; // allowed range of the second byte
        if (c >= 0xC2 && c <= 0xDF)
            length = 2;
        else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            if (c == 0xE0)
                low = 0xA0;
            else if (c == 0xED)
                high = 0x9F; // U+D800..U+DFFF
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            if (c == 0xF0)
                low = 0x90;
            else if (c == 0xF4)
                high = 0x8F;
        } else {
            return i;
        }
        if (i + length > size || s[i + 1] < low || s[i + 1] > high)
            return i;
        for (int k = 2; k < length; ++k)
            if ((s[i + k] & 0xC0) != 0x80)
                return i;
        i += length;
    }
    return std::nullopt;
}

constexpr std::size_t kMaxDepth = 900;

// Python refuses integers longer than this (sys.int_info.default_max_str_digits).
constexpr std::size_t kMaxIntegerDigits = 4300;

// Builds the tree: containers under construction live on a stack and are moved into their parent when closed.
class TreeBuilder
{
public:
    JsonValue result;
    std::string_view pendingKey;
    const char* refusal = nullptr; // why the handler stopped the parse

    bool Null() { return add(JsonValue::null()); }
    bool Bool(bool b) { return add(JsonValue::boolean(b)); }
    bool Int(int) { return false; }      // never called: numbers arrive as RawNumber
    bool Uint(unsigned) { return false; }
    bool Int64(int64_t) { return false; }
    bool Uint64(uint64_t) { return false; }
    bool Double(double) { return false; }
    bool RawNumber(const char* str, rapidjson::SizeType length, bool)
    {
        const std::string_view literal(str, length);
        // RapidJSON also takes "Inf" and "-NaN"; Python's json takes only these three.
        if (literal.find_first_of("IN") != std::string_view::npos && literal != "NaN" && literal != "Infinity" && literal != "-Infinity") {
            refusal = "only NaN, Infinity and -Infinity are accepted besides JSON numbers";
            return false;
        }
        if (literal.find_first_of(".eE") == std::string_view::npos && literal.size() - (literal.front() == '-' ? 1 : 0) > kMaxIntegerDigits) {
            refusal = "an integer with more than 4300 digits (Python refuses it too)";
            return false;
        }
        return add(JsonValue::number(literal));
    }
    bool String(const char* str, rapidjson::SizeType length, bool)
    {
        if (hasEncodedSurrogate(str, length))
            return false;
        return add(JsonValue::string({str, length}));
    }
    bool Key(const char* str, rapidjson::SizeType length, bool)
    {
        if (hasEncodedSurrogate(str, length))
            return false;
        pendingKey = std::string_view(str, length);
        return true;
    }
    bool StartObject() { return open(JsonValue::object()); }
    bool EndObject(rapidjson::SizeType) { return close(); }
    bool StartArray() { return open(JsonValue::array()); }
    bool EndArray(rapidjson::SizeType) { return close(); }

private:
    std::vector<JsonValue> m_stack;

    // A lone "\udc00" escape decodes to the bytes of a surrogate, which nbformat could not write back
    // (the input itself was validated before parsing, so only escapes can produce these).
    bool hasEncodedSurrogate(const char* str, rapidjson::SizeType length)
    {
        const char* end = str + length;
        for (const char* p = str; (p = static_cast<const char*>(std::memchr(p, 0xED, std::size_t(end - p)))) != nullptr; ++p) {
            if (p + 1 < end && static_cast<unsigned char>(p[1]) >= 0xA0) {
                refusal = "a \\u escape of a lone UTF-16 surrogate";
                return true;
            }
        }
        return false;
    }

    bool add(JsonValue value)
    {
        if (m_stack.empty()) {
            result = std::move(value);
            return true;
        }
        JsonValue& parent = m_stack.back();
        if (parent.isObject())
            value.key = pendingKey;
        parent.children.push_back(std::move(value));
        return true;
    }
    bool open(JsonValue container)
    {
        // Python's json gives up near its recursion limit (1000); the tree's destructor, writer and
        // size estimate recurse too, so a hostile "[[[[…" must not get that deep.
        if (m_stack.size() >= kMaxDepth) {
            refusal = "nested deeper than 900 levels";
            return false;
        }
        if (!m_stack.empty() && m_stack.back().isObject())
            container.key = pendingKey;
        m_stack.push_back(std::move(container));
        return true;
    }
    bool close()
    {
        JsonValue done = std::move(m_stack.back());
        m_stack.pop_back();
        if (m_stack.empty()) {
            result = std::move(done);
            return true;
        }
        m_stack.back().children.push_back(std::move(done));
        return true;
    }
};

} // namespace

Result<JsonDocument> JsonDocument::parse(QByteArray bytes, const QString& source)
{
    JsonDocument doc;
    doc.m_buffer = std::move(bytes);
    // The SSE2 scan loads aligned 16-byte blocks and may read up to 15 bytes past the terminating NUL:
    // keep that much allocated behind the text (readNotebookFile allocates it up front, so no copy there).
    doc.m_buffer.detach(); // copies only if the caller kept a reference; then the capacity below is ours
    if (doc.m_buffer.capacity() - doc.m_buffer.size() < kSimdPadding)
        doc.m_buffer.reserve(doc.m_buffer.size() + kSimdPadding);
    char* data = doc.m_buffer.data(); // always NUL-terminated
    const qsizetype size = doc.m_buffer.size();
    if (size >= 3 && static_cast<unsigned char>(data[0]) == 0xEF && static_cast<unsigned char>(data[1]) == 0xBB
        && static_cast<unsigned char>(data[2]) == 0xBF)
        return Error::badInput(QStringLiteral("%1: byte 0: starts with a UTF-8 byte order mark, which notebooks must not have (re-save it as plain UTF-8)").arg(source));
    if (static_cast<qsizetype>(std::strlen(data)) != size)
        return Error::badInput(QStringLiteral("%1: byte %2: NUL byte outside a string: this is not a JSON notebook")
                                   .arg(source)
                                   .arg(std::strlen(data)));

    TreeBuilder builder;
    rapidjson::Reader reader;
    rapidjson::InsituStringStream stream(data);
    if (const std::optional<qsizetype> bad = firstInvalidUtf8(data, size))
        return Error::badInput(QStringLiteral("%1: byte %2: not valid UTF-8: notebooks are UTF-8 text (re-save it from Jupyter)")
                                   .arg(source)
                                   .arg(*bad));
    constexpr unsigned kFlags = rapidjson::kParseInsituFlag | rapidjson::kParseNumbersAsStringsFlag
                                | rapidjson::kParseIterativeFlag
                                | rapidjson::kParseNanAndInfFlag;
    const rapidjson::ParseResult parsed = reader.Parse<kFlags>(stream, builder);
    if (parsed.IsError()) {
        QString why = QString::fromUtf8(builder.refusal ? builder.refusal : rapidjson::GetParseError_En(parsed.Code()));
        if (why.endsWith(u'.'))
            why.chop(1);
        return Error::badInput(QStringLiteral("%1: byte %2: not valid JSON: %3 (open it in Jupyter or restore it from git)")
                                   .arg(source)
                                   .arg(parsed.Offset())
                                   .arg(why));
    }
    doc.root = std::move(builder.result);
    return Result<JsonDocument>(std::move(doc));
}

} // namespace ts::nb
