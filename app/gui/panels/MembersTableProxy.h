// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// How the members table looks and sorts: icons for leads, my own row in bold, sizes right-aligned, and
// sorting by MembersModel::SortKeyRole. The model itself stays QtCore-only.
#pragma once

#include <QIcon>
#include <QSortFilterProxyModel>

namespace ts::gui {

class MembersTableProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit MembersTableProxy(QObject* parent = nullptr);
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QIcon m_leadIcon;
    QIcon m_memberIcon;
};

} // namespace ts::gui
