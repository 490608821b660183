// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "setup/GuiSettings.h"

#include <QApplication>
#include <QSettings>
#include <QStyle>

namespace ts::gui {

namespace {

// The palette the application had before a light one was forced, so that following the system again restores
// it (Qt 6.4 has no way to ask the platform theme again).
QPalette& systemPalette()
{
    static QPalette palette = QApplication::palette();
    return palette;
}

} // namespace

bool GuiSettings::scanOnOpen()
{
    return QSettings().value(QStringLiteral("gui/scanOnOpen"), false).toBool();
}

void GuiSettings::setScanOnOpen(bool on)
{
    QSettings().setValue(QStringLiteral("gui/scanOnOpen"), on);
}

bool GuiSettings::followSystemTheme()
{
    return QSettings().value(QStringLiteral("gui/followSystemTheme"), true).toBool();
}

void GuiSettings::setFollowSystemTheme(bool on)
{
    QSettings().setValue(QStringLiteral("gui/followSystemTheme"), on);
}

namespace {

QString splitterKey(const QString& panelId, const QString& splitter)
{
    return QStringLiteral("gui/splitters/%1/%2").arg(panelId, splitter);
}

} // namespace

QByteArray GuiSettings::splitterState(const QString& panelId, const QString& splitter)
{
    return QSettings().value(splitterKey(panelId, splitter)).toByteArray();
}

void GuiSettings::setSplitterState(const QString& panelId, const QString& splitter, const QByteArray& state)
{
    QSettings().setValue(splitterKey(panelId, splitter), state);
}

void GuiSettings::applyTheme()
{
    const QPalette& system = systemPalette(); // taken on the first call, before anything is forced
    QApplication::setPalette(followSystemTheme() ? system : QApplication::style()->standardPalette());
}

} // namespace ts::gui
