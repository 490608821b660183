// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "MainWindow.h"

#include "AboutDialog.h"
#include "Background.h"
#include "Dialogs.h"
#include "InstanceGuard.h"
#include "ProblemBanner.h"
#include "ThemedIcons.h"
#include "UserMessages.h"
#include "WelcomePage.h"
#include "WorkspaceWatcher.h"
#include "join/JoinDialog.h"
#include "panels/PanelCatalog.h"
#include "services/RecentWorkspaces.h"
#include "setup/GuiSettings.h"
#include "setup/NewWorkspaceWizard.h"
#include "setup/PreferencesDialog.h"
#include "setup/SharedFolderBanner.h"
#include "workspace/LocalSettings.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

#include <utility>

// The icons are compiled into an object library that ends up inside the static teamspace_gui library, where
// the linker would drop its unreferenced initialiser; referencing it here keeps it.
static void initIconResources()
{
    Q_INIT_RESOURCE(teamspace_icons);
}

namespace ts::gui {

namespace {

constexpr int kPanelIndexRole = Qt::UserRole + 1; // navigation item → page index in m_pages (-1: no panel)

} // namespace

MainWindow::MainWindow(Dialogs& dialogs, QWidget* parent) : QMainWindow(parent), m_dialogs(dialogs)
{
    initIconResources();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/teamspace.svg")));
    resize(1120, 720);

    m_navigation = new QListWidget;
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Areas"));
    m_navigation->setAccessibleDescription(
        tr("The areas of the workspace, one panel each; Ctrl+1 to Ctrl+8 switch between them"));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setSpacing(2);
    m_navigation->setMinimumWidth(150);
    m_navigation->setMaximumWidth(220);

    m_pages = new QStackedWidget;
    m_pages->setObjectName(QStringLiteral("pages"));
    auto* welcome = new WelcomePage;
    m_welcome = welcome;
    m_pages->addWidget(m_welcome);

    auto* splitter = new QSplitter;
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({180, 940});

    auto* central = new QWidget;
    auto* column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    m_banner = new ProblemBanner(central);
    column->addWidget(m_banner);
    m_sharedFolderBanner = new SharedFolderBanner(m_dialogs, central);
    column->addWidget(m_sharedFolderBanner);
    connect(m_sharedFolderBanner, &SharedFolderBanner::located, this, &MainWindow::reopenWithLocalSettings);
    connect(m_sharedFolderBanner, &SharedFolderBanner::preferencesRequested, this,
            &MainWindow::showPreferences);
    column->addWidget(splitter, 1);
    setCentralWidget(central);
    connect(m_banner, &ProblemBanner::reloadRequested, this, &MainWindow::reloadWorkspace);

    m_instance = new InstanceGuard(this);
    connect(m_instance, &InstanceGuard::raiseRequested, this, [this] {
        if (isMinimized())
            showNormal();
        raise();
        activateWindow();
        statusBar()->showMessage(tr("%1 was opened again: this window already shows it")
                                     .arg(m_workspace ? m_workspace->manifest.name : QString()),
                                 8000);
        emit raisedForAnotherWindow();
    });
    m_watcher = new WorkspaceWatcher(this);
    connect(m_watcher, &WorkspaceWatcher::changed, this, &MainWindow::reloadWorkspace);

    createPanels();
    createActions();
    createMenus();
    restoreSplitters();

    m_workspaceLabel = new QLabel;
    m_workspaceLabel->setObjectName(QStringLiteral("workspaceStatus"));
    statusBar()->addPermanentWidget(m_workspaceLabel);

    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::showPanelAt);
    connect(welcome, &WelcomePage::openRequested, this, &MainWindow::chooseAndOpenWorkspace);
    connect(welcome, &WelcomePage::joinRequested, this, &MainWindow::joinWorkspace);
    connect(welcome, &WelcomePage::newRequested, this, &MainWindow::showNewWorkspaceWizard);
    connect(welcome, &WelcomePage::recentChosen, this, [this](const QString& dir) {
        openWorkspace(WorkspaceOpenOptions{dir, {}, {}, {}});
    });

    rebuildRecentMenu();
    updateWindowState();
}

void MainWindow::createPanels()
{
    const PanelContext context{m_dialogs};
    for (const PanelSlot& slot : panelSlots()) {
        Panel* panel = slot.create ? slot.create(context) : nullptr;
        auto* item = new QListWidgetItem(m_navigation);
        if (panel) {
            panel->setObjectName(QStringLiteral("panel.") + slot.id);
            item->setText(panel->title());
            item->setIcon(panel->icon());
            item->setData(kPanelIndexRole, m_pages->addWidget(panel));
            connect(panel, &Panel::statusMessage, this,
                    [this](const QString& text) { statusBar()->showMessage(inAppWords(text), 8000); });
            connect(panel, &Panel::workspaceModified, this, &MainWindow::reloadWorkspace);
            connect(panel, &Panel::reloadRequested, this, &MainWindow::reloadWorkspace);
            connect(panel, &Panel::openPanelRequested, this,
                    [this](const QString& id, const QVariantMap& request) {
                        if (showPanel(id))
                            this->panel(id)->handleRequest(request);
                    });
        } else {
            item->setText(slot.title);
            item->setIcon(themedIcon(slot.iconPath));
            item->setData(kPanelIndexRole, -1);
            item->setToolTip(tr("%1 arrives in a later version of Teamspace").arg(slot.title));
        }
        m_slotIds << slot.id;
        m_panelsByRow << panel;
    }
}

void MainWindow::rebuildRecentMenu()
{
    // Reads each teamspace.json (a folder may sit on a slow mount): off the GUI thread.
    runInBackground(
        this, [] { return services::recentWorkspaces(); },
        [this](const QList<services::RecentWorkspace>& recent) {
            m_recentMenu->clear();
            QStringList dirs, names;
            for (int i = 0; i < recent.size(); ++i) {
                const QString dir = recent[i].repoDir;
                dirs << dir;
                names << recent[i].teamName;
                QAction* action = m_recentMenu->addAction(
                    tr("%1 — %2").arg(recent[i].teamName, QDir::toNativeSeparators(dir)));
                action->setObjectName(QStringLiteral("action.recent.%1").arg(i));
                connect(action, &QAction::triggered, this, [this, dir] {
                    openWorkspace(WorkspaceOpenOptions{dir, {}, {}, {}});
                });
            }
            m_recentMenu->setEnabled(!m_opening && !recent.isEmpty());
            static_cast<WelcomePage*>(m_welcome)->setRecentWorkspaces(dirs, names);
            emit recentWorkspacesListed();
        });
}

void MainWindow::chooseAndOpenWorkspace()
{
    const QString start = m_workspace ? m_workspace->repoDir : QDir::homePath();
    m_dialogs.chooseFolder(this, tr("Open Workspace"), start, [this](const QString& dir) {
        openWorkspace(WorkspaceOpenOptions{dir, {}, {}, {}});
    });
}

void MainWindow::joinWorkspace()
{
    if (findChild<JoinDialog*>())
        return;
    auto* dialog = new JoinDialog(m_dialogs, QDir::homePath(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->report())
            openWorkspace(WorkspaceOpenOptions{dialog->report()->repoDir, {}, {}, {}});
    });
    dialog->open(); // window-modal, no nested event loop
}

void MainWindow::openWorkspace(const WorkspaceOpenOptions& options)
{
    // Opening the folder shown again is a reload (quiet, keeps the panels' status messages).
    load(options, m_workspace && options.workspaceDir == m_workspace->repoDir);
}

void MainWindow::reloadWorkspace()
{
    if (!m_workspace)
        return;
    if (m_opening) {
        m_reloadPending = true; // the open under way may have read the file before this change
        return;
    }
    load(m_openOptions, true);
}

void MainWindow::load(const WorkspaceOpenOptions& options, bool reload)
{
    if (m_opening)
        return; // one open at a time; the menu entries are disabled meanwhile anyway
    m_opening = true;
    updateWindowState();
    if (!reload)
        statusBar()->showMessage(tr("Opening %1…").arg(QDir::toNativeSeparators(options.workspaceDir)));
    const ShownFolders shown =
        reload ? ShownFolders{m_workspace->repoDir, m_workspace->rootDir} : ShownFolders{};
    runInBackground(
        this, [options, shown] { return loadWorkspace(options, shown); },
        [this, options, reload](LoadedWorkspace result) { loaded(options, reload, std::move(result)); });
}

void MainWindow::loaded(const WorkspaceOpenOptions& options, bool reload, LoadedWorkspace result)
{
    m_opening = false;
    if (!result.opened) {
        const QString message = inAppWords(result.opened.error().message);
        if (reload && m_workspace) {
            // Keep showing the last good workspace, read-only, and keep watching: fixing the file clears it.
            setProblem(message);
            m_watcher->watch(m_workspace->repoDir, m_workspace->rootDir, result.state);
            updateWindowState();
        } else {
            statusBar()->clearMessage();
            updateWindowState();
            m_dialogs.showError(this, tr("Cannot open workspace"), message);
            emit openFailed(message);
        }
    } else {
        if (!reload && !m_instance->claim(result.opened->repoDir)) {
            statusBar()->clearMessage();
            updateWindowState();
            m_dialogs.showError(
                this, tr("Workspace already open"),
                tr("%1 (%2) is already open in another Teamspace window, which was brought to "
                   "the front.")
                    .arg(result.opened->manifest.name, QDir::toNativeSeparators(result.opened->repoDir)));
            emit openElsewhere(result.opened->repoDir);
            if (m_reloadPending) {
                m_reloadPending = false;
                reloadWorkspace();
            }
            return;
        }
        if (!reload) {
            m_openOptions = options;
            m_openOptions.workspaceDir = result.opened->repoDir;
            LocalSettings::addRecentWorkspace(result.opened->repoDir);
            rebuildRecentMenu();
        }
        setProblem(inAppWords(result.sharedFolderProblem));
        present(std::make_shared<const Workspace>(std::move(*result.opened)), result.state);
        if (!reload && GuiSettings::scanOnOpen() && m_workspace->hasSharedFolder() && m_problem.isEmpty())
            if (Panel* storage = panel(QStringLiteral("storage")))
                storage->handleRequest({{QStringLiteral("scan"), true}});
    }
    if (m_reloadPending) {
        m_reloadPending = false;
        reloadWorkspace();
    }
}

void MainWindow::showWorkspace(WorkspacePtr workspace)
{
    const WatchedState state =
        workspace ? WatchedState::read(workspace->repoDir, workspace->rootDir) : WatchedState{};
    present(std::move(workspace), state);
}

void MainWindow::present(WorkspacePtr workspace, const WatchedState& state)
{
    const bool reload = m_workspace && workspace && m_workspace->repoDir == workspace->repoDir;
    m_workspace = std::move(workspace);
    if (m_workspace && m_openOptions.workspaceDir.isEmpty())
        m_openOptions.workspaceDir = m_workspace->repoDir; // shown directly (tests): reload from its folder
    if (m_workspace)
        m_watcher->watch(m_workspace->repoDir, m_workspace->rootDir, state);
    else
        m_watcher->stop();
    for (Panel* panel : std::as_const(m_panelsByRow))
        if (panel)
            panel->setWorkspace(m_workspace);
    m_sharedFolderBanner->setWorkspace(m_workspace);
    if (m_workspace && m_pages->currentWidget() == m_welcome) {
        if (m_navigation->currentRow() < 0)
            m_navigation->setCurrentRow(0);
        else
            showPanelAt(m_navigation->currentRow());
    }
    if (!m_workspace) {
        m_pages->setCurrentWidget(m_welcome);
        setProblem({});
    }
    if (!reload)
        statusBar()->showMessage(m_workspace ? tr("Opened %1").arg(m_workspace->manifest.name) : QString(),
                                 5000);
    updateWindowState();
    showStartPanel();
    emit workspaceShown();
}

void MainWindow::reopenWithLocalSettings()
{
    m_openOptions.rootDir.clear();
    m_openOptions.memberId.clear();
    reloadWorkspace();
}

void MainWindow::showPreferences()
{
    auto* dialog = new PreferencesDialog(m_dialogs, m_workspace, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &PreferencesDialog::saved, this, [this](bool changed) {
        if (changed)
            reopenWithLocalSettings();
    });
    dialog->open();
}

void MainWindow::showNewWorkspaceWizard()
{
    auto* wizard = new NewWorkspaceWizard(m_dialogs, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal);
    connect(wizard, &NewWorkspaceWizard::created, this, [this](const services::NewWorkspaceReport& report) {
        setStartPanel(QStringLiteral("overview"));
        openWorkspace(WorkspaceOpenOptions{report.workspace.repoDir, {}, {}, {}});
    });
    wizard->open();
}

void MainWindow::setProblem(const QString& message)
{
    if (message == m_problem)
        return;
    m_problem = message;
    m_banner->setProblem(message);
    for (Panel* panel : std::as_const(m_panelsByRow))
        if (panel)
            panel->setReadOnly(message);
    emit problemChanged(message);
}

Panel* MainWindow::panel(const QString& id) const
{
    const int row = m_slotIds.indexOf(id);
    return row < 0 ? nullptr : m_panelsByRow[row];
}

Panel* MainWindow::currentPanel() const
{
    return qobject_cast<Panel*>(m_pages->currentWidget());
}

bool MainWindow::showPanel(const QString& id)
{
    const int row = m_slotIds.indexOf(id);
    if (row < 0 || !m_panelsByRow[row] || !m_workspace)
        return false;
    m_navigation->setCurrentRow(row);
    return true;
}

void MainWindow::showStartPanel()
{
    if (!m_workspace || m_startPanel.isEmpty())
        return;
    const QString id = std::exchange(m_startPanel, QString());
    if (showPanel(id) || std::exchange(m_startPanelQuiet, false))
        return;
    const int row = m_slotIds.indexOf(id);
    const QString title = row < 0 ? id : m_navigation->item(row)->text();
    statusBar()->showMessage(tr("%1 is not available in this version of Teamspace yet").arg(title), 8000);
}

void MainWindow::showPanelAt(int navigationRow)
{
    if (navigationRow < 0 || !m_workspace)
        return;
    const int page = m_navigation->item(navigationRow)->data(kPanelIndexRole).toInt();
    if (page >= 0) {
        m_pages->setCurrentIndex(page);
        LocalSettings::setLastPanel(m_slotIds[navigationRow]);
    }
}

void MainWindow::showAbout()
{
    auto* about = new AboutDialog(this);
    about->setAttribute(Qt::WA_DeleteOnClose);
    about->open();
}

void MainWindow::changeEvent(QEvent* event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_banner->updateColours(); // a light or dark theme
        m_sharedFolderBanner->updateColours();
    }
}

void MainWindow::updateWindowState()
{
    const bool open = m_workspace != nullptr;
    setWindowTitle(open ? tr("%1 — Teamspace").arg(m_workspace->manifest.name) : tr("Teamspace"));
    m_openAction->setEnabled(!m_opening);
    m_recentMenu->setEnabled(!m_opening && !m_recentMenu->isEmpty());
    m_refreshAction->setEnabled(open && !m_opening);
    m_navigation->setEnabled(open);
    for (int row = 0; row < m_navigation->count(); ++row) {
        const bool hasPanel = m_panelsByRow[row] != nullptr;
        QListWidgetItem* item = m_navigation->item(row);
        item->setFlags(hasPanel ? (Qt::ItemIsEnabled | Qt::ItemIsSelectable) : Qt::NoItemFlags);
        m_panelActions[row]->setEnabled(open && hasPanel);
    }
    if (!open) {
        m_workspaceLabel->clear();
        return;
    }
    const QString me = m_workspace->me.isEmpty() ? tr("identity not set") : m_workspace->me;
    m_workspaceLabel->setText(tr("%1 · %2").arg(QDir::toNativeSeparators(m_workspace->repoDir), me));
}

} // namespace ts::gui
