// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// A Jupyter notebook as nbformat holds it in memory: read with nbformat's rules (multi-line fields joined,
// transient keys dropped), written back byte for byte as nbformat.write would (see PythonJsonWriter.h).
// nbformat 4.x is read and written; 3.x is read (facts, lint) and written only after upgradeToV4().
#pragma once

#include "notebooks/JsonTree.h"
#include "notebooks/SplitLines.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace ts::nb {

// Notebooks larger than this are refused unread (the largest Colab will save is far below it).
inline constexpr qint64 kNotebookMaxBytes = qint64(2) * 1024 * 1024 * 1024 - 1;

class Notebook
{
public:
    // Parses and checks the structure nbformat relies on. Everything refused is BadInput naming `source` and
    // the byte offset (JSON errors, git conflict markers) or the field (`cells[3].source[2] is not a string`).
    // Pass the bytes with std::move: they are parsed in place.
    static Result<Notebook> parse(QByteArray bytes, const QString& source);

    int majorVersion() const { return m_major; }
    int minorVersion() const { return m_minor; }

    JsonValue& root() { return m_doc.root; }
    const JsonValue& root() const { return m_doc.root; }
    JsonValue& metadata() { return *m_doc.root.find("metadata"); }
    const JsonValue& metadata() const { return *m_doc.root.find("metadata"); }
    // The cells (for 3.x: of every worksheet, in order).
    std::vector<JsonValue*> cells();
    std::vector<const JsonValue*> cells() const;
    // The source text of a cell (4.x "source", 3.x code cells "input").
    std::string_view cellSource(const JsonValue& cell) const;

    // nbformat's v3 → v4 conversion (nbformat.v4.convert.upgrade), done only when a user asks for it. Cell ids
    // are "cell-1", "cell-2", … where nbformat draws random ones, so converting twice gives the same bytes.
    // Does nothing to a 4.x notebook.
    void upgradeToV4();

    // Keeps a string alive as long as the notebook (for values built after parsing).
    std::string_view store(std::string text) { return m_doc.store(std::move(text)); }

    // nbformat.writes: multi-line fields split into lists of lines, keys sorted, one-space indent, trailing
    // newline. 3.x notebooks are refused (BadInput).
    Result<QByteArray> serialize() const;

private:
    JsonDocument m_doc;
    std::vector<JsonDocument> m_embedded; // v3 application/json outputs parsed during upgradeToV4
    int m_major = 4;
    int m_minor = 0;
};

} // namespace ts::nb
