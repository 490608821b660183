#include "models/LintFindingsModel.h"

// SCAFFOLD: filled in by the models part of issue 15.
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
    if (!index.isValid() || index.row() >= m_findings.size() || role != Qt::DisplayRole)
        return {};
    const nb::LintFinding& f = m_findings[index.row()];
    switch (index.column()) {
    case RuleColumn: return f.rule;
    case MessageColumn: return f.message;
    default: return {};
    }
}

QVariant LintFindingsModel::headerData(int, Qt::Orientation, int) const
{
    return {};
}

} // namespace ts
