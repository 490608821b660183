// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "panels/storage/StorageListView.h"

#include "models/StorageListModel.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>

namespace ts::gui {

StorageListView::StorageListView(QWidget* parent) : QTreeView(parent)
{
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSortRole(StorageListModel::SortKeyRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    setModel(m_proxy);
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSortingEnabled(true);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAllColumnsShowFocus(true);
    setTextElideMode(Qt::ElideMiddle);
    header()->setHighlightSections(false);
    header()->setStretchLastSection(false);
    sortByColumn(-1, Qt::AscendingOrder); // the report's own order until the user sorts
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    emit entryChosen(current.data(StorageListModel::DisplayPathRole).toString());
            });
}

void StorageListView::setSourceModel(QAbstractItemModel* model, int stretchColumn)
{
    m_proxy->setSourceModel(model);
    for (int column = 0; column < m_proxy->columnCount(); ++column)
        header()->setSectionResizeMode(column, column == stretchColumn ? QHeaderView::Stretch
                                                                       : QHeaderView::ResizeToContents);
    // No stretched column: every column keeps its contents' width (scrolling sideways when narrow) and the
    // last one takes what is left.
    header()->setStretchLastSection(stretchColumn < 0);
}

QAbstractItemModel* StorageListView::sourceModel() const
{
    return m_proxy->sourceModel();
}

bool StorageListView::selectPath(const QString& displayPath)
{
    const QModelIndexList found = m_proxy->match(m_proxy->index(0, 0), StorageListModel::DisplayPathRole,
                                                 displayPath, 1, Qt::MatchExactly | Qt::MatchRecursive);
    if (found.isEmpty())
        return false;
    setCurrentIndex(found.first());
    scrollTo(found.first());
    return true;
}

QString StorageListView::currentPath() const
{
    return currentIndex().data(StorageListModel::DisplayPathRole).toString();
}

} // namespace ts::gui
