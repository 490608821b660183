// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "panels/storage/SizeTreeView.h"

#include "models/SizeTreeModel.h"
#include "panels/storage/SizeBarDelegate.h"
#include "panels/storage/SizeNameDelegate.h"

#include <QClipboard>
#include <QDate>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>
#include <QMetaMethod>

#include <algorithm>

namespace ts::gui {

SizeTreeView::SizeTreeView(QWidget* parent) : QTreeView(parent)
{
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAllColumnsShowFocus(true);
    setExpandsOnDoubleClick(true);
    setTextElideMode(Qt::ElideMiddle);
    setItemDelegateForColumn(SizeTreeModel::NameColumn, new SizeNameDelegate(this));
    setItemDelegateForColumn(SizeTreeModel::PercentColumn, new SizeBarDelegate(this));
    header()->setSortIndicator(SizeTreeModel::SizeColumn, Qt::DescendingOrder);
    header()->setSortIndicatorShown(true);
    header()->setSectionsClickable(true);
    header()->setStretchLastSection(false);
    header()->setMinimumSectionSize(fontMetrics().horizontalAdvance(QStringLiteral("MMM")));
    setSortingEnabled(true);
}

void SizeTreeView::setModel(QAbstractItemModel* model)
{
    QTreeView::setModel(model);
    if (!model)
        return;
    QHeaderView* h = header();
    h->setSectionResizeMode(QHeaderView::Interactive);
    h->setSectionResizeMode(SizeTreeModel::NameColumn, QHeaderView::Stretch);
    const QFontMetrics fm = fontMetrics();
    const auto fit = [&](const QString& sample) { return fm.horizontalAdvance(sample) + 24; };
    h->resizeSection(SizeTreeModel::SizeColumn, fit(QStringLiteral("1023.9 MiB")));
    h->resizeSection(SizeTreeModel::PercentColumn, fit(QStringLiteral("100.0 %")) * 3 / 2);
    h->resizeSection(SizeTreeModel::FilesColumn, fit(QStringLiteral("1,000,000")));
    h->resizeSection(SizeTreeModel::FoldersColumn, fit(QStringLiteral("100,000")));
    // Modified reads "just now", "59 min ago", "23 h ago", "30 days ago" or a short date: the widest of them.
    int modified = 0;
    for (const QString& sample :
         {SizeTreeModel::tr("just now"), SizeTreeModel::tr("%n min ago", nullptr, 59),
          SizeTreeModel::tr("%n h ago", nullptr, 23), SizeTreeModel::tr("%n days ago", nullptr, 30),
          QLocale().toString(QDate(2026, 12, 28), QLocale::ShortFormat)})
        modified = std::max(modified, fit(sample));
    h->resizeSection(SizeTreeModel::ModifiedColumn, modified);
    h->resizeSection(SizeTreeModel::MemberColumn, fit(QStringLiteral("member")));
    h->resizeSection(SizeTreeModel::KindColumn, fit(QStringLiteral("checkpoints")));
    sortByColumn(h->sortIndicatorSection(), h->sortIndicatorOrder());
}

SizeTreeModel* SizeTreeView::sizeModel() const
{
    return qobject_cast<SizeTreeModel*>(model());
}

void SizeTreeView::collectExpanded(const QModelIndex& parent, QStringList& out) const
{
    const QAbstractItemModel* m = model();
    for (int row = 0, rows = m->rowCount(parent); row < rows; ++row) {
        const QModelIndex child = m->index(row, 0, parent);
        if (!isExpanded(child))
            continue;
        out << child.data(SizeTreeModel::DisplayPathRole).toString();
        collectExpanded(child, out);
    }
}

QStringList SizeTreeView::expandedPaths() const
{
    QStringList out;
    if (model())
        collectExpanded({}, out);
    return out;
}

void SizeTreeView::restoreExpandedPaths(const QStringList& paths)
{
    SizeTreeModel* m = sizeModel();
    if (!m)
        return;
    for (const QString& path : paths) {
        const QModelIndex index = m->indexForPath(path);
        if (!index.isValid())
            continue;
        // Open the way down too (a parent may have been dropped from the list).
        QModelIndexList chain;
        for (QModelIndex i = index; i.isValid(); i = i.parent())
            chain.prepend(i);
        for (const QModelIndex& i : chain)
            if (!isExpanded(i))
                expand(i);
    }
}

QStringList SizeTreeView::selectedPaths() const
{
    QStringList paths;
    if (!selectionModel())
        return paths;
    QModelIndexList rows = selectionModel()->selectedRows(SizeTreeModel::NameColumn);
    if (rows.isEmpty() && currentIndex().isValid())
        rows << currentIndex().siblingAtColumn(SizeTreeModel::NameColumn);
    std::sort(rows.begin(), rows.end(), [this](const QModelIndex& a, const QModelIndex& b) {
        return visualRect(a).top() < visualRect(b).top();
    });
    for (const QModelIndex& i : rows)
        paths << i.data(SizeTreeModel::DisplayPathRole).toString();
    return paths;
}

void SizeTreeView::keyPressEvent(QKeyEvent* event)
{
    if (event->matches(QKeySequence::Copy)) {
        const QStringList paths = selectedPaths();
        if (!paths.isEmpty()) {
            if (isSignalConnected(QMetaMethod::fromSignal(&SizeTreeView::copyPathRequested)))
                emit copyPathRequested(paths);
            else
                QGuiApplication::clipboard()->setText(paths.join(u'\n'));
        }
        event->accept();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        event->modifiers() == Qt::NoModifier && state() != EditingState) {
        if (currentIndex().isValid())
            emit activated(currentIndex());
        event->accept();
        return;
    }
    QTreeView::keyPressEvent(event);
}

} // namespace ts::gui
