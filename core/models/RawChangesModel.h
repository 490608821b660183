// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// A raw verify's result as a table: every file modified, added or removed since the baseline, with its size
// then and now. QtCore only; the change's icon and colour are chosen in app/.
#pragma once

#include "services/RawIntegrity.h"

#include <QAbstractTableModel>

namespace ts {

class RawChangesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ChangeColumn, PathColumn, BaselineSizeColumn, CurrentSizeColumn, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole + 1, // int: services::RawChange::Kind
        PathRole,                    // QString
        BaselineSizeRole,            // qint64, -1 when none
        CurrentSizeRole,             // qint64, -1 when none
        SortKeyRole,
    };

    explicit RawChangesModel(QObject* parent = nullptr);

    void setChanges(QList<services::RawChange> changes);
    const QList<services::RawChange>& changes() const { return m_changes; }
    int count(services::RawChange::Kind kind) const;
    int rowOf(const QString& path) const;

    static QString kindText(services::RawChange::Kind kind);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<services::RawChange> m_changes;
};

} // namespace ts
