// Status colours (good, warning, bad) that stay readable on the palette in use: the deep shades on a light
// window, light shades on a dark one (the same rule as ProblemBanner). Colour is never the only signal: the
// text says the status too.
#pragma once

#include <QColor>
#include <QPalette>

namespace ts::gui {

enum class StatusTone { Good, Warning, Bad };

inline QColor statusColor(StatusTone tone, const QPalette& palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    switch (tone) {
    case StatusTone::Good:
        return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x2e, 0x7d, 0x32);
    case StatusTone::Warning:
        return dark ? QColor(0xff, 0xc1, 0x4d) : QColor(0x9a, 0x60, 0x00);
    case StatusTone::Bad:
        break;
    }
    return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
}

} // namespace ts::gui
