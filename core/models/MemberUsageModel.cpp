// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "models/MemberUsageModel.h"

#include <QLocale>

#include <algorithm>
#include <limits>

namespace ts {

namespace {

QString bytesText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

} // namespace

MemberUsageModel::MemberUsageModel(QObject* parent) : StorageListModel(parent) {}

void MemberUsageModel::setReport(const services::MemberUsageReport& report)
{
    const QStringList before = keys();
    QStringList after;
    for (const index::MemberUsage& member : report.members)
        after << member.id;
    const bool hasReport = !report.members.isEmpty() || report.unattributedBytes > 0;
    if (hasReport)
        after << QString();
    replaceRows(before, after, [&] {
        m_members = report.members;
        m_unattributed = report.unattributedBytes;
        m_hasReport = hasReport;
        m_largest = m_unattributed;
        for (const index::MemberUsage& member : m_members)
            m_largest = std::max(m_largest, member.bytes);
    });
}

QStringList MemberUsageModel::keys() const
{
    QStringList result;
    for (const index::MemberUsage& member : m_members)
        result << member.id;
    if (m_hasReport)
        result << QString();
    return result;
}

int MemberUsageModel::rowOfMember(const QString& memberId) const
{
    for (int row = 0; row < m_members.size(); ++row)
        if (m_members[row].id == memberId)
            return row;
    return -1;
}

int MemberUsageModel::overQuotaCount() const
{
    return int(std::count_if(m_members.cbegin(), m_members.cend(),
                             [](const index::MemberUsage& m) { return m.headroom && *m.headroom < 0; }));
}

int MemberUsageModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MemberUsageModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return valueOf(index.row(), role, index.column());
}

QVariant MemberUsageModel::valueOf(int row, int role, int column) const
{
    const bool unattributed = row == m_members.size();
    const index::MemberUsage member = unattributed ? index::MemberUsage{} : m_members[row];
    const qint64 bytes = unattributed ? m_unattributed : member.bytes;
    switch (role) {
    case MemberIdRole:
        return unattributed ? QString() : member.id;
    case IsUnattributedRole:
        return unattributed;
    case QuotaRole:
        return member.quota ? QVariant(*member.quota) : QVariant();
    case HeadroomRole:
        return member.headroom ? QVariant(*member.headroom) : QVariant();
    case OverQuotaRole:
        return member.headroom && *member.headroom < 0;
    case FractionRole:
        if (member.quota && *member.quota > 0)
            return std::min(1.0, double(bytes) / double(*member.quota));
        return m_largest > 0 ? double(bytes) / double(m_largest) : 0.0;
    case FilesRole:
        return unattributed ? QVariant() : QVariant(member.files);
    case BytesRole:
        return bytes;
    case DisplayPathRole:
        return QString();
    case Qt::ToolTipRole:
        if (column == UsedColumn || column == QuotaColumn || column == HeadroomColumn) {
            const int valueRole = column == UsedColumn    ? int(BytesRole)
                                  : column == QuotaColumn ? int(QuotaRole)
                                                          : int(HeadroomRole);
            const QVariant value = valueOf(row, valueRole, column);
            return value.isValid() ? tr("%L1 bytes").arg(value.toLongLong()) : QVariant();
        }
        return {};
    case Qt::TextAlignmentRole:
        return column == MemberColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case SortKeyRole:
        switch (column) {
        case MemberColumn:
            return unattributed ? QStringLiteral("\uffff") : member.id;
        case UsedColumn:
            return bytes;
        case QuotaColumn:
            return member.quota.value_or(-1);
        case HeadroomColumn:
            return member.headroom.value_or(std::numeric_limits<qint64>::max());
        case FilesColumn:
            return member.files;
        }
        return {};
    case Qt::DisplayRole:
        switch (column) {
        case MemberColumn:
            return unattributed ? tr("Unattributed") : member.id;
        case UsedColumn:
            return bytesText(bytes);
        case QuotaColumn:
            return member.quota ? bytesText(*member.quota) : (unattributed ? QString() : tr("no quota"));
        case HeadroomColumn:
            if (!member.headroom)
                return QString();
            return *member.headroom < 0 ? tr("%1 over quota").arg(bytesText(-*member.headroom))
                                        : tr("%1 left").arg(bytesText(*member.headroom));
        case FilesColumn:
            return unattributed ? QString() : QLocale().toString(member.files);
        }
        return {};
    }
    return {};
}

QVariant MemberUsageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return StorageListModel::headerData(section, orientation, role);
    switch (section) {
    case MemberColumn:
        return tr("Member");
    case UsedColumn:
        return tr("Used");
    case QuotaColumn:
        return tr("Quota");
    case HeadroomColumn:
        return tr("Headroom");
    case FilesColumn:
        return tr("Files");
    }
    return {};
}

QHash<int, QByteArray> MemberUsageModel::roleNames() const
{
    QHash<int, QByteArray> names = StorageListModel::roleNames();
    names.insert(MemberIdRole, "memberId");
    names.insert(IsUnattributedRole, "unattributed");
    names.insert(QuotaRole, "quota");
    names.insert(HeadroomRole, "headroom");
    names.insert(OverQuotaRole, "overQuota");
    names.insert(FractionRole, "fraction");
    names.insert(FilesRole, "files");
    return names;
}

} // namespace ts
