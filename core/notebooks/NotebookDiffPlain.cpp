// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The Qt-free `notebook diff A B --json` (NotebookDiffPlain.h). The two files are read on two threads
// (NotebookReadPlain.h), their cells described and matched by the Qt engine's own code (describeCell,
// matchCells: NotebookDiffInternal.h), and each row assembled and written as NotebookDiff.cpp's assembleDiff
// and NotebookDiffJson.cpp's diffToJsonText do: the same rules, with std::string for QString. The equality of
// the two is what tst_notebookdiffplain and the diff corpus tests (NotebookDiffCorpus.cpp) check.
#include "notebooks/NotebookDiffPlain.h"

#include "notebooks/LineDiff.h"
#include "notebooks/NotebookDiffInternal.h"
#include "notebooks/NotebookReadPlain.h"
#include "notebooks/SplitLines.h"

#include <algorithm>
#include <thread>

namespace ts::nb::plain {

using namespace diffdetail;

namespace {

enum class Status : unsigned char { Unchanged, Modified, Added, Removed };

struct Summary
{
    std::string_view outputType, detail;
    long long bytes = 0;
    std::uint64_t hash = 0;
};

struct Row
{
    Status status = Status::Unchanged;
    int a = -1, b = -1;
    unsigned changed = 0; // NotebookDiff.h's CellPart bits
    std::string_view cellType, id;
    int same = 0, removed = 0, added = 0;
    std::vector<Summary> outputsA, outputsB;
    std::vector<std::string_view> metadataKeys;
};

// Jupyter's display order (NotebookDiff.cpp's kRichestFirst).
constexpr std::string_view kRichestFirst[] = {
    "application/vnd.jupyter.widget-view+json",
    "application/javascript",
    "text/html",
    "text/markdown",
    "text/latex",
    "image/svg+xml",
    "image/png",
    "image/jpeg",
    "image/gif",
    "application/pdf",
    "application/json",
    "text/plain",
};

Summary summarise(const OutputInfo& output)
{
    Summary summary;
    summary.outputType = output.type;
    summary.bytes = output.digest.bytes;
    std::uint64_t content = 0x5EED;
    for (const auto& [key, hash] : output.keys)
        if (key != "metadata" && key != "execution_count")
            content = hashBytes(std::string_view(reinterpret_cast<const char*>(&hash), sizeof hash),
                                hashBytes(key, content));
    summary.hash = content;
    if (output.type == "stream" || output.type == "error") {
        const JsonValue* detail = output.member(output.type == "stream" ? "name" : "ename");
        if (detail && detail->isString())
            summary.detail = detail->text;
    } else if (!output.mimes.empty()) {
        summary.detail = output.mimes.front().mime;
        for (std::string_view mime : kRichestFirst) {
            const auto found = std::find_if(output.mimes.begin(), output.mimes.end(),
                                            [&](const MimeInfo& m) { return m.mime == mime; });
            if (found != output.mimes.end()) {
                summary.detail = found->mime;
                break;
            }
        }
    }
    return summary;
}

std::vector<Summary> summarise(const CellInfo& cell)
{
    std::vector<Summary> list;
    list.reserve(cell.outputs.size());
    for (const OutputInfo& output : cell.outputs)
        list.push_back(summarise(output));
    return list;
}

unsigned changedParts(const CellInfo& x, const CellInfo& y)
{
    unsigned parts = 0;
    if (x.source != y.source)
        parts |= 1u << 0;
    if (!(x.outputsPart == y.outputsPart))
        parts |= 1u << 1;
    if (!(x.metadata == y.metadata) || !(x.other == y.other))
        parts |= 1u << 2;
    if (!(x.attachments == y.attachments))
        parts |= 1u << 3;
    if (x.type != y.type)
        parts |= 1u << 4;
    if (!(x.executionCount == y.executionCount))
        parts |= 1u << 5;
    if (x.hasId && y.hasId && x.id != y.id)
        parts |= 1u << 6;
    return parts;
}

// Keys of two objects whose values differ, or that only one has; sorted (NotebookDiff.cpp's differingKeys).
std::vector<std::string_view> differingKeys(const JsonValue* x, const JsonValue* y)
{
    static const JsonValue empty = JsonValue::object();
    const std::vector<const JsonValue*> xs = dictMembers(x && x->isObject() ? *x : empty);
    const std::vector<const JsonValue*> ys = dictMembers(y && y->isObject() ? *y : empty);
    std::vector<std::string_view> keys;
    auto i = xs.begin();
    auto j = ys.begin();
    while (i != xs.end() || j != ys.end()) {
        if (j == ys.end() || (i != xs.end() && (*i)->key < (*j)->key)) {
            keys.push_back((*i++)->key);
        } else if (i == xs.end() || (*j)->key < (*i)->key) {
            keys.push_back((*j++)->key);
        } else {
            if (digestJson(**i).hash != digestJson(**j).hash)
                keys.push_back((*i)->key);
            ++i;
            ++j;
        }
    }
    return keys;
}

// How many lines splitlines gives, without splitting.
int lineCount(std::string_view text)
{
    return int(countLines(text));
}

void countSourceLines(Row& row, std::string_view x, std::string_view y)
{
    if (x == y) {
        row.same = lineCount(x);
        return;
    }
    for (const LineEdit& e : diffLines(splitLinesKeepEnds(x), splitLinesKeepEnds(y)))
        (e.kind == LineEdit::Same ? row.same : e.kind == LineEdit::Added ? row.added : row.removed) += 1;
}

Row oneSided(const CellInfo& cell, int index, Status status)
{
    Row row;
    row.status = status;
    (status == Status::Added ? row.b : row.a) = index;
    row.cellType = cell.type;
    row.id = cell.hasId ? cell.id : std::string_view();
    (status == Status::Added ? row.added : row.removed) = lineCount(cell.source);
    (status == Status::Added ? row.outputsB : row.outputsA) = summarise(cell);
    return row;
}

std::vector<Row> assemble(const std::vector<CellInfo>& cellsA, const std::vector<CellInfo>& cellsB)
{
    std::vector<Row> rows;
    const std::vector<std::pair<int, int>> pairs = matchCells(cellsA, cellsB);
    rows.reserve(cellsB.size() + cellsA.size() - pairs.size());
    int i0 = 0, j0 = 0;
    for (std::size_t k = 0; k <= pairs.size(); ++k) {
        const auto [i, j] =
            k < pairs.size() ? pairs[k] : std::pair<int, int>(int(cellsA.size()), int(cellsB.size()));
        for (int x = i0; x < i; ++x)
            rows.push_back(oneSided(cellsA[std::size_t(x)], x, Status::Removed));
        for (int y = j0; y < j; ++y)
            rows.push_back(oneSided(cellsB[std::size_t(y)], y, Status::Added));
        if (k == pairs.size())
            break;
        const CellInfo& x = cellsA[std::size_t(i)];
        const CellInfo& y = cellsB[std::size_t(j)];
        Row& row = rows.emplace_back();
        row.a = i;
        row.b = j;
        row.changed = changedParts(x, y);
        row.status = row.changed ? Status::Modified : Status::Unchanged;
        row.cellType = y.type;
        row.id = y.hasId ? y.id : x.hasId ? x.id : std::string_view();
        countSourceLines(row, x.source, y.source);
        row.outputsA = summarise(x);
        row.outputsB = summarise(y);
        if (row.changed & (1u << 2))
            row.metadataKeys = differingKeys(x.cell->find("metadata"), y.cell->find("metadata"));
        i0 = i + 1;
        j0 = j + 1;
    }
    return rows;
}

void appendString(std::string& out, std::string_view value)
{
    static const char hexDigits[] = "0123456789abcdef";
    out += '"';
    for (char c : value) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c == '\t') {
            out += "\\t";
        } else if (u < 0x20) {
            out += "\\u00";
            out += hexDigits[u >> 4];
            out += hexDigits[u & 15];
        } else {
            out += c;
        }
    }
    out += '"';
}

void appendStrings(std::string& out, const std::vector<std::string_view>& values)
{
    out += '[';
    for (std::size_t k = 0; k < values.size(); ++k) {
        if (k)
            out += ", ";
        appendString(out, values[k]);
    }
    out += ']';
}

void appendOutputs(std::string& out, const std::vector<Summary>& outputs)
{
    out += '[';
    for (std::size_t k = 0; k < outputs.size(); ++k) {
        const Summary& o = outputs[k];
        out += k ? ", {\"output_type\": " : "{\"output_type\": ";
        appendString(out, o.outputType);
        out += ", \"detail\": ";
        appendString(out, o.detail);
        out += ", \"bytes\": " + std::to_string(o.bytes) + ", \"hash\": \"";
        for (int shift = 60; shift >= 0; shift -= 4)
            out += "0123456789abcdef"[(o.hash >> shift) & 15];
        out += "\"}";
    }
    out += ']';
}

// NotebookDiffJson.cpp's diffToJsonText, for these rows.
void appendRow(std::string& out, const Row& c, bool first)
{
    static const std::string_view statusNames[] = {"unchanged", "modified", "added", "removed"};
    static const std::string_view partNames[] = {"source",    "outputs",         "metadata", "attachments",
                                                 "cell_type", "execution_count", "id"};
    out += first ? "\n        {\"status\": " : ",\n        {\"status\": ";
    appendString(out, statusNames[int(c.status)]);
    out += ", \"a\": " + (c.a < 0 ? std::string("null") : std::to_string(c.a));
    out += ", \"b\": " + (c.b < 0 ? std::string("null") : std::to_string(c.b));
    std::vector<std::string_view> parts;
    for (unsigned k = 0; k < std::size(partNames); ++k)
        if (c.changed & (1u << k))
            parts.push_back(partNames[k]);
    out += ", \"changed\": ";
    appendStrings(out, parts);
    out += ", \"cell_type\": ";
    appendString(out, c.cellType);
    if (!c.id.empty()) {
        out += ", \"id\": ";
        appendString(out, c.id);
    }
    out += ", \"source\": {\"same\": " + std::to_string(c.same) + ", \"removed\": " + std::to_string(c.removed) +
           ", \"added\": " + std::to_string(c.added) + '}';
    const bool outputsShown = (c.changed & (1u << 1)) || (c.status == Status::Added && !c.outputsB.empty()) ||
                              (c.status == Status::Removed && !c.outputsA.empty());
    if (outputsShown) {
        out += ", \"outputs\": {\"a\": ";
        appendOutputs(out, c.outputsA);
        out += ", \"b\": ";
        appendOutputs(out, c.outputsB);
        out += '}';
    }
    if (!c.metadataKeys.empty()) {
        out += ", \"metadata\": ";
        appendStrings(out, c.metadataKeys);
    }
    out += '}';
}

std::string toJson(const std::vector<Row>& rows, const std::vector<std::string_view>& metadataKeys,
                   const std::string& versionA, const std::string& versionB)
{
    std::string out;
    out.reserve(rows.size() * 160 + 256);
    int counts[4] = {0, 0, 0, 0};
    out += "{\n    \"cells\": [";
    for (std::size_t k = 0; k < rows.size(); ++k) {
        ++counts[int(rows[k].status)];
        appendRow(out, rows[k], k == 0);
    }
    out += rows.empty() ? "],\n" : "\n    ],\n";
    out += "    \"metadata\": ";
    appendStrings(out, metadataKeys);
    out += ",\n    \"nbformat\": {\"a\": ";
    appendString(out, versionA);
    out += ", \"b\": ";
    appendString(out, versionB);
    out += versionA != versionB ? ", \"changed\": true},\n" : ", \"changed\": false},\n";
    out += "    \"summary\": {\"unchanged\": " + std::to_string(counts[0]) +
           ", \"modified\": " + std::to_string(counts[1]) + ", \"added\": " + std::to_string(counts[2]) +
           ", \"removed\": " + std::to_string(counts[3]) + "}\n}\n";
    return out;
}

// Reads and describes one side; false when declined.
bool readSide(PlainNotebook& notebook, const std::string& path, std::vector<CellInfo>& cells, std::string& why)
{
    if (!notebook.read(path, why)) {
        why = path + ": " + why;
        return false;
    }
    cells.reserve(notebook.cells().children.size());
    for (const JsonValue& cell : notebook.cells().children)
        cells.push_back(describeCell(cell));
    return true;
}

} // namespace

std::optional<DiffText> diffNotebookFiles(const std::string& pathA, const std::string& pathB, std::string* why)
{
    PlainNotebook a, b;
    std::vector<CellInfo> cellsA, cellsB;
    std::string whyA, whyB;
    bool okA = false;
    std::thread sideA([&] { okA = readSide(a, pathA, cellsA, whyA); });
    const bool okB = readSide(b, pathB, cellsB, whyB);
    sideA.join();
    if (!okA || !okB) {
        if (why)
            *why = !okA ? whyA : whyB;
        return std::nullopt;
    }
    const std::vector<Row> rows = assemble(cellsA, cellsB);
    const std::vector<std::string_view> metadataKeys = differingKeys(&a.metadata(), &b.metadata());
    DiffText text;
    text.json = toJson(rows, metadataKeys, a.version(), b.version());
    const bool same = std::all_of(rows.begin(), rows.end(), [](const Row& r) { return r.status == Status::Unchanged; }) &&
                      metadataKeys.empty() && a.version() == b.version();
    text.exitCode = same ? 0 : 1;
    return text;
}

} // namespace ts::nb::plain
