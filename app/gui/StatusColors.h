// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Status colours (good, warning, bad) that stay readable on the palette in use: each tone's hue taken deep on
// a light window and light on a dark one, at 4.5:1 at least against the window and against the views' base
// and alternate base, where tables draw it (PaletteColours.h, toneOnAll; the same rule as ProblemBanner).
// Colour is never the only signal: the text says the status too.
#pragma once

#include "PaletteColours.h"

namespace ts::gui {

enum class StatusTone { Good, Warning, Bad };

inline QColor statusColor(StatusTone tone, const QPalette& palette)
{
    const QList<QColor> backgrounds{palette.color(QPalette::Window), palette.color(QPalette::Base),
                                    palette.color(QPalette::AlternateBase)};
    const bool dark = isDarkPalette(palette);
    switch (tone) {
    case StatusTone::Good:
        return toneOnAll(0x2e7d32, backgrounds, dark); // green
    case StatusTone::Warning:
        return toneOnAll(0x9a6000, backgrounds, dark); // amber
    case StatusTone::Bad:
        break;
    }
    return toneOnAll(0xb3261e, backgrounds, dark); // red
}

} // namespace ts::gui
