#include "notebooks/JsonTree.h"

#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>

#include <algorithm>
#include <cstring>

namespace ts::nb {

const JsonValue* JsonValue::find(std::string_view name) const
{
    for (auto it = children.rbegin(); it != children.rend(); ++it)
        if (it->key == name)
            return &*it;
    return nullptr;
}

JsonValue* JsonValue::find(std::string_view name)
{
    return const_cast<JsonValue*>(static_cast<const JsonValue*>(this)->find(name));
}

bool JsonValue::remove(std::string_view name)
{
    const auto before = children.size();
    children.erase(std::remove_if(children.begin(), children.end(), [&](const JsonValue& v) { return v.key == name; }),
                   children.end());
    return children.size() != before;
}

JsonValue& JsonValue::set(std::string_view name, JsonValue value)
{
    value.key = name;
    JsonValue* existing = find(name);
    if (existing) {
        // Keep the last one (the one Python sees) and drop earlier duplicates.
        *existing = std::move(value);
        const std::size_t keep = static_cast<std::size_t>(existing - children.data());
        std::vector<JsonValue> kept;
        kept.reserve(children.size());
        for (std::size_t i = 0; i < children.size(); ++i)
            if (i == keep || children[i].key != name)
                kept.push_back(std::move(children[i]));
        children = std::move(kept);
        return *find(name);
    }
    children.push_back(std::move(value));
    return children.back();
}

std::string_view JsonDocument::store(std::string text)
{
    m_strings.push_back(std::move(text));
    return m_strings.back();
}

namespace {

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
    bool String(const char* str, rapidjson::SizeType length, bool) { return add(JsonValue::string({str, length})); }
    bool Key(const char* str, rapidjson::SizeType length, bool)
    {
        pendingKey = std::string_view(str, length);
        return true;
    }
    bool StartObject() { return open(JsonValue::object()); }
    bool EndObject(rapidjson::SizeType) { return close(); }
    bool StartArray() { return open(JsonValue::array()); }
    bool EndArray(rapidjson::SizeType) { return close(); }

private:
    std::vector<JsonValue> m_stack;

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
    char* data = doc.m_buffer.data(); // detaches only if the caller kept a copy; always NUL-terminated
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
    constexpr unsigned kFlags = rapidjson::kParseInsituFlag | rapidjson::kParseNumbersAsStringsFlag
                                | rapidjson::kParseValidateEncodingFlag | rapidjson::kParseIterativeFlag
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
