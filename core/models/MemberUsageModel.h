// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Usage per member against quota, then the bytes no member is charged for: one row per member in the
// manifest's order, and a last "unattributed" row. From services::usageByMember.
#pragma once

#include "models/StorageListModel.h"
#include "services/StorageQueries.h"

namespace ts {

class MemberUsageModel : public StorageListModel
{
    Q_OBJECT
public:
    enum Column { MemberColumn, UsedColumn, QuotaColumn, HeadroomColumn, FilesColumn, ColumnCount };
    enum Role {
        MemberIdRole = FirstCustomRole, // QString; empty on the unattributed row
        IsUnattributedRole,             // bool
        QuotaRole,                      // qint64, or an invalid QVariant without a quota
        HeadroomRole,                   // qint64 (negative over quota), or invalid without a quota
        OverQuotaRole,                  // bool
        FractionRole,                   // double 0..1: of the quota, or (no quota) of the largest usage
        FilesRole,                      // qint64
    };

    explicit MemberUsageModel(QObject* parent = nullptr);

    void setReport(const services::MemberUsageReport& report);
    void clear() { setReport({}); }
    int rowOfMember(const QString& memberId) const; // -1 when absent
    int overQuotaCount() const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    int rows() const override { return int(m_members.size()) + (m_hasReport ? 1 : 0); }

private:
    QStringList keys() const;
    QVariant valueOf(int row, int role, int column) const;

    QList<index::MemberUsage> m_members;
    qint64 m_unattributed = 0;
    qint64 m_largest = 0;
    bool m_hasReport = false;
};

} // namespace ts
