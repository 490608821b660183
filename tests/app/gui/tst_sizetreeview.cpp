// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// SizeTreeView over SizeTreeModel on a real scanned workspace (StorageTestTeam): the default sort, expanded
// folders surviving a refresh, Return and Ctrl+C, the bar and the marks as drawn in light and dark palettes
// (saved as PNGs in the test's temporary folder, sizetree-light.png and sizetree-dark.png, at 1024×640; run
// with QT_SCALE_FACTOR=2 for the 2× pictures).
#include "panels/storage/SizeTreeView.h"

#include "models/SizeTreeModel.h"
#include "services/DemoWorkspace.h"

#include "../../core/index/StorageTestTeam.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QSignalSpy>
#include <QTest>

using namespace ts;
using gui::SizeTreeView;

class TestSizeTreeView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void sortsBySizeLargestFirst();
    void expandedFoldersSurviveARefresh();
    void returnActivatesAndCtrlCCopies();
    void drawsBarsAndMarksInLightAndDarkPalettes();
    void drawsTheDemoWorkspace();

private:
    void openSome(SizeTreeView& view);
    test::StorageTeam m_team;
};

void TestSizeTreeView::initTestCase()
{
    test::isolateUserFolders();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_team.build();
}

void TestSizeTreeView::openSome(SizeTreeView& view)
{
    view.restoreExpandedPaths({QStringLiteral("."), QStringLiteral("results"), QStringLiteral("results/ana"),
                               QStringLiteral("data"), QStringLiteral("data/raw"), QStringLiteral("models"),
                               QStringLiteral("odd"), QStringLiteral("repo:."),
                               QStringLiteral("repo:notebooks")});
}

void TestSizeTreeView::sortsBySizeLargestFirst()
{
    SizeTreeModel model;
    SizeTreeView view;
    view.setModel(&model);
    QVERIFY(model.setDatabase(m_team.ws.databasePath).ok());
    QVERIFY(view.uniformRowHeights());
    QVERIFY(view.isSortingEnabled());
    QCOMPARE(view.header()->sortIndicatorSection(), int(SizeTreeModel::SizeColumn));
    QCOMPARE(view.header()->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(model.sortColumn(), int(SizeTreeModel::SizeColumn));
    openSome(view);
    const QModelIndex shared = model.index(0, 0);
    QCOMPARE(model.index(0, 0, shared).data().toString(), QStringLiteral("results"));
    // A click on a header sorts by that column.
    view.sortByColumn(SizeTreeModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(model.index(0, 0, shared).data().toString(), QStringLiteral("checkpoints"));
}

void TestSizeTreeView::expandedFoldersSurviveARefresh()
{
    SizeTreeModel model;
    SizeTreeView view;
    view.setModel(&model);
    QVERIFY(model.setDatabase(m_team.ws.databasePath).ok());
    openSome(view);
    QStringList open = view.expandedPaths();
    QVERIFY2(open.size() == 9, qPrintable(open.join(u',')));
    // A refresh after a scan updates the rows in place: the open folders stay open.
    QVERIFY(model.setDatabase(m_team.ws.databasePath).ok());
    QCOMPARE(view.expandedPaths(), open);
    // A filter change resets the model: everything closes, then comes back, less what the filter hides.
    QVERIFY(model.setFilter(index::EntryFilter::ofKind(index::Kind::Raw)).ok());
    QVERIFY(view.expandedPaths().isEmpty());
    view.restoreExpandedPaths(open);
    QCOMPARE(view.expandedPaths(), QStringList({".", "data", "data/raw"}));
    QVERIFY(model.setFilter(index::EntryFilter::none()).ok());
    view.restoreExpandedPaths(open);
    QCOMPARE(view.expandedPaths(), open);
    view.collapseAll();
    // A deep path alone opens the way down to it.
    view.restoreExpandedPaths({QStringLiteral("results/ana/run2/deep")});
    QCOMPARE(view.expandedPaths(),
             QStringList({".", "results", "results/ana", "results/ana/run2", "results/ana/run2/deep"}));
}

void TestSizeTreeView::returnActivatesAndCtrlCCopies()
{
    SizeTreeModel model;
    SizeTreeView view;
    view.setModel(&model);
    QVERIFY(model.setDatabase(m_team.ws.databasePath).ok());
    view.resize(800, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QModelIndex csv = model.indexForPath(QStringLiteral("data/raw/a.csv"));
    view.restoreExpandedPaths({QStringLiteral("data/raw")});
    view.setCurrentIndex(csv);
    QSignalSpy activated(&view, &QAbstractItemView::activated);
    QTest::keyClick(&view, Qt::Key_Return);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toModelIndex(), csv);
    // Nothing connected: the display paths go to the clipboard.
    QApplication::clipboard()->clear();
    QTest::keyClick(&view, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("data/raw/a.csv"));
    // Two rows selected, a listener connected (the panel resolves them to paths on disk).
    view.selectionModel()->select(model.indexForPath(QStringLiteral("data/raw/b.csv")),
                                  QItemSelectionModel::Select | QItemSelectionModel::Rows);
    view.selectionModel()->select(csv, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QStringList copied;
    connect(&view, &SizeTreeView::copyPathRequested, this, [&](const QStringList& paths) { copied = paths; });
    QTest::keyClick(&view, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(copied, QStringList({"data/raw/a.csv", "data/raw/b.csv"}));
}

void TestSizeTreeView::drawsBarsAndMarksInLightAndDarkPalettes()
{
    SizeTreeModel model;
    SizeTreeView view;
    view.setObjectName(QStringLiteral("storage.tree"));
    view.setModel(&model);
    QVERIFY(model.setDatabase(m_team.ws.databasePath).ok());
    view.resize(1024, 640);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    openSome(view);
    view.setCurrentIndex(model.indexForPath(QStringLiteral("results/ana")));
    // A marked row selected too: its glyph and word switch to the selection's text colour.
    view.selectionModel()->select(model.indexForPath(QStringLiteral("models/m.onnx")),
                                  QItemSelectionModel::Select | QItemSelectionModel::Rows);

    QPalette dark(QColor(0x3a, 0x3a, 0x3a), QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    const QPalette light = QApplication::palette();
    const QString dir = qEnvironmentVariable("TEAMSPACE_TEST_TMP", QDir::tempPath());
    QDir().mkpath(dir);
    for (const auto& [name, palette] :
         {std::pair{QStringLiteral("light"), light}, {QStringLiteral("dark"), dark}}) {
        QApplication::setPalette(palette);
        QCoreApplication::processEvents();
        const QImage image = view.grab().toImage();
        QVERIFY(image.save(dir + QStringLiteral("/sizetree-%1.png").arg(name)));
        // The bar of "results" (most of the shared folder) is drawn in Highlight; a symlink's (0 %) is not.
        const auto highlighted = [&](const QModelIndex& i) {
            const QRect cell = view.visualRect(i.siblingAtColumn(SizeTreeModel::PercentColumn))
                                   .translated(view.viewport()->pos());
            const qreal scale = image.devicePixelRatio(); // 2 under QT_SCALE_FACTOR=2
            int count = 0;
            for (int x = cell.left(); x <= cell.right(); ++x)
                count += image.pixelColor(int(x * scale), int(cell.center().y() * scale)) ==
                         palette.color(QPalette::Highlight);
            return count;
        };
        const QModelIndex results = model.indexForPath(QStringLiteral("results"));
        QVERIFY2(highlighted(results) > view.columnWidth(SizeTreeModel::PercentColumn) / 2,
                 qPrintable(QString::number(highlighted(results))));
        QCOMPARE(highlighted(model.indexForPath(QStringLiteral("models/alias.onnx"))), 0);
    }
    QApplication::setPalette(light);
}

void TestSizeTreeView::drawsTheDemoWorkspace()
{
    QTemporaryDir dir;
    auto demo = services::createDemoWorkspace(dir.filePath(QStringLiteral("demo")));
    QVERIFY2(demo.ok(), qPrintable(demo.ok() ? QString() : demo.error().message));
    WorkspaceOpenOptions options;
    options.workspaceDir = demo->repoDir;
    auto ws = openWorkspace(options);
    QVERIFY(ws.ok());
    test::scanWorkspace(*ws, true);
    SizeTreeModel model;
    SizeTreeView view;
    view.setModel(&model);
    QVERIFY(model.setDatabase(ws->databasePath).ok());
    view.resize(1024, 640);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    // Open the largest folder at each level, three levels down.
    QModelIndex at = model.index(0, 0);
    for (int level = 0; level < 4 && at.isValid(); ++level) {
        view.expand(at);
        at = model.index(0, 0, at);
    }
    view.restoreExpandedPaths({QStringLiteral("repo:.")});
    const QString shared = model.index(0, 0).data(SizeTreeModel::DisplayPathRole).toString();
    QCOMPARE(shared, QStringLiteral("."));
    QCOMPARE(model.index(0, 0).data(SizeTreeModel::BytesRole).toLongLong(), demo->apparentBytes);
    const QString out = qEnvironmentVariable("TEAMSPACE_TEST_TMP", QDir::tempPath());
    QVERIFY(view.grab().save(out + QStringLiteral("/sizetree-demo.png")));
}

QTEST_MAIN(TestSizeTreeView)
#include "tst_sizetreeview.moc"
