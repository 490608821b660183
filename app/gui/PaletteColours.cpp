// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "PaletteColours.h"

#include <QtMath>

#include <algorithm>
#include <cmath>

namespace ts::gui {

namespace {

double channel(double c)
{
    c /= 255.0;
    return c <= 0.03928 ? c / 12.92 : qPow((c + 0.055) / 1.055, 2.4);
}

} // namespace

double relativeLuminance(const QColor& c)
{
    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue());
}

double contrastRatio(const QColor& a, const QColor& b)
{
    const double la = relativeLuminance(a), lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor readableOn(const QColor& background, const QColor& preferred, double minimum)
{
    if (contrastRatio(background, preferred) >= minimum)
        return preferred;
    const QColor black(0, 0, 0), white(255, 255, 255);
    return contrastRatio(background, black) >= contrastRatio(background, white) ? black : white;
}

std::optional<QColor> readableOnAll(const QList<QColor>& backgrounds, double minimum)
{
    const QColor black(0, 0, 0), white(255, 255, 255);
    double onBlack = 21, onWhite = 21;
    for (const QColor& b : backgrounds) {
        onBlack = std::min(onBlack, contrastRatio(b, black));
        onWhite = std::min(onWhite, contrastRatio(b, white));
    }
    if (std::max(onBlack, onWhite) < minimum)
        return std::nullopt;
    return onBlack >= onWhite ? black : white;
}

QColor mixedColour(const QColor& a, const QColor& b, double t)
{
    const auto mix = [t](int x, int y) { return int(std::lround(x + (y - x) * t)); };
    return QColor(mix(a.red(), b.red()), mix(a.green(), b.green()), mix(a.blue(), b.blue()));
}

bool isDarkPalette(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor toneOn(QRgb deepShade, const QPalette& palette, double minimum)
{
    return toneOnAll(deepShade, {palette.color(QPalette::Window)}, isDarkPalette(palette), minimum);
}

QColor toneOnAll(QRgb deepShade, const QList<QColor>& backgrounds, bool dark, double minimum)
{
    const auto worst = [&backgrounds](const QColor& c) {
        double ratio = 21;
        for (const QColor& b : backgrounds)
            ratio = std::min(ratio, contrastRatio(c, b));
        return ratio;
    };
    float h, s, l;
    QColor::fromRgb(deepShade).getHslF(&h, &s, &l);
    QColor c = QColor::fromHslF(h, s, l);
    for (int step = 0; step < 100 && worst(c) < minimum; ++step) {
        l = std::clamp(l + (dark ? 0.01f : -0.01f), 0.0f, 1.0f);
        c = QColor::fromHslF(h, s, l);
    }
    return c;
}

} // namespace ts::gui
