// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Colours chosen by the palette in use, for every panel: whether it is dark, WCAG 2 contrast, text that stays
// readable on a background, and a hue taken deep enough (light window) or light enough (dark window) to read
// as text. GUI code takes colours from the palette or from here, never as fixed values (see docs/gui.md).
#pragma once

#include <QColor>
#include <QList>
#include <QPalette>

#include <optional>

namespace ts::gui {

// WCAG 2 contrast ratio of two colours (1 … 21).
double contrastRatio(const QColor& a, const QColor& b);

// Whichever of `preferred` and the two extremes (black, white) reads best on `background`: `preferred` when
// it reaches `minimum`, else the extreme with the higher contrast (at least 4.58:1 on any background).
QColor readableOn(const QColor& background, const QColor& preferred, double minimum = 4.5);

// Black or white, whichever has the better worst contrast over `backgrounds`; none when even that is below
// `minimum` (then no text is drawn there).
std::optional<QColor> readableOnAll(const QList<QColor>& backgrounds, double minimum = 4.5);

// `a` moved towards `b` by `t` (0: a, 1: b), channel by channel.
QColor mixedColour(const QColor& a, const QColor& b, double t);

bool isDarkPalette(const QPalette& palette);

// WCAG 2 relative luminance (0 black … 1 white).
double relativeLuminance(const QColor& colour);

// The hue of `deepShade` at the lightness where it reads as text on the palette's window with at least
// `minimum` contrast: darkened on a light window, lightened on a dark one.
QColor toneOn(QRgb deepShade, const QPalette& palette, double minimum = 4.5);
// The same against every one of `backgrounds` (lightened when `dark`, else darkened).
QColor toneOnAll(QRgb deepShade, const QList<QColor>& backgrounds, bool dark, double minimum = 4.5);

} // namespace ts::gui
