// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Monochrome icons drawn in the palette's colours each time they are painted: the SVG is a mask filled with
// the text colour or a status tone (StatusColors.h), the highlighted-text colour when selected and the
// disabled-text colour when disabled. A light or dark theme switch repaints them with nothing reloaded, and
// no icon carries a fixed colour that could vanish on one of them (docs/gui.md, "Colour").
#pragma once

#include <QIcon>
#include <QPalette>

namespace ts::gui {

enum class IconTint { Text, Good, Warning, Bad };

// The colour an icon of `tint` is drawn in, in `mode`, on `palette`.
QColor iconTint(IconTint tint, const QPalette& palette, QIcon::Mode mode = QIcon::Normal);

// The SVG `resource` (":/icons/members.svg") as a monochrome icon in `tint`, coloured by the application's
// palette when painted.
QIcon themedIcon(const QString& resource, IconTint tint = IconTint::Text);

// The status icons by name, each in its tone: "present" (good), "missing" and "blocked" (bad), "unexpected"
// (warning). An unknown name gives the "unexpected" icon.
QIcon statusIcon(const char* name);

} // namespace ts::gui
