// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// A notebook-aware diff (issue 16; docs/notebook-diff.md): the cells of two notebooks matched (by cell id
// when both sides have ids, else by content), each matched cell's source as a line diff, its outputs
// summarised (type, size, changed or not; images by hash), its metadata changes folded into key names; the
// notebook's own metadata changes likewise. What `teamspace-cli notebook diff --json` prints and what the
// Sync panel's diff view shows. Works on parsed notebooks (Notebook.h), never on their text.
#pragma once

#include "notebooks/Notebook.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace ts::nb {

enum class CellStatus : unsigned char { Unchanged, Modified, Added, Removed };

// What differs in a matched cell (a bit set); the names are the JSON's "changed" words, in this order.
enum CellPart : unsigned {
    PartSource = 1u << 0,         // "source"
    PartOutputs = 1u << 1,        // "outputs"
    PartMetadata = 1u << 2,       // "metadata"
    PartAttachments = 1u << 3,    // "attachments"
    PartCellType = 1u << 4,       // "cell_type"
    PartExecutionCount = 1u << 5, // "execution_count"
    PartId = 1u << 6,             // "id": both cells have ids and they differ (matched by content)
};
QStringList cellPartNames(unsigned parts);

// One line of a cell's source in the line diff: in both (Same), only in A (Removed) or only in B (Added).
struct SourceLine
{
    enum Kind : unsigned char { Same, Removed, Added };
    Kind kind = Same;
    int aLine = -1; // 0-based line of A's source; -1 for Added
    int bLine = -1; // 0-based line of B's source; -1 for Removed
};

// One output of a cell, summarised: never its data.
struct OutputSummary
{
    QString outputType; // "stream", "execute_result", "display_data", "error"
    QString detail;     // stream name, the richest MIME type, or the error's ename
    qint64 bytes = 0;   // the output's size as JSON text (what it adds to the file)
    QString hash;       // a hash of the output's data (for images: of the decoded data's text), hex
    // 16 hex digits of a 64-bit hash of the output without its "metadata" and "execution_count": equal
    // hashes, equal content. Outputs that differ only in those two have equal hashes but count as changed.
};

struct CellDiff
{
    CellStatus status = CellStatus::Unchanged;
    int a = -1;           // index of the cell in A; -1 when added
    int b = -1;           // index of the cell in B; -1 when removed
    unsigned changed = 0; // CellPart bits; 0 unless Modified
    QString cellType;     // B's ("code", "markdown", "raw"), A's when removed
    QString id;           // the cell id (B's, else A's); empty when the notebook has none
    // The source line diff: every line of the cell (Same lines too), in order. For added and removed cells
    // all lines are Added / Removed. Empty only when both sources are empty.
    std::vector<SourceLine> source;
    QList<OutputSummary> outputsA; // A's outputs (empty for added cells and non-code cells)
    QList<OutputSummary> outputsB;
    QStringList metadataKeys; // the cell-metadata keys that differ (added, removed or changed), sorted
};

struct NotebookDiff
{
    // In B's order, each removed cell where it stood in A (after the cell that preceded it in A).
    QList<CellDiff> cells;
    QStringList metadataKeys; // notebook-level metadata keys that differ, sorted
    bool nbformatChanged = false;
    QString nbformatA, nbformatB; // "4.5", "3.0": as read (before a 3.x notebook is upgraded to be compared)
    // The two notebooks, kept so a viewer can show the text of any line (cellSourceLines).
    std::shared_ptr<const Notebook> a;
    std::shared_ptr<const Notebook> b;

    int changedCells() const; // cells whose status is not Unchanged
};

// Diffs two parsed notebooks (4.x; 3.x notebooks are compared after upgradeToV4 by the byte entry point).
NotebookDiff diffNotebooks(std::shared_ptr<const Notebook> a, std::shared_ptr<const Notebook> b);

// Parses both (BadInput naming the source that is not a notebook) and diffs them. Pass the bytes with
// std::move: they are parsed in place.
Result<NotebookDiff> diffNotebookBytes(QByteArray a, const QString& sourceA, QByteArray b,
                                       const QString& sourceB);

// The same diff read straight from two files, one pass each in small chunks, keeping of each cell only what
// the diff reads (long output data and attachments are hashed, then dropped): memory stays a fraction of the
// files' size. `a` and `b` are left null (no cellSourceLines). nullopt when either file is anything but a
// readable, well-formed nbformat 4 notebook: read it with diffNotebookBytes then, which names the problem.
std::optional<NotebookDiff> diffNotebookFilesCompact(const QString& pathA, const QString& pathB);

// The lines of a cell's source (Python's splitlines with the ends dropped), for showing SourceLine entries.
QStringList cellSourceLines(const Notebook& notebook, int cellIndex);

// `notebook diff --json`: {"cells": [{"status", "a", "b", "changed", …}], …} (docs/CLI.md).
QJsonObject diffToJson(const NotebookDiff& diff);

// The same document as UTF-8 text, written directly (one cell a line): what the CLI prints.
QByteArray diffToJsonText(const NotebookDiff& diff);
// Whether a row's JSON lists its outputs: they changed, or an added / removed cell has some.
bool cellOutputsShown(const CellDiff& cell);

// Status words: "unchanged", "modified", "added", "removed".
QString cellStatusName(CellStatus status);

} // namespace ts::nb
