// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// What the main window keeps between starts: its size and place and the area shown (LocalSettings), and the
// sizes of every named splitter, the main one and each panel's, under the panel's catalog id (GuiSettings).
#include "MainWindow.h"

#include "setup/GuiSettings.h"
#include "workspace/LocalSettings.h"

#include <QCloseEvent>
#include <QSplitter>

namespace ts::gui {

namespace {

const QString kMainId = QStringLiteral("main");

} // namespace

QList<std::pair<QString, QSplitter*>> MainWindow::splitters() const
{
    QList<std::pair<QString, QSplitter*>> all;
    all.append({kMainId, findChild<QSplitter*>(QStringLiteral("mainSplitter"))});
    for (int row = 0; row < m_panelsByRow.size(); ++row)
        if (Panel* panel = m_panelsByRow[row])
            for (QSplitter* splitter : panel->findChildren<QSplitter*>())
                if (!splitter->objectName().isEmpty())
                    all.append({m_slotIds[row], splitter});
    return all;
}

void MainWindow::restoreSplitters()
{
    for (const auto& [id, splitter] : splitters()) {
        const QByteArray state = GuiSettings::splitterState(id, splitter->objectName());
        if (!state.isEmpty())
            splitter->restoreState(state);
    }
}

void MainWindow::restoreLastSession()
{
    const QByteArray geometry = LocalSettings::windowGeometry();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QString panel = LocalSettings::lastPanel();
    if (m_startPanel.isEmpty() && !panel.isEmpty()) {
        m_startPanel = panel;
        m_startPanelQuiet = true;
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    LocalSettings::setWindowGeometry(saveGeometry());
    for (const auto& [id, splitter] : splitters())
        GuiSettings::setSplitterState(id, splitter->objectName(), splitter->saveState());
    QMainWindow::closeEvent(event);
}

} // namespace ts::gui
