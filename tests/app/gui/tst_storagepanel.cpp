// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The Storage panel on real workspaces scanned by the real scanner: it opens on the existing index, shows an
// empty state without one whose Scan fills the views, lists the demo's hazards, filters by member with a chip
// that clears it, copies and opens entries, and cancels a scan of a 20,000-file tree within 200 ms leaving
// the previous index answering.
#include "MainWindow.h"
#include "ScriptedDialogs.h"
#include "TestEnv.h"
#include "WorkspaceBuilder.h"
#include "models/GrowthModel.h"
#include "models/SizeTreeModel.h"
#include "models/StorageListModel.h"
#include "panels/storage/EntryActions.h"
#include "panels/storage/FilterChip.h"
#include "panels/storage/ScanControls.h"
#include "panels/storage/SizeTreeView.h"
#include "panels/storage/StoragePanel.h"
#include "panels/storage/TreemapView.h"
#include "services/DemoWorkspace.h"
#include "services/ScanService.h"
#include "services/StorageQueries.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QPalette>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace ts;

// Waits for background work (the side views' figures, a scan, a layout): generous, since the sanitizer build
// runs it several times slower (~10 s for the demo's figures), and a QTRY returns as soon as it holds.
constexpr int kLoadTimeoutMs = 60000;

class TestStoragePanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void opensOnTheExistingIndex();
    void hazardsViewListsTheDemosHazards();
    void withoutAnIndexTheEmptyStateOffersTheScan();
    void clickingAMemberFiltersAndTheChipClears();
    void eachSideViewSelectsInTreeAndTreemap();
    void duplicatesSelectTheirCopies();
    void treemapSelectionSelectsInTheTree();
    void aScanFromThePanelRefreshesKeepingOpenFolders();
    void listRowsCopyAndOpenTheirEntry();
    void cancelStopsWithin200msAndKeepsTheIndex();
    void rendersInLightAndDarkPalettes();
    void isTheWindowsStoragePanel();

private:
    // Saves the panel as NAME.png when TEAMSPACE_STORAGE_SHOTS names a folder (to look at it).
    void saveShot(const QString& name) const
    {
        const QString out = qEnvironmentVariable("TEAMSPACE_STORAGE_SHOTS");
        if (!out.isEmpty())
            m_panel->grab().save(QStringLiteral("%1/%2.png").arg(out, name));
    }
    // The tree's and the treemap's selection are both `path`'s entry.
    void verifySelected(const QString& path);
    // A demo workspace in `dir`; scanned unless `scan` is false.
    gui::WorkspacePtr demo(const QString& dir, bool scan = true);
    void openPanel(gui::WorkspacePtr workspace);
    template <typename T> T* child(const char* name) const
    {
        return m_panel->findChild<T*>(QString::fromLatin1(name));
    }

    QTemporaryDir m_tmp;
    gui::WorkspacePtr m_demo;
    std::unique_ptr<test::ScriptedDialogs> m_dialogs;
    std::unique_ptr<gui::StoragePanel> m_panel;
};

void TestStoragePanel::initTestCase()
{
    test::isolateUserFolders();
    QVERIFY(m_tmp.isValid());
    m_demo = demo(m_tmp.filePath(QStringLiteral("demo")));
    QVERIFY(m_demo);
}

void TestStoragePanel::cleanup()
{
    m_panel.reset();
    m_dialogs.reset();
}

gui::WorkspacePtr TestStoragePanel::demo(const QString& dir, bool scan)
{
    const QString index = dir + QStringLiteral("-index.db");
    auto made = services::createDemoWorkspace(dir, index);
    if (!made) {
        qWarning("demo: %s", qPrintable(made.error().message));
        return {};
    }
    auto ws = openWorkspace(WorkspaceOpenOptions{made->repoDir, {}, {}, index});
    if (!ws) {
        qWarning("open: %s", qPrintable(ws.error().message));
        return {};
    }
    if (scan) {
        auto report = services::scan(*ws, {}, services::Call{});
        if (!report) {
            qWarning("scan: %s", qPrintable(report.error().message));
            return {};
        }
    }
    return std::make_shared<const Workspace>(*ws);
}

void TestStoragePanel::openPanel(gui::WorkspacePtr workspace)
{
    m_dialogs = std::make_unique<test::ScriptedDialogs>();
    m_panel = std::make_unique<gui::StoragePanel>(gui::PanelContext{*m_dialogs});
    m_panel->resize(1024, 640);
    m_panel->show();
    QSignalSpy loaded(m_panel.get(), &gui::StoragePanel::figuresLoaded);
    m_panel->setWorkspace(std::move(workspace));
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, kLoadTimeoutMs);
}

void TestStoragePanel::opensOnTheExistingIndex()
{
    openPanel(m_demo);
    QCOMPARE(m_panel->objectName(), QStringLiteral("panel.storage"));
    QVERIFY(m_panel->hasIndex());
    QVERIFY(!child<QWidget>("storage.empty")->isVisible());
    QVERIFY(child<QTabWidget>("storage.views")->isVisible());
    const QString age = child<QLabel>("storage.age")->text();
    QVERIFY2(age.startsWith(QStringLiteral("Index from just now")), qPrintable(age));
    auto summary = services::openScannedIndex(*m_demo);
    QVERIFY(summary.ok());
    QVERIFY(!child<QLabel>("storage.age")->toolTip().isEmpty());

    auto* members = child<QTreeView>("storage.members.list");
    QCOMPARE(members->model()->rowCount(), m_demo->manifest.members.size() + 1);
    auto* largest = child<QTreeView>("storage.largest.list");
    QVERIFY(largest->model()->rowCount() > 10);
    // The largest file of the demo is chen's 6.2 GB embeddings.
    QCOMPARE(largest->model()->index(0, 0).data(StorageListModel::DisplayPathRole).toString(),
             QStringLiteral("results/chen/embeddings.npy"));
    // One scan so far: growth says there is nothing to compare.
    QVERIFY(child<QLabel>("storage.growth.caption")->text().startsWith(QStringLiteral("No earlier scan")));
}

void TestStoragePanel::hazardsViewListsTheDemosHazards()
{
    openPanel(m_demo);
    auto expected = services::hazards(*m_demo);
    QVERIFY(expected.ok());
    QVERIFY(expected->findings.size() >= 2);
    auto* hazards = child<QTreeView>("storage.hazards.list");
    QCOMPARE(hazards->model()->rowCount(), expected->findings.size());
    QStringList rules;
    for (int row = 0; row < hazards->model()->rowCount(); ++row)
        rules << hazards->model()->index(row, 1).data().toString();
    for (const hazards::Finding& finding : expected->findings)
        QVERIFY2(rules.contains(finding.rule), qPrintable(finding.rule));
    // The fix of the selected finding is spelled out under the list.
    hazards->setCurrentIndex(hazards->model()->index(0, 0));
    QVERIFY(child<QLabel>("storage.hazards.details")->text().contains(QStringLiteral("Fix: ")));
    auto* tabs = child<QTabWidget>("storage.views");
    QVERIFY(tabs->tabText(tabs->indexOf(child<QWidget>("storage.hazards")))
                .contains(QString::number(expected->findings.size())));
}

void TestStoragePanel::withoutAnIndexTheEmptyStateOffersTheScan()
{
    gui::WorkspacePtr fresh = demo(m_tmp.filePath(QStringLiteral("fresh")), false);
    QVERIFY(fresh);
    openPanel(fresh);
    QVERIFY(!m_panel->hasIndex());
    QVERIFY(child<QWidget>("storage.empty")->isVisible());
    QCOMPARE(child<QLabel>("storage.age")->text(), QStringLiteral("Not scanned yet"));
    saveShot(QStringLiteral("storage-empty"));
    QSignalSpy loaded(m_panel.get(), &gui::StoragePanel::figuresLoaded);
    QSignalSpy status(m_panel.get(), &gui::Panel::statusMessage);
    auto* scanNow = child<QPushButton>("storage.empty.scan");
    QVERIFY(scanNow->isEnabled());
    QVERIFY(!child<QPushButton>("storage.empty.cancel")->isVisible());
    QSignalSpy finished(m_panel->scanControls(), &gui::ScanControls::scanFinished);
    // Shift+click on the toolbar's Scan asks for a full scan; without an index it is still a first scan.
    QTest::mouseClick(child<QToolButton>("storage.scan"), Qt::LeftButton, Qt::ShiftModifier);
    // The scan runs on a worker: until the event loop turns, the empty state shows it running.
    QVERIFY(m_panel->scanControls()->isScanning());
    QVERIFY(child<QWidget>("storage.empty")->isVisible());
    QVERIFY(!scanNow->isEnabled());
    QVERIFY(child<QPushButton>("storage.empty.cancel")->isVisible());
    QCOMPARE(child<QLabel>("storage.empty.title")->text(), QStringLiteral("<h2>Scanning…</h2>"));
    QCOMPARE(child<QLabel>("storage.empty.progress")->text(), QStringLiteral("Starting…"));
    saveShot(QStringLiteral("storage-empty-scanning"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kLoadTimeoutMs);
    QVERIFY(finished.first().at(0).toBool());
    QVERIFY(scanNow->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, kLoadTimeoutMs);
    QVERIFY(m_panel->hasIndex());
    QVERIFY(!child<QWidget>("storage.empty")->isVisible());
    QVERIFY(child<QTreeView>("storage.largest.list")->model()->rowCount() > 0);
    QVERIFY(child<QTreeView>("storage.hazards.list")->model()->rowCount() > 0);
    QVERIFY(!status.isEmpty());
    QVERIFY(status.last().first().toString().startsWith(QStringLiteral("Scanned ")));
}

void TestStoragePanel::clickingAMemberFiltersAndTheChipClears()
{
    openPanel(m_demo);
    auto* members = child<QTreeView>("storage.members.list");
    const QModelIndexList ana =
        members->model()->match(members->model()->index(0, 0), Qt::DisplayRole, QStringLiteral("ana"));
    QCOMPARE(ana.size(), 1);
    QTest::mouseClick(members->viewport(), Qt::LeftButton, {}, members->visualRect(ana.first()).center());
    QVERIFY(m_panel->filter() == index::EntryFilter::ofMember(QStringLiteral("ana")));
    auto* chip = child<gui::FilterChip>("storage.filter");
    QVERIFY(chip->isVisible());
    QVERIFY(child<QLabel>("storage.filter.text")->text().contains(QStringLiteral("Filtered by: <b>ana</b>")));
    // The tree keeps only ana's folders and counts only her bytes; the treemap has the same filter.
    auto* tree = m_panel->tree()->sizeModel();
    const QModelIndex shared = tree->indexForPath(QStringLiteral("."));
    QVERIFY(shared.isValid());
    const qint64 anaBytes = ana.first().data(StorageListModel::BytesRole).toLongLong();
    QCOMPARE(shared.data(SizeTreeModel::BytesRole).toLongLong(), anaBytes);
    QVERIFY(!tree->indexForPath(QStringLiteral("data/raw")).isValid());
    QVERIFY(!tree->indexForPath(QStringLiteral("results/ben")).isValid());
    QVERIFY(tree->indexForPath(QStringLiteral("results/ana")).isValid());
    QVERIFY(m_panel->treemap()->filter() == index::EntryFilter::ofMember(QStringLiteral("ana")));
    QTest::mouseClick(child<QToolButton>("storage.filter.clear"), Qt::LeftButton);
    QVERIFY(!m_panel->filter().active());
    QVERIFY(!chip->isVisible());
    QVERIFY(tree->indexForPath(QStringLiteral("data/raw")).isValid());
    QVERIFY(tree->indexForPath(QStringLiteral(".")).data(SizeTreeModel::BytesRole).toLongLong() > anaBytes);
    QVERIFY(!m_panel->treemap()->filter().active());
    // A kind filters too.
    auto* kinds = child<QTreeView>("storage.kinds.list");
    QTest::mouseClick(kinds->viewport(), Qt::LeftButton, {},
                      kinds->visualRect(kinds->model()->index(0, 0)).center());
    QCOMPARE(m_panel->filter().by, index::EntryFilter::By::Kind);
}

void TestStoragePanel::listRowsCopyAndOpenTheirEntry()
{
    openPanel(m_demo);
    QList<QUrl> opened;
    m_panel->entryActions()->setUrlOpener([&opened](const QUrl& url) {
        opened << url;
        return true;
    });
    auto* largest = child<QTreeView>("storage.largest.list");
    largest->setFocus();
    largest->setCurrentIndex(largest->model()->index(0, 0));
    QTest::keyClick(largest, Qt::Key_C, Qt::ControlModifier);
    const QString file = m_demo->rootDir + QStringLiteral("/results/chen/embeddings.npy");
    QCOMPARE(QApplication::clipboard()->text(), file);
    QTest::keyClick(largest, Qt::Key_Return);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first(), QUrl::fromLocalFile(m_demo->rootDir + QStringLiteral("/results/chen")));
    // The menu key opens the entry's context menu on the current row.
    QTest::keyClick(largest, Qt::Key_Menu);
    QTRY_VERIFY(largest->findChild<QMenu*>(QStringLiteral("storage.entryMenu")) &&
                largest->findChild<QMenu*>(QStringLiteral("storage.entryMenu"))->isVisible());
    largest->findChild<QMenu*>(QStringLiteral("storage.entryMenu"))->close();
    // The context menu offers the same.
    QMenu* menu = m_panel->entryActions()->menuFor(QStringLiteral("results/chen"), m_panel.get());
    QStringList texts;
    for (QAction* action : menu->actions())
        texts << action->text();
    QVERIFY(texts.contains(QStringLiteral("&Open Folder")));
    QVERIFY(texts.contains(QStringLiteral("&Copy Path")));
    delete menu;
}

void TestStoragePanel::cancelStopsWithin200msAndKeepsTheIndex()
{
    // 20,000 files in 400 folders, scanned once; then a full rescan is cancelled mid-walk.
    QTemporaryDir dir;
    const QString repo = dir.filePath(QStringLiteral("repo")), root = dir.filePath(QStringLiteral("root"));
    QDir().mkpath(repo);
    for (int folder = 0; folder < 400; ++folder) {
        const QString path = root + QStringLiteral("/data/raw/f%1").arg(folder);
        QVERIFY(QDir().mkpath(path));
        for (int file = 0; file < 50; ++file) {
            QFile out(path + QStringLiteral("/x%1.csv").arg(file));
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(QByteArray(file + 1, 'x'));
        }
    }
    Workspace ws = test::makeWorkspace(repo, root, QStringLiteral("colab-team"), {QStringLiteral("ben")});
    QVERIFY(services::scan(ws, {}, services::Call{}).ok());
    auto before = services::largest(ws, 5);
    QVERIFY(before.ok());
    openPanel(std::make_shared<const Workspace>(ws));
    const QString ageBefore = child<QLabel>("storage.age")->text();

    gui::ScanControls* scan = m_panel->scanControls();
    QSignalSpy progressed(scan, &gui::ScanControls::progressed);
    QSignalSpy finished(scan, &gui::ScanControls::scanFinished);
    // Shift+click: a full rescan, which walks everything again.
    QTest::mouseClick(child<QToolButton>("storage.scan"), Qt::LeftButton, Qt::ShiftModifier);
    QVERIFY(scan->isScanning());
    QVERIFY(child<QLabel>("storage.progress")->text().startsWith(QStringLiteral("Rescanning")));
    // Cancel as the first figures of the walk arrive (about 100 ms into it), not a poll later.
    QElapsedTimer clock;
    connect(scan, &gui::ScanControls::progressed, this, [&] {
        if (!clock.isValid() && finished.isEmpty()) {
            clock.start();
            QTest::mouseClick(child<QPushButton>("storage.cancel"), Qt::LeftButton);
        }
    });
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kLoadTimeoutMs);
    if (!clock.isValid())
        QSKIP("the rescan finished before its first progress report: nothing left to cancel");
    const qint64 ms = clock.elapsed();
    qInfo("cancel to scan ended: %lld ms", ms);
    QVERIFY2(ms < 200, qPrintable(QStringLiteral("cancel took %1 ms").arg(ms)));
    if (finished.first().at(0).toBool())
        QSKIP("the walk had ended before the cancel arrived (the final store is not cancellable): nothing "
              "was cancelled");
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY(finished.first().at(1).toString().contains(QStringLiteral("previous index is unchanged")));
    // The previous index still answers, and the panel still shows it.
    auto after = services::largest(ws, 5);
    QVERIFY(after.ok());
    QCOMPARE(after->files.size(), before->files.size());
    for (int i = 0; i < after->files.size(); ++i)
        QCOMPARE(after->files[i].path, before->files[i].path);
    QVERIFY(m_panel->hasIndex());
    QCOMPARE(child<QLabel>("storage.age")->text(), ageBefore);
}

void TestStoragePanel::rendersInLightAndDarkPalettes()
{
    // Saved as PNGs when TEAMSPACE_STORAGE_SHOTS names a folder (to look at them); checked for content
    // always.
    const QString out = qEnvironmentVariable("TEAMSPACE_STORAGE_SHOTS");
    const QPalette original = QApplication::palette();
    for (const bool dark : {false, true}) {
        QPalette palette = original;
        if (dark) {
            palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
            palette.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
            palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
            palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
            palette.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
            palette.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
            palette.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
            palette.setColor(QPalette::Mid, QColor(0x60, 0x60, 0x60));
            palette.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xe0));
        }
        QApplication::setPalette(palette);
        openPanel(m_demo);
        const QString suffix = dark ? QStringLiteral("dark") : QStringLiteral("light");
        QTRY_VERIFY_WITH_TIMEOUT(
            !m_panel->treemap()->isLayoutPending() && !m_panel->treemap()->tiles().isEmpty(), kLoadTimeoutMs);
        QTest::qWait(50); // the finished picture is painted
        auto* tabs = child<QTabWidget>("storage.views");
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            if (tab == 4) {
                auto* hazards = child<QTreeView>("storage.hazards.list");
                hazards->setCurrentIndex(hazards->model()->index(0, 0));
            }
            const QImage image = m_panel->grab().toImage();
            QCOMPARE(image.size(), QSize(1024, 640));
            if (!out.isEmpty())
                QVERIFY(image.save(QStringLiteral("%1/storage-%2-%3.png").arg(out, suffix).arg(tab)));
        }
        cleanup();
    }
    QApplication::setPalette(original);
}

void TestStoragePanel::verifySelected(const QString& path)
{
    gui::SizeTreeView* tree = m_panel->tree();
    const QModelIndex current = tree->currentIndex();
    QVERIFY2(current.isValid(), qPrintable(path));
    QCOMPARE(current.data(SizeTreeModel::DisplayPathRole).toString(), path);
    const qint64 id = tree->sizeModel()->entryId(current);
    QVERIFY(id > 0);
    QCOMPARE(m_panel->selectedEntry(), id);
    QCOMPARE(m_panel->treemap()->selectedEntry(), id);
    for (QModelIndex parent = current.parent(); parent.isValid(); parent = parent.parent())
        QVERIFY(tree->isExpanded(parent));
}

void TestStoragePanel::eachSideViewSelectsInTreeAndTreemap()
{
    openPanel(m_demo);
    auto* largest = child<QTreeView>("storage.largest.list");
    largest->setCurrentIndex(largest->model()->index(2, 0));
    verifySelected(largest->model()->index(2, 0).data(StorageListModel::DisplayPathRole).toString());
    auto* hazards = child<QTreeView>("storage.hazards.list");
    for (int row = 0; row < hazards->model()->rowCount(); ++row) {
        hazards->setCurrentIndex(hazards->model()->index(row, 0));
        verifySelected(hazards->model()->index(row, 0).data(StorageListModel::DisplayPathRole).toString());
    }
    // A file hidden by a member filter: selecting it shows everything again.
    m_panel->setFilter(index::EntryFilter::ofMember(QStringLiteral("ana")));
    largest->setCurrentIndex(largest->model()->index(0, 0)); // chen's
    verifySelected(QStringLiteral("results/chen/embeddings.npy"));
    QVERIFY(!m_panel->filter().active());

    // Growth needs a second scan that found a change.
    gui::WorkspacePtr grown = demo(m_tmp.filePath(QStringLiteral("grown")));
    QVERIFY(grown);
    test::writeFile(grown->rootDir + QStringLiteral("/results/ben/sweep/run_01/more.csv"),
                    QByteArray(90000, 'm'));
    QVERIFY(services::scan(*grown, {}, services::Call{}).ok());
    openPanel(grown);
    auto* growth = child<QTreeView>("storage.growth.list");
    const QModelIndexList folders = growth->model()->match(
        growth->model()->index(0, 0), GrowthModel::ScopeRole, QStringLiteral("folder"), -1, Qt::MatchExactly);
    QVERIFY(!folders.isEmpty());
    for (const QModelIndex& folder : folders) {
        growth->setCurrentIndex(folder);
        verifySelected(folder.data(StorageListModel::DisplayPathRole).toString());
    }
}

void TestStoragePanel::duplicatesSelectTheirCopies()
{
    // The demo's duplicates are gigabyte checkpoints: a small team with one pair instead.
    QTemporaryDir dir;
    const QString repo = dir.filePath(QStringLiteral("repo")), root = dir.filePath(QStringLiteral("root"));
    QDir().mkpath(repo);
    QDir().mkpath(root);
    Workspace ws = test::makeWorkspace(repo, root, QStringLiteral("colab-team"), {QStringLiteral("ben")});
    test::writeFile(root + QStringLiteral("/results/ben/dup.bin"), QByteArray(5000, 'd'));
    test::writeFile(root + QStringLiteral("/checkpoints/ana/dup.bin"), QByteArray(5000, 'd'));
    QVERIFY(services::scan(ws, {}, services::Call{}).ok());
    openPanel(std::make_shared<const Workspace>(ws));
    auto* view = child<QWidget>("storage.duplicates");
    QSignalSpy finished(view, SIGNAL(finished()));
    QTest::mouseClick(child<QPushButton>("storage.duplicates.find"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kLoadTimeoutMs);
    auto* list = child<QTreeView>("storage.duplicates.list");
    QCOMPARE(list->model()->rowCount(), 1);
    const QModelIndex group = list->model()->index(0, 0);
    QCOMPARE(list->model()->rowCount(group), 2);
    for (int copy = 0; copy < 2; ++copy) {
        list->setCurrentIndex(list->model()->index(copy, 0, group));
        verifySelected(
            list->model()->index(copy, 0, group).data(StorageListModel::DisplayPathRole).toString());
    }
    QVERIFY(QFileInfo::exists(root + QStringLiteral("/results/ben/dup.bin"))); // never deletes
    QVERIFY(QFileInfo::exists(root + QStringLiteral("/checkpoints/ana/dup.bin")));
}

void TestStoragePanel::treemapSelectionSelectsInTheTree()
{
    openPanel(m_demo);
    gui::TreemapView* treemap = m_panel->treemap();
    QTRY_VERIFY_WITH_TIMEOUT(!treemap->isLayoutPending() && !treemap->tiles().isEmpty(), kLoadTimeoutMs);
    const QModelIndex file =
        m_panel->tree()->sizeModel()->indexForPath(QStringLiteral("models/baseline-v1.onnx"));
    const qint64 id = m_panel->tree()->sizeModel()->entryId(file);
    emit treemap->entrySelected(id); // as a click on its tile does
    verifySelected(QStringLiteral("models/baseline-v1.onnx"));
}

void TestStoragePanel::aScanFromThePanelRefreshesKeepingOpenFolders()
{
    gui::WorkspacePtr ws = demo(m_tmp.filePath(QStringLiteral("rescan")));
    QVERIFY(ws);
    openPanel(ws);
    QVERIFY(m_panel->selectPath(QStringLiteral("results/ben/predictions.csv")));
    QVERIFY(m_panel->tree()->expandedPaths().contains(QStringLiteral("results/ben")));
    test::writeFile(ws->rootDir + QStringLiteral("/results/ben/new.csv"), QByteArray(50000, 'n'));
    QSignalSpy loaded(m_panel.get(), &gui::StoragePanel::figuresLoaded);
    QSignalSpy status(m_panel.get(), &gui::Panel::statusMessage);
    QTest::mouseClick(child<QToolButton>("storage.scan"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, kLoadTimeoutMs);
    // The new file is in the tree and the growth view; open folders and the selection are kept.
    QVERIFY(m_panel->tree()->sizeModel()->indexForPath(QStringLiteral("results/ben/new.csv")).isValid());
    QVERIFY(m_panel->tree()->expandedPaths().contains(QStringLiteral("results/ben")));
    verifySelected(QStringLiteral("results/ben/predictions.csv"));
    QVERIFY(child<QLabel>("storage.growth.caption")->text().contains(QStringLiteral("grew by")));
    bool progressShown = false;
    for (const QList<QVariant>& message : status)
        progressShown |= message.first().toString().startsWith(QStringLiteral("Scanning"));
    QVERIFY(progressShown);
}

void TestStoragePanel::isTheWindowsStoragePanel()
{
    test::ScriptedDialogs dialogs;
    gui::MainWindow window(dialogs);
    window.resize(1024, 640);
    window.show();
    QSignalSpy shown(&window, &gui::MainWindow::workspaceShown);
    window.openWorkspace(
        WorkspaceOpenOptions{m_demo->repoDir, m_demo->rootDir, QStringLiteral("ana"), m_demo->databasePath});
    QTRY_COMPARE(shown.count(), 1);
    QVERIFY(window.showPanel(QStringLiteral("storage")));
    auto* panel = qobject_cast<gui::StoragePanel*>(window.currentPanel());
    QVERIFY(panel);
    QCOMPARE(panel->objectName(), QStringLiteral("panel.storage"));
    QTRY_VERIFY_WITH_TIMEOUT(panel->hasIndex(), kLoadTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->treemap()->isLayoutPending() && !panel->treemap()->tiles().isEmpty(),
                             kLoadTimeoutMs);
    const QString out = qEnvironmentVariable("TEAMSPACE_STORAGE_SHOTS");
    if (!out.isEmpty()) {
        QTest::qWait(50);
        QVERIFY(window.grab().save(out + QStringLiteral("/storage-window.png")));
    }
}

QTEST_MAIN(TestStoragePanel)
#include "tst_storagepanel.moc"
