// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The team as a table: one row per manifest member, in manifest order. QtCore only; how rows look (icons,
// fonts, colours) is decided in app/. Custom roles return domain data for views, delegates and tests.
#pragma once

#include "workspace/Manifest.h"

#include <QAbstractTableModel>

namespace ts {

class MembersModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { IdColumn, NameColumn, EmailColumn, RoleColumn, QuotaColumn, ColumnCount };
    enum Role {
        MemberIdRole = Qt::UserRole + 1, // QString: the member's id (slug)
        NameRole,                        // QString
        EmailRole,                       // QString
        IsLeadRole,                      // bool
        QuotaBytesRole,                  // qint64, or an invalid QVariant when no quota is set
        IsMeRole,                        // bool: the member acting on this machine
        SortKeyRole, // a value that sorts the column naturally (quota numerically, none first)
    };

    explicit MembersModel(QObject* parent = nullptr);

    // Shows these members. Rows whose id stays keep their place (selections survive a reload): removed ids
    // become row removals, new ids insertions, changed rows dataChanged, reordering row moves.
    void setMembers(const QList<Member>& members, const QString& me = {});
    const QList<Member>& members() const { return m_members; }
    const Member* memberAt(int row) const;
    int rowOf(const QString& memberId) const; // -1 when absent

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QVariant displayText(const Member& member, int column) const;
    QVariant sortKey(const Member& member, int column) const;
    void setMe(const QString& me);

    QList<Member> m_members;
    QString m_me;
};

} // namespace ts
