// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The rows NotebookDiffView shows for one nb::NotebookDiff, flattened into a list: per cell a header (status
// word, indices, what changed; checkable when changed and the view applies cells), its source as a line diff
// ("-"/"+" signs), its outputs summarised, its metadata keys folded into one line; runs of unchanged cells
// folded into one "N unchanged cells" row that expands. Only small index records are kept per row: the text
// of a line is read from the notebook when the row is painted (with a per-cell cache), so a 3,000-cell diff
// builds in milliseconds.
#pragma once

#include "notebooks/NotebookDiff.h"

#include <QAbstractListModel>
#include <QHash>
#include <QIcon>
#include <QPalette>

#include <set>
#include <vector>

namespace ts::gui {

class NotebookDiffModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Kind : unsigned char { NotebookMetadata, Header, Line, Outputs, Metadata, Fold };
    enum Roles { KindRole = Qt::UserRole + 1, CellRole, LineKindRole };

    explicit NotebookDiffModel(QObject* parent = nullptr);

    void setDiff(const nb::NotebookDiff& diff);
    void clear();
    void setCheckable(bool checkable);
    void setPalette(const QPalette& palette);

    const nb::NotebookDiff& diff() const { return m_diff; }
    QList<int> checkedRows() const;
    // Expands the fold at `row` (a Fold row); false for other rows.
    bool expand(const QModelIndex& index);
    // The list row of a diff row's header (-1 when folded away).
    int headerRow(int cell) const;
    void setChecked(int cell, bool checked);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

signals:
    void checkedRowsChanged();

private:
    struct Row
    {
        Kind kind;
        int cell; // diff row (Fold: the first cell of the run)
        int sub;  // Line: index into the cell's source; Outputs: output line; Fold: cells in the run
    };
    struct OutputLine
    {
        char sign; // ' ', '-', '+'
        QString text;
    };

    void rebuild();
    void appendCell(int cell);
    QString headerText(int cell) const;
    QString lineText(int cell, int line, QChar* sign) const;
    const QStringList& linesOf(bool sideB, int cellIndex) const;
    std::vector<OutputLine> outputLines(int cell) const;

    nb::NotebookDiff m_diff;
    std::vector<Row> m_rows;
    std::set<int> m_expandedFolds; // first cells of the unchanged runs the user opened
    std::set<int> m_checked;       // diff rows
    bool m_checkable = false;
    QPalette m_palette;
    QColor m_addedBackground, m_removedBackground, m_headerBackground;
    QIcon m_icons[4];
    mutable QHash<qint64, QStringList> m_lines; // (side, cell index) → its source lines
    mutable QHash<int, std::vector<OutputLine>> m_outputs;
};

} // namespace ts::gui
