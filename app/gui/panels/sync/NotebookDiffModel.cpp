// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "panels/sync/NotebookDiffModel.h"

#include "PaletteColours.h"
#include "StatusColors.h"
#include "ThemedIcons.h"

#include <QFont>
#include <QFontDatabase>
#include <QLocale>

namespace ts::gui {

namespace {

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString outputText(const nb::OutputSummary& output)
{
    QString text = output.outputType;
    if (!output.detail.isEmpty())
        text += u' ' + output.detail;
    return text + QStringLiteral(", ") + sizeText(output.bytes);
}

} // namespace

NotebookDiffModel::NotebookDiffModel(QObject* parent) : QAbstractListModel(parent)
{
    m_icons[int(nb::CellStatus::Modified)] = statusIcon("unexpected");
    m_icons[int(nb::CellStatus::Added)] = statusIcon("present");
    m_icons[int(nb::CellStatus::Removed)] = statusIcon("missing");
    setPalette(QPalette());
}

void NotebookDiffModel::setPalette(const QPalette& palette)
{
    m_palette = palette;
    const QColor base = palette.color(QPalette::Base);
    m_addedBackground = mixedColour(base, statusColor(StatusTone::Good, palette), 0.18);
    m_removedBackground = mixedColour(base, statusColor(StatusTone::Bad, palette), 0.18);
    m_headerBackground = palette.color(QPalette::AlternateBase);
    if (!m_rows.empty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1), {Qt::BackgroundRole, Qt::ForegroundRole});
}

void NotebookDiffModel::setDiff(const nb::NotebookDiff& diff)
{
    beginResetModel();
    m_diff = diff;
    m_expandedFolds.clear();
    m_checked.clear();
    m_lines.clear();
    m_outputs.clear();
    rebuild();
    endResetModel();
    emit checkedRowsChanged();
}

void NotebookDiffModel::clear()
{
    setDiff(nb::NotebookDiff{});
}

void NotebookDiffModel::setCheckable(bool checkable)
{
    if (m_checkable == checkable)
        return;
    beginResetModel();
    m_checkable = checkable;
    if (!checkable)
        m_checked.clear();
    endResetModel();
    emit checkedRowsChanged();
}

QList<int> NotebookDiffModel::checkedRows() const
{
    return QList<int>(m_checked.begin(), m_checked.end());
}

void NotebookDiffModel::rebuild()
{
    m_rows.clear();
    m_rows.reserve(std::size_t(m_diff.cells.size()) * 4);
    if (!m_diff.metadataKeys.isEmpty() || m_diff.nbformatChanged)
        m_rows.push_back({NotebookMetadata, -1, 0});
    const int count = int(m_diff.cells.size());
    for (int cell = 0; cell < count;) {
        if (m_diff.cells.at(cell).status != nb::CellStatus::Unchanged) {
            appendCell(cell++);
            continue;
        }
        int end = cell;
        while (end < count && m_diff.cells.at(end).status == nb::CellStatus::Unchanged)
            ++end;
        if (m_expandedFolds.count(cell)) {
            for (int i = cell; i < end; ++i)
                appendCell(i);
        } else {
            m_rows.push_back({Fold, cell, end - cell});
        }
        cell = end;
    }
}

void NotebookDiffModel::appendCell(int cell)
{
    const nb::CellDiff& diff = m_diff.cells.at(cell);
    m_rows.push_back({Header, cell, 0});
    for (int line = 0; line < int(diff.source.size()); ++line)
        m_rows.push_back({Line, cell, line});
    if (diff.status != nb::CellStatus::Unchanged) {
        const std::size_t outputs = outputLines(cell).size();
        for (std::size_t i = 0; i < outputs; ++i)
            m_rows.push_back({Outputs, cell, int(i)});
    }
    if (!diff.metadataKeys.isEmpty())
        m_rows.push_back({Metadata, cell, 0});
}

std::vector<NotebookDiffModel::OutputLine> NotebookDiffModel::outputLines(int cell) const
{
    if (const auto it = m_outputs.constFind(cell); it != m_outputs.constEnd())
        return *it;
    const nb::CellDiff& diff = m_diff.cells.at(cell);
    std::vector<OutputLine> lines;
    auto summary = [](const QList<nb::OutputSummary>& outputs) {
        qint64 bytes = 0;
        for (const nb::OutputSummary& output : outputs)
            bytes += output.bytes;
        return NotebookDiffModel::tr("%n output(s), %1", nullptr, outputs.size()).arg(sizeText(bytes));
    };
    if (diff.status == nb::CellStatus::Added && !diff.outputsB.isEmpty()) {
        lines.push_back({'+', tr("outputs: ") + summary(diff.outputsB)});
    } else if (diff.status == nb::CellStatus::Removed && !diff.outputsA.isEmpty()) {
        lines.push_back({'-', tr("outputs: ") + summary(diff.outputsA)});
    } else if (diff.status == nb::CellStatus::Modified) {
        if (!(diff.changed & nb::PartOutputs)) {
            if (!diff.outputsB.isEmpty())
                lines.push_back({' ', tr("outputs unchanged: ") + summary(diff.outputsB)});
        } else {
            // Outputs of A not in B (by hash) removed, of B not in A added, the rest kept.
            QHash<QString, int> inB;
            for (const nb::OutputSummary& output : diff.outputsB)
                ++inB[output.hash];
            QHash<QString, int> inA;
            for (const nb::OutputSummary& output : diff.outputsA)
                ++inA[output.hash];
            for (const nb::OutputSummary& output : diff.outputsA) {
                if (inB.value(output.hash) > 0)
                    --inB[output.hash];
                else
                    lines.push_back({'-', tr("output ") + outputText(output)});
            }
            for (const nb::OutputSummary& output : diff.outputsB) {
                const bool kept = inA.value(output.hash) > 0;
                if (kept)
                    --inA[output.hash];
                lines.push_back({kept ? ' ' : '+', tr("output ") + outputText(output)});
            }
            if (lines.empty())
                lines.push_back({' ', tr("outputs: reordered")});
        }
    }
    m_outputs.insert(cell, lines);
    return lines;
}

const QStringList& NotebookDiffModel::linesOf(bool sideB, int cellIndex) const
{
    const qint64 key = (qint64(sideB) << 32) | qint64(quint32(cellIndex));
    auto it = m_lines.find(key);
    if (it == m_lines.end()) {
        const std::shared_ptr<const nb::Notebook>& notebook = sideB ? m_diff.b : m_diff.a;
        it = m_lines.insert(key, notebook && cellIndex >= 0 ? nb::cellSourceLines(*notebook, cellIndex)
                                                            : QStringList());
    }
    return *it;
}

QString NotebookDiffModel::lineText(int cell, int line, QChar* sign) const
{
    const nb::CellDiff& diff = m_diff.cells.at(cell);
    const nb::SourceLine& source = diff.source.at(std::size_t(line));
    switch (source.kind) {
    case nb::SourceLine::Removed:
        *sign = u'-';
        return linesOf(false, diff.a).value(source.aLine);
    case nb::SourceLine::Added:
        *sign = u'+';
        return linesOf(true, diff.b).value(source.bLine);
    case nb::SourceLine::Same:
        break;
    }
    *sign = u' ';
    return diff.b >= 0 ? linesOf(true, diff.b).value(source.bLine)
                       : linesOf(false, diff.a).value(source.aLine);
}

QString NotebookDiffModel::headerText(int cell) const
{
    const nb::CellDiff& diff = m_diff.cells.at(cell);
    QString where;
    if (diff.a >= 0 && diff.b >= 0)
        where = diff.a == diff.b ? tr("cell %1").arg(diff.b + 1)
                                 : tr("cell %1 → %2").arg(diff.a + 1).arg(diff.b + 1);
    else if (diff.b >= 0)
        where = tr("new cell %1").arg(diff.b + 1);
    else
        where = tr("cell %1").arg(diff.a + 1);
    QString text = nb::cellStatusName(diff.status).toUpper() + QStringLiteral("  ") + where;
    if (!diff.cellType.isEmpty())
        text += QStringLiteral(" (") + diff.cellType + u')';
    if (diff.status == nb::CellStatus::Modified && diff.changed != 0)
        text += QStringLiteral(" — ") +
                tr("changed: %1").arg(nb::cellPartNames(diff.changed).join(QStringLiteral(", ")));
    return text;
}

int NotebookDiffModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant NotebookDiffModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Row& row = m_rows[std::size_t(index.row())];
    if (role == KindRole)
        return int(row.kind);
    if (role == CellRole)
        return row.cell;
    switch (row.kind) {
    case NotebookMetadata:
        if (role == Qt::DisplayRole) {
            QStringList parts;
            if (m_diff.nbformatChanged)
                parts << tr("nbformat version");
            if (!m_diff.metadataKeys.isEmpty())
                parts << tr("metadata: %1").arg(m_diff.metadataKeys.join(QStringLiteral(", ")));
            return tr("Notebook changed: %1").arg(parts.join(QStringLiteral("; ")));
        }
        if (role == Qt::BackgroundRole)
            return m_headerBackground;
        break;
    case Header: {
        const nb::CellDiff& diff = m_diff.cells.at(row.cell);
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return headerText(row.cell);
        if (role == Qt::DecorationRole && diff.status != nb::CellStatus::Unchanged)
            return m_icons[int(diff.status)];
        if (role == Qt::FontRole) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if (role == Qt::BackgroundRole)
            return m_headerBackground;
        if (role == Qt::CheckStateRole && m_checkable && diff.status != nb::CellStatus::Unchanged)
            return m_checked.count(row.cell) ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole && m_checkable && diff.status != nb::CellStatus::Unchanged)
            return tr("Check to apply this change (Space)");
        break;
    }
    case Line: {
        const nb::SourceLine& source = m_diff.cells.at(row.cell).source.at(std::size_t(row.sub));
        if (role == Qt::DisplayRole) {
            QChar sign;
            const QString text = lineText(row.cell, row.sub, &sign);
            return sign + QStringLiteral(" ") + text;
        }
        if (role == LineKindRole)
            return int(source.kind);
        if (role == Qt::FontRole)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        if (role == Qt::BackgroundRole && source.kind != nb::SourceLine::Same)
            return source.kind == nb::SourceLine::Added ? m_addedBackground : m_removedBackground;
        if (role == Qt::ForegroundRole && source.kind != nb::SourceLine::Same)
            return readableOn(source.kind == nb::SourceLine::Added ? m_addedBackground : m_removedBackground,
                              m_palette.color(QPalette::Text));
        if (role == Qt::AccessibleTextRole) {
            QChar sign;
            const QString text = lineText(row.cell, row.sub, &sign);
            return (source.kind == nb::SourceLine::Added     ? tr("added: ")
                    : source.kind == nb::SourceLine::Removed ? tr("removed: ")
                                                             : QString()) +
                   text;
        }
        break;
    }
    case Outputs: {
        const std::vector<OutputLine> lines = outputLines(row.cell);
        if (row.sub >= int(lines.size()))
            return {};
        const OutputLine& line = lines[std::size_t(row.sub)];
        if (role == Qt::DisplayRole)
            return QChar::fromLatin1(line.sign) + QStringLiteral(" ") + line.text;
        if (role == Qt::FontRole) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        if (role == Qt::BackgroundRole && line.sign != ' ')
            return line.sign == '+' ? m_addedBackground : m_removedBackground;
        break;
    }
    case Metadata:
        if (role == Qt::DisplayRole)
            return tr("  metadata changed: %1")
                .arg(m_diff.cells.at(row.cell).metadataKeys.join(QStringLiteral(", ")));
        if (role == Qt::FontRole) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    case Fold:
        if (role == Qt::DisplayRole)
            return tr("%n unchanged cell(s) — press Return or double-click to show", nullptr, row.sub);
        if (role == Qt::ForegroundRole)
            return m_palette.color(QPalette::PlaceholderText);
        if (role == Qt::ToolTipRole)
            return tr("Cells %1 to %2 are the same on both sides")
                .arg(m_diff.cells.at(row.cell).b + 1)
                .arg(m_diff.cells.at(row.cell + row.sub - 1).b + 1);
        break;
    }
    return {};
}

bool NotebookDiffModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::CheckStateRole || !index.isValid() || !(flags(index) & Qt::ItemIsUserCheckable))
        return false;
    const Row& row = m_rows[std::size_t(index.row())];
    if (Qt::CheckState(value.toInt()) == Qt::Checked)
        m_checked.insert(row.cell);
    else
        m_checked.erase(row.cell);
    emit dataChanged(index, index, {Qt::CheckStateRole});
    emit checkedRowsChanged();
    return true;
}

void NotebookDiffModel::setChecked(int cell, bool checked)
{
    const int row = headerRow(cell);
    if (row >= 0)
        setData(index(row), checked ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
}

Qt::ItemFlags NotebookDiffModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    const Row& row = m_rows[std::size_t(index.row())];
    if (row.kind == Header && m_checkable && m_diff.cells.at(row.cell).status != nb::CellStatus::Unchanged)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

bool NotebookDiffModel::expand(const QModelIndex& index)
{
    if (!index.isValid() || m_rows[std::size_t(index.row())].kind != Fold)
        return false;
    const Row fold = m_rows[std::size_t(index.row())];
    // Rows of the run replace the fold row in place (no reset: the view keeps its scroll position).
    std::vector<Row> before;
    before.swap(m_rows);
    m_expandedFolds.insert(fold.cell);
    m_rows.reserve(before.size() + std::size_t(fold.sub) * 4);
    m_rows.insert(m_rows.end(), before.begin(), before.begin() + index.row());
    for (int i = fold.cell; i < fold.cell + fold.sub; ++i)
        appendCell(i);
    const int added = int(m_rows.size()) - index.row() - 1;
    m_rows.insert(m_rows.end(), before.begin() + index.row() + 1, before.end());
    // Tell the view: first the rows after the fold are inserted (the fold row still shows the fold), then
    // the fold row becomes the run's first header.
    const Row first = m_rows[std::size_t(index.row())];
    m_rows[std::size_t(index.row())] = fold;
    m_rows.swap(before);
    if (added > 0)
        beginInsertRows({}, index.row() + 1, index.row() + added);
    m_rows.swap(before);
    if (added > 0)
        endInsertRows();
    m_rows[std::size_t(index.row())] = first;
    emit dataChanged(index, index);
    return true;
}

int NotebookDiffModel::headerRow(int cell) const
{
    for (int i = 0; i < int(m_rows.size()); ++i) {
        if (m_rows[std::size_t(i)].kind == Header && m_rows[std::size_t(i)].cell == cell)
            return i;
    }
    return -1;
}

} // namespace ts::gui
