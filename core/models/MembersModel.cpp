// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "models/MembersModel.h"

#include "util/ByteSize.h"

#include <algorithm>

namespace ts {

namespace {

bool sameMember(const Member& a, const Member& b)
{
    return a.id == b.id && a.name == b.name && a.email == b.email && a.role == b.role &&
           a.quotaBytes == b.quotaBytes;
}

} // namespace

MembersModel::MembersModel(QObject* parent) : QAbstractTableModel(parent) {}

void MembersModel::setMembers(const QList<Member>& members, const QString& me)
{
    // 1. Rows whose member is gone, from the bottom so that earlier row numbers stay valid.
    for (int row = int(m_members.size()) - 1; row >= 0; --row) {
        const QString& id = m_members[row].id;
        const bool kept =
            std::any_of(members.begin(), members.end(), [&](const Member& m) { return m.id == id; });
        if (!kept) {
            beginRemoveRows({}, row, row);
            m_members.removeAt(row);
            endRemoveRows();
        }
    }
    // 2. Walk the new order: each position either already holds the member, or it is moved up from below,
    //    or it is new and inserted.
    for (int row = 0; row < members.size(); ++row) {
        const Member& wanted = members[row];
        const int current = rowOf(wanted.id);
        if (current < 0) {
            beginInsertRows({}, row, row);
            m_members.insert(row, wanted);
            endInsertRows();
            continue;
        }
        if (current != row) {
            beginMoveRows({}, current, current, {}, row);
            m_members.move(current, row);
            endMoveRows();
        }
        if (!sameMember(m_members[row], wanted)) {
            m_members[row] = wanted;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        } else {
            m_members[row].unknown = wanted.unknown;
        }
    }
    setMe(me);
}

void MembersModel::setMe(const QString& me)
{
    if (me == m_me)
        return;
    const int before = rowOf(m_me);
    m_me = me;
    const int after = rowOf(m_me);
    for (int row : {before, after})
        if (row >= 0)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1), {IsMeRole});
}

const Member* MembersModel::memberAt(int row) const
{
    return row >= 0 && row < m_members.size() ? &m_members[row] : nullptr;
}

int MembersModel::rowOf(const QString& memberId) const
{
    if (memberId.isEmpty())
        return -1;
    for (int row = 0; row < m_members.size(); ++row)
        if (m_members[row].id == memberId)
            return row;
    return -1;
}

int MembersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int MembersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MembersModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Member& member = m_members[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return displayText(member, index.column());
    case Qt::ToolTipRole:
        return index.column() == QuotaColumn && member.quotaBytes
                   ? QVariant(tr("%1 bytes").arg(*member.quotaBytes))
                   : QVariant();
    case MemberIdRole:
        return member.id;
    case NameRole:
        return member.name;
    case EmailRole:
        return member.email;
    case IsLeadRole:
        return member.role == MemberRole::Lead;
    case QuotaBytesRole:
        return member.quotaBytes ? QVariant(*member.quotaBytes) : QVariant();
    case IsMeRole:
        return !m_me.isEmpty() && member.id == m_me;
    case SortKeyRole:
        return sortKey(member, index.column());
    default:
        return {};
    }
}

QVariant MembersModel::displayText(const Member& member, int column) const
{
    switch (column) {
    case IdColumn:
        return member.id;
    case NameColumn:
        return member.name;
    case EmailColumn:
        return member.email;
    case RoleColumn:
        return member.role == MemberRole::Lead ? tr("lead") : tr("member");
    case QuotaColumn:
        return member.quotaBytes ? formatByteSize(*member.quotaBytes) : tr("no quota");
    default:
        return {};
    }
}

QVariant MembersModel::sortKey(const Member& member, int column) const
{
    switch (column) {
    case RoleColumn:
        return member.role == MemberRole::Lead ? 0 : 1; // leads first
    case QuotaColumn:
        return member.quotaBytes ? *member.quotaBytes : qint64(-1);
    default:
        return displayText(member, column).toString().toLower();
    }
}

QVariant MembersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("Id");
    case NameColumn:
        return tr("Name");
    case EmailColumn:
        return tr("E-mail");
    case RoleColumn:
        return tr("Role");
    case QuotaColumn:
        return tr("Quota");
    default:
        return {};
    }
}

QHash<int, QByteArray> MembersModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(MemberIdRole, "memberId");
    names.insert(NameRole, "name");
    names.insert(EmailRole, "email");
    names.insert(IsLeadRole, "isLead");
    names.insert(QuotaBytesRole, "quotaBytes");
    names.insert(IsMeRole, "isMe");
    names.insert(SortKeyRole, "sortKey");
    return names;
}

} // namespace ts
