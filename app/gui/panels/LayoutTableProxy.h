// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// How the layout table looks: a status icon and colour per row, the blocking file as a tooltip, and sorting
// by LayoutModel::SortKeyRole. The model itself stays QtCore-only.
#pragma once

#include <QIcon>
#include <QSortFilterProxyModel>

namespace ts::gui {

class LayoutTableProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit LayoutTableProxy(QObject* parent = nullptr);
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QIcon m_present;
    QIcon m_missing;
    QIcon m_unexpected;
    QIcon m_blocked;
};

} // namespace ts::gui
