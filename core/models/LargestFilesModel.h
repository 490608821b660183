// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The largest files of the index, largest first (each inode once). From services::largest.
#pragma once

#include "models/StorageListModel.h"
#include "services/StorageQueries.h"

namespace ts {

class LargestFilesModel : public StorageListModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        SizeColumn,
        FolderColumn,
        MemberColumn,
        KindColumn,
        ModifiedColumn,
        ColumnCount
    };
    enum Role {
        MemberRole = FirstCustomRole, // QString; empty when not attributed
        KindRole,                     // int (index::Kind)
        AllocatedRole,                // qint64
        ModifiedRole,                 // QDateTime (UTC)
    };

    explicit LargestFilesModel(QObject* parent = nullptr);

    void setReport(const services::LargestReport& report);
    void clear() { setReport({}); }
    const QList<index::FileRow>& files() const { return m_files; }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    int rows() const override { return int(m_files.size()); }

private:
    QList<index::FileRow> m_files;
};

} // namespace ts
