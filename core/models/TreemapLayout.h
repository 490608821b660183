// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The Storage panel's treemap as rectangles: squarified layout (Bruls, Huizing, van Wijk 2000) of one folder
// of the index, descending only into folders big enough to show something, so the work is bounded by the
// pixels rather than by the tree. QtCore only: the view (app/gui/panels/storage/TreemapView) paints the
// tiles.
#pragma once

#include "index/IndexBrowser.h"
#include "util/Cancellation.h"
#include "util/Result.h"

#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

namespace ts {

// One rectangle per size, in the order given, areas proportional to the sizes, filling `rect` (when every
// size is > 0). Sizes are expected sorted descending (the squarified rows assume it); sizes <= 0 get an
// empty rectangle.
QList<QRectF> squarify(const QList<qint64>& sizes, const QRectF& rect);

struct TreemapTile
{
    qint64 id = 0;       // the entry (0 for an aggregate)
    qint64 parentId = 0; // the folder it lies in (0 under the virtual root of the tops)
    QRectF rect;
    int depth = 0; // 0: the root folder itself; its children 1, …
    qint64 bytes = 0;
    bool folder = false;
    bool aggregate = false; // a grey tile standing for a folder's entries too small to draw
    index::Kind kind = index::Kind::Other;
    QString member;
    QString name; // the entry's name as shown (escaped when not UTF-8); a top's display path

    qint64 entries = 0;    // folders: files below (under the filter); an aggregate: entries it stands for
    bool expanded = false; // a folder whose children were laid out inside it
    double header = 0;     // a folder's name band at the top of its rect (0: none)
};

struct TreemapOptions
{
    double minimumTileArea = 16.0; // px²: smaller entries merge into their folder's aggregate tile
    int maximumDepth = 64;
    index::EntryFilter filter;
    double headerHeight = 0.0; // px of a name band on folders at least 3 bands tall and 6 wide (0: none)
    // px between a folder's edge and its children: only around folders with a name band when there are
    // bands (small folders would lose their area to frames), around every folder otherwise.
    double padding = 0.0;
    // px² a folder's content needs before the layout reads its children: smaller folders are drawn whole.
    // Keeps the work bounded by what can be seen (at least minimumTileArea is used).
    double minimumFolderArea = 256.0;
};

// Tiles of the folder `rootId` (0: the tops side by side, without a tile of their own) in a rectangle of
// `size` at the origin, in paint order (every folder before what lies in it). Hidden entries (options.filter)
// take no area and folders count their filtered totals; a hard link's second path takes none; so do
// symlinks and special files (a folder's size counts its regular files). Checks `cancel` at every folder.
Result<QList<TreemapTile>> layoutTreemap(index::IndexBrowser& browser, qint64 rootId, const QSizeF& size,
                                         const TreemapOptions& options, const CancelToken& cancel);

// Where a laid-out folder's children go: inside its padding and below its header band.
QRectF treemapContentRect(const TreemapTile& folder, const TreemapOptions& options);

} // namespace ts
