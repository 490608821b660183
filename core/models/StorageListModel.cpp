// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "models/StorageListModel.h"

namespace ts {

int StorageListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : rows();
}

QHash<int, QByteArray> StorageListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(DisplayPathRole, "displayPath");
    names.insert(BytesRole, "bytes");
    names.insert(SortKeyRole, "sortKey");
    return names;
}

int StorageListModel::rowOfPath(const QString& displayPath) const
{
    for (int row = 0; row < rows(); ++row)
        if (index(row, 0).data(DisplayPathRole).toString() == displayPath)
            return row;
    return -1;
}

void StorageListModel::replaceRows(const QStringList& keysBefore, const QStringList& keysAfter,
                                   const std::function<void()>& swap)
{
    if (keysBefore == keysAfter) {
        swap();
        if (!keysAfter.isEmpty())
            emit dataChanged(index(0, 0), index(rows() - 1, columnCount() - 1));
        return;
    }
    beginResetModel();
    swap();
    endResetModel();
}

} // namespace ts
