// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The app's own settings, the same for every workspace on this machine (QSettings, group "gui").
// Per-workspace facts (who I am, the shared folder) are LocalSettings'.
#pragma once

#include <QByteArray>
#include <QString>

namespace ts::gui {

struct GuiSettings
{
    // Scan the shared folder each time a workspace opens (off by default: a scan of a large share takes
    // minutes and reads the whole drive).
    static bool scanOnOpen();
    static void setScanOnOpen(bool on);
    // Use the desktop's light or dark theme (on by default); off: always the style's light palette.
    static bool followSystemTheme();
    static void setFollowSystemTheme(bool on);
    // A splitter's sizes as last closed (QSplitter::saveState), by the id of the panel it is in ("main": the
    // main window's) and its object name; empty when never saved.
    static QByteArray splitterState(const QString& panelId, const QString& splitter);
    static void setSplitterState(const QString& panelId, const QString& splitter, const QByteArray& state);
    // Applies followSystemTheme() to the running application.
    static void applyTheme();
};

} // namespace ts::gui
