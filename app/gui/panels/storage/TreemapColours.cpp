// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "panels/storage/TreemapColours.h"

#include <algorithm>
#include <array>

namespace ts::gui {

namespace {

// Ten hues that stay apart for the common colour-vision deficiencies when paired with the legend's words
// (Tableau 10 without its grey, which belongs to the aggregates). On a dark window each is taken deeper.
constexpr std::array<QRgb, 10> kCategorical{0x4e79a7, 0xf28e2b, 0x59a14f, 0xe15759, 0xb07aa1,
                                            0x76b7b2, 0xedc948, 0xff9da7, 0x9c755f, 0x8cd17d};

// The hue at a lightness that suits the window: on a light one at least 0.30 relative luminance (black text
// on it keeps 6:1 and more, also where the cushion shading darkens it a little), on a dark one at most 0.10
// (white text keeps 5.5:1 and more, and the tiles do not glare).
QColor forPalette(QRgb rgb, const QPalette& palette)
{
    const bool dark = isDarkPalette(palette);
    float h, s, l;
    QColor::fromRgb(rgb).getHslF(&h, &s, &l);
    if (dark)
        s *= 0.85f;
    QColor c = QColor::fromHslF(h, s, l);
    for (int step = 0; step < 100; ++step) {
        const double y = relativeLuminance(c);
        if (dark ? y <= 0.10 : y >= 0.30)
            break;
        l = std::clamp(l + (dark ? -0.01f : 0.01f), 0.0f, 1.0f);
        c = QColor::fromHslF(h, s, l);
    }
    return c;
}

} // namespace

int categoricalColourCount()
{
    return int(kCategorical.size());
}

QColor categoricalColour(int n, const QPalette& palette)
{
    const int count = categoricalColourCount();
    return forPalette(kCategorical[std::size_t(((n % count) + count) % count)], palette);
}

QColor kindColour(index::Kind kind, const QPalette& palette)
{
    switch (kind) {
    case index::Kind::Raw:
        return forPalette(0x4e79a7, palette);
    case index::Kind::Processed:
        return forPalette(0x76b7b2, palette);
    case index::Kind::Results:
        return forPalette(0xf28e2b, palette);
    case index::Kind::Checkpoints:
        return forPalette(0xb07aa1, palette);
    case index::Kind::Models:
        return forPalette(0xe15759, palette);
    case index::Kind::Notebooks:
        return forPalette(0x59a14f, palette);
    case index::Kind::Shared:
        return forPalette(0xedc948, palette);
    case index::Kind::Other:
        break;
    }
    return unattributedColour(palette);
}

QColor unattributedColour(const QPalette& palette)
{
    return forPalette(0xcdbfa8, palette); // sand: apart from the aggregates' grey
}

// The greys of aggregated small entries lie between the window and its text, so they follow any palette: a
// third of the way for the tile, further for its hatching.
QColor aggregateColour(const QPalette& palette)
{
    return mixedColour(palette.color(QPalette::Window), palette.color(QPalette::WindowText), 0.30);
}

QColor aggregateHatchColour(const QPalette& palette)
{
    return mixedColour(palette.color(QPalette::Window), palette.color(QPalette::WindowText), 0.42);
}

QColor folderBandColour(const QPalette& palette)
{
    const QColor window = palette.color(QPalette::Window);
    return isDarkPalette(palette) ? window.lighter(135) : window.darker(112);
}

QColor folderTextColour(const QPalette& palette)
{
    return readableOn(folderBandColour(palette), palette.color(QPalette::WindowText));
}

QColor frameColour(const QPalette& palette)
{
    const QColor window = palette.color(QPalette::Window);
    return isDarkPalette(palette) ? window.darker(160) : window.darker(165);
}

} // namespace ts::gui
