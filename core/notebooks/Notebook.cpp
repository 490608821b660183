// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "notebooks/Notebook.h"

#include "notebooks/ConflictMarkers.h"
#include "notebooks/PythonJsonWriter.h"

#include <QStringList>

#include <cstring>
#include <optional>

namespace ts::nb {

namespace {

QString fieldText(const QString& source, const QString& field, const QString& problem)
{
    return QStringLiteral("%1: %2 %3 (fix the notebook in Jupyter or restore it from git)")
        .arg(source, field, problem);
}

bool isJsonMime(std::string_view mime)
{
    return mime == "application/json" || (mime.substr(0, 12) == "application/" && mime.size() >= 5 &&
                                          mime.substr(mime.size() - 5) == "+json");
}

bool isSplitMime(std::string_view mime)
{
    return mime.substr(0, 5) == "text/" || mime == "application/javascript" || mime == "image/svg+xml";
}

bool isV3MultilineKey(std::string_view key)
{
    return key == "text" || key == "html" || key == "svg" || key == "latex" || key == "javascript" ||
           key == "json";
}

std::optional<int> integerValue(const JsonValue* v)
{
    if (!v || !v->isNumber() || v->text.empty() || v->text.size() > 9 ||
        v->text.find_first_not_of("-0123456789") != std::string_view::npos)
        return std::nullopt;
    return std::stoi(std::string(v->text));
}

class Reader
{
public:
    Reader(JsonDocument& doc, const QString& source) : m_doc(doc), m_source(source) {}

    Status checkV4()
    {
        JsonValue& root = m_doc.root;
        JsonValue* cells = root.find("cells");
        if (!cells || !cells->isArray())
            return bad(QStringLiteral("cells"),
                       cells ? QStringLiteral("is not a list") : QStringLiteral("is missing"));
        if (Status s = requireObject(root.find("metadata"), QStringLiteral("metadata")); !s)
            return s;
        for (std::size_t i = 0; i < cells->children.size(); ++i) {
            JsonValue& cell = cells->children[i];
            const QString field = QStringLiteral("cells[%1]").arg(i);
            if (!cell.isObject())
                return bad(field, QStringLiteral("is not an object"));
            if (Status s = requireString(cell.find("cell_type"), field + QStringLiteral(".cell_type")); !s)
                return s;
            if (Status s = requireObject(cell.find("metadata"), field + QStringLiteral(".metadata")); !s)
                return s;
            if (Status s = joinLines(cell, "source", field, false); !s)
                return s;
            if (Status s = checkAttachments(cell, field); !s)
                return s;
            if (cell.find("cell_type")->text == "code")
                if (Status s = checkOutputs(cell, field); !s)
                    return s;
        }
        return {};
    }

    Status checkV3()
    {
        JsonValue* worksheets = m_doc.root.find("worksheets");
        if (!worksheets || !worksheets->isArray())
            return bad(QStringLiteral("worksheets"),
                       worksheets ? QStringLiteral("is not a list") : QStringLiteral("is missing"));
        if (Status s = requireObject(m_doc.root.find("metadata"), QStringLiteral("metadata")); !s)
            return s;
        for (std::size_t w = 0; w < worksheets->children.size(); ++w) {
            JsonValue& sheet = worksheets->children[w];
            const QString field = QStringLiteral("worksheets[%1]").arg(w);
            JsonValue* cells = sheet.isObject() ? sheet.find("cells") : nullptr;
            if (!cells || !cells->isArray())
                return bad(field + QStringLiteral(".cells"), QStringLiteral("is missing or not a list"));
            for (std::size_t i = 0; i < cells->children.size(); ++i) {
                JsonValue& cell = cells->children[i];
                const QString cellField = field + QStringLiteral(".cells[%1]").arg(i);
                if (!cell.isObject())
                    return bad(cellField, QStringLiteral("is not an object"));
                if (Status s =
                        requireString(cell.find("cell_type"), cellField + QStringLiteral(".cell_type"));
                    !s)
                    return s;
                const bool code = cell.find("cell_type")->text == "code";
                for (const char* key : {"input", "source", "rendered"})
                    if (code == (std::string_view(key) == "input"))
                        if (Status s = joinV3Lines(cell.find(key), cellField + u'.' + QLatin1String(key)); !s)
                            return s;
                if (JsonValue* outputs = cell.find("outputs")) {
                    if (!outputs->isArray())
                        return bad(cellField + QStringLiteral(".outputs"), QStringLiteral("is not a list"));
                    for (std::size_t o = 0; o < outputs->children.size(); ++o) {
                        JsonValue& output = outputs->children[o];
                        if (!output.isObject())
                            return bad(cellField + QStringLiteral(".outputs[%1]").arg(o),
                                       QStringLiteral("is not an object"));
                        // v3 keeps mime types as top-level keys of the output; nbformat.v3 joins these ones.
                        for (JsonValue& member : output.children)
                            if (member.isArray() && isV3MultilineKey(member.key))
                                if (Status s = joinV3Lines(
                                        &member, cellField + QStringLiteral(".outputs[%1].").arg(o) +
                                                     QString::fromUtf8(member.key.data(),
                                                                       qsizetype(member.key.size())));
                                    !s)
                                    return s;
                    }
                }
            }
        }
        return {};
    }

    // nbformat's strip_transient, applied on read and on write.
    static void stripTransient(JsonValue& root, const std::vector<JsonValue*>& cells)
    {
        if (JsonValue* metadata = root.find("metadata")) {
            metadata->remove("orig_nbformat");
            metadata->remove("orig_nbformat_minor");
            metadata->remove("signature");
        }
        for (JsonValue* cell : cells)
            if (JsonValue* metadata = cell->find("metadata"); metadata && metadata->isObject())
                metadata->remove("trusted");
    }

private:
    JsonDocument& m_doc;
    const QString& m_source;

    Error bad(const QString& field, const QString& problem) const
    {
        return Error::badInput(fieldText(m_source, field, problem));
    }
    Status requireObject(const JsonValue* v, const QString& field) const
    {
        if (!v)
            return bad(field, QStringLiteral("is missing (expected an object)"));
        if (!v->isObject())
            return bad(field, QStringLiteral("is not an object"));
        return {};
    }
    Status requireString(const JsonValue* v, const QString& field) const
    {
        if (!v)
            return bad(field, QStringLiteral("is missing (expected a string)"));
        if (!v->isString())
            return bad(field, QStringLiteral("is not a string"));
        return {};
    }
    static bool allStrings(const JsonValue& list)
    {
        for (const JsonValue& item : list.children)
            if (!item.isString())
                return false;
        return true;
    }
    JsonValue joined(const JsonValue& list)
    {
        std::size_t total = 0;
        for (const JsonValue& item : list.children)
            total += item.text.size();
        JsonValue result = JsonValue::string({});
        result.key = list.key;
        if (list.children.size() == 1) {
            result.text = list.children.front().text; // no copy needed
            return result;
        }
        std::string text;
        text.reserve(total);
        for (const JsonValue& item : list.children)
            text.append(item.text);
        result.text = m_doc.store(std::move(text));
        return result;
    }
    // nbformat.v3.rwbase._join_lines: lists written with splitlines() (no line ends) are joined with "\n".
    Status joinV3Lines(JsonValue* v, const QString& field)
    {
        if (!v || !v->isArray())
            return {};
        for (std::size_t i = 0; i < v->children.size(); ++i)
            if (!v->children[i].isString())
                return bad(field + QStringLiteral("[%1]").arg(i), QStringLiteral("is not a string"));
        const bool keepsEnds =
            !v->children.empty() && !v->children.front().text.empty() &&
            (v->children.front().text.back() == '\n' || v->children.front().text.back() == '\r');
        if (keepsEnds || v->children.size() < 2) {
            *v = joined(*v);
            return {};
        }
        std::string text;
        for (std::size_t i = 0; i < v->children.size(); ++i) {
            if (i > 0)
                text += '\n';
            text.append(v->children[i].text);
        }
        JsonValue result = JsonValue::string(m_doc.store(std::move(text)));
        result.key = v->key;
        *v = std::move(result);
        return {};
    }

    // A string or a list of strings (joined, as nbformat's rejoin_lines does); anything else is refused.
    Status joinLines(JsonValue& owner, const char* key, const QString& field, bool required)
    {
        JsonValue* v = owner.find(key);
        const QString name = field + u'.' + QLatin1String(key);
        if (!v)
            return required ? bad(name, QStringLiteral("is missing")) : Status();
        if (v->isString())
            return {};
        if (!v->isArray())
            return bad(name, QStringLiteral("is neither a string nor a list of strings"));
        for (std::size_t i = 0; i < v->children.size(); ++i)
            if (!v->children[i].isString())
                return bad(name + QStringLiteral("[%1]").arg(i), QStringLiteral("is not a string"));
        *v = joined(*v);
        return {};
    }
    Status joinMimeBundle(JsonValue* bundle, const QString& field)
    {
        if (!bundle)
            return {};
        if (!bundle->isObject())
            return bad(field, QStringLiteral("is not an object"));
        for (JsonValue& entry : bundle->children)
            if (entry.isArray() && !isJsonMime(entry.key) && allStrings(entry))
                entry = joined(entry);
        return {};
    }
    Status checkAttachments(JsonValue& cell, const QString& field)
    {
        JsonValue* attachments = cell.find("attachments");
        if (!attachments)
            return {};
        if (!attachments->isObject())
            return bad(field + QStringLiteral(".attachments"), QStringLiteral("is not an object"));
        for (JsonValue& attachment : attachments->children)
            if (Status s =
                    joinMimeBundle(&attachment, field + QStringLiteral(".attachments.") +
                                                    QString::fromUtf8(attachment.key.data(),
                                                                      qsizetype(attachment.key.size())));
                !s)
                return s;
        return {};
    }
    Status checkOutputs(JsonValue& cell, const QString& field)
    {
        JsonValue* outputs = cell.find("outputs");
        if (!outputs || !outputs->isArray())
            return bad(field + QStringLiteral(".outputs"),
                       outputs ? QStringLiteral("is not a list")
                               : QStringLiteral("is missing (code cells need a list, [] when empty)"));
        for (std::size_t o = 0; o < outputs->children.size(); ++o) {
            JsonValue& output = outputs->children[o];
            const QString outField = field + QStringLiteral(".outputs[%1]").arg(o);
            if (!output.isObject())
                return bad(outField, QStringLiteral("is not an object"));
            const JsonValue* type = output.find("output_type");
            if (Status s = requireString(type, outField + QStringLiteral(".output_type")); !s)
                return s;
            if (type->text == "execute_result" || type->text == "display_data") {
                if (Status s = joinMimeBundle(output.find("data"), outField + QStringLiteral(".data")); !s)
                    return s;
            } else if (!type->text.empty()) {
                if (Status s = joinLines(output, "text", outField, false); !s)
                    return s;
            }
        }
        return {};
    }
};

// Splits the multi-line fields nbformat writes as lists of lines (nbformat.v4.rwbase.split_lines).
class LineSplitter
{
public:
    static void splitValue(JsonValue& v)
    {
        JsonValue list = JsonValue::array();
        list.key = v.key;
        for (std::string_view line : splitLinesKeepEnds(v.text))
            list.children.push_back(JsonValue::string(line));
        v = std::move(list);
    }
    static void splitField(JsonValue& owner, std::string_view key)
    {
        JsonValue* v = owner.find(key);
        if (v && v->isString())
            splitValue(*v);
    }
    static void splitMimeBundle(JsonValue* bundle)
    {
        if (!bundle || !bundle->isObject())
            return;
        for (JsonValue& entry : bundle->children)
            if (entry.isString() && isSplitMime(entry.key))
                splitValue(entry);
    }
    static void splitCells(std::vector<JsonValue*> cells)
    {
        for (JsonValue* cell : cells) {
            splitField(*cell, "source");
            if (JsonValue* attachments = cell->find("attachments"))
                for (JsonValue& attachment : attachments->children)
                    splitMimeBundle(&attachment);
            if (cell->find("cell_type")->text != "code")
                continue;
            for (JsonValue& output : cell->find("outputs")->children) {
                const std::string_view type = output.find("output_type")->text;
                if (type == "execute_result" || type == "display_data")
                    splitMimeBundle(output.find("data"));
                else if (type == "stream")
                    splitField(output, "text");
            }
        }
    }
};

} // namespace

Result<Notebook> Notebook::parse(QByteArray bytes, const QString& source)
{
    if (bytes.size() > kNotebookMaxBytes)
        return Error::badInput(
            QStringLiteral("%1: larger than 2 GiB, which no notebook tool can open").arg(source));
    if (const auto offset = conflictMarkerOffset(bytes))
        return Error::badInput(QStringLiteral("%1: byte %2: git conflict marker: resolve the merge conflict "
                                              "(or restore the notebook from git) first")
                                   .arg(source)
                                   .arg(*offset));
    auto doc = JsonDocument::parse(std::move(bytes), source);
    if (!doc)
        return doc.error();
    Notebook notebook;
    notebook.m_doc = std::move(doc.value());
    JsonValue& root = notebook.m_doc.root;
    if (!root.isObject())
        return Error::badInput(
            fieldText(source, QStringLiteral("the top level"), QStringLiteral("is not an object")));
    const JsonValue* major = root.find("nbformat");
    const auto majorValue = integerValue(major);
    if (!majorValue)
        return Error::badInput(
            fieldText(source, QStringLiteral("nbformat"),
                      major ? QStringLiteral("is not an integer") : QStringLiteral("is missing")));
    const JsonValue* minor = root.find("nbformat_minor");
    const auto minorValue = minor ? integerValue(minor) : std::optional<int>(0);
    if (!minorValue)
        return Error::badInput(
            fieldText(source, QStringLiteral("nbformat_minor"), QStringLiteral("is not an integer")));
    notebook.m_major = *majorValue;
    notebook.m_minor = *minorValue;
    Reader reader(notebook.m_doc, source);
    if (notebook.m_major == 4) {
        if (Status s = reader.checkV4(); !s)
            return s.error();
    } else if (notebook.m_major == 3) {
        if (Status s = reader.checkV3(); !s)
            return s.error();
    } else {
        return Error::badInput(QStringLiteral("%1: nbformat %2 is not a notebook version Teamspace reads (it "
                                              "reads 3 and 4; re-save the notebook with current Jupyter)")
                                   .arg(source)
                                   .arg(notebook.m_major));
    }
    Reader::stripTransient(root, notebook.cells());
    return Result<Notebook>(std::move(notebook));
}

std::vector<JsonValue*> Notebook::cells()
{
    std::vector<JsonValue*> result;
    auto collect = [&](JsonValue* list) {
        if (list && list->isArray())
            for (JsonValue& cell : list->children)
                result.push_back(&cell);
    };
    if (m_major == 3) {
        if (JsonValue* sheets = m_doc.root.find("worksheets"))
            for (JsonValue& sheet : sheets->children)
                collect(sheet.find("cells"));
    } else {
        collect(m_doc.root.find("cells"));
    }
    return result;
}

std::vector<const JsonValue*> Notebook::cells() const
{
    std::vector<JsonValue*> mutableCells = const_cast<Notebook*>(this)->cells();
    return {mutableCells.begin(), mutableCells.end()};
}

std::string_view Notebook::cellSource(const JsonValue& cell) const
{
    const JsonValue* source = cell.find("source");
    if (m_major == 3 && !source)
        source = cell.find("input");
    return source && source->isString() ? source->text : std::string_view();
}

Result<QByteArray> Notebook::serialize() const
{
    if (m_major != 4)
        return Error::badInput(
            QStringLiteral("nbformat %1 notebook: Teamspace writes nbformat 4 only (convert it with "
                           "`teamspace-cli notebook strip --upgrade`, or save it once in current Jupyter)")
                .arg(m_major));
    // Splitting replaces strings by lists of views into the same text: a copy of the tree, not of the text.
    JsonValue copy = m_doc.root;
    std::vector<JsonValue*> cells;
    for (JsonValue& cell : copy.find("cells")->children)
        cells.push_back(&cell);
    LineSplitter::splitCells(cells);
    Reader::stripTransient(copy, cells);
    return writePythonJson(copy);
}

} // namespace ts::nb
