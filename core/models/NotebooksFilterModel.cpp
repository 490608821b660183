// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "models/NotebooksFilterModel.h"

#include "models/NotebooksModel.h"

namespace ts {

NotebooksFilterModel::NotebooksFilterModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(NotebooksModel::SortKeyRole);
}

void NotebooksFilterModel::setMember(const QString& memberId)
{
    if (memberId == m_member)
        return;
    m_member = memberId;
    invalidateFilter();
}

void NotebooksFilterModel::setSearchText(const QString& text)
{
    const QStringList words = text.toLower().split(u' ', Qt::SkipEmptyParts);
    m_search = text;
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

void NotebooksFilterModel::setProblemsOnly(bool on)
{
    if (on == m_problemsOnly)
        return;
    m_problemsOnly = on;
    invalidateFilter();
}

bool NotebooksFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* source = sourceModel();
    const QModelIndex index = source->index(sourceRow, 0, sourceParent);
    if (!m_member.isEmpty()) {
        const QString owner = index.data(NotebooksModel::OwnerRole).toString();
        const QString runner = index.data(NotebooksModel::RunnerRole).toString();
        const bool match = m_member == kNobody ? owner.isEmpty() || runner.isEmpty()
                                               : owner == m_member || runner == m_member;
        if (!match)
            return false;
    }
    if (!m_words.isEmpty()) {
        const QString text = index.data(NotebooksModel::SearchTextRole).toString();
        for (const QString& w : m_words)
            if (!text.contains(w))
                return false;
    }
    if (m_problemsOnly) {
        using services::RootCellState;
        const bool loaded = index.data(NotebooksModel::HealthLoadedRole).toBool();
        const bool unreadable = !index.data(NotebooksModel::HealthErrorRole).toString().isEmpty();
        const auto root = RootCellState(index.data(NotebooksModel::RootCellStateRole).toInt());
        const bool problem = !index.data(NotebooksModel::OnDiskRole).toBool() || unreadable ||
                             index.data(NotebooksModel::AtRiskRole).toBool() ||
                             (loaded && !unreadable &&
                              (index.data(NotebooksModel::FindingsCountRole).toInt() > 0 ||
                               !index.data(NotebooksModel::StrippedRole).toBool() ||
                               root == RootCellState::Missing || root == RootCellState::Outdated));
        if (!problem)
            return false;
    }
    return true;
}

bool NotebooksFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant l = left.data(NotebooksModel::SortKeyRole);
    const QVariant r = right.data(NotebooksModel::SortKeyRole);
    const bool strings = l.typeId() == QMetaType::QString || r.typeId() == QMetaType::QString;
    if (strings) {
        const int c = QString::compare(l.toString(), r.toString());
        if (c != 0)
            return c < 0;
    } else {
        const qint64 a = l.toLongLong(), b = r.toLongLong();
        if (a != b)
            return a < b;
    }
    // Equal keys: by path, so the order is the same every time.
    const QString lp = left.data(NotebooksModel::PathRole).toString();
    const QString rp = right.data(NotebooksModel::PathRole).toString();
    return lp != rp ? lp < rp : left.row() < right.row();
}

} // namespace ts
