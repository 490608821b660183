// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// A side list of the Storage panel (largest files, growth, duplicates, hazards): a sortable, read-only tree
// view over a StorageListModel-shaped model (sorting by SortKeyRole through a proxy), which says which entry
// the user picked so the panel can select it in the size tree and the treemap.
#pragma once

#include <QTreeView>

class QAbstractItemModel;
class QSortFilterProxyModel;

namespace ts::gui {

class StorageListView : public QTreeView
{
    Q_OBJECT
public:
    explicit StorageListView(QWidget* parent = nullptr);

    // Shows `model` sorted by the user's column click; `stretchColumn` takes the spare width (-1: the last
    // column, the others keeping their contents' width).
    void setSourceModel(QAbstractItemModel* model, int stretchColumn);
    QAbstractItemModel* sourceModel() const;
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    // Selects the first row naming `displayPath` (in the view's order); false when none does.
    bool selectPath(const QString& displayPath);
    // The display path of the current row ("" when none).
    QString currentPath() const;

signals:
    // The user made another row current (click, arrow keys): its entry's display path; "" for a row naming
    // no entry.
    void entryChosen(const QString& displayPath);

private:
    QSortFilterProxyModel* m_proxy = nullptr;
};

} // namespace ts::gui
