// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Manifest → teamspace.json. The output is stable (fixed key order, unknown fields after the known ones in
// the order they were read, notebooks sorted by path, two-space indent, trailing newline) so that git diffs
// show only what changed.
#include "workspace/Manifest.h"

#include "workspace/ManifestFields.h"

#include <rapidjson/document.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <algorithm>

namespace ts {

namespace {

using rapidjson::Value;
using Allocator = rapidjson::Document::AllocatorType;

class JsonBuilder
{
public:
    explicit JsonBuilder(Allocator& allocator) : m_allocator(allocator) {}

    Value string(const QString& text)
    {
        const QByteArray utf8 = text.toUtf8();
        return Value(utf8.constData(), static_cast<rapidjson::SizeType>(utf8.size()), m_allocator);
    }

    void add(Value& object, const char* key, Value value)
    {
        object.AddMember(Value(key, m_allocator), value, m_allocator);
    }
    void add(Value& object, const char* key, const QString& text) { add(object, key, string(text)); }
    void add(Value& object, const char* key, qint64 number)
    {
        add(object, key, Value(static_cast<int64_t>(number)));
    }
    void add(Value& object, const char* key, bool flag) { add(object, key, Value(flag)); }

    void addStrings(Value& object, const char* key, const QStringList& list)
    {
        Value array(rapidjson::kArrayType);
        for (const QString& item : list)
            array.PushBack(string(item), m_allocator);
        add(object, key, std::move(array));
    }

    // Unknown fields go back in the order they were read; validateManifest has checked that each is JSON.
    void addUnknown(Value& object, const UnknownFields& fields)
    {
        for (const auto& [key, json] : fields) {
            rapidjson::Document parsed(&m_allocator);
            parsed.Parse(json.constData(), static_cast<size_t>(json.size()));
            if (parsed.HasParseError())
                continue;
            Value copy(parsed, m_allocator);
            object.AddMember(string(key), copy, m_allocator);
        }
    }

private:
    Allocator& m_allocator;
};

Value memberJson(JsonBuilder& b, const Member& m)
{
    Value o(rapidjson::kObjectType);
    b.add(o, "id", m.id);
    b.add(o, "name", m.name);
    b.add(o, "email", m.email);
    b.add(o, "role", toString(m.role));
    if (m.quotaBytes)
        b.add(o, "quotaBytes", *m.quotaBytes);
    if (!m.account.isEmpty())
        b.add(o, "account", m.account);
    b.addUnknown(o, m.unknown);
    return o;
}

Value layoutJson(JsonBuilder& b, const LayoutFolder& f)
{
    Value o(rapidjson::kObjectType);
    b.add(o, "path", f.path);
    b.add(o, "role", toString(f.role));
    b.add(o, "location", toString(f.location));
    b.add(o, "perMember", f.perMember);
    b.addUnknown(o, f.unknown);
    return o;
}

Value notebookJson(JsonBuilder& b, const NotebookAssignment& a)
{
    Value o(rapidjson::kObjectType);
    b.add(o, "path", a.path);
    b.add(o, "owner", a.owner);
    if (!a.runner.isEmpty())
        b.add(o, "runner", a.runner);
    if (a.expectedOutputBytes)
        b.add(o, "expectedOutputBytes", *a.expectedOutputBytes);
    if (a.accelerator)
        b.add(o, "accelerator", *a.accelerator);
    b.addUnknown(o, a.unknown);
    return o;
}

Value policiesJson(JsonBuilder& b, const Policies& p)
{
    Value o(rapidjson::kObjectType);
    b.add(o, "splitThresholdBytes", p.splitThresholdBytes);
    b.add(o, "folderEntryLimit", static_cast<qint64>(p.folderEntryLimit));
    b.add(o, "rootEntryLimit", static_cast<qint64>(p.rootEntryLimit));
    b.add(o, "checkpointMaxAgeSeconds", p.checkpointMaxAgeSeconds);
    b.add(o, "largeFileGateBytes", p.largeFileGateBytes);
    Value strip(rapidjson::kObjectType);
    b.addStrings(strip, "cellMetadataRemoved", p.strip.cellMetadataRemoved);
    b.addStrings(strip, "notebookMetadataRemoved", p.strip.notebookMetadataRemoved);
    b.add(strip, "keepOutputs", p.strip.keepOutputs);
    b.addUnknown(strip, p.strip.unknown);
    b.add(o, "strip", std::move(strip));
    b.addUnknown(o, p.unknown);
    return o;
}

} // namespace

QByteArray serializeManifest(const Manifest& manifest)
{
    rapidjson::Document document(rapidjson::kObjectType);
    JsonBuilder b(document.GetAllocator());
    b.add(document, "version", static_cast<qint64>(manifest.version));
    b.add(document, "id", manifest.id);
    b.add(document, "name", manifest.name);
    if (!manifest.templateName.isEmpty())
        b.add(document, "template", manifest.templateName);

    Value members(rapidjson::kArrayType);
    for (const Member& m : manifest.members)
        members.PushBack(memberJson(b, m), document.GetAllocator());
    b.add(document, "members", std::move(members));

    Value layout(rapidjson::kArrayType);
    for (const LayoutFolder& f : manifest.layout)
        layout.PushBack(layoutJson(b, f), document.GetAllocator());
    b.add(document, "layout", std::move(layout));

    QList<NotebookAssignment> sorted = manifest.notebooks;
    std::stable_sort(
        sorted.begin(), sorted.end(),
        [](const NotebookAssignment& a, const NotebookAssignment& b) { return a.path < b.path; });
    Value notebooks(rapidjson::kArrayType);
    for (const NotebookAssignment& a : sorted)
        notebooks.PushBack(notebookJson(b, a), document.GetAllocator());
    b.add(document, "notebooks", std::move(notebooks));

    b.add(document, "policies", policiesJson(b, manifest.policies));
    b.addUnknown(document, manifest.unknown);

    rapidjson::StringBuffer buffer;
    rapidjson::PrettyWriter<rapidjson::StringBuffer> writer(buffer);
    writer.SetIndent(' ', 2);
    document.Accept(writer);
    QByteArray text(buffer.GetString(), static_cast<qsizetype>(buffer.GetSize()));
    text += '\n';
    return text;
}

} // namespace ts
