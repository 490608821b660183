// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Notebook::upgradeToV4: nbformat 3 → 4 as nbformat.v4.convert.upgrade does it, with deterministic cell ids.
#include "notebooks/Notebook.h"

#include <QByteArray>
#include <QString>

namespace ts::nb {

namespace {

// nbformat.v4.convert._mime_map, in its order (a v3 output holding two aliases keeps that order's result).
constexpr std::pair<std::string_view, std::string_view> kMimeMap[] = {
    {"text", "text/plain"}, {"html", "text/html"}, {"svg", "image/svg+xml"}, {"png", "image/png"},
    {"jpeg", "image/jpeg"}, {"latex", "text/latex"}, {"json", "application/json"}, {"javascript", "application/javascript"},
};

JsonValue take(JsonValue& object, std::string_view key, JsonValue fallback)
{
    if (JsonValue* found = object.find(key)) {
        JsonValue value = std::move(*found);
        object.remove(key);
        return value;
    }
    return fallback;
}

void toMimeKeys(JsonValue& object)
{
    for (const auto& [alias, mime] : kMimeMap)
        if (object.find(alias))
            object.set(mime, take(object, alias, {}));
}

} // namespace

void Notebook::upgradeToV4()
{
    if (m_major != 3)
        return;
    JsonValue& root = m_doc.root;
    JsonValue& metadata = *root.find("metadata");
    root.remove("orig_nbformat");
    root.remove("orig_nbformat_minor");
    metadata.remove("name");
    metadata.remove("signature");
    root.set("nbformat", JsonValue::number("4"));
    root.set("nbformat_minor", JsonValue::number("5"));

    JsonValue cells = JsonValue::array();
    JsonValue worksheets = take(root, "worksheets", JsonValue::array());
    int counter = 0;
    for (JsonValue& sheet : worksheets.children) {
        JsonValue* sheetCells = sheet.find("cells");
        if (!sheetCells)
            continue;
        for (JsonValue& cell : sheetCells->children) {
            if (!cell.find("metadata"))
                cell.set("metadata", JsonValue::object());
            cell.set("id", JsonValue::string(store("cell-" + std::to_string(++counter))));
            const std::string_view type = cell.find("cell_type")->text;
            if (type == "code") {
                cell.remove("language");
                if (cell.find("collapsed")) {
                    JsonValue collapsed = take(cell, "collapsed", {});
                    cell.find("metadata")->set("collapsed", std::move(collapsed));
                }
                cell.set("source", take(cell, "input", JsonValue::string({})));
                cell.set("execution_count", take(cell, "prompt_number", JsonValue::null()));
                if (!cell.find("outputs"))
                    cell.set("outputs", JsonValue::array());
                for (JsonValue& output : cell.find("outputs")->children) {
                    JsonValue* typeValue = output.find("output_type");
                    const std::string_view outputType = typeValue && typeValue->isString() ? typeValue->text : std::string_view();
                    if (outputType == "pyout" || outputType == "display_data") {
                        if (!output.find("metadata"))
                            output.set("metadata", JsonValue::object());
                        if (outputType == "pyout") {
                            output.set("output_type", JsonValue::string("execute_result"));
                            output.set("execution_count", take(output, "prompt_number", JsonValue::null()));
                        }
                        JsonValue data = JsonValue::object();
                        std::vector<JsonValue> kept;
                        for (JsonValue& field : output.children) {
                            if (field.key == "output_type" || field.key == "execution_count" || field.key == "metadata")
                                kept.push_back(std::move(field));
                            else
                                data.children.push_back(std::move(field));
                        }
                        output.children = std::move(kept);
                        toMimeKeys(data);
                        if (JsonValue* outputMetadata = output.find("metadata"); outputMetadata && outputMetadata->isObject())
                            toMimeKeys(*outputMetadata);
                        if (JsonValue* json = data.find("application/json"); json && json->isString()) {
                            auto parsed = JsonDocument::parse(QByteArray(json->text.data(), qsizetype(json->text.size())), QStringLiteral("application/json"));
                            if (parsed) {
                                m_embedded.push_back(std::move(*parsed));
                                data.set("application/json", m_embedded.back().root);
                            }
                        }
                        output.set("data", std::move(data));
                    } else if (outputType == "pyerr") {
                        output.set("output_type", JsonValue::string("error"));
                    } else if (outputType == "stream") {
                        output.set("name", take(output, "stream", JsonValue::string("stdout")));
                    }
                }
            } else if (type == "heading") {
                cell.set("cell_type", JsonValue::string("markdown"));
                const JsonValue level = take(cell, "level", JsonValue::number("1"));
                int hashes = 1;
                if (level.isNumber() && level.text.find_first_not_of("0123456789") == std::string_view::npos && level.text.size() < 4)
                    hashes = std::stoi(std::string(level.text));
                // "#" * level + " " + " ".join(source.splitlines())
                std::string heading(std::size_t(hashes), '#');
                heading += ' ';
                const JsonValue* source = cell.find("source");
                bool first = true;
                for (std::string_view line : splitLinesKeepEnds(source && source->isString() ? source->text : std::string_view())) {
                    while (!line.empty() && (line.back() == '\n' || line.back() == '\r'))
                        line.remove_suffix(1);
                    for (std::string_view end : {"\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\xc2\x85", "\xe2\x80\xa8", "\xe2\x80\xa9"})
                        if (line.size() >= end.size() && line.substr(line.size() - end.size()) == end)
                            line.remove_suffix(end.size());
                    if (!first)
                        heading += ' ';
                    first = false;
                    heading += line;
                }
                cell.set("source", JsonValue::string(store(std::move(heading))));
            } else if (type == "html") {
                cell.set("cell_type", JsonValue::string("markdown"));
            }
            cells.children.push_back(std::move(cell));
        }
    }
    root.set("cells", std::move(cells));
    m_major = 4;
    m_minor = 5;
}

} // namespace ts::nb
