// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Usage per layout kind (raw, processed, results, …, other), largest first. From services::usageByKind.
#pragma once

#include "models/StorageListModel.h"
#include "services/StorageQueries.h"

namespace ts {

class KindUsageModel : public StorageListModel
{
    Q_OBJECT
public:
    enum Column { KindColumn, UsedColumn, ShareColumn, FilesColumn, ColumnCount };
    enum Role {
        KindRole = FirstCustomRole, // int (index::Kind)
        KindNameRole,               // QString: "raw", "results", … as the index names it
        FractionRole,               // double 0..1: share of all kinds' bytes
        FilesRole,                  // qint64
        AllocatedRole,              // qint64
    };

    explicit KindUsageModel(QObject* parent = nullptr);

    void setReport(const services::KindUsageReport& report);
    void clear() { setReport({}); }
    int rowOfKind(index::Kind kind) const; // -1 when absent
    // The kind a report names ("raw"), Other for an unknown name.
    static index::Kind kindFromName(const QString& name);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    int rows() const override { return int(m_kinds.size()); }

private:
    QList<index::KindUsage> m_kinds;
    qint64 m_total = 0;
};

} // namespace ts
