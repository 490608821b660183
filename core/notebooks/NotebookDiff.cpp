// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The notebook diff (NotebookDiff.h, docs/notebook-diff.md): cells described once (digests of every part,
// outputs hashed, never copied), aligned as nbdime aligns them (NotebookDiffMatch.cpp), then each matched
// pair compared part by part and its source diffed line by line (LineDiff.h).
#include "notebooks/NotebookDiff.h"

#include "notebooks/LineDiff.h"
#include "notebooks/NotebookDiffInternal.h"

#include <QJsonArray>

#include <algorithm>
#include <optional>
#include <thread>
#include <unordered_map>

namespace ts::nb {

using namespace diffdetail;

namespace {

QString text(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QString hex(std::uint64_t value)
{
    char digits[16];
    for (int k = 15; k >= 0; --k, value >>= 4)
        digits[k] = "0123456789abcdef"[value & 15];
    return QString::fromLatin1(digits, 16);
}

// The same few words (output types, stream names, MIME types) for thousands of outputs: one QString each.
class Words
{
public:
    const QString& operator()(std::string_view word)
    {
        auto found = m_words.find(word);
        if (found == m_words.end())
            found = m_words.emplace(word, text(word)).first;
        return found->second;
    }

private:
    std::unordered_map<std::string_view, QString> m_words;
};

// Jupyter's display order: the first of these a bundle has is what a reader sees.
const char* const kRichestFirst[] = {
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

OutputSummary summarise(const OutputInfo& output, Words& words)
{
    OutputSummary summary;
    summary.outputType = words(output.type);
    summary.bytes = output.digest.bytes;
    std::uint64_t content = 0x5EED;
    for (const auto& [key, hash] : output.keys)
        if (key != "metadata" && key != "execution_count")
            content = hashBytes(std::string_view(reinterpret_cast<const char*>(&hash), sizeof hash),
                                hashBytes(key, content));
    summary.hash = hex(content);
    if (output.type == "stream" || output.type == "error") {
        const JsonValue* detail = output.member(output.type == "stream" ? "name" : "ename");
        if (detail && detail->isString())
            summary.detail = words(detail->text);
    } else if (!output.mimes.empty()) {
        summary.detail = words(output.mimes.front().mime);
        for (const char* mime : kRichestFirst) {
            const auto found = std::find_if(output.mimes.begin(), output.mimes.end(),
                                            [&](const MimeInfo& m) { return m.mime == mime; });
            if (found != output.mimes.end()) {
                summary.detail = words(found->mime);
                break;
            }
        }
    }
    return summary;
}

QList<OutputSummary> summarise(const CellInfo& cell, Words& words)
{
    QList<OutputSummary> list;
    list.reserve(qsizetype(cell.outputs.size()));
    for (const OutputInfo& output : cell.outputs)
        list.append(summarise(output, words));
    return list;
}

unsigned changedParts(const CellInfo& x, const CellInfo& y)
{
    unsigned parts = 0;
    if (x.source != y.source)
        parts |= PartSource;
    if (!(x.outputsPart == y.outputsPart))
        parts |= PartOutputs;
    if (!(x.metadata == y.metadata) || !(x.other == y.other))
        parts |= PartMetadata;
    if (!(x.attachments == y.attachments))
        parts |= PartAttachments;
    if (x.type != y.type)
        parts |= PartCellType;
    if (!(x.executionCount == y.executionCount))
        parts |= PartExecutionCount;
    if (x.hasId && y.hasId && x.id != y.id)
        parts |= PartId;
    return parts;
}

// Keys of two objects (Python dicts) whose values differ, or that only one has; sorted.
QStringList differingKeys(const JsonValue* x, const JsonValue* y)
{
    static const JsonValue empty = JsonValue::object();
    const std::vector<const JsonValue*> xs = dictMembers(x && x->isObject() ? *x : empty);
    const std::vector<const JsonValue*> ys = dictMembers(y && y->isObject() ? *y : empty);
    QStringList keys;
    auto i = xs.begin();
    auto j = ys.begin();
    while (i != xs.end() || j != ys.end()) {
        if (j == ys.end() || (i != xs.end() && (*i)->key < (*j)->key)) {
            keys.append(text((*i++)->key));
        } else if (i == xs.end() || (*j)->key < (*i)->key) {
            keys.append(text((*j++)->key));
        } else {
            if (digestJson(**i).hash != digestJson(**j).hash)
                keys.append(text((*i)->key));
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

std::vector<SourceLine> sourceDiff(std::string_view x, std::string_view y)
{
    std::vector<SourceLine> lines;
    if (x == y) {
        const int n = lineCount(x);
        lines.reserve(std::size_t(n));
        for (int k = 0; k < n; ++k)
            lines.push_back({SourceLine::Same, k, k});
        return lines;
    }
    const std::vector<std::string_view> xl = splitLinesKeepEnds(x);
    const std::vector<std::string_view> yl = splitLinesKeepEnds(y);
    const std::vector<LineEdit> edits = diffLines(xl, yl);
    lines.reserve(edits.size());
    for (const LineEdit& e : edits)
        lines.push_back({SourceLine::Kind(e.kind), e.aLine, e.bLine});
    return lines;
}

std::vector<SourceLine> allLines(std::string_view source, SourceLine::Kind kind)
{
    const auto n = std::size_t(lineCount(source));
    std::vector<SourceLine> lines;
    lines.reserve(n);
    for (int k = 0; k < int(n); ++k)
        lines.push_back({kind, kind == SourceLine::Removed ? k : -1, kind == SourceLine::Added ? k : -1});
    return lines;
}

std::vector<CellInfo> describeCells(const Notebook* notebook)
{
    std::vector<CellInfo> cells;
    if (!notebook)
        return cells;
    const std::vector<const JsonValue*> list = notebook->cells();
    cells.reserve(list.size());
    for (const JsonValue* cell : list)
        cells.push_back(describeCell(*cell));
    return cells;
}

CellDiff oneSided(const CellInfo& cell, int index, CellStatus status, Words& words)
{
    CellDiff d;
    d.status = status;
    (status == CellStatus::Added ? d.b : d.a) = index;
    d.cellType = words(cell.type);
    d.id = cell.hasId ? text(cell.id) : QString();
    d.source = allLines(cell.source, status == CellStatus::Added ? SourceLine::Added : SourceLine::Removed);
    (status == CellStatus::Added ? d.outputsB : d.outputsA) = summarise(cell, words);
    return d;
}

QString versionOf(const Notebook* notebook)
{
    return notebook ? QStringLiteral("%1.%2").arg(notebook->majorVersion()).arg(notebook->minorVersion())
                    : QString();
}

QJsonArray summariesToJson(const QList<OutputSummary>& outputs)
{
    QJsonArray list;
    for (const OutputSummary& o : outputs)
        list.append(QJsonObject{{QStringLiteral("output_type"), o.outputType},
                                {QStringLiteral("detail"), o.detail},
                                {QStringLiteral("bytes"), o.bytes},
                                {QStringLiteral("hash"), o.hash}});
    return list;
}

} // namespace

QStringList cellPartNames(unsigned parts)
{
    static const char* const names[] = {"source",    "outputs",         "metadata", "attachments",
                                        "cell_type", "execution_count", "id"};
    QStringList list;
    for (unsigned k = 0; k < std::size(names); ++k)
        if (parts & (1u << k))
            list.append(QLatin1String(names[k]));
    return list;
}

int NotebookDiff::changedCells() const
{
    int n = 0;
    for (const CellDiff& cell : cells)
        n += cell.status != CellStatus::Unchanged;
    return n;
}

namespace diffdetail {

NotebookDiff assembleDiff(const std::vector<CellInfo>& cellsA, const std::vector<CellInfo>& cellsB,
                          const JsonValue* metadataA, const JsonValue* metadataB)
{
    NotebookDiff diff;
    const std::vector<std::pair<int, int>> pairs = matchCells(cellsA, cellsB);
    Words words;
    diff.cells.reserve(qsizetype(cellsB.size() + cellsA.size() - pairs.size()));
    int i0 = 0, j0 = 0;
    for (std::size_t k = 0; k <= pairs.size(); ++k) {
        const auto [i, j] =
            k < pairs.size() ? pairs[k] : std::pair<int, int>(int(cellsA.size()), int(cellsB.size()));
        for (int x = i0; x < i; ++x)
            diff.cells.append(oneSided(cellsA[std::size_t(x)], x, CellStatus::Removed, words));
        for (int y = j0; y < j; ++y)
            diff.cells.append(oneSided(cellsB[std::size_t(y)], y, CellStatus::Added, words));
        if (k == pairs.size())
            break;
        const CellInfo& x = cellsA[std::size_t(i)];
        const CellInfo& y = cellsB[std::size_t(j)];
        CellDiff d;
        d.a = i;
        d.b = j;
        d.changed = changedParts(x, y);
        d.status = d.changed ? CellStatus::Modified : CellStatus::Unchanged;
        d.cellType = words(y.type);
        d.id = y.hasId ? text(y.id) : x.hasId ? text(x.id) : QString();
        d.source = sourceDiff(x.source, y.source);
        d.outputsA = summarise(x, words);
        d.outputsB = summarise(y, words);
        if (d.changed & PartMetadata)
            d.metadataKeys = differingKeys(x.cell->find("metadata"), y.cell->find("metadata"));
        diff.cells.append(std::move(d));
        i0 = i + 1;
        j0 = j + 1;
    }
    diff.metadataKeys = differingKeys(metadataA, metadataB);
    return diff;
}

} // namespace diffdetail

NotebookDiff diffNotebooks(std::shared_ptr<const Notebook> a, std::shared_ptr<const Notebook> b)
{
    const Notebook* na = a.get();
    const Notebook* nb = b.get();

    // The two sides are described on two threads: hashing the outputs is most of the work.
    std::vector<CellInfo> cellsA;
    std::thread describeA([&] { cellsA = describeCells(na); });
    std::vector<CellInfo> cellsB = describeCells(nb);
    describeA.join();

    NotebookDiff diff =
        assembleDiff(cellsA, cellsB, na ? &na->metadata() : nullptr, nb ? &nb->metadata() : nullptr);
    diff.a = std::move(a);
    diff.b = std::move(b);
    diff.nbformatA = versionOf(na);
    diff.nbformatB = versionOf(nb);
    diff.nbformatChanged = na && nb && diff.nbformatA != diff.nbformatB;
    return diff;
}

Result<NotebookDiff> diffNotebookBytes(QByteArray a, const QString& sourceA, QByteArray b,
                                       const QString& sourceB)
{
    // Both parsed at once, on two threads (the parse is most of a big diff's time).
    std::optional<Result<Notebook>> parsedB;
    std::thread parseB([&] { parsedB.emplace(Notebook::parse(std::move(b), sourceB)); });
    auto left = Notebook::parse(std::move(a), sourceA);
    parseB.join();
    if (!left)
        return left.error();
    Result<Notebook>& right = *parsedB;
    if (!right)
        return right.error();
    const QString versionA = versionOf(&*left);
    const QString versionB = versionOf(&*right);
    left->upgradeToV4(); // does nothing to 4.x
    right->upgradeToV4();
    NotebookDiff diff = diffNotebooks(std::make_shared<const Notebook>(std::move(*left)),
                                      std::make_shared<const Notebook>(std::move(*right)));
    diff.nbformatA = versionA;
    diff.nbformatB = versionB;
    diff.nbformatChanged = versionA != versionB;
    return diff;
}

QStringList cellSourceLines(const Notebook& notebook, int cellIndex)
{
    const std::vector<const JsonValue*> cells = notebook.cells();
    if (cellIndex < 0 || std::size_t(cellIndex) >= cells.size())
        return {};
    QStringList lines;
    for (std::string_view line : splitLinesKeepEnds(notebook.cellSource(*cells[std::size_t(cellIndex)]))) {
        std::size_t keep = line.size();
        // Drop the line end (the boundaries splitlines knows: 1 to 3 bytes).
        if (line.ends_with("\r\n"))
            keep -= 2;
        else if (line.ends_with("\xc2\x85"))
            keep -= 2;
        else if (line.ends_with("\xe2\x80\xa8") || line.ends_with("\xe2\x80\xa9"))
            keep -= 3;
        else if (!line.empty() &&
                 std::string_view("\n\r\v\f\x1c\x1d\x1e").find(line.back()) != std::string_view::npos)
            keep -= 1;
        lines.append(text(line.substr(0, keep)));
    }
    return lines;
}

bool cellOutputsShown(const CellDiff& c)
{
    return (c.changed & PartOutputs) || (c.status == CellStatus::Added && !c.outputsB.isEmpty()) ||
           (c.status == CellStatus::Removed && !c.outputsA.isEmpty());
}

QJsonObject diffToJson(const NotebookDiff& diff)
{
    QJsonArray cells;
    int counts[4] = {0, 0, 0, 0};
    for (const CellDiff& c : diff.cells) {
        ++counts[int(c.status)];
        QJsonObject cell{{QStringLiteral("status"), cellStatusName(c.status)},
                         {QStringLiteral("a"), c.a >= 0 ? QJsonValue(c.a) : QJsonValue()},
                         {QStringLiteral("b"), c.b >= 0 ? QJsonValue(c.b) : QJsonValue()},
                         {QStringLiteral("changed"), QJsonArray::fromStringList(cellPartNames(c.changed))},
                         {QStringLiteral("cell_type"), c.cellType}};
        if (!c.id.isEmpty())
            cell.insert(QStringLiteral("id"), c.id);
        int removed = 0, added = 0, same = 0;
        for (const SourceLine& line : c.source)
            (line.kind == SourceLine::Same ? same : line.kind == SourceLine::Added ? added : removed) += 1;
        cell.insert(QStringLiteral("source"), QJsonObject{{QStringLiteral("same"), same},
                                                          {QStringLiteral("removed"), removed},
                                                          {QStringLiteral("added"), added}});
        if (cellOutputsShown(c))
            cell.insert(QStringLiteral("outputs"),
                        QJsonObject{{QStringLiteral("a"), summariesToJson(c.outputsA)},
                                    {QStringLiteral("b"), summariesToJson(c.outputsB)}});
        if (!c.metadataKeys.isEmpty())
            cell.insert(QStringLiteral("metadata"), QJsonArray::fromStringList(c.metadataKeys));
        cells.append(cell);
    }
    return QJsonObject{
        {QStringLiteral("cells"), cells},
        {QStringLiteral("metadata"), QJsonArray::fromStringList(diff.metadataKeys)},
        {QStringLiteral("nbformat"), QJsonObject{{QStringLiteral("a"), diff.nbformatA},
                                                 {QStringLiteral("b"), diff.nbformatB},
                                                 {QStringLiteral("changed"), diff.nbformatChanged}}},
        {QStringLiteral("summary"), QJsonObject{{QStringLiteral("unchanged"), counts[0]},
                                                {QStringLiteral("modified"), counts[1]},
                                                {QStringLiteral("added"), counts[2]},
                                                {QStringLiteral("removed"), counts[3]}}},
    };
}

QString cellStatusName(CellStatus status)
{
    switch (status) {
    case CellStatus::Unchanged:
        return QStringLiteral("unchanged");
    case CellStatus::Modified:
        return QStringLiteral("modified");
    case CellStatus::Added:
        return QStringLiteral("added");
    case CellStatus::Removed:
        return QStringLiteral("removed");
    }
    return {};
}

} // namespace ts::nb
