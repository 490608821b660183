// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The drive hazards the last scan found (rule, severity, path, message, fix), as services::hazards lists
// them.
#pragma once

#include "models/StorageListModel.h"
#include "services/StorageQueries.h"

namespace ts {

class HazardsModel : public StorageListModel
{
    Q_OBJECT
public:
    enum Column { SeverityColumn, RuleColumn, PathColumn, MessageColumn, ColumnCount };
    enum Role {
        SeverityRole = FirstCustomRole, // int (hazards::Severity)
        RuleRole,                       // QString: the rule's stable id
        MessageRole,                    // QString
        FixRole,                        // QString: what to do
    };

    explicit HazardsModel(QObject* parent = nullptr);

    void setReport(const services::HazardsReport& report);
    void clear() { setReport({}); }
    const QList<hazards::Finding>& findings() const { return m_findings; }
    int count(hazards::Severity severity) const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    int rows() const override { return int(m_findings.size()); }

private:
    QString severityText(hazards::Severity severity) const;

    QList<hazards::Finding> m_findings;
};

} // namespace ts
