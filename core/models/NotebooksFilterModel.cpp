#include "models/NotebooksFilterModel.h"

#include "models/NotebooksModel.h"

// SCAFFOLD: filled in by the models part of issue 15.
namespace ts {

NotebooksFilterModel::NotebooksFilterModel(QObject* parent) : QSortFilterProxyModel(parent) {}

void NotebooksFilterModel::setMember(const QString& memberId)
{
    m_member = memberId;
    invalidateFilter();
}

void NotebooksFilterModel::setSearchText(const QString& text)
{
    m_search = text;
    m_words = text.toLower().split(u' ', Qt::SkipEmptyParts);
    invalidateFilter();
}

void NotebooksFilterModel::setProblemsOnly(bool on)
{
    m_problemsOnly = on;
    invalidateFilter();
}

bool NotebooksFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const QString text = index.data(NotebooksModel::SearchTextRole).toString();
    for (const QString& w : m_words)
        if (!text.contains(w))
            return false;
    return true;
}

bool NotebooksFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace ts
