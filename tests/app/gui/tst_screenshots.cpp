// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The main window on the demo workspace (`teamspace-cli demo create`), as a user first sees it: checks what
// the Overview, Members and Layout panels show (the layout also with drift, and the member dialog with a
// validation message), the Storage panel (tree + treemap, members, hazards, a scan in progress) on the demo
// and on a generated tree of 50,000 files, light and dark, the Notebooks panel (light, dark, the assign
// dialog with its runner suggestion, and a non-lead's read-only view), the Sync panel on a team's clone
// (pending changes, a sync held in its push, the result, a set-aside copy diffed, the sign-in dialog; light
// and dark), and saves each as a PNG into $TEAMSPACE_SCREENSHOT_DIR when that is set (names end in -2x when
// the screen's scale is 2, as screenshot.sh's second run sets it). tests/app/gui/screenshot.sh runs it on a
// real X server (Xvfb); under ctest it runs offscreen.
#include "CliRunner.h"
#include "DarkPalette.h"
#include "Dialogs.h"
#include "GitTeam.h"
#include "MainWindow.h"
#include "TestEnv.h"
#include "models/LayoutModel.h"
#include "models/MembersModel.h"
#include "panels/LayoutPanel.h"
#include "panels/MemberDialog.h"
#include "panels/MembersPanel.h"
#include "panels/notebooks/AssignDialog.h"
#include "panels/storage/ScanControls.h"
#include "panels/storage/StoragePanel.h"
#include "panels/storage/TreemapView.h"
#include "panels/sync/CredentialsDialog.h"
#include "panels/sync/SetAsideView.h"
#include "panels/sync/SyncChangesView.h"
#include "panels/sync/SyncPanel.h"
#include "services/NotebookOwnership.h"
#include "services/ScanService.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSemaphore>
#include <QSet>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace ts;

namespace {

// Sets the application palette and passes the change on to every widget at once, as a running application's
// event loop does: the treemap redraws its picture on the change, and a capture must not catch the old one.
void applyPalette(const QPalette& palette)
{
    QApplication::setPalette(palette);
    QEvent changed(QEvent::ApplicationPaletteChange);
    for (QWidget* widget : QApplication::allWidgets())
        QApplication::sendEvent(widget, &changed);
    QCoreApplication::processEvents();
}

} // namespace

class TestScreenshots : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void demoWorkspaceInEveryPanel();
    void everyPanelInADarkPalette();
    void readOnlyBannerInLightAndDarkPalettes();
    void storagePanelOnTheDemo();
    void storagePanelOnALargeTreeWithAScan();
    void notebooksPanelOnTheDemo();
    void syncPanelOnATeam();

private:
    // Shows `window` at 1024x640 and opens the demo workspace in it (a failed check ends the caller's test).
    void showDemo(gui::MainWindow& window);
    void capture(gui::MainWindow& window, const QString& panel, const QString& name = {});
    void save(const QImage& image, const QString& name);
    void captureStorage(gui::MainWindow& window, const QString& name);

    QTemporaryDir m_demo;
    QString m_saveDir;
    int m_saved = 0;
};

void TestScreenshots::initTestCase()
{
    test::isolateUserFolders();
    const auto made = test::runCli(
        {QStringLiteral("demo"), QStringLiteral("create"), m_demo.filePath(QStringLiteral("demo"))});
    QVERIFY2(made.exitCode == 0, made.err.constData());
    m_saveDir = qEnvironmentVariable("TEAMSPACE_SCREENSHOT_DIR");
    if (!m_saveDir.isEmpty())
        QVERIFY(QDir().mkpath(m_saveDir));
}

void TestScreenshots::capture(gui::MainWindow& window, const QString& panel, const QString& name)
{
    QVERIFY(window.showPanel(panel));
    QCoreApplication::processEvents();
    const QImage image = window.grab().toImage();
    QCOMPARE(image.size(), window.size() * window.devicePixelRatio());
    // A window that drew nothing (missing fonts, a crashed paint) is one or two flat colours.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 50, qPrintable(QStringLiteral("%1 colours only").arg(colours.size())));
    save(image, name.isEmpty() ? panel : name);
}

void TestScreenshots::save(const QImage& image, const QString& name)
{
    if (m_saveDir.isEmpty())
        return;
    const QString scale = image.devicePixelRatio() > 1.5 ? QStringLiteral("-2x") : QString();
    const QString file = QDir(m_saveDir).filePath(QStringLiteral("teamspace-%1%2.png").arg(name, scale));
    QVERIFY2(image.save(file), qPrintable(file));
    qInfo("saved %s", qPrintable(file));
    ++m_saved;
}

void TestScreenshots::demoWorkspaceInEveryPanel()
{
    gui::QtDialogs dialogs; // the real dialogs: nothing here may ask anything
    gui::MainWindow window(dialogs);
    window.resize(1180, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy shown(&window, &gui::MainWindow::workspaceShown);
    QSignalSpy failed(&window, &gui::MainWindow::openFailed);
    window.openWorkspace(WorkspaceOpenOptions{m_demo.filePath(QStringLiteral("demo/repo")), {}, {}, {}});
    QTRY_VERIFY(shown.count() == 1 || failed.count() == 1);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));

    // The demo remembers its shared folder and its lead.
    QCOMPARE(window.workspace()->me, QStringLiteral("ana"));
    QCOMPARE(window.workspace()->rootDir,
             QDir(m_demo.filePath(QStringLiteral("demo/shared"))).canonicalPath());

    auto* members = qobject_cast<gui::MembersPanel*>(window.panel(QStringLiteral("members")));
    QCOMPARE(members->model()->rowCount(), 4);
    QStringList names;
    for (int row = 0; row < 4; ++row)
        names << members->model()->index(row, MembersModel::NameColumn).data().toString();
    QCOMPARE(names, (QStringList{"Ana Lima", "Ben Okafor", "Chen Wei", "Dara Murphy"}));

    auto* layout = qobject_cast<gui::LayoutPanel*>(window.panel(QStringLiteral("layout")));
    QTRY_VERIFY(!layout->isBusy());
    QVERIFY(layout->model()->rowCount() > 0);
    QCOMPARE(layout->model()->count(LayoutModel::Status::Missing), 0); // the demo applied its layout
    QCOMPARE(layout->model()->count(LayoutModel::Status::FileInsteadOfFolder), 0);

    capture(window, QStringLiteral("overview"));
    auto* table = window.findChild<QTableView*>(QStringLiteral("members.table"));
    capture(window, QStringLiteral("members"));
    QVERIFY(table->isVisible());
    capture(window, QStringLiteral("layout"));

    // The same panel with drift, as a lead would find it after a few weeks: a member's folder deleted, a file
    // where another should be, and a stray folder at the top.
    const QString shared = window.workspace()->rootDir;
    QVERIFY(QDir(shared + QStringLiteral("/results/dara")).removeRecursively());
    QVERIFY(QDir(shared + QStringLiteral("/checkpoints/chen")).removeRecursively());
    test::writeFile(shared + QStringLiteral("/checkpoints/chen"), "saved by mistake as a file");
    QVERIFY(QDir(shared).mkdir(QStringLiteral("old-exports")));
    QSignalSpy checked(layout, &gui::LayoutPanel::checked);
    layout->refresh();
    QTRY_COMPARE(checked.count(), 1);
    QCOMPARE(layout->model()->count(LayoutModel::Status::Missing), 1);
    QCOMPARE(layout->model()->count(LayoutModel::Status::FileInsteadOfFolder), 1);
    QCOMPARE(layout->model()->count(LayoutModel::Status::Unexpected), 1);
    capture(window, QStringLiteral("layout"), QStringLiteral("layout-drift"));

    // The member dialog with a validation message, as the lead sees it before anything is saved.
    QVERIFY(window.showPanel(QStringLiteral("members")));
    auto* add = window.findChild<QPushButton*>(QStringLiteral("members.add"));
    QVERIFY(add->isEnabled());
    add->click();
    auto* dialog = members->findChild<gui::MemberDialog*>(QStringLiteral("memberDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->findChild<QLineEdit*>(QStringLiteral("memberDialog.id"))->setText(QStringLiteral("eli"));
    dialog->findChild<QLineEdit*>(QStringLiteral("memberDialog.name"))->setText(QStringLiteral("Eli Sato"));
    dialog->findChild<QLineEdit*>(QStringLiteral("memberDialog.email"))
        ->setText(QStringLiteral("eli at example"));
    dialog->findChild<QLineEdit*>(QStringLiteral("memberDialog.quota"))->setText(QStringLiteral("12GB"));
    dialog->findChild<QPushButton*>(QStringLiteral("memberDialog.ok"))->click();
    QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("memberDialog.error"))->text(),
             QStringLiteral("member eli: the e-mail \"eli at example\" is not an address (name@host)"));
    QCoreApplication::processEvents();
    save(dialog->grab().toImage(), QStringLiteral("member-dialog"));
    dialog->reject();

    if (m_saveDir.isEmpty())
        qInfo("TEAMSPACE_SCREENSHOT_DIR not set: checked, nothing saved");
    else
        QCOMPARE(m_saved, 5);
}

void TestScreenshots::showDemo(gui::MainWindow& window)
{
    window.resize(1024, 640);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy shown(&window, &gui::MainWindow::workspaceShown);
    window.openWorkspace(WorkspaceOpenOptions{m_demo.filePath(QStringLiteral("demo/repo")), {}, {}, {}});
    QTRY_COMPARE(shown.count(), 1);
}

// Issue 18: a dark-palette picture of each of the eight panels on the demo (each also checked to have drawn).
void TestScreenshots::everyPanelInADarkPalette()
{
    gui::QtDialogs dialogs;
    gui::MainWindow window(dialogs);
    showDemo(window);
    if (QTest::currentTestFailed())
        return;
    const QPalette light = QApplication::palette();
    applyPalette(test::darkPalette());
    for (const char* panel :
         {"overview", "members", "layout", "notebooks", "storage", "raw", "sync", "activity"}) {
        QVERIFY2(window.showPanel(QLatin1String(panel)), panel);
        QTest::qWait(300); // background fills (health, side views) land before the picture
        capture(window, QLatin1String(panel), QLatin1String(panel) + QStringLiteral("-panel-dark"));
    }
    applyPalette(light);
}

void TestScreenshots::readOnlyBannerInLightAndDarkPalettes()
{
    gui::QtDialogs dialogs;
    gui::MainWindow window(dialogs);
    showDemo(window);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(window.showPanel(QStringLiteral("members")));

    // Someone's editor saved teamspace.json half-way: the banner, the team still shown, read-only.
    const QString manifest = m_demo.filePath(QStringLiteral("demo/repo/teamspace.json"));
    const QByteArray good = test::readFile(manifest);
    test::writeFile(manifest, good.left(good.size() / 3));
    QTRY_VERIFY(!window.problem().isEmpty());
    auto* banner = window.findChild<QWidget*>(QStringLiteral("banner"));
    QVERIFY(banner->isVisible());
    QVERIFY(!window.findChild<QPushButton*>(QStringLiteral("members.add"))->isEnabled());
    capture(window, QStringLiteral("members"), QStringLiteral("banner-light"));

    const QPalette light = QApplication::palette();
    const QPalette dark = test::darkPalette();
    QApplication::setPalette(dark);
    QCoreApplication::processEvents();
    // The banner's text stays readable on its own background in both themes.
    auto* text = window.findChild<QLabel*>(QStringLiteral("banner.text"));
    const QImage strip = banner->grab().toImage();
    const QColor stripColour = strip.pixelColor(strip.width() / 2, 2);
    QVERIFY2(stripColour.lightness() < 128, qPrintable(stripColour.name()));
    QVERIFY(text->isVisible());
    capture(window, QStringLiteral("members"), QStringLiteral("banner-dark"));
    QApplication::setPalette(light);

    // Repaired: the banner goes.
    test::writeFile(manifest, good);
    QTRY_VERIFY(window.problem().isEmpty());
    QVERIFY(banner->isHidden());
}

// Tree + treemap, the members view and the hazards view, light then dark.
void TestScreenshots::captureStorage(gui::MainWindow& window, const QString& name)
{
    auto* panel = qobject_cast<gui::StoragePanel*>(window.panel(QStringLiteral("storage")));
    auto* views = window.findChild<QTabWidget*>(QStringLiteral("storage.views"));
    QVERIFY(panel && views);
    const QPalette light = QApplication::palette();
    for (const bool darkTheme : {false, true}) {
        if (darkTheme)
            applyPalette(test::darkPalette());
        QTRY_VERIFY(!panel->treemap()->isLayoutPending());
        const QString theme = darkTheme ? QStringLiteral("-dark") : QString();
        views->setCurrentIndex(0); // members & kinds
        capture(window, QStringLiteral("storage"), name + theme);
        views->setCurrentWidget(window.findChild<QWidget*>(QStringLiteral("storage.hazards")));
        capture(window, QStringLiteral("storage"), name + QStringLiteral("-hazards") + theme);
        views->setCurrentIndex(0);
    }
    applyPalette(light);
}

void TestScreenshots::storagePanelOnTheDemo()
{
    const QString repo = m_demo.filePath(QStringLiteral("demo/repo"));
    gui::QtDialogs dialogs;
    gui::MainWindow window(dialogs);
    window.setStartPanel(QStringLiteral("storage")); // as `teamspace --panel storage` does
    window.resize(1024, 640);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy shown(&window, &gui::MainWindow::workspaceShown);
    window.openWorkspace(WorkspaceOpenOptions{repo, {}, {}, {}});
    QTRY_COMPARE(shown.count(), 1);
    auto* panel = qobject_cast<gui::StoragePanel*>(window.panel(QStringLiteral("storage")));
    QVERIFY(panel);
    QCOMPARE(window.currentPanel(), panel);
    // The GUI's own index (its application name places it): scanned in-process, then the panel re-reads it.
    const auto scanned = services::scan(*window.workspace(), {}, services::Call{});
    QVERIFY2(scanned.ok(), scanned.ok() ? "" : qPrintable(scanned.error().message));
    panel->refresh();
    QTRY_VERIFY(panel->hasIndex());
    QTRY_VERIFY(!panel->treemap()->tiles().isEmpty());
    captureStorage(window, QStringLiteral("storage-demo"));
}

void TestScreenshots::storagePanelOnALargeTreeWithAScan()
{
    // A second demo with 50,000 sparse files (no blocks) in 500 run folders: the generated tree of the issue,
    // small enough that making and scanning it takes seconds. It opens on no index: the empty state, then
    // the Scan button, a picture while the scan runs (at its first progress update), and the result.
    QTemporaryDir dir;
    const auto made = test::runCli({QStringLiteral("demo"), QStringLiteral("create"), dir.filePath("big")});
    QVERIFY2(made.exitCode == 0, made.err.constData());
    const QStringList members{"ana", "ben", "chen", "dara"};
    for (int folder = 0; folder < 500; ++folder) {
        const QString runDir = dir.filePath(QStringLiteral("big/shared/results/%1/run%2")
                                                .arg(members[folder % 4])
                                                .arg(folder, 3, 10, QLatin1Char('0')));
        QVERIFY(QDir().mkpath(runDir));
        for (int i = 0; i < 100; ++i) {
            QFile file(runDir + QStringLiteral("/part%1.npy").arg(i, 3, 10, QLatin1Char('0')));
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.resize(qint64(1000) << (folder % 17 + i % 7))); // sparse: sizes from 1 kB to 8 GB
        }
    }
    gui::QtDialogs dialogs;
    gui::MainWindow window(dialogs);
    window.setStartPanel(QStringLiteral("storage"));
    window.resize(1024, 640);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy shown(&window, &gui::MainWindow::workspaceShown);
    window.openWorkspace(WorkspaceOpenOptions{dir.filePath("big/repo"), {}, {}, {}});
    QTRY_COMPARE(shown.count(), 1);
    auto* panel = qobject_cast<gui::StoragePanel*>(window.panel(QStringLiteral("storage")));
    QVERIFY(panel);
    auto* empty = window.findChild<QWidget*>(QStringLiteral("storage.empty"));
    QTRY_VERIFY(empty && empty->isVisible());
    capture(window, QStringLiteral("storage"), QStringLiteral("storage-large-empty"));

    bool capturedProgress = false;
    connect(panel->scanControls(), &gui::ScanControls::progressed, this, [&] {
        if (capturedProgress)
            return;
        capturedProgress = true;
        capture(window, QStringLiteral("storage"), QStringLiteral("storage-large-scanning"));
    });
    QSignalSpy finished(panel->scanControls(), &gui::ScanControls::scanFinished);
    panel->scanControls()->startScan(true);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    if (!capturedProgress)
        qInfo("the scan ended before its first progress update: no picture of a scan in progress");
    QTRY_VERIFY(panel->hasIndex());
    QTRY_VERIFY(!panel->treemap()->tiles().isEmpty());
    captureStorage(window, QStringLiteral("storage-large"));
}

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"

// The Notebooks panel on the demo, light and dark; the assign dialog with the runner suggestion loaded; and
// the panel as ben (not the lead) sees it: read-only, with the reason.
void TestScreenshots::notebooksPanelOnTheDemo()
{
    const QString repo = m_demo.filePath(QStringLiteral("demo/repo"));
    gui::QtDialogs dialogs;
    gui::MainWindow window(dialogs);
    window.resize(1024, 640);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy shown(&window, &gui::MainWindow::workspaceShown);
    window.openWorkspace(WorkspaceOpenOptions{repo, {}, {}, {}});
    QTRY_COMPARE(shown.count(), 1);
    const auto scanned =
        services::scan(*window.workspace(), {}, services::Call{}); // usage for the suggestion
    QVERIFY2(scanned.ok(), scanned.ok() ? "" : qPrintable(scanned.error().message));
    if (!window.panel(QStringLiteral("notebooks")))
        QSKIP("the Notebooks panel is not built in this version");
    const QPalette light = QApplication::palette();
    capture(window, QStringLiteral("notebooks"));
    applyPalette(test::darkPalette());
    capture(window, QStringLiteral("notebooks"), QStringLiteral("notebooks-dark"));
    applyPalette(light);

    // The dialog for a notebook without a runner, so the best candidate is preselected.
    const auto listed = services::listNotebooks(*window.workspace()).notebooks;
    QVERIFY(!listed.isEmpty());
    QString notebook = listed.first().path;
    for (const services::NotebookListEntry& entry : listed)
        if (entry.runner.isEmpty()) {
            notebook = entry.path;
            break;
        }
    for (const bool darkTheme : {false, true}) {
        if (darkTheme)
            applyPalette(test::darkPalette());
        gui::AssignDialog dialog(window.workspace(), notebook, &window);
        QSignalSpy arrived(&dialog, &gui::AssignDialog::suggestionArrived);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_VERIFY(dialog.suggestionLoaded());
        QVERIFY(
            dialog.findChild<QTableView*>(QStringLiteral("assignDialog.candidates"))->model()->rowCount() ==
            4);
        QCoreApplication::processEvents();
        save(dialog.grab().toImage(),
             darkTheme ? QStringLiteral("assign-dialog-dark") : QStringLiteral("assign-dialog"));
        dialog.reject();
    }
    applyPalette(light);

    gui::MainWindow asBen(dialogs);
    asBen.resize(1024, 640);
    asBen.show();
    QVERIFY(QTest::qWaitForWindowExposed(&asBen));
    QSignalSpy benShown(&asBen, &gui::MainWindow::workspaceShown);
    asBen.openWorkspace(WorkspaceOpenOptions{repo, {}, QStringLiteral("ben"), {}});
    QTRY_COMPARE(benShown.count(), 1);
    QCOMPARE(asBen.workspace()->me, QStringLiteral("ben"));
    capture(asBen, QStringLiteral("notebooks"), QStringLiteral("notebooks-ben"));
    auto* assign = asBen.findChild<QPushButton*>(QStringLiteral("notebooks.assign"));
    if (assign) {
        QVERIFY(!assign->isEnabled());
        QVERIFY(!assign->toolTip().isEmpty()); // says why
    }
}

// The Sync panel on a team's clone (GitTeam: a bare remote, ada the lead, bob and cy) as bob sees it: pending
// changes in every group and one commit to pull, light and dark; a sync held in its push (the sync's test
// hook), its result, the set-aside copy of cy's notebook diffed (the Set aside page), and the
// sign-in dialog (no keychain is reachable under Xvfb or offscreen: its message shows).
void TestScreenshots::syncPanelOnATeam()
{
    test::GitTeam team;
    QVERIFY2(team.ok(), qPrintable(team.error()));
    const QString bob = QStringLiteral("bob");
    team.write(QStringLiteral("ada"), QStringLiteral("notebooks/ada/intro.ipynb"),
               test::makeNotebook(QStringLiteral("print('ada, published')")));
    QVERIFY(team.sync(QStringLiteral("ada")).ok());
    team.write(bob, QStringLiteral("notebooks/bob/intro.ipynb"),
               test::makeNotebook(QStringLiteral("fit()"), 3000));
    team.write(bob, QStringLiteral("notebooks/bob/features.ipynb"),
               test::makeNotebook(QStringLiteral("x = 1"), 800));
    team.write(bob, QStringLiteral("notebooks/shared/analysis.ipynb"),
               test::makeNotebook(QStringLiteral("shared = 1"), 900));
    team.write(bob, QStringLiteral("notebooks/cy/intro.ipynb"),
               test::makeNotebook(QStringLiteral("print('fixed cy')")));
    team.write(bob, QStringLiteral("teamspace.json"),
               team.read(bob, QStringLiteral("teamspace.json")) + "\n");
    team.write(bob, QStringLiteral("data/model.dvc"), "outs:\n- md5: 0\n  path: model.bin\n");
    gui::QtDialogs dialogs;
    gui::MainWindow window(dialogs);
    window.resize(1024, 640);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy shown(&window, &gui::MainWindow::workspaceShown);
    window.openWorkspace(
        WorkspaceOpenOptions{team.clone(bob), {}, bob, team.root() + QStringLiteral("/local/bob.sqlite")});
    QTRY_COMPARE(shown.count(), 1);
    auto* panel = qobject_cast<gui::SyncPanel*>(window.panel(QStringLiteral("sync")));
    if (!panel)
        QSKIP("the Sync panel is not built in this version");
    gui::SyncChangesView* changes = panel->changesView();
    QVERIFY(window.showPanel(QStringLiteral("sync")));
    QTRY_VERIFY_WITH_TIMEOUT(
        changes->status().has_value() && changes->status()->fetched && !changes->isFetching(), 30000);
    QCOMPARE(changes->status()->behind, 1);
    const QPalette light = QApplication::palette();
    capture(window, QStringLiteral("sync"));
    applyPalette(test::darkPalette());
    capture(window, QStringLiteral("sync"), QStringLiteral("sync-dark"));
    applyPalette(light);

    // A sync held in its push, then let go.
    auto release = std::make_shared<QSemaphore>();
    auto reached = std::make_shared<std::atomic<bool>>(false);
    changes->setSyncTestHook([release, reached](const char* point) {
        if (qstrcmp(point, "during-push") == 0) {
            reached->store(true);
            release->tryAcquire(1, 30000);
        }
    });
    QSignalSpy finished(changes, &gui::SyncChangesView::syncFinished);
    changes->startSync();
    QTRY_VERIFY_WITH_TIMEOUT(reached->load(), 30000);
    QTRY_VERIFY(changes->progressText().contains(QStringLiteral("Pushing")));
    capture(window, QStringLiteral("sync"), QStringLiteral("sync-progress"));
    applyPalette(test::darkPalette());
    capture(window, QStringLiteral("sync"), QStringLiteral("sync-progress-dark"));
    applyPalette(light);
    release->release();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QVERIFY(finished.first().first().toBool());
    QTRY_VERIFY_WITH_TIMEOUT(changes->status().has_value() && changes->status()->behind == 0, 30000);
    capture(window, QStringLiteral("sync"), QStringLiteral("sync-result"));
    applyPalette(test::darkPalette());
    capture(window, QStringLiteral("sync"), QStringLiteral("sync-result-dark"));
    applyPalette(light);

    // The copy of cy's notebook that the sync set aside, diffed against cy's version (the Set aside page).
    const QStringList copies = QDir(team.clone(bob) + QStringLiteral("/notebooks/bob/set-aside"))
                                   .entryList({QStringLiteral("intro.*.ipynb")}, QDir::Files);
    QCOMPARE(copies.size(), 1);
    const QString copy = QStringLiteral("notebooks/bob/set-aside/") + copies.first();
    gui::SetAsideView* setAside = panel->setAsideView();
    QSignalSpy diffShown(setAside, &gui::SetAsideView::diffShown);
    const qsizetype before = diffShown.count();
    QSignalSpy listed(setAside, &gui::SetAsideView::listLoaded);
    setAside->refresh(); // the copies the sync just wrote
    panel->handleRequest({{QStringLiteral("copy"), copy}});
    QTRY_VERIFY_WITH_TIMEOUT(listed.count() > 0, 30000);
    QTRY_VERIFY2_WITH_TIMEOUT(
        setAside->selectedCopy() == copy && diffShown.count() > before,
        qPrintable(setAside->selectedCopy() + QStringLiteral(" of %1 listed").arg(setAside->copies().size())),
        30000);
    QTest::qWait(300); // a diff of the copy selected first, if any, is replaced by now
    capture(window, QStringLiteral("sync"), QStringLiteral("sync-set-aside"));
    applyPalette(test::darkPalette());
    capture(window, QStringLiteral("sync"), QStringLiteral("sync-set-aside-dark"));
    applyPalette(light);
    panel->handleRequest({{QStringLiteral("page"), QStringLiteral("changes")}});

    for (const bool darkTheme : {false, true}) {
        if (darkTheme)
            applyPalette(test::darkPalette());
        gui::CredentialsDialog dialog(
            QStringLiteral("https://git.example.org/lab/analysis.git"),
            QStringLiteral(
                "fetch from \"origin\" (https://git.example.org/lab/analysis.git): authentication failed "
                "for https://git.example.org/lab/analysis.git (after 3 attempts)"),
            &window);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 30000);
        dialog.findChild<QLineEdit*>(QStringLiteral("credentials.username"))->setText(QStringLiteral("bob"));
        dialog.findChild<QLineEdit*>(QStringLiteral("credentials.secret"))
            ->setText(QStringLiteral("secret-token"));
        QCoreApplication::processEvents();
        save(dialog.grab().toImage(),
             darkTheme ? QStringLiteral("credentials-dialog-dark") : QStringLiteral("credentials-dialog"));
        dialog.reject();
    }
    applyPalette(light);
}
