// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The treemap's colours, all in this one place: categorical colours for members and kinds chosen by the
// palette's lightness (mid tones on a light window, deeper ones on a dark window, so the tiles never glare),
// the grey of aggregated small entries, and the band and text colours of folder names, checked for 4.5:1
// contrast (WCAG 2). Colour is never the only carrier of meaning: the legend names every colour and the
// tooltip says the member and kind.
#pragma once

#include "PaletteColours.h"
#include "index/ScanTree.h"

#include <QColor>
#include <QList>
#include <QPalette>
#include <QString>

namespace ts::gui {

// The n-th categorical colour (members in the order the manifest lists them); cycles after 10.
QColor categoricalColour(int n, const QPalette& palette);
int categoricalColourCount();
QColor kindColour(index::Kind kind, const QPalette& palette);
// Entries attributed to nobody.
QColor unattributedColour(const QPalette& palette);
// A folder's small entries merged into one tile; drawn hatched as well.
QColor aggregateColour(const QPalette& palette);
// The lines of the aggregate's hatching.
QColor aggregateHatchColour(const QPalette& palette);

// The band a folder's name is written in, the name's colour (≥ 4.5:1 on the band), and the frame between
// tiles.
QColor folderBandColour(const QPalette& palette);
QColor folderTextColour(const QPalette& palette);
QColor frameColour(const QPalette& palette);

} // namespace ts::gui
