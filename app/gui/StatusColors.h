// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Status colours (good, warning, bad) that stay readable on the palette in use: each tone's hue taken deep on
// a light window and light on a dark one, at 4.5:1 against the window at least (PaletteColours.h, toneOn; the
// same rule as ProblemBanner). Colour is never the only signal: the text says the status too.
#pragma once

#include "PaletteColours.h"

namespace ts::gui {

enum class StatusTone { Good, Warning, Bad };

inline QColor statusColor(StatusTone tone, const QPalette& palette)
{
    switch (tone) {
    case StatusTone::Good:
        return toneOn(0x2e7d32, palette); // green
    case StatusTone::Warning:
        return toneOn(0x9a6000, palette); // amber
    case StatusTone::Bad:
        break;
    }
    return toneOn(0xb3261e, palette); // red
}

} // namespace ts::gui
