// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The Storage panel's size tree: a QTreeView over SizeTreeModel in the manner of QDirStat's tree — names
// with marks (SizeNameDelegate), a percentage-of-parent bar (SizeBarDelegate), sizes right-aligned, sorted by
// size, largest first. Uniform row heights keep scrolling a folder of 10,000 entries cheap. Which folders are
// open survives a refresh (the model is reset on a new scan or a filter change) by display path.
#pragma once

#include <QTreeView>

namespace ts {
class SizeTreeModel;
}

namespace ts::gui {

class SizeTreeView : public QTreeView
{
    Q_OBJECT
public:
    explicit SizeTreeView(QWidget* parent = nullptr);

    // Sets column widths and the default sort (size, largest first) for a SizeTreeModel.
    void setModel(QAbstractItemModel* model) override;
    SizeTreeModel* sizeModel() const;

    // The display paths of the expanded folders, parents before children.
    QStringList expandedPaths() const;
    // Expands each folder still in the index (fetching what lies above it); paths that are gone or hidden
    // by the filter are skipped.
    void restoreExpandedPaths(const QStringList& paths);
    // The display paths of the selected rows (the current row when nothing is selected).
    QStringList selectedPaths() const;

signals:
    // Ctrl+C (QKeySequence::Copy) on the selection. When nothing is connected, the display paths go to the
    // clipboard directly, one a line.
    void copyPathRequested(const QStringList& displayPaths);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void collectExpanded(const QModelIndex& parent, QStringList& out) const;
};

} // namespace ts::gui
