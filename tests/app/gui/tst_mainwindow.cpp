// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The shell: navigation and its shortcuts, the menus, opening workspaces (answered file pickers, errors shown
// through the seam), recent workspaces, About. Driven by object names, offscreen.
#include "AboutDialog.h"
#include "MainWindow.h"
#include "SampleWorkspace.h"
#include "ScriptedDialogs.h"
#include "StartOptions.h"
#include "TestEnv.h"
#include "panels/PanelCatalog.h"
#include "workspace/LocalSettings.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace ts;
using gui::Panel;
using gui::WorkspacePtr;

namespace {

WorkspacePtr workspaceInCode(const QString& repo, const QString& root)
{
    return test::sampleWorkspace(repo, root, QStringLiteral("ben"));
}

template <typename T> T* child(QObject* parent, const char* name)
{
    return parent->findChild<T*>(QString::fromLatin1(name));
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void startsOnTheWelcomePageWithPanelsDisabled();
    void navigationListsEveryAreaInOrder();
    void showingAWorkspaceFillsTheOverview();
    void shortcutsSwitchPanels();
    void startPanelIsShownOnceTheWorkspaceIs();
    void openAsksForAFolderAndReportsAFolderWithoutManifest();
    void cancelledPickerChangesNothing();
    void opensAWorkspaceFromDiskAndRemembersIt();
    void reloadPicksUpChangesOnDisk();
    void unknownIdentityIsReportedAndKeepsTheCurrentWorkspace();
    void recentWorkspacesAreOffered();
    void aboutOpensWithoutBlocking();
    void quitClosesTheWindow();
    void activityPanelOpensFromTheCommandLine();
    void geometryAndLastPanelAreRestored();

private:
    QTemporaryDir m_repo;
    QTemporaryDir m_root;
};

void TestMainWindow::initTestCase()
{
    test::isolateUserFolders();
    QVERIFY(m_repo.isValid() && m_root.isValid());
}

void TestMainWindow::startsOnTheWelcomePageWithPanelsDisabled()
{
    test::ScriptedDialogs dialogs;
    gui::MainWindow window(dialogs);
    window.show();
    auto* pages = child<QStackedWidget>(&window, "pages");
    QVERIFY(pages);
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("welcomePage"));
    QCOMPARE(window.windowTitle(), QStringLiteral("Teamspace"));
    QVERIFY(!child<QListWidget>(&window, "navigation")->isEnabled());
    QVERIFY(!child<QAction>(&window, "action.refresh")->isEnabled());
    QVERIFY(!child<QAction>(&window, "action.show.overview")->isEnabled());
    QVERIFY(child<QAction>(&window, "action.open")->isEnabled());
    QVERIFY(window.workspace() == nullptr);
}

void TestMainWindow::navigationListsEveryAreaInOrder()
{
    test::ScriptedDialogs dialogs;
    gui::MainWindow window(dialogs);
    window.showWorkspace(workspaceInCode(m_repo.path(), m_root.path()));
    auto* navigation = child<QListWidget>(&window, "navigation");
    QStringList titles;
    for (int row = 0; row < navigation->count(); ++row)
        titles << navigation->item(row)->text();
    QCOMPARE(titles, (QStringList{"Overview", "Members", "Layout", "Notebooks", "Storage", "Raw data", "Sync",
                                  "Activity"}));

    // Every area has its panel: each is enabled in the list, and so is its action.
    const QList<gui::PanelSlot> areas = gui::panelSlots();
    QCOMPARE(navigation->count(), int(areas.size()));
    for (int row = 0; row < areas.size(); ++row) {
        const QByteArray id = areas[row].id.toLatin1();
        QVERIFY2(navigation->item(row)->flags() & Qt::ItemIsEnabled, id.constData());
        QVERIFY2(child<QAction>(&window, ("action.show." + id).constData())->isEnabled(), id.constData());
        QVERIFY2(window.panel(areas[row].id) != nullptr, id.constData());
    }
    QVERIFY(navigation->item(0)->flags() & Qt::ItemIsEnabled);
    QCOMPARE(child<QAction>(&window, "action.show.overview")->shortcut(),
             QKeySequence(QStringLiteral("Ctrl+1")));
    QCOMPARE(child<QAction>(&window, "action.show.activity")->shortcut(),
             QKeySequence(QStringLiteral("Ctrl+8")));
    QVERIFY(navigation->item(7)->flags() & Qt::ItemIsEnabled);
    QVERIFY(child<QAction>(&window, "action.show.activity")->isEnabled());
    QVERIFY(window.panel(QStringLiteral("activity")));
}

void TestMainWindow::showingAWorkspaceFillsTheOverview()
{
    test::ScriptedDialogs dialogs;
    gui::MainWindow window(dialogs);
    window.show();
    window.showWorkspace(workspaceInCode(m_repo.path(), m_root.path()));

    QCOMPARE(window.windowTitle(), QStringLiteral("Vision Lab — Teamspace"));
    QCOMPARE(window.currentPanel(), window.panel(QStringLiteral("overview")));
    QCOMPARE(child<QLabel>(&window, "overview.heading")->text(), QStringLiteral("Vision Lab"));
    QCOMPARE(child<QLabel>(&window, "overview.members")->text(), QStringLiteral("3 members; lead: Ana Lima"));
    QCOMPARE(child<QLabel>(&window, "overview.me")->text(),
             QStringLiteral("Ben Okafor <ben@lab.example>, member"));
    QCOMPARE(child<QLabel>(&window, "overview.sharedFolder")->text(), m_root.path());
    QCOMPARE(child<QLabel>(&window, "overview.repository")->text(), m_repo.path());
    QCOMPARE(child<QLabel>(&window, "overview.quota")->text(),
             QStringLiteral("30.0 GiB in total over 2 members"));
    QCOMPARE(child<QLabel>(&window, "overview.layout")->text(),
             QStringLiteral("4 folders, 2 of them per member"));
    QCOMPARE(child<QLabel>(&window, "workspaceStatus")->text(), m_repo.path() + QStringLiteral(" · ben"));
    QVERIFY(child<QListWidget>(&window, "navigation")->isEnabled());
    QVERIFY(child<QAction>(&window, "action.refresh")->isEnabled());
}

void TestMainWindow::shortcutsSwitchPanels()
{
    test::ScriptedDialogs dialogs;
    gui::MainWindow window(dialogs);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.showWorkspace(workspaceInCode(m_repo.path(), m_root.path()));
    auto* navigation = child<QListWidget>(&window, "navigation");

    // Every area that has its panel, by the catalogue's order, backwards and then forwards (so each key is
    // pressed while another panel, with its own focus widget, is shown).
    const QList<gui::PanelSlot> areas = gui::panelSlots();
    QList<int> order;
    for (int i = int(areas.size()) - 1; i >= 0; --i)
        order << i;
    for (int i = 0; i < areas.size(); ++i)
        order << i;
    int pressed = 0;
    for (const int i : order) {
        QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : &window;
        QTest::keyClick(target, Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
        QTRY_COMPARE(window.currentPanel(), window.panel(areas[i].id));
        QCOMPARE(navigation->currentRow(), i);
        ++pressed;
    }
    QCOMPARE(pressed, 16); // all 8 panels, twice
}

void TestMainWindow::startPanelIsShownOnceTheWorkspaceIs()
{
    test::ScriptedDialogs dialogs;
    gui::MainWindow window(dialogs);
    window.setStartPanel(QStringLiteral("layout"));
    window.show();
    QVERIFY(window.currentPanel() == nullptr); // the welcome page until a workspace is shown
    window.showWorkspace(workspaceInCode(m_repo.path(), m_root.path()));
    QCOMPARE(window.currentPanel(), window.panel(QStringLiteral("layout")));
    QCOMPARE(child<QListWidget>(&window, "navigation")->currentRow(), 2);
    // Once: a reload or the next workspace keeps the panel the user is on.
    QVERIFY(window.showPanel(QStringLiteral("members")));
    window.showWorkspace(workspaceInCode(m_repo.path(), m_root.path()));
    QCOMPARE(window.currentPanel(), window.panel(QStringLiteral("members")));
}

void TestMainWindow::openAsksForAFolderAndReportsAFolderWithoutManifest()
{
    QTemporaryDir notAWorkspace;
    test::ScriptedDialogs dialogs;
    dialogs.folderAnswers << notAWorkspace.path();
    gui::MainWindow window(dialogs);
    window.show();
    QSignalSpy failed(&window, &gui::MainWindow::openFailed);

    child<QAction>(&window, "action.open")->trigger();

    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(dialogs.folderRequests, QStringList{QStringLiteral("Open Workspace")});
    QCOMPARE(dialogs.errors.size(), 1);
    QCOMPARE(dialogs.errors[0].first, QStringLiteral("Cannot open workspace"));
    QVERIFY2(dialogs.errors[0].second.startsWith(notAWorkspace.path() +
                                                 QStringLiteral(": not inside a Teamspace workspace")),
             qPrintable(dialogs.errors[0].second));
    QVERIFY(window.workspace() == nullptr);
    QVERIFY(LocalSettings::recentWorkspaces().isEmpty()); // a failed open is not remembered
    QVERIFY(child<QAction>(&window, "action.open")->isEnabled());
}

void TestMainWindow::cancelledPickerChangesNothing()
{
    test::ScriptedDialogs dialogs; // no answer: the user cancels
    gui::MainWindow window(dialogs);
    window.showWorkspace(workspaceInCode(m_repo.path(), m_root.path()));
    QSignalSpy failed(&window, &gui::MainWindow::openFailed);
    QSignalSpy shown(&window, &gui::MainWindow::workspaceShown);

    child<QAction>(&window, "action.open")->trigger();
    QCoreApplication::processEvents();

    QCOMPARE(dialogs.folderRequests.size(), 1);
    QCOMPARE(failed.count() + shown.count(), 0);
    QCOMPARE(window.workspace()->manifest.name, QStringLiteral("Vision Lab"));
    QVERIFY(dialogs.errors.isEmpty());
}

void TestMainWindow::recentWorkspacesAreOffered()
{
    QTemporaryDir older;
    QTemporaryDir gone;
    QTemporaryDir notAWorkspace;
    QTemporaryDir newer;
    test::writeSampleManifest(older.path());
    Manifest other = test::sampleManifest();
    other.name = QStringLiteral("Speech Lab");
    test::writeSampleManifest(newer.path(), other);
    test::writeSampleManifest(gone.path());
    LocalSettings::addRecentWorkspace(older.path());
    LocalSettings::addRecentWorkspace(gone.path());
    LocalSettings::addRecentWorkspace(notAWorkspace.path());
    LocalSettings::addRecentWorkspace(newer.path());
    const QString gonePath = gone.path();
    gone.remove(); // deleted since: no longer offered
    test::ScriptedDialogs dialogs;
    gui::MainWindow window(dialogs);
    QSignalSpy listed(&window, &gui::MainWindow::recentWorkspacesListed);
    QVERIFY(listed.wait(10000));

    // Only folders that still hold a workspace, each with its team's name.
    auto* recent = child<QMenu>(&window, "menu.recent");
    QVERIFY(recent->isEnabled());
    QCOMPARE(recent->actions().size(), 2);
    QCOMPARE(child<QAction>(&window, "action.recent.0")->text(),
             QStringLiteral("Speech Lab — ") + newer.path());
    QCOMPARE(child<QAction>(&window, "action.recent.1")->text(),
             QStringLiteral("Vision Lab — ") + older.path());
    auto* link = child<QAbstractButton>(&window, "welcome.recent.0");
    QVERIFY(link);
    QCOMPARE(link->text(), QStringLiteral("Speech Lab"));
    QVERIFY(!child<QWidget>(&window, "welcome.recent.2"));

    // Choosing one opens it.
    QSignalSpy shown(&window, &gui::MainWindow::workspaceShown);
    child<QAction>(&window, "action.recent.1")->trigger();
    QTRY_COMPARE(shown.count(), 1);
    QCOMPARE(window.workspace()->repoDir, older.path());
    QVERIFY(dialogs.errors.isEmpty());
    QVERIFY(!gonePath.isEmpty());
}

void TestMainWindow::aboutOpensWithoutBlocking()
{
    test::ScriptedDialogs dialogs;
    gui::MainWindow window(dialogs);
    window.show();
    child<QAction>(&window, "action.about")->trigger(); // returns at once: open(), not exec()
    auto* about = child<gui::AboutDialog>(&window, "aboutDialog");
    QVERIFY(about);
    QTRY_VERIFY(about->isVisible());
    const QString text = child<QLabel>(about, "about.text")->text();
    QVERIFY(text.contains(QStringLiteral("Teamspace " TEAMSPACE_VERSION)));
    QVERIFY(text.contains(QString::fromLatin1(qVersion())));
    about->reject();
    QTRY_VERIFY(!child<gui::AboutDialog>(&window, "aboutDialog")); // deleted on close
}

void TestMainWindow::quitClosesTheWindow()
{
    test::ScriptedDialogs dialogs;
    gui::MainWindow window(dialogs);
    window.show();
    QVERIFY(window.isVisible());
    QCOMPARE(child<QAction>(&window, "action.quit")->shortcut(), QKeySequence(QStringLiteral("Ctrl+Q")));
    child<QAction>(&window, "action.quit")->trigger();
    QVERIFY(!window.isVisible());
}

void TestMainWindow::opensAWorkspaceFromDiskAndRemembersIt()
{
    QTemporaryDir repo;
    test::writeSampleManifest(repo.path());
    QDir(repo.path()).mkpath(QStringLiteral("notebooks/ana"));
    test::ScriptedDialogs dialogs;
    dialogs.folderAnswers << repo.path() +
                                 QStringLiteral("/notebooks/ana"); // below the repository: found upwards
    gui::MainWindow window(dialogs);
    window.show();
    QSignalSpy shown(&window, &gui::MainWindow::workspaceShown);

    child<QAction>(&window, "action.open")->trigger();

    QTRY_COMPARE(shown.count(), 1);
    QVERIFY(dialogs.errors.isEmpty());
    QCOMPARE(window.workspace()->repoDir, repo.path());
    // Nothing remembered: no shared folder (never the repository itself, issue 17).
    QVERIFY(window.workspace()->rootDir.isEmpty());
    QCOMPARE(window.windowTitle(), QStringLiteral("Vision Lab — Teamspace"));
    QCOMPARE(child<QLabel>(&window, "overview.members")->text(), QStringLiteral("3 members; lead: Ana Lima"));
    QCOMPARE(child<QLabel>(&window, "overview.sharedFolder")->text(),
             QStringLiteral("not set on this machine (set it in Preferences)"));
    QCOMPARE(LocalSettings::recentWorkspaces().value(0), repo.path());
    QTRY_COMPARE(child<QMenu>(&window, "menu.recent")->actions().value(0) // listed in the background
                     ? child<QMenu>(&window, "menu.recent")->actions().value(0)->text()
                     : QString(),
                 QStringLiteral("Vision Lab — ") + repo.path());
}

void TestMainWindow::reloadPicksUpChangesOnDisk()
{
    QTemporaryDir repo;
    QTemporaryDir root;
    test::writeSampleManifest(repo.path());
    test::ScriptedDialogs dialogs;
    gui::MainWindow window(dialogs);
    window.show();
    QSignalSpy shown(&window, &gui::MainWindow::workspaceShown);
    window.openWorkspace(WorkspaceOpenOptions{repo.path(), root.path(), QStringLiteral("chen"), {}});
    QTRY_COMPARE(shown.count(), 1);
    QCOMPARE(child<QLabel>(&window, "overview.me")->text(),
             QStringLiteral("Chen Wei <chen@lab.example>, member"));

    Manifest renamed = test::sampleManifest(); // someone else's change, arrived by sync
    renamed.name = QStringLiteral("Vision Lab 2");
    test::writeSampleManifest(repo.path(), renamed);
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_F5);

    QTRY_COMPARE(shown.count(), 2);
    QCOMPARE(child<QLabel>(&window, "overview.heading")->text(), QStringLiteral("Vision Lab 2"));
    // The reload keeps how the workspace was opened: the same shared folder and identity.
    QCOMPARE(window.workspace()->rootDir, root.path());
    QCOMPARE(window.workspace()->me, QStringLiteral("chen"));
}

void TestMainWindow::unknownIdentityIsReportedAndKeepsTheCurrentWorkspace()
{
    QTemporaryDir repo;
    test::writeSampleManifest(repo.path());
    test::ScriptedDialogs dialogs;
    gui::MainWindow window(dialogs);
    window.showWorkspace(workspaceInCode(m_repo.path(), m_root.path()));
    QSignalSpy failed(&window, &gui::MainWindow::openFailed);

    window.openWorkspace(WorkspaceOpenOptions{repo.path(), {}, QStringLiteral("zoe"), {}});

    QTRY_COMPARE(failed.count(), 1);
    // In the app's words: no command-line flag, no command.
    QCOMPARE(
        dialogs.errors.value(0).second,
        QStringLiteral("zoe: no such member in teamspace.json (see the Members panel); set who you are in "
                       "Preferences"));
    QCOMPARE(window.workspace()->repoDir, m_repo.path());
}

void TestMainWindow::activityPanelOpensFromTheCommandLine()
{
    QTemporaryDir repo;
    test::writeSampleManifest(repo.path());
    auto start =
        gui::parseStartOptions({QStringLiteral("teamspace"), repo.path(), QStringLiteral("--panel"),
                                QStringLiteral("activity"), QStringLiteral("--as"), QStringLiteral("ben")});
    QVERIFY2(start, start ? "" : qPrintable(start.error().message));
    test::ScriptedDialogs dialogs;
    gui::MainWindow window(dialogs);
    window.setStartPanel(start->panel);
    window.show();
    QSignalSpy shown(&window, &gui::MainWindow::workspaceShown);
    window.openWorkspace(*start->open);
    QTRY_COMPARE(shown.count(), 1);
    QCOMPARE(window.currentPanel(), window.panel(QStringLiteral("activity")));
    QCOMPARE(window.currentPanel()->objectName(), QStringLiteral("panel.activity"));
    QVERIFY(child<QWidget>(&window, "activity.table")->isVisible());
}

void TestMainWindow::geometryAndLastPanelAreRestored()
{
    QTemporaryDir repo;
    test::writeSampleManifest(repo.path());
    test::ScriptedDialogs dialogs;
    QRect closedAt;
    {
        gui::MainWindow first(dialogs);
        first.show();
        first.resize(900, 610);
        QSignalSpy shown(&first, &gui::MainWindow::workspaceShown);
        first.openWorkspace(WorkspaceOpenOptions{repo.path(), {}, QStringLiteral("ben"), {}});
        QTRY_COMPARE(shown.count(), 1);
        QVERIFY(first.showPanel(QStringLiteral("notebooks")));
        QCoreApplication::processEvents();
        closedAt = first.geometry();
        first.close();
    }
    {
        gui::MainWindow next(dialogs); // the next start, without --panel
        next.restoreLastSession();
        next.show();
        QCOMPARE(next.size(), closedAt.size());
        QSignalSpy shown(&next, &gui::MainWindow::workspaceShown);
        next.openWorkspace(WorkspaceOpenOptions{repo.path(), {}, QStringLiteral("ben"), {}});
        QTRY_COMPARE(shown.count(), 1);
        QCOMPARE(next.currentPanel(), next.panel(QStringLiteral("notebooks")));
        next.close();
    }
    {
        gui::MainWindow withPanel(dialogs); // --panel wins: main() does not restore then
        withPanel.setStartPanel(QStringLiteral("members"));
        withPanel.show();
        QSignalSpy shown(&withPanel, &gui::MainWindow::workspaceShown);
        withPanel.openWorkspace(WorkspaceOpenOptions{repo.path(), {}, QStringLiteral("ben"), {}});
        QTRY_COMPARE(shown.count(), 1);
        QCOMPARE(withPanel.currentPanel(), withPanel.panel(QStringLiteral("members")));
    }
    QCOMPARE(LocalSettings::lastPanel(), QStringLiteral("members"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
