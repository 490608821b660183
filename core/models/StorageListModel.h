// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The common shape of the Storage panel's side lists (usage by member and kind, largest files, growth,
// hazards): flat tables of report rows, most of which name an entry of the index by its display path so the
// panel can select it in the size tree and the treemap. QtCore only; presentation is decided in app/.
#pragma once

#include <QAbstractTableModel>
#include <QStringList>

#include <functional>

namespace ts {

class StorageListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // Roles every Storage list answers; each model adds its own from FirstCustomRole.
    enum CommonRole {
        DisplayPathRole = Qt::UserRole + 1, // QString: the entry as reports name it ("data/raw/a.csv",
                                            // "repo:…"); empty when the row names no entry (a member, a kind)
        BytesRole,   // qint64: the row's size in exact bytes
        SortKeyRole, // sorts the column naturally (numbers as numbers)
        FirstCustomRole = Qt::UserRole + 32,
    };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    QHash<int, QByteArray> roleNames() const override;
    // The first row naming `displayPath` (DisplayPathRole), or -1.
    int rowOfPath(const QString& displayPath) const;

protected:
    virtual int rows() const = 0;
    // Replaces the rows as `swap` does. The same keys in the same order (a refresh after a scan that changed
    // only sizes) become one dataChanged, so selections and the scroll position survive; anything else
    // resets the model (the lists are at most a few hundred rows).
    void replaceRows(const QStringList& keysBefore, const QStringList& keysAfter,
                     const std::function<void()>& swap);
};

} // namespace ts
