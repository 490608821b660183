// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "panels/MembersTableProxy.h"

#include "ThemedIcons.h"
#include "models/MembersModel.h"

#include <QFont>

namespace ts::gui {

MembersTableProxy::MembersTableProxy(QObject* parent)
    : QSortFilterProxyModel(parent), m_leadIcon(themedIcon(QStringLiteral(":/icons/lead.svg"))),
      m_memberIcon(themedIcon(QStringLiteral(":/icons/member.svg")))
{
    setSortRole(MembersModel::SortKeyRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

QVariant MembersTableProxy::data(const QModelIndex& index, int role) const
{
    // index belongs to this proxy: index.data() would call back into this function.
    auto domain = [&](int domainRole) { return QSortFilterProxyModel::data(index, domainRole).toBool(); };
    switch (role) {
    case Qt::DecorationRole:
        if (index.column() == MembersModel::IdColumn)
            return domain(MembersModel::IsLeadRole) ? m_leadIcon : m_memberIcon;
        break;
    case Qt::FontRole:
        if (domain(MembersModel::IsMeRole)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == MembersModel::QuotaColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        if (index.column() == MembersModel::IdColumn && domain(MembersModel::IsMeRole))
            return tr("You, on this machine");
        break;
    default:
        break;
    }
    return QSortFilterProxyModel::data(index, role);
}

} // namespace ts::gui
