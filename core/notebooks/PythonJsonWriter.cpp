// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "notebooks/PythonJsonWriter.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <vector>

namespace ts::nb {

std::string pythonFloatRepr(double value)
{
    if (std::isnan(value))
        return "NaN";
    if (std::isinf(value))
        return value > 0 ? "Infinity" : "-Infinity";
    // Shortest round-trip digits, as Python's repr uses; then Python's layout rules (float_repr_style
    // 'short').
    char buffer[64];
    const auto written = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
    std::string_view sci(buffer, static_cast<std::size_t>(written.ptr - buffer)); // [-]d[.ddd]e±XX
    std::string result;
    if (!sci.empty() && sci.front() == '-') {
        result += '-';
        sci.remove_prefix(1);
    }
    const std::size_t ePos = sci.find('e');
    std::string digits;
    for (char c : sci.substr(0, ePos))
        if (c != '.')
            digits += c;
    int exponent = 0;
    std::string_view expText = sci.substr(ePos + 1);
    if (!expText.empty() && expText.front() == '+')
        expText.remove_prefix(1);
    std::from_chars(expText.data(), expText.data() + expText.size(), exponent);
    while (digits.size() > 1 && digits.back() == '0')
        digits.pop_back();
    if (digits == "0") // zero: Python writes 0.0 / -0.0
        return result + "0.0";
    const int decpt = exponent + 1; // value = 0.DIGITS × 10^decpt
    const int n = static_cast<int>(digits.size());
    if (decpt <= -4 || decpt > 16) {
        result += digits[0];
        if (n > 1) {
            result += '.';
            result.append(digits, 1, std::string::npos);
        }
        const int e = decpt - 1;
        result += e < 0 ? "e-" : "e+";
        const int magnitude = e < 0 ? -e : e;
        if (magnitude < 10)
            result += '0';
        result += std::to_string(magnitude);
    } else if (decpt <= 0) {
        result += "0.";
        result.append(static_cast<std::size_t>(-decpt), '0');
        result += digits;
    } else if (decpt >= n) {
        result += digits;
        result.append(static_cast<std::size_t>(decpt - n), '0');
        result += ".0";
    } else {
        result.append(digits, 0, static_cast<std::size_t>(decpt));
        result += '.';
        result.append(digits, static_cast<std::size_t>(decpt), std::string::npos);
    }
    return result;
}

namespace {

// The power of ten of the first significant digit of a JSON number literal ("0.00012e3" → -1), saturated far
// beyond double's range so that an exponent of any length cannot overflow. Only asked when the literal is not
// zero.
long long leadingDecimalExponent(std::string_view literal)
{
    std::size_t i = literal.front() == '-' ? 1 : 0;
    const std::size_t ePos = std::min(literal.find_first_of("eE"), literal.size());
    const std::size_t dot = std::min(literal.find('.'), ePos);
    long long position = static_cast<long long>(dot - i) - 1; // power of ten of the digit at i
    long long leading = 0;
    bool found = false;
    for (; i < ePos; ++i) {
        if (literal[i] == '.')
            continue;
        if (literal[i] != '0') {
            leading = position;
            found = true;
            break;
        }
        --position;
    }
    if (!found)
        return 0;
    long long exponent = 0;
    if (ePos < literal.size()) {
        std::size_t j = ePos + 1;
        const bool negative = j < literal.size() && literal[j] == '-';
        if (j < literal.size() && (literal[j] == '-' || literal[j] == '+'))
            ++j;
        constexpr long long kSaturated = 1'000'000'000'000LL;
        for (; j < literal.size() && exponent < kSaturated; ++j)
            exponent = exponent * 10 + (literal[j] - '0');
        if (negative)
            exponent = -exponent;
    }
    return leading + exponent;
}

} // namespace

std::string pythonNumberText(std::string_view literal)
{
    if (literal == "NaN" || literal == "Infinity" || literal == "-Infinity")
        return std::string(literal);
    if (literal.find_first_of(".eE") == std::string_view::npos)
        return literal == "-0" ? std::string("0")
                               : std::string(literal); // JSON forbids leading zeros already
    double value = 0;
    const auto parsed = std::from_chars(literal.data(), literal.data() + literal.size(), value);
    if (parsed.ec == std::errc::result_out_of_range) {
        // from_chars reports overflow and underflow alike; Python gives ±inf or ±0.0. Which one depends on
        // where the first significant digit stands, not on the exponent's sign: "0.000…1e+5" underflows,
        // "1000…0e-5" can overflow.
        const bool negative = literal.front() == '-';
        if (leadingDecimalExponent(literal) < 0)
            return negative ? "-0.0" : "0.0";
        return negative ? "-Infinity" : "Infinity";
    }
    return pythonFloatRepr(value);
}

namespace {

class Writer
{
public:
    QByteArray out;

    void value(const JsonValue& v, int depth)
    {
        switch (v.type) {
        case JsonType::Null:
            raw("null");
            break;
        case JsonType::False:
            raw("false");
            break;
        case JsonType::True:
            raw("true");
            break;
        case JsonType::Number: {
            const std::string text = pythonNumberText(v.text);
            out.append(text.data(), static_cast<qsizetype>(text.size()));
            break;
        }
        case JsonType::String:
            string(v.text);
            break;
        case JsonType::Array:
            array(v, depth);
            break;
        case JsonType::Object:
            object(v, depth);
            break;
        }
    }

private:
    void raw(std::string_view s) { out.append(s.data(), static_cast<qsizetype>(s.size())); }

    void newline(int depth)
    {
        out.append('\n');
        out.append(depth, ' ');
    }

    void array(const JsonValue& v, int depth)
    {
        if (v.children.empty()) {
            raw("[]");
            return;
        }
        out.append('[');
        bool first = true;
        for (const JsonValue& item : v.children) {
            if (!first)
                out.append(',');
            first = false;
            newline(depth + 1);
            value(item, depth + 1);
        }
        newline(depth);
        out.append(']');
    }

    void object(const JsonValue& v, int depth)
    {
        if (v.children.empty()) {
            raw("{}");
            return;
        }
        // Python sorts str keys by code point; UTF-8 byte order is code point order. Equal keys: a dict holds
        // only the last value, so after a stable sort the last of each run is the one written.
        std::vector<const JsonValue*> members;
        members.reserve(v.children.size());
        for (const JsonValue& m : v.children)
            members.push_back(&m);
        std::stable_sort(members.begin(), members.end(),
                         [](const JsonValue* a, const JsonValue* b) { return a->key < b->key; });
        out.append('{');
        bool first = true;
        for (std::size_t i = 0; i < members.size(); ++i) {
            if (i + 1 < members.size() && members[i + 1]->key == members[i]->key)
                continue;
            if (!first)
                out.append(',');
            first = false;
            newline(depth + 1);
            string(members[i]->key);
            raw(": ");
            value(*members[i], depth + 1);
        }
        newline(depth);
        out.append('}');
    }

    void string(std::string_view s)
    {
        static const char hex[] = "0123456789abcdef";
        out.append('"');
        const char* runStart = s.data();
        const char* end = s.data() + s.size();
        for (const char* p = s.data(); p != end; ++p) {
            const unsigned char c = static_cast<unsigned char>(*p);
            if (c >= 0x20 && c != '"' && c != '\\')
                continue;
            out.append(runStart, p - runStart);
            runStart = p + 1;
            switch (c) {
            case '"':
                raw("\\\"");
                break;
            case '\\':
                raw("\\\\");
                break;
            case '\n':
                raw("\\n");
                break;
            case '\r':
                raw("\\r");
                break;
            case '\t':
                raw("\\t");
                break;
            case '\b':
                raw("\\b");
                break;
            case '\f':
                raw("\\f");
                break;
            default: {
                const char escaped[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xF]};
                out.append(escaped, sizeof escaped);
            }
            }
        }
        out.append(runStart, end - runStart);
        out.append('"');
    }
};

qsizetype estimatedSize(const JsonValue& v, int depth)
{
    qsizetype size = static_cast<qsizetype>(v.text.size() + v.key.size()) + 8 + depth;
    for (const JsonValue& c : v.children)
        size += estimatedSize(c, depth + 1);
    return size;
}

} // namespace

QByteArray writePythonJson(const JsonValue& root)
{
    Writer writer;
    // One allocation in the common case: the text plus indentation and quoting, with a little slack.
    const qsizetype estimate = estimatedSize(root, 0);
    writer.out.reserve(estimate + estimate / 16 + 64);
    writer.value(root, 0);
    writer.out.append('\n');
    return writer.out;
}

} // namespace ts::nb
