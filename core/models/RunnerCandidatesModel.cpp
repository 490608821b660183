// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "models/RunnerCandidatesModel.h"

#include "util/ByteSize.h"

#include <limits>

namespace ts {

namespace {

bool isNumberColumn(int column)
{
    return column == RunnerCandidatesModel::HeadroomColumn || column == RunnerCandidatesModel::QuotaColumn ||
           column == RunnerCandidatesModel::UsedColumn || column == RunnerCandidatesModel::CommittedColumn;
}

QString signedSize(qint64 bytes)
{
    return bytes < 0 ? QStringLiteral("−") + formatByteSize(-bytes) : formatByteSize(bytes);
}

} // namespace

RunnerCandidatesModel::RunnerCandidatesModel(QObject* parent) : QAbstractTableModel(parent) {}

void RunnerCandidatesModel::setCandidates(const QList<nb::RunnerCandidate>& candidates,
                                          const QHash<QString, QString>& names)
{
    beginResetModel();
    m_candidates = candidates;
    m_names = names;
    endResetModel();
}

int RunnerCandidatesModel::rowOf(const QString& memberId) const
{
    for (int i = 0; i < m_candidates.size(); ++i)
        if (m_candidates[i].member == memberId)
            return i;
    return -1;
}

int RunnerCandidatesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_candidates.size());
}

int RunnerCandidatesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunnerCandidatesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const nb::RunnerCandidate& c = m_candidates[index.row()];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case MemberColumn: {
            const QString name = m_names.value(c.member);
            return name.isEmpty() || name == c.member ? c.member : tr("%1 — %2").arg(c.member, name);
        }
        case FitsColumn:
            return c.fits ? tr("fits") : c.quotaBytes ? tr("does not fit") : tr("no quota");
        case HeadroomColumn:
            return c.headroomBytes ? signedSize(*c.headroomBytes) : QStringLiteral("—");
        case QuotaColumn:
            return c.quotaBytes ? formatByteSize(*c.quotaBytes) : tr("none");
        case UsedColumn:
            return formatByteSize(c.usedBytes);
        case CommittedColumn:
            return formatByteSize(c.committedBytes);
        default:
            return {};
        }
    case Qt::ToolTipRole: {
        std::optional<qint64> bytes;
        if (column == HeadroomColumn)
            bytes = c.headroomBytes;
        else if (column == QuotaColumn)
            bytes = c.quotaBytes;
        else if (column == UsedColumn)
            bytes = c.usedBytes;
        else if (column == CommittedColumn)
            bytes = c.committedBytes;
        return bytes ? tr("%1\n%2 bytes").arg(c.explanation).arg(*bytes) : c.explanation;
    }
    case Qt::TextAlignmentRole:
        return isNumberColumn(column) ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case MemberIdRole:
        return c.member;
    case FitsRole:
        return c.fits;
    case HeadroomRole:
        return c.headroomBytes ? QVariant(*c.headroomBytes) : QVariant();
    case ExplanationRole:
        return c.explanation;
    case RankRole:
        return index.row() + 1;
    case SortKeyRole:
        switch (column) {
        case MemberColumn:
            return c.member;
        case FitsColumn:
            return c.fits ? 0 : c.quotaBytes ? 1 : 2;
        case HeadroomColumn:
            return c.headroomBytes ? *c.headroomBytes : std::numeric_limits<qint64>::min();
        case QuotaColumn:
            return c.quotaBytes ? *c.quotaBytes : qint64(-1);
        case UsedColumn:
            return c.usedBytes;
        case CommittedColumn:
            return c.committedBytes;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant RunnerCandidatesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case MemberColumn:
        return tr("Member");
    case FitsColumn:
        return tr("Fits");
    case HeadroomColumn:
        return tr("Headroom");
    case QuotaColumn:
        return tr("Quota");
    case UsedColumn:
        return tr("Used");
    case CommittedColumn:
        return tr("Planned for others");
    default:
        return {};
    }
}

} // namespace ts
