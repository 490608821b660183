// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// One notebook's lint findings as a table for the panel's health pane: cell, line, rule, message, fix.
#pragma once

#include "notebooks/NotebookLint.h"

#include <QAbstractTableModel>

namespace ts {

class LintFindingsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { CellColumn, LineColumn, RuleColumn, MessageColumn, FixColumn, ColumnCount };
    enum Role {
        CellRole = Qt::UserRole + 1, // int, 0-based (shown 1-based: "cell 3")
        LineRole,                    // int, 1-based; 0 = the whole cell (shown "—")
        RuleRole,                    // QString: the stable rule id
        SortKeyRole,
    };

    explicit LintFindingsModel(QObject* parent = nullptr);

    void setFindings(const QList<nb::LintFinding>& findings); // resets
    const QList<nb::LintFinding>& findings() const { return m_findings; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<nb::LintFinding> m_findings;
};

} // namespace ts
