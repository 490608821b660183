// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The list of areas in the navigation, in order. Adding an area's panel means filling in its `create` here —
// the main window reads this list and needs no change. See docs/gui.md.
#pragma once

#include "panels/Panel.h"

#include <QList>

#include <functional>

namespace ts::gui {

struct PanelSlot
{
    QString id; // stable object-name stem: "members" → navigation item "nav.members", panel "panel.members"
    QString title;    // shown in the navigation while the area has no panel yet
    QString iconPath; // resource path of the navigation icon
    // Creates the area's panel; empty while the area has none (its navigation entry is then disabled).
    std::function<Panel*(const PanelContext&)> create;
};

QList<PanelSlot> panelSlots();

} // namespace ts::gui
