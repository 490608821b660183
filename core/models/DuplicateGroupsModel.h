// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Duplicate files as a two-level tree: one row per group of identical files (largest reclaimable first) with
// its copies below. Reports what deleting copies would reclaim; nothing here deletes anything. From
// services::duplicates. Roles are StorageListModel's (DisplayPathRole, BytesRole, SortKeyRole) plus its own.
#pragma once

#include "index/Duplicates.h"
#include "models/StorageListModel.h"

#include <QAbstractItemModel>

namespace ts {

class DuplicateGroupsModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, SizeColumn, CopiesColumn, ReclaimableColumn, ColumnCount };
    enum Role {
        DisplayPathRole = StorageListModel::DisplayPathRole, // a copy's path; a group: its first copy's
        BytesRole = StorageListModel::BytesRole,             // bytes of each copy
        SortKeyRole = StorageListModel::SortKeyRole,
        IsGroupRole = StorageListModel::FirstCustomRole, // bool
        ReclaimableRole,                                 // qint64: a group's size * (copies - 1)
        HashRole,                                        // QString: hex XXH3-128 of the content
    };

    explicit DuplicateGroupsModel(QObject* parent = nullptr);

    void setReport(const index::DuplicateReport& report);
    // No search made (hasReport() false).
    void clear();
    bool hasReport() const { return m_hasReport; }
    const index::DuplicateReport& report() const { return m_report; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QVariant groupData(const index::DuplicateGroup& group, int column, int role) const;
    QVariant copyData(const index::DuplicateGroup& group, int copy, int column, int role) const;

    index::DuplicateReport m_report;
    bool m_hasReport = false;
};

} // namespace ts
