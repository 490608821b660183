// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// `notebook diff --json` written as text directly: the same document as diffToJson (NotebookDiff.h), one cell
// a line, without building thousands of QJsonObjects (a 3,000-cell diff: 55-75 ms through QJsonDocument on
// this VM, a few ms here).
#include "notebooks/NotebookDiff.h"

namespace ts::nb {

namespace {

void appendString(QByteArray& out, const QString& value)
{
    out += '"';
    const QByteArray utf8 = value.toUtf8();
    for (char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20) {
            static const char hexDigits[] = "0123456789abcdef";
            switch (c) {
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            default:
                out += "\\u00";
                out += hexDigits[u >> 4];
                out += hexDigits[u & 15];
            }
        } else {
            out += c;
        }
    }
    out += '"';
}

void appendStrings(QByteArray& out, const QStringList& values)
{
    out += '[';
    for (qsizetype k = 0; k < values.size(); ++k) {
        if (k)
            out += ", ";
        appendString(out, values[k]);
    }
    out += ']';
}

void appendIndex(QByteArray& out, int index)
{
    if (index < 0)
        out += "null";
    else
        out += QByteArray::number(index);
}

void appendOutputs(QByteArray& out, const QList<OutputSummary>& outputs)
{
    out += '[';
    for (qsizetype k = 0; k < outputs.size(); ++k) {
        const OutputSummary& o = outputs[k];
        out += k ? ", {\"output_type\": " : "{\"output_type\": ";
        appendString(out, o.outputType);
        out += ", \"detail\": ";
        appendString(out, o.detail);
        out += ", \"bytes\": ";
        out += QByteArray::number(o.bytes);
        out += ", \"hash\": ";
        appendString(out, o.hash);
        out += '}';
    }
    out += ']';
}

} // namespace

QByteArray diffToJsonText(const NotebookDiff& diff)
{
    QByteArray out;
    out.reserve(qsizetype(diff.cells.size()) * 160 + 256);
    int counts[4] = {0, 0, 0, 0};
    out += "{\n    \"cells\": [";
    for (qsizetype k = 0; k < diff.cells.size(); ++k) {
        const CellDiff& c = diff.cells[k];
        ++counts[int(c.status)];
        out += k ? ",\n        {\"status\": " : "\n        {\"status\": ";
        appendString(out, cellStatusName(c.status));
        out += ", \"a\": ";
        appendIndex(out, c.a);
        out += ", \"b\": ";
        appendIndex(out, c.b);
        out += ", \"changed\": ";
        appendStrings(out, cellPartNames(c.changed));
        out += ", \"cell_type\": ";
        appendString(out, c.cellType);
        if (!c.id.isEmpty()) {
            out += ", \"id\": ";
            appendString(out, c.id);
        }
        int removed = 0, added = 0, same = 0;
        for (const SourceLine& line : c.source)
            (line.kind == SourceLine::Same ? same : line.kind == SourceLine::Added ? added : removed) += 1;
        out += ", \"source\": {\"same\": " + QByteArray::number(same) +
               ", \"removed\": " + QByteArray::number(removed) + ", \"added\": " + QByteArray::number(added) +
               '}';
        if (cellOutputsShown(c)) {
            out += ", \"outputs\": {\"a\": ";
            appendOutputs(out, c.outputsA);
            out += ", \"b\": ";
            appendOutputs(out, c.outputsB);
            out += '}';
        }
        if (!c.metadataKeys.isEmpty()) {
            out += ", \"metadata\": ";
            appendStrings(out, c.metadataKeys);
        }
        out += '}';
    }
    out += diff.cells.isEmpty() ? "],\n" : "\n    ],\n";
    out += "    \"metadata\": ";
    appendStrings(out, diff.metadataKeys);
    out += ",\n    \"nbformat\": {\"a\": ";
    appendString(out, diff.nbformatA);
    out += ", \"b\": ";
    appendString(out, diff.nbformatB);
    out += diff.nbformatChanged ? ", \"changed\": true},\n" : ", \"changed\": false},\n";
    out += "    \"summary\": {\"unchanged\": " + QByteArray::number(counts[0]) +
           ", \"modified\": " + QByteArray::number(counts[1]) +
           ", \"added\": " + QByteArray::number(counts[2]) +
           ", \"removed\": " + QByteArray::number(counts[3]) + "}\n}\n";
    return out;
}

} // namespace ts::nb
