// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The main window is a shell: navigation on the left, one panel per area on the right, the menus, the status
// bar and opening workspaces. It knows panels only through Panel and the catalog (panels/PanelCatalog.h).
#pragma once

#include "WorkspaceLoader.h"
#include "panels/Panel.h"

#include <QKeySequence>
#include <QMainWindow>

#include <utility>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QSplitter;
class QStackedWidget;

namespace ts::gui {

class Dialogs;
class InstanceGuard;
class ProblemBanner;
class SharedFolderBanner;
class WorkspaceWatcher;

// The platform's key sequences for `key`, or `fallback` where its theme defines none.
QList<QKeySequence> standardShortcuts(QKeySequence::StandardKey key, const QKeySequence& fallback);

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Dialogs& dialogs, QWidget* parent = nullptr);

    // Opens in the background; on success the workspace is remembered as recent and shown in every panel,
    // on failure the error is shown and the current workspace stays.
    void openWorkspace(const WorkspaceOpenOptions& options);
    // Shows an already opened workspace in every panel (also the seam for tests that build one in code).
    void showWorkspace(WorkspacePtr workspace);
    WorkspacePtr workspace() const { return m_workspace; }
    // Re-opens the workspace shown (F5, a panel's change, the watcher). A reload that fails keeps showing
    // what was there, read-only, with the reason in the banner; the next good one clears it.
    void reloadWorkspace();
    // Re-opens the workspace shown with what this computer remembers for it (after Preferences or Locate…
    // changed who I am or the shared folder): overrides given at start (--root, --as) no longer apply.
    void reopenWithLocalSettings();
    // Preferences (for the workspace shown, if any), window-modal.
    void showPreferences();
    // The New Workspace wizard; the workspace it creates is opened on the Overview.
    void showNewWorkspaceWizard();
    // Why the workspace is read-only now (the banner's message), or empty.
    QString problem() const { return m_problem; }

    // The panel of an area by its catalog id ("members"), null when that area has none yet.
    Panel* panel(const QString& id) const;
    Panel* currentPanel() const;
    // Switches to an area's panel; false when it has none (a disabled entry).
    bool showPanel(const QString& id);
    // The area to show once the next workspace is shown (`teamspace --panel NAME`), once. An area without a
    // panel yet leaves the first panel shown and says so in the status bar.
    void setStartPanel(const QString& id)
    {
        m_startPanel = id;
        m_startPanelQuiet = false;
    }
    // Restores the window's size and place as last closed, and shows the area last shown once a workspace is
    // (main() calls it unless --panel names one).
    void restoreLastSession();

signals:
    // After a workspace was shown in every panel (tests and the status bar wait for it).
    void workspaceShown();
    // After an open failed; the message was shown to the user.
    void openFailed(const QString& message);
    // After the read-only state changed: `message` is the banner's text, empty when the workspace is
    // editable again.
    void problemChanged(const QString& message);
    // Open Recent and the welcome page list the recent workspaces again (read in the background).
    void recentWorkspacesListed();
    // Opening a workspace was refused because another window shows it (that window was asked to come to the
    // front). main() quits when this window shows nothing.
    void openElsewhere(const QString& repoDir);
    // Another window tried to open the workspace this one shows: this one came to the front.
    void raisedForAnotherWindow();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createPanels();
    void createActions(); // MainWindowActions.cpp
    void createMenus();   // MainWindowActions.cpp
    // Every named splitter with the id its state is kept under: "main" or its panel's catalog id
    // (MainWindowSession.cpp, as restoreLastSession and closeEvent).
    QList<std::pair<QString, QSplitter*>> splitters() const;
    void restoreSplitters();
    void rebuildRecentMenu();
    void chooseAndOpenWorkspace();
    void joinWorkspace(); // File ▸ Join Workspace…: the dialog, then the joined workspace opens
    void load(const WorkspaceOpenOptions& options, bool reload);
    void loaded(const WorkspaceOpenOptions& options, bool reload, LoadedWorkspace result);
    void present(WorkspacePtr workspace, const WatchedState& state);
    void setProblem(const QString& message);
    void showStartPanel();
    void showAbout();
    void showPanelAt(int navigationRow);
    void updateWindowState();

    Dialogs& m_dialogs;
    WorkspacePtr m_workspace;
    WorkspaceOpenOptions m_openOptions; // how the current workspace was opened, reused to reload it
    bool m_opening = false;
    bool m_reloadPending = false;   // a reload was asked for while an open ran: run it afterwards
    QString m_problem;              // why the workspace is read-only, or empty
    QString m_startPanel;           // the area to show when a workspace is next shown (--panel), or empty
    bool m_startPanelQuiet = false; // restored from the last session: no status message when unavailable
    InstanceGuard* m_instance = nullptr;
    WorkspaceWatcher* m_watcher = nullptr;
    ProblemBanner* m_banner = nullptr;
    SharedFolderBanner* m_sharedFolderBanner = nullptr; // no shared folder on this computer: Locate…

    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr; // the welcome page, then one page per panel
    QWidget* m_welcome = nullptr;
    QList<QString> m_slotIds;       // navigation row → catalog id
    QList<Panel*> m_panelsByRow;    // navigation row → panel (null for disabled entries)
    QList<QAction*> m_panelActions; // navigation row → "show this panel" action (Ctrl+1…)

    QAction* m_openAction = nullptr;
    QAction* m_joinAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_refreshAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_aboutQtAction = nullptr;
    QAction* m_preferencesAction = nullptr;
    QAction* m_newWorkspaceAction = nullptr;
    QMenu* m_recentMenu = nullptr;
    QLabel* m_workspaceLabel = nullptr; // permanent, right side of the status bar
};

} // namespace ts::gui
