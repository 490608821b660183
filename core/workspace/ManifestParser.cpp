// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// teamspace.json → Manifest. The manifest arrives through other people's pushes: the size and the nesting
// depth are checked before RapidJSON sees the bytes, every type is checked, duplicate keys are refused (two
// readers could otherwise disagree about which one counts), and the result then passes validateManifest.
#include "workspace/Manifest.h"

#include "util/ByteSize.h"
#include "util/SafePath.h"
#include "workspace/ManifestFields.h"
#include "workspace/ManifestMigration.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <QSet>

#include <algorithm>
#include <limits>

namespace ts {

namespace {

using manifest_fields::quoted;
using rapidjson::Value;

// Deeper than any real manifest; keeps recursive walks (duplicate keys, unknown-field copies) off the stack
// limit.
constexpr int kMaxDepth = 64;

// Nesting depth of the JSON text, counting brackets outside strings; stops early once past the limit.
int nestingDepth(const QByteArray& json)
{
    int depth = 0;
    int deepest = 0;
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            deepest = std::max(deepest, ++depth);
            if (deepest > kMaxDepth)
                return deepest;
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return deepest;
}

QString typeName(const Value& value)
{
    switch (value.GetType()) {
    case rapidjson::kNullType:
        return QStringLiteral("null");
    case rapidjson::kFalseType:
    case rapidjson::kTrueType:
        return QStringLiteral("a boolean");
    case rapidjson::kObjectType:
        return QStringLiteral("an object");
    case rapidjson::kArrayType:
        return QStringLiteral("an array");
    case rapidjson::kStringType:
        return QStringLiteral("a string");
    case rapidjson::kNumberType:
        return QStringLiteral("a number");
    }
    return QStringLiteral("something else");
}

QString keyOf(const Value& name)
{
    return QString::fromUtf8(name.GetString(), name.GetStringLength());
}

// The first object holding the same key twice, as a field path, or an empty string.
QString firstDuplicateKey(const Value& value, const QString& where)
{
    if (value.IsObject()) {
        QSet<QString> keys;
        for (auto it = value.MemberBegin(); it != value.MemberEnd(); ++it) {
            const QString key = keyOf(it->name);
            const QString field = where.isEmpty() ? key : where + u'.' + key;
            if (keys.contains(key))
                return field;
            keys.insert(key);
            if (QString inner = firstDuplicateKey(it->value, field); !inner.isEmpty())
                return inner;
        }
    } else if (value.IsArray()) {
        for (rapidjson::SizeType i = 0; i < value.Size(); ++i)
            if (QString inner = firstDuplicateKey(value[i], QStringLiteral("%1[%2]").arg(where).arg(i));
                !inner.isEmpty())
                return inner;
    }
    return {};
}

QByteArray compactJson(const Value& value)
{
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
    value.Accept(writer);
    return QByteArray(buffer.GetString(), static_cast<qsizetype>(buffer.GetSize()));
}

// Reads the fields of one JSON object, recording the first error; callers check error() once per object.
// (Internal: the public API returns Result.)
class ObjectReader
{
public:
    ObjectReader(const QString& source, const QString& where, const Value& object,
                 std::optional<Error>& error)
        : m_source(source), m_where(where), m_object(object), m_error(error)
    {
    }

    QString field(const QString& key) const { return m_where.isEmpty() ? key : m_where + u'.' + key; }

    void fail(const QString& key, const QString& what)
    {
        if (!m_error)
            m_error = Error::badInput(m_source + QStringLiteral(": ") + field(key) + u' ' + what);
    }

    bool has(const char* key) const
    {
        const auto it = m_object.FindMember(key);
        return it != m_object.MemberEnd() && !it->value.IsNull();
    }

    const Value* find(const char* key, bool required)
    {
        const auto it = m_object.FindMember(key);
        if (it == m_object.MemberEnd() || (it->value.IsNull() && !required)) {
            if (required)
                fail(QLatin1String(key), QStringLiteral("is missing"));
            return nullptr;
        }
        return &it->value;
    }

    QString string(const char* key, bool required = true)
    {
        const Value* v = find(key, required);
        if (!v)
            return {};
        if (!v->IsString()) {
            fail(QLatin1String(key), QStringLiteral("must be a string (got %1)").arg(typeName(*v)));
            return {};
        }
        return QString::fromUtf8(v->GetString(), v->GetStringLength());
    }

    QString path(const char* key)
    {
        const QString text = string(key);
        if (m_error)
            return {};
        auto normalised =
            normaliseRelativePath(text, m_source + QStringLiteral(": ") + field(QLatin1String(key)));
        if (!normalised) {
            m_error = normalised.error();
            return {};
        }
        return *normalised;
    }

    std::optional<qint64> integer(const char* key, bool required, const QString& unit)
    {
        const Value* v = find(key, required);
        if (!v)
            return std::nullopt;
        if (!v->IsInt64()) {
            fail(QLatin1String(key),
                 QStringLiteral("must be a whole number of %1 (got %2)")
                     .arg(unit, v->IsNumber() ? QStringLiteral("a fraction or a number out of range")
                                              : typeName(*v)));
            return std::nullopt;
        }
        if (v->GetInt64() < 0) {
            fail(QLatin1String(key), QStringLiteral("must not be negative (got %1)").arg(v->GetInt64()));
            return std::nullopt;
        }
        return v->GetInt64();
    }

    bool boolean(const char* key, bool fallback)
    {
        const Value* v = find(key, false);
        if (!v)
            return fallback;
        if (!v->IsBool()) {
            fail(QLatin1String(key), QStringLiteral("must be true or false (got %1)").arg(typeName(*v)));
            return fallback;
        }
        return v->GetBool();
    }

    const Value* array(const char* key, bool required)
    {
        const Value* v = find(key, required);
        if (v && !v->IsArray()) {
            fail(QLatin1String(key), QStringLiteral("must be an array (got %1)").arg(typeName(*v)));
            return nullptr;
        }
        return v;
    }

    const Value* object(const char* key)
    {
        const Value* v = find(key, false);
        if (v && !v->IsObject()) {
            fail(QLatin1String(key), QStringLiteral("must be an object (got %1)").arg(typeName(*v)));
            return nullptr;
        }
        return v;
    }

    QStringList stringList(const char* key, const QStringList& fallback)
    {
        const Value* list = array(key, false);
        if (!list)
            return fallback;
        QStringList result;
        for (rapidjson::SizeType i = 0; i < list->Size(); ++i) {
            const Value& item = (*list)[i];
            if (!item.IsString()) {
                fail(QStringLiteral("%1[%2]").arg(QLatin1String(key)).arg(i),
                     QStringLiteral("must be a string (got %1)").arg(typeName(item)));
                return fallback;
            }
            result << QString::fromUtf8(item.GetString(), item.GetStringLength());
        }
        return result;
    }

    UnknownFields unknown(const QStringList& knownKeys) const
    {
        UnknownFields fields;
        for (auto it = m_object.MemberBegin(); it != m_object.MemberEnd(); ++it)
            if (const QString key = keyOf(it->name); !knownKeys.contains(key))
                fields.append({key, compactJson(it->value)});
        return fields;
    }

private:
    const QString& m_source;
    QString m_where;
    const Value& m_object;
    std::optional<Error>& m_error;
};

// Each element of `list` must be an object; `read` turns one into T.
template <typename T, typename ReadOne>
QList<T> readObjects(const QString& source, const QString& name, const Value* list,
                     std::optional<Error>& error, ReadOne read)
{
    QList<T> result;
    if (!list)
        return result;
    for (rapidjson::SizeType i = 0; i < list->Size() && !error; ++i) {
        const QString where = QStringLiteral("%1[%2]").arg(name).arg(i);
        const Value& item = (*list)[i];
        if (!item.IsObject()) {
            error = Error::badInput(
                QStringLiteral("%1: %2 must be an object (got %3)").arg(source, where, typeName(item)));
            break;
        }
        ObjectReader reader(source, where, item, error);
        result << read(reader);
    }
    return result;
}

Member readMember(ObjectReader& r)
{
    Member m;
    m.id = r.string("id");
    m.name = r.string("name");
    m.email = r.string("email");
    const QString role = r.string("role");
    if (const auto parsed = memberRoleFromString(role))
        m.role = *parsed;
    else // after "is missing", fail() keeps that first error
        r.fail(QStringLiteral("role"), quoted(role) + QStringLiteral(" is not a role (use lead or member)"));
    m.quotaBytes = r.integer("quotaBytes", false, QStringLiteral("bytes"));
    m.account = r.string("account", false);
    m.unknown = r.unknown(manifest_fields::kMember);
    return m;
}

LayoutFolder readLayoutFolder(ObjectReader& r)
{
    LayoutFolder f;
    f.path = r.path("path");
    const QString role = r.string("role");
    if (const auto parsed = folderRoleFromString(role))
        f.role = *parsed;
    else
        r.fail(QStringLiteral("role"),
               quoted(role) + QStringLiteral(" is not a folder role (use raw, processed, results, "
                                             "checkpoints, notebooks, models or shared)"));
    if (r.has("location")) {
        const QString location = r.string("location");
        if (const auto parsed = folderLocationFromString(location))
            f.location = *parsed;
        else
            r.fail(QStringLiteral("location"),
                   quoted(location) + QStringLiteral(" is not a location (use root or repository)"));
    }
    f.perMember = r.boolean("perMember", false);
    f.unknown = r.unknown(manifest_fields::kLayoutFolder);
    return f;
}

NotebookAssignment readNotebook(ObjectReader& r)
{
    NotebookAssignment a;
    a.path = r.path("path");
    a.owner = r.string("owner");
    a.runner = r.string("runner", false);
    a.expectedOutputBytes = r.integer("expectedOutputBytes", false, QStringLiteral("bytes"));
    if (r.has("accelerator")) {
        const QString accelerator = r.string("accelerator");
        if (kAccelerators.contains(accelerator))
            a.accelerator = accelerator;
        else
            r.fail(QStringLiteral("accelerator"),
                   quoted(accelerator) +
                       QStringLiteral(" is not an accelerator (use CPU, GPU or TPU, or leave it out)"));
    }
    a.unknown = r.unknown(manifest_fields::kNotebook);
    return a;
}

Policies readPolicies(const QString& source, const Value* object, std::optional<Error>& error)
{
    Policies p;
    if (!object)
        return p;
    ObjectReader r(source, QStringLiteral("policies"), *object, error);
    const QString bytes = QStringLiteral("bytes");
    p.splitThresholdBytes = r.integer("splitThresholdBytes", false, bytes).value_or(p.splitThresholdBytes);
    const auto entries = r.integer("folderEntryLimit", false, QStringLiteral("entries"));
    const auto rootEntries = r.integer("rootEntryLimit", false, QStringLiteral("entries"));
    for (const auto& [value, key] :
         {std::pair{entries, "folderEntryLimit"}, std::pair{rootEntries, "rootEntryLimit"}})
        if (value && *value > std::numeric_limits<int>::max())
            r.fail(QLatin1String(key), QStringLiteral("is too large (got %1)").arg(*value));
    p.folderEntryLimit = static_cast<int>(entries.value_or(p.folderEntryLimit));
    p.rootEntryLimit = static_cast<int>(rootEntries.value_or(p.rootEntryLimit));
    p.checkpointMaxAgeSeconds = r.integer("checkpointMaxAgeSeconds", false, QStringLiteral("seconds"))
                                    .value_or(p.checkpointMaxAgeSeconds);
    p.largeFileGateBytes = r.integer("largeFileGateBytes", false, bytes).value_or(p.largeFileGateBytes);
    if (const Value* strip = r.object("strip")) {
        ObjectReader s(source, QStringLiteral("policies.strip"), *strip, error);
        p.strip.cellMetadataRemoved = s.stringList("cellMetadataRemoved", p.strip.cellMetadataRemoved);
        p.strip.notebookMetadataRemoved =
            s.stringList("notebookMetadataRemoved", p.strip.notebookMetadataRemoved);
        p.strip.keepOutputs = s.boolean("keepOutputs", p.strip.keepOutputs);
        p.strip.unknown = s.unknown(manifest_fields::kStrip);
    }
    p.unknown = r.unknown(manifest_fields::kPolicies);
    return p;
}

QString lineAndColumn(const QByteArray& json, size_t offset)
{
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < json.size() && static_cast<size_t>(i) < offset; ++i) {
        if (json.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return QStringLiteral("line %1, column %2").arg(line).arg(column);
}

} // namespace

Result<Manifest> parseManifest(const QByteArray& json, const QString& source)
{
    if (json.size() > kManifestMaxBytes)
        return Error::badInput(
            QStringLiteral(
                "%1: is %2, more than the %3 a manifest may have (this is not a Teamspace manifest)")
                .arg(source, formatByteSize(json.size()), formatByteSize(kManifestMaxBytes)));
    if (nestingDepth(json) > kMaxDepth)
        return Error::badInput(
            QStringLiteral("%1: is nested more than %2 levels deep (this is not a Teamspace manifest)")
                .arg(source)
                .arg(kMaxDepth));

    rapidjson::Document document;
    // Iterative parsing: no recursion on hostile input; encoding validated so every string is real UTF-8.
    document.Parse<rapidjson::kParseValidateEncodingFlag | rapidjson::kParseIterativeFlag>(
        json.constData(), static_cast<size_t>(json.size()));
    if (document.HasParseError())
        return Error::badInput(
            QStringLiteral("%1: is not valid JSON at %2: %3 (fix the file or restore it from git)")
                .arg(source, lineAndColumn(json, document.GetErrorOffset()),
                     QString::fromUtf8(rapidjson::GetParseError_En(document.GetParseError()))));
    if (!document.IsObject())
        return Error::badInput(QStringLiteral("%1: the top level must be a JSON object (got %2)")
                                   .arg(source, typeName(document)));
    if (const QString duplicate = firstDuplicateKey(document, QString()); !duplicate.isEmpty())
        return Error::badInput(
            QStringLiteral("%1: %2 appears twice in the same object (keep one)").arg(source, duplicate));
    if (auto ok = upgradeManifestJson(document, source, Manifest::kCurrentVersion); !ok)
        return ok.error();

    std::optional<Error> error;
    Manifest m;
    ObjectReader top(source, QString(), document, error);
    m.version = document["version"].GetInt();
    m.id = top.string("id");
    m.name = top.string("name");
    m.templateName = top.string("template", false);
    const Value* members = top.array("members", true);
    const Value* layout = top.array("layout", true);
    const Value* notebooks = top.array("notebooks", false);
    const Value* policies = top.object("policies");
    if (error)
        return *error;
    m.members = readObjects<Member>(source, QStringLiteral("members"), members, error, readMember);
    m.layout = readObjects<LayoutFolder>(source, QStringLiteral("layout"), layout, error, readLayoutFolder);
    m.notebooks =
        readObjects<NotebookAssignment>(source, QStringLiteral("notebooks"), notebooks, error, readNotebook);
    m.policies = readPolicies(source, policies, error);
    m.unknown = top.unknown(manifest_fields::kTop);
    if (error)
        return *error;
    if (auto ok = validateManifest(m, source); !ok)
        return ok.error();
    // Kept sorted so that the written file, and git diffs of it, do not depend on the order of edits.
    std::stable_sort(
        m.notebooks.begin(), m.notebooks.end(),
        [](const NotebookAssignment& a, const NotebookAssignment& b) { return a.path < b.path; });
    return m;
}

} // namespace ts
