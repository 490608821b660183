// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The main window's actions and menus: standard key sequences where the platform defines them (Quit, Reload,
// Preferences, Open), About Teamspace and About Qt in the Help menu, Ctrl+1…9 for the areas.
#include "MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QListWidget>
#include <QMenuBar>

namespace ts::gui {

QList<QKeySequence> standardShortcuts(QKeySequence::StandardKey key, const QKeySequence& fallback)
{
    const QList<QKeySequence> platform = QKeySequence::keyBindings(key);
    return platform.isEmpty() ? QList<QKeySequence>{fallback} : platform;
}

void MainWindow::createActions()
{
    m_openAction = new QAction(tr("&Open Workspace…"), this);
    m_openAction->setObjectName(QStringLiteral("action.open"));
    m_openAction->setShortcuts(standardShortcuts(QKeySequence::Open, QKeySequence(Qt::CTRL | Qt::Key_O)));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseAndOpenWorkspace);

    m_joinAction = new QAction(tr("&Join Workspace…"), this);
    m_joinAction->setObjectName(QStringLiteral("action.join"));
    m_joinAction->setStatusTip(tr("Copy a team's notebook repository to this computer and say who you are"));
    connect(m_joinAction, &QAction::triggered, this, &MainWindow::joinWorkspace);

    // The platform's keys; a platform theme that defines none (Windows has no Quit key) gets the usual one.
    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("action.quit"));
    m_quitAction->setShortcuts(standardShortcuts(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_refreshAction = new QAction(tr("&Reload Workspace"), this);
    m_refreshAction->setObjectName(QStringLiteral("action.refresh"));
    m_refreshAction->setShortcuts(standardShortcuts(QKeySequence::Refresh, QKeySequence(Qt::Key_F5)));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::reloadWorkspace);

    m_newWorkspaceAction = new QAction(tr("&New Workspace…"), this);
    m_newWorkspaceAction->setObjectName(QStringLiteral("action.newWorkspace"));
    m_newWorkspaceAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_newWorkspaceAction, &QAction::triggered, this, &MainWindow::showNewWorkspaceWizard);

    m_preferencesAction = new QAction(tr("&Preferences…"), this);
    m_preferencesAction->setObjectName(QStringLiteral("action.preferences"));
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    // Some Linux desktops define no Preferences key: Ctrl+, then, as most applications use.
    m_preferencesAction->setShortcuts(
        standardShortcuts(QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);

    m_aboutAction = new QAction(tr("&About Teamspace"), this);
    m_aboutAction->setObjectName(QStringLiteral("action.about"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_aboutQtAction = new QAction(tr("About &Qt"), this);
    m_aboutQtAction->setObjectName(QStringLiteral("action.aboutQt"));
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    m_aboutQtAction->setStatusTip(tr("The version and licence of the Qt toolkit Teamspace is built with"));
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    // Ctrl+1…9 follow the navigation order, disabled entries included, so a shortcut keeps its meaning when
    // an area's panel arrives.
    for (int row = 0; row < m_navigation->count(); ++row) {
        auto* action = new QAction(m_navigation->item(row)->icon(), m_navigation->item(row)->text(), this);
        action->setObjectName(QStringLiteral("action.show.") + m_slotIds[row]);
        if (row < 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row)));
        connect(action, &QAction::triggered, this, [this, row] { m_navigation->setCurrentRow(row); });
        addAction(action); // shortcuts work while the menu is closed, in every panel
        m_panelActions << action;
    }
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("menu.file"));
    file->addAction(m_newWorkspaceAction);
    file->addAction(m_openAction);
    file->addAction(m_joinAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("menu.recent"));
    file->addSeparator();
    file->addAction(m_preferencesAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("menu.view"));
    view->addActions(m_panelActions);
    view->addSeparator();
    view->addAction(m_refreshAction);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("menu.help"));
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);
}

} // namespace ts::gui
