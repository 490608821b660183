// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Growth between the last two scans that found changes: the total first, then per member, per kind and per
// folder, as services::growth lists them. Before a second scan there is nothing to compare: the index has
// no previous totals (every "before" is 0), hasEarlierScan() is false and there are no rows.
#pragma once

#include "models/StorageListModel.h"
#include "services/StorageQueries.h"

namespace ts {

class GrowthModel : public StorageListModel
{
    Q_OBJECT
public:
    enum Column { ScopeColumn, WhatColumn, BeforeColumn, AfterColumn, ChangeColumn, ColumnCount };
    enum Role {
        ScopeRole = FirstCustomRole, // QString: "all", "member", "kind", "folder"
        KeyRole,                     // QString: member id, kind name or folder display path ("" for all)
        DeltaRole,                   // qint64: bytes after - before
        BeforeRole,                  // qint64
        AfterRole,                   // qint64
    };

    explicit GrowthModel(QObject* parent = nullptr);

    void setReport(const services::GrowthReport& report);
    void clear() { setReport({}); }
    bool hasEarlierScan() const { return m_hasTotal; }
    // The total's row, when there is one.
    std::optional<index::GrowthRow> total() const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    int rows() const override { return int(m_rows.size()); }

private:
    QString scopeText(const QString& scope) const;

    QList<index::GrowthRow> m_rows;
    bool m_hasTotal = false;
};

} // namespace ts
