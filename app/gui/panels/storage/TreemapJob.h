// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// One treemap job, run on a worker by TreemapView: open the index (its own IndexBrowser), lay out the root,
// name the zoom path, and paint. Plain values in and out, so nothing on the worker touches a widget.
#pragma once

#include "models/TreemapLayout.h"
#include "panels/storage/TreemapBreadcrumb.h"
#include "panels/storage/TreemapRenderer.h"

#include <optional>

namespace ts::gui {

struct TreemapJob
{
    quint64 generation = 0;
    bool relayout = true; // false: paint `tiles` again (colours changed)
    QString database;
    qint64 root = 0;
    QString rootPath; // when set, the root is found again by this display path (0 when it is gone)
    QSize size;
    qreal devicePixelRatio = 1;
    TreemapOptions options;
    TreemapStyle style;
    QList<TreemapTile> tiles;
    QString sharedName, repositoryName, workspaceName; // the tops' and the virtual root's names
};

struct TreemapJobResult
{
    quint64 generation = 0;
    bool relayout = false;
    std::optional<Error> error;
    QList<TreemapTile> tiles;
    QImage image;
    QSizeF size;
    qint64 root = 0;            // the folder laid out
    QList<TreemapCrumb> crumbs; // from the whole workspace down to the root
    QString rootPath;           // the root's display path ("" for every top)
    qint64 layoutMs = 0, renderMs = 0;
};

TreemapJobResult runTreemapJob(const TreemapJob& job, const CancelToken& cancel);

// The text in a folder's name band, its name and size ("results  1.2 GB"), or on a big file's tile, its
// name and size on two lines.
QString treemapBandLabel(const TreemapTile& tile, const TreemapJob& job);

} // namespace ts::gui
