// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The Qt-free JSON parser of NotebookReadPlain.h: a recursive descent over the file's bytes that builds the
// tree JsonDocument::parse (RapidJSON) builds, and declines whatever it does not read exactly as that does.
// Strings are decoded in place, and scanned 16 bytes a step for '"', '\\', control characters and non-ASCII
// bytes; UTF-8 is checked only where a non-ASCII byte is (outside strings any such byte is a JSON error).
#include "notebooks/NotebookReadPlain.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <iterator>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace ts::nb::plain {

namespace {

constexpr int kMaxDepth = 800;           // JsonDocument::parse refuses 900; deeper is declined here
constexpr std::size_t kMaxNumberText = 40; // far from a double's limits and Python's 4,300 digits

// The first byte at or after p that is '"', '\\', a control character or not ASCII; `end` when none.
char* findSpecial(char* p, char* end)
{
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i slash = _mm_set1_epi8('\\');
    const __m128i limit = _mm_set1_epi8(0x1F);
    while (end - p >= 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
        const __m128i hits = _mm_or_si128(_mm_cmpeq_epi8(_mm_max_epu8(v, limit), limit),
                                          _mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, slash)));
        const unsigned mask = unsigned(_mm_movemask_epi8(hits)) | unsigned(_mm_movemask_epi8(v));
        if (mask)
            return p + std::countr_zero(mask);
        p += 16;
    }
#endif
    for (; p < end; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        if (c == '"' || c == '\\' || c < 0x20 || c >= 0x80)
            return p;
    }
    return end;
}

// The length of the well-formed UTF-8 sequence at p (RFC 3629, as JsonTree.cpp's check), or 0.
int utf8Length(const unsigned char* p, const unsigned char* end)
{
    const unsigned char c = *p;
    int length = 0;
    unsigned char low = 0x80, high = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        length = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        length = 3;
        if (c == 0xE0)
            low = 0xA0;
        else if (c == 0xED)
            high = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        length = 4;
        if (c == 0xF0)
            low = 0x90;
        else if (c == 0xF4)
            high = 0x8F;
    } else {
        return 0;
    }
    if (end - p < length || p[1] < low || p[1] > high)
        return 0;
    for (int k = 2; k < length; ++k)
        if ((p[k] & 0xC0) != 0x80)
            return 0;
    return length;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

class Parser
{
public:
    Parser(char* data, std::size_t size) : m_p(data), m_end(data + size) {}

    const char* why = nullptr;

    bool document(JsonValue& root)
    {
        skipSpace();
        if (!value(root, 0))
            return false;
        skipSpace();
        return m_p == m_end || fail("text after the JSON value");
    }

private:
    char* m_p;
    char* m_end;
    // The items of the arrays and objects being parsed, innermost last: each container's children are moved
    // out in one allocation of their exact number once it closes (no vector growth, no copies left behind).
    std::vector<JsonValue> m_items;

    bool take(JsonValue& out, std::size_t first)
    {
        const auto from = m_items.begin() + std::ptrdiff_t(first);
        out.children.reserve(std::size_t(m_items.end() - from));
        std::move(from, m_items.end(), std::back_inserter(out.children));
        m_items.erase(from, m_items.end());
        return true;
    }

    bool fail(const char* reason)
    {
        if (!why)
            why = reason;
        return false;
    }
    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    bool literal(std::string_view word, JsonType type, JsonValue& out)
    {
        if (std::size_t(m_end - m_p) < word.size() || std::memcmp(m_p, word.data(), word.size()) != 0)
            return fail("not valid JSON");
        m_p += word.size();
        out.type = type;
        return true;
    }

    bool value(JsonValue& out, int depth)
    {
        if (m_p == m_end)
            return fail("the JSON ends early");
        switch (*m_p) {
        case '{':
            return object(out, depth);
        case '[':
            return array(out, depth);
        case '"':
            ++m_p;
            out.type = JsonType::String;
            return string(out.text);
        case 't':
            return literal("true", JsonType::True, out);
        case 'f':
            return literal("false", JsonType::False, out);
        case 'n':
            return literal("null", JsonType::Null, out);
        default:
            return number(out);
        }
    }

    bool object(JsonValue& out, int depth)
    {
        if (depth >= kMaxDepth)
            return fail("nested too deep");
        ++m_p;
        out.type = JsonType::Object;
        skipSpace();
        if (m_p < m_end && *m_p == '}') {
            ++m_p;
            return true;
        }
        const std::size_t first = m_items.size();
        for (;;) {
            skipSpace();
            if (m_p == m_end || *m_p != '"')
                return fail("an object key is not a string");
            ++m_p;
            std::string_view key;
            if (!string(key))
                return false;
            skipSpace();
            if (m_p == m_end || *m_p != ':')
                return fail("no ':' after an object key");
            ++m_p;
            skipSpace();
            JsonValue member;
            if (!value(member, depth + 1))
                return false;
            member.key = key;
            m_items.push_back(std::move(member));
            skipSpace();
            if (m_p < m_end && *m_p == ',') {
                ++m_p;
                continue;
            }
            if (m_p < m_end && *m_p == '}') {
                ++m_p;
                return take(out, first);
            }
            return fail("no ',' or '}' after an object member");
        }
    }

    bool array(JsonValue& out, int depth)
    {
        if (depth >= kMaxDepth)
            return fail("nested too deep");
        ++m_p;
        out.type = JsonType::Array;
        skipSpace();
        if (m_p < m_end && *m_p == ']') {
            ++m_p;
            return true;
        }
        const std::size_t first = m_items.size();
        for (;;) {
            skipSpace();
            JsonValue item;
            if (!value(item, depth + 1))
                return false;
            m_items.push_back(std::move(item));
            skipSpace();
            if (m_p < m_end && *m_p == ',') {
                ++m_p;
                continue;
            }
            if (m_p < m_end && *m_p == ']') {
                ++m_p;
                return take(out, first);
            }
            return fail("no ',' or ']' after an array item");
        }
    }

    // JSON's grammar exactly; NaN, Infinity and long or extreme literals are declined.
    bool number(JsonValue& out)
    {
        const char* start = m_p;
        auto digits = [&] {
            const char* from = m_p;
            while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
            return m_p - from;
        };
        if (m_p < m_end && *m_p == '-')
            ++m_p;
        if (m_p < m_end && *m_p == '0')
            ++m_p;
        else if (digits() == 0)
            return fail("not valid JSON (or NaN / Infinity)");
        if (m_p < m_end && *m_p == '.') {
            ++m_p;
            if (digits() == 0)
                return fail("no digits after a decimal point");
        }
        if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
            ++m_p;
            if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
                ++m_p;
            const auto exponent = digits();
            if (exponent == 0 || exponent > 2)
                return fail(exponent ? "an exponent of three digits or more" : "no digits in an exponent");
        }
        if (std::size_t(m_p - start) > kMaxNumberText)
            return fail("a number literal longer than 40 characters");
        out.type = JsonType::Number;
        out.text = std::string_view(start, std::size_t(m_p - start));
        return true;
    }

    // After the opening quote: finds the closing one, checking UTF-8 and control characters on the way, then
    // decodes the escapes (if any).
    bool string(std::string_view& out)
    {
        char* start = m_p;
        bool escaped = false;
        for (;;) {
            m_p = findSpecial(m_p, m_end);
            if (m_p == m_end)
                return fail("a string is not closed");
            const auto c = static_cast<unsigned char>(*m_p);
            if (c == '"')
                break;
            if (c == '\\') {
                escaped = true;
                m_p += 2; // the escaped character is checked when decoding
                if (m_p > m_end)
                    return fail("a string is not closed");
            } else if (c < 0x20) {
                return fail("a control character in a string");
            } else {
                const int n = utf8Length(reinterpret_cast<const unsigned char*>(m_p),
                                         reinterpret_cast<const unsigned char*>(m_end));
                if (n == 0)
                    return fail("not valid UTF-8");
                m_p += n;
            }
        }
        char* close = m_p++;
        if (!escaped) {
            out = std::string_view(start, std::size_t(close - start));
            return true;
        }
        return decode(start, close, out);
    }

    // In place, as RapidJSON's in-situ parse: the decoded text is never longer than its escapes, so it is
    // written over them from the first escape on (the bytes before it stay where they are).
    bool decode(char* const begin, const char* end, std::string_view& out)
    {
        char* d = static_cast<char*>(std::memchr(begin, '\\', std::size_t(end - begin)));
        const char* p = d;
        while (p < end) {
            const char* slash = static_cast<const char*>(std::memchr(p, '\\', std::size_t(end - p)));
            const char* runEnd = slash ? slash : end;
            if (d != p)
                std::memmove(d, p, std::size_t(runEnd - p));
            d += runEnd - p;
            if (!slash)
                break;
            p = slash + 1;
            switch (*p++) {
            case '"': *d++ = '"'; break;
            case '\\': *d++ = '\\'; break;
            case '/': *d++ = '/'; break;
            case 'b': *d++ = '\b'; break;
            case 'f': *d++ = '\f'; break;
            case 'n': *d++ = '\n'; break;
            case 'r': *d++ = '\r'; break;
            case 't': *d++ = '\t'; break;
            case 'u': {
                if (end - p < 4)
                    return fail("a short \\u escape");
                unsigned code = 0;
                for (int k = 0; k < 4; ++k) {
                    const int h = hexValue(p[k]);
                    if (h < 0)
                        return fail("a \\u escape that is not hexadecimal");
                    code = code * 16 + unsigned(h);
                }
                p += 4;
                if (code >= 0xD800 && code <= 0xDFFF)
                    return fail("a \\u escape of a UTF-16 surrogate");
                if (code < 0x80) {
                    *d++ = char(code);
                } else if (code < 0x800) {
                    *d++ = char(0xC0 | (code >> 6));
                    *d++ = char(0x80 | (code & 0x3F));
                } else {
                    *d++ = char(0xE0 | (code >> 12));
                    *d++ = char(0x80 | ((code >> 6) & 0x3F));
                    *d++ = char(0x80 | (code & 0x3F));
                }
                break;
            }
            default:
                return fail("an unknown escape");
            }
        }
        out = std::string_view(begin, std::size_t(d - begin));
        return true;
    }
};

} // namespace

bool parseJson(char* data, std::size_t size, JsonValue& root, std::string& why)
{
    Parser parser(data, size);
    if (parser.document(root))
        return true;
    why = parser.why ? parser.why : "not valid JSON";
    return false;
}

} // namespace ts::nb::plain
