// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "models/HazardsModel.h"

#include <algorithm>

namespace ts {

HazardsModel::HazardsModel(QObject* parent) : StorageListModel(parent) {}

void HazardsModel::setReport(const services::HazardsReport& report)
{
    QStringList before, after;
    for (const hazards::Finding& finding : m_findings)
        before << finding.rule + QLatin1Char('\n') + finding.path;
    for (const hazards::Finding& finding : report.findings)
        after << finding.rule + QLatin1Char('\n') + finding.path;
    replaceRows(before, after, [&] { m_findings = report.findings; });
}

int HazardsModel::count(hazards::Severity severity) const
{
    return int(std::count_if(m_findings.cbegin(), m_findings.cend(),
                             [severity](const hazards::Finding& f) { return f.severity == severity; }));
}

QString HazardsModel::severityText(hazards::Severity severity) const
{
    switch (severity) {
    case hazards::Severity::Info:
        return tr("Info");
    case hazards::Severity::Warning:
        return tr("Warning");
    case hazards::Severity::Error:
        break;
    }
    return tr("Error");
}

int HazardsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HazardsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const hazards::Finding& finding = m_findings[index.row()];
    switch (role) {
    case DisplayPathRole:
        return finding.path;
    case BytesRole:
        return QVariant();
    case SeverityRole:
        return int(finding.severity);
    case RuleRole:
        return finding.rule;
    case MessageRole:
        return finding.message;
    case FixRole:
        return finding.fix;
    case Qt::ToolTipRole:
        return tr("%1\nFix: %2").arg(finding.message, finding.fix);
    case SortKeyRole:
        if (index.column() == SeverityColumn)
            return int(finding.severity);
        [[fallthrough]]; // the other columns sort by their text
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return severityText(finding.severity);
        case RuleColumn:
            return finding.rule;
        case PathColumn:
            return finding.path;
        case MessageColumn:
            return finding.message;
        }
        return {};
    }
    return {};
}

QVariant HazardsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return StorageListModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case RuleColumn:
        return tr("Rule");
    case PathColumn:
        return tr("Path");
    case MessageColumn:
        return tr("What is wrong");
    }
    return {};
}

QHash<int, QByteArray> HazardsModel::roleNames() const
{
    QHash<int, QByteArray> names = StorageListModel::roleNames();
    names.insert(SeverityRole, "severity");
    names.insert(RuleRole, "rule");
    names.insert(MessageRole, "message");
    names.insert(FixRole, "fix");
    return names;
}

} // namespace ts
