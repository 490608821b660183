// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "models/LintFindingsModel.h"

namespace ts {

LintFindingsModel::LintFindingsModel(QObject* parent) : QAbstractTableModel(parent) {}

void LintFindingsModel::setFindings(const QList<nb::LintFinding>& findings)
{
    beginResetModel();
    m_findings = findings;
    endResetModel();
}

int LintFindingsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int LintFindingsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LintFindingsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const nb::LintFinding& f = m_findings[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CellColumn:
            return tr("cell %1").arg(f.cell + 1);
        case LineColumn:
            return f.line > 0 ? QString::number(f.line) : QStringLiteral("—");
        case RuleColumn:
            return f.rule;
        case MessageColumn:
            return f.message;
        case FixColumn:
            return f.fix;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return index.column() == MessageColumn && !f.fix.isEmpty() ? tr("%1\nFix: %2").arg(f.message, f.fix)
                                                                   : f.fix;
    case Qt::TextAlignmentRole:
        return index.column() == LineColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case CellRole:
        return f.cell;
    case LineRole:
        return f.line;
    case RuleRole:
        return f.rule;
    case SortKeyRole:
        switch (index.column()) {
        case CellColumn:
            return qint64(f.cell) * 100000 + f.line; // by cell, then line
        case LineColumn:
            return f.line;
        case RuleColumn:
            return f.rule;
        case MessageColumn:
            return f.message.toLower();
        case FixColumn:
            return f.fix.toLower();
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant LintFindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CellColumn:
        return tr("Cell");
    case LineColumn:
        return tr("Line");
    case RuleColumn:
        return tr("Rule");
    case MessageColumn:
        return tr("Finding");
    case FixColumn:
        return tr("Fix");
    default:
        return {};
    }
}

} // namespace ts
