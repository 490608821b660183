// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Paints laid-out treemap tiles into an image, on any thread (the view's background job): cushion shading
// (van Wijk and van de Wetering 1999: each folder level adds a parabolic ridge, so the nesting shows without
// frames), folder name bands, and hatched grey aggregates. Selection and hover are drawn by the view on top.
#pragma once

#include "models/TreemapLayout.h"

#include <QColor>
#include <QFont>
#include <QHash>
#include <QImage>

#include <array>
#include <functional>

namespace ts::gui {

// Everything the painting needs, resolved on the GUI thread from the palette (TreemapColours.h): a plain
// value, safe to hand to a worker.
struct TreemapStyle
{
    bool byMember = true;
    QHash<QString, QColor> memberColours; // member id → colour
    QColor unattributed;
    std::array<QColor, index::kKindCount> kinds;
    QColor aggregate, hatch, band, bandText, frame;
    QFont font;
    bool cushions = true; // false: flat tiles with a one-pixel frame
};

// The colour a tile is filled with (before shading).
QColor treemapTileColour(const TreemapTile& tile, const TreemapStyle& style);

// `tiles` painted into an image of `size` logical pixels at `devicePixelRatio`; `label(tile)` gives the text
// written in a folder's name band.
QImage renderTreemap(const QList<TreemapTile>& tiles, const QSize& size, qreal devicePixelRatio,
                     const TreemapStyle& style, const std::function<QString(const TreemapTile&)>& label);

} // namespace ts::gui
