// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The treemap view on the demo workspace, scanned for real: the layout arrives off the GUI thread, a click
// selects the entry under the mouse, the selection is outlined, a double-click on a folder zooms in and the
// breadcrumb goes back, the colouring switches with its legend, and a resize keeps the event loop running.
// PNGs of the view (light and dark palettes) go to TEAMSPACE_TREEMAP_PNG when it is set.
#include "DarkPalette.h"
#include "panels/storage/TreemapBreadcrumb.h"
#include "panels/storage/TreemapCanvas.h"
#include "panels/storage/TreemapColours.h"
#include "panels/storage/TreemapLegend.h"
#include "panels/storage/TreemapView.h"

#include "services/DemoWorkspace.h"
#include "services/ScanService.h"

#include "TestEnv.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace ts;
using gui::TreemapView;

namespace {

// The biggest tile matching `pick`, or -1.
qsizetype biggest(const QList<TreemapTile>& tiles, const std::function<bool(const TreemapTile&)>& pick)
{
    qsizetype best = -1;
    for (qsizetype i = 0; i < tiles.size(); ++i)
        if (pick(tiles[i]) && (best < 0 || tiles[i].rect.width() * tiles[i].rect.height() >
                                               tiles[best].rect.width() * tiles[best].rect.height()))
            best = i;
    return best;
}

} // namespace

class TestTreemapView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void layoutArrivesOffTheGuiThread();
    void clickSelectsAndSelectionIsOutlined();
    void doubleClickZoomsAndBreadcrumbGoesBack();
    void colouringSwitchesTheLegendAndRepaints();
    void resizeKeepsTheEventLoopRunning();
    void hoverSaysPathSizeMemberAndKind();
    void arrowsMoveBetweenSiblings();
    void filterKeepsOnlyThatMember();
    void coloursKeepTheirContrast();
    void savePictures();
    void aRescanKeepsTheFolderShown(); // last: it changes the demo's index

private:
    bool waitForLayout(QSignalSpy& spy, int count = 1);

    QTemporaryDir m_tmp;
    QString m_database;
    QStringList m_members;
    std::optional<Workspace> m_ws;
    std::unique_ptr<TreemapView> m_view;
};

void TestTreemapView::initTestCase()
{
    test::isolateUserFolders();
    auto demo = services::createDemoWorkspace(m_tmp.filePath(QStringLiteral("demo")));
    QVERIFY2(demo.ok(), qPrintable(demo.ok() ? QString() : demo.error().message));
    WorkspaceOpenOptions open;
    open.workspaceDir = demo->repoDir;
    auto ws = openWorkspace(open);
    QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().message));
    services::ScanSettings settings;
    settings.full = true;
    auto scanned = services::scan(*ws, settings, services::Call{});
    QVERIFY2(scanned.ok(), qPrintable(scanned.ok() ? QString() : scanned.error().message));
    m_database = ws->databasePath;
    m_ws = *ws;
    for (const Member& m : ws->manifest.members)
        m_members << m.id;
}

void TestTreemapView::init()
{
    m_view = std::make_unique<TreemapView>();
    m_view->resize(900, 600);
    m_view->setMemberIds(m_members);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestTreemapView::cleanup()
{
    m_view.reset();
}

bool TestTreemapView::waitForLayout(QSignalSpy& spy, int count)
{
    return QTest::qWaitFor([&] { return spy.count() >= count && !m_view->isLayoutPending(); }, 10000);
}

void TestTreemapView::layoutArrivesOffTheGuiThread()
{
    QSignalSpy finished(m_view.get(), &TreemapView::layoutFinished);
    m_view->setDatabase(m_database);
    QVERIFY(m_view->isLayoutPending());
    QVERIFY(m_view->tiles().isEmpty()); // nothing laid out on the GUI thread
    QVERIFY(waitForLayout(finished));
    QVERIFY(m_view->tiles().size() > 20);
    QCOMPARE(m_view->canvas()->message(), QString());
    QCOMPARE(m_view->canvas()->tiles().first().depth, 1); // the tops, side by side
    QCOMPARE(m_view->breadcrumb()->path().size(), 1);
    QCOMPARE(m_view->canvas()->image().size(),
             m_view->canvas()->size() * m_view->canvas()->devicePixelRatioF());

    // No index: the view says so instead of drawing.
    m_view->setDatabase(m_tmp.filePath(QStringLiteral("missing.db")));
    QVERIFY(QTest::qWaitFor([&] { return !m_view->isLayoutPending(); }, 10000));
    QVERIFY(m_view->tiles().isEmpty());
    QVERIFY(!m_view->canvas()->message().isEmpty());
}

void TestTreemapView::clickSelectsAndSelectionIsOutlined()
{
    QSignalSpy finished(m_view.get(), &TreemapView::layoutFinished);
    QSignalSpy selected(m_view.get(), &TreemapView::entrySelected);
    m_view->setDatabase(m_database);
    QVERIFY(waitForLayout(finished));
    const auto& tiles = m_view->tiles();
    const qsizetype file = biggest(tiles, [](const TreemapTile& t) { return !t.folder && !t.aggregate; });
    QVERIFY(file >= 0);
    const qint64 id = tiles[file].id;
    QTest::mouseClick(m_view->canvas(), Qt::LeftButton, {}, m_view->tileRectOf(id).center().toPoint());
    QCOMPARE(selected.count(), 1);
    QCOMPARE(selected.first().first().toLongLong(), id);
    QCOMPARE(m_view->selectedEntry(), id);

    // Set from outside (the tree): another tile is outlined in the highlight colour, its folder dashed.
    const qsizetype other =
        biggest(tiles, [&](const TreemapTile& t) { return !t.folder && !t.aggregate && t.id != id; });
    QVERIFY(other >= 0);
    m_view->setSelectedEntry(tiles[other].id);
    QCOMPARE(selected.count(), 1); // setting it does not echo back
    QCOMPARE(m_view->canvas()->selectedTile(), other);
    qsizetype parent = -1;
    for (qsizetype i = 0; i < tiles.size(); ++i)
        if (tiles[i].folder && tiles[i].id == tiles[other].parentId)
            parent = i;
    QVERIFY(parent >= 0);
    QCOMPARE(m_view->canvas()->selectedFolder(), parent);
    const QRectF r = m_view->tileRectOf(tiles[other].id);
    const QImage shot = m_view->canvas()->grab().toImage();
    const QPoint edge(int(r.left() + 2), int(r.center().y()));
    QCOMPARE(shot.pixelColor(edge * shot.devicePixelRatio()).rgb(),
             m_view->canvas()->palette().color(QPalette::Highlight).rgb());

    // An entry too small to have a tile of its own: its drawn folder is outlined instead.
    m_view->setSelectedEntry(987654321);
    QCOMPARE(m_view->canvas()->selectedTile(), qsizetype(-1));
    // A file too small for a tile of its own: its folder's tile is outlined, once its ancestors are read.
    qint64 hidden = 0, holder = 0;
    for (const TreemapTile& t : tiles)
        if (t.aggregate && t.parentId != 0) {
            auto browser = index::IndexBrowser::open(m_database);
            QVERIFY(browser.ok());
            auto kids = browser->children(t.parentId);
            QVERIFY(kids.ok());
            for (const auto& e : *kids)
                if (!e.isFolder() && m_view->tileRectOf(e.id).isEmpty()) {
                    hidden = e.id;
                    holder = t.parentId;
                }
            if (hidden != 0)
                break;
        }
    if (hidden != 0) {
        m_view->setSelectedEntry(hidden);
        QCOMPARE(m_view->canvas()->selectedTile(), qsizetype(-1));
        qsizetype holderTile = -1;
        for (qsizetype i = 0; i < tiles.size(); ++i)
            if (tiles[i].folder && tiles[i].id == holder)
                holderTile = i;
        QVERIFY(holderTile >= 0);
        QTRY_COMPARE(m_view->canvas()->selectedFolder(), holderTile);
    } else {
        qWarning("no entry merged into an aggregate in this layout: the folder outline is not checked");
    }
}

void TestTreemapView::doubleClickZoomsAndBreadcrumbGoesBack()
{
    QSignalSpy finished(m_view.get(), &TreemapView::layoutFinished);
    QSignalSpy roots(m_view.get(), &TreemapView::rootChanged);
    m_view->setDatabase(m_database);
    QVERIFY(waitForLayout(finished));
    const auto tiles = m_view->tiles();
    const qsizetype folder = biggest(
        tiles, [](const TreemapTile& t) { return t.folder && t.expanded && t.header > 0 && t.depth == 2; });
    QVERIFY(folder >= 0);
    const qint64 id = tiles[folder].id;
    // A file outside that folder is selected: once zoomed in, the status line describes the folder shown
    // instead of the entry gone from the screen.
    const qsizetype outside = biggest(tiles, [&](const TreemapTile& t) {
        return !t.folder && !t.aggregate && !t.rect.intersects(tiles[folder].rect);
    });
    QVERIFY(outside >= 0);
    m_view->setSelectedEntry(tiles[outside].id);
    QVERIFY(m_view->statusText().contains(tiles[outside].name));
    // The folder's name band belongs to the folder itself, not to what lies in it.
    const QRectF r = m_view->tileRectOf(id);
    const QPoint band(int(r.center().x()), int(r.top() + tiles[folder].header / 2));
    QCOMPARE(m_view->canvas()->tileAt(band), folder);
    QTest::mouseDClick(m_view->canvas(), Qt::LeftButton, {}, band);
    QCOMPARE(roots.count(), 1);
    QCOMPARE(roots.first().first().toLongLong(), id);
    QCOMPARE(m_view->root(), id);
    QVERIFY(waitForLayout(finished, 2));
    QCOMPARE(m_view->tiles().first().id, id);
    QCOMPARE(m_view->tiles().first().depth, 0);
    QCOMPARE(m_view->breadcrumb()->path().size(), 3); // workspace › top › folder
    QCOMPARE(m_view->breadcrumb()->path().last().id, id);
    QCOMPARE(m_view->breadcrumb()->path().last().name, tiles[folder].name);
    QVERIFY2(!m_view->statusText().contains(tiles[outside].name), qPrintable(m_view->statusText()));
    QVERIFY2(m_view->statusText().contains(tiles[folder].name), qPrintable(m_view->statusText()));
    QVERIFY2(m_view->statusText().contains(QStringLiteral("folder of")), qPrintable(m_view->statusText()));

    // Back through the breadcrumb's Up button.
    auto* up = m_view->breadcrumb()->findChild<QToolButton*>(QStringLiteral("storage.breadcrumb.up"));
    QVERIFY(up && up->isEnabled());
    const qint64 top = m_view->breadcrumb()->path().at(1).id;
    up->click();
    QCOMPARE(m_view->root(), top);
    QCOMPARE(roots.last().first().toLongLong(), top);
    QVERIFY(waitForLayout(finished, 3));
    // And with the keyboard, to the whole workspace.
    m_view->canvas()->setFocus();
    QTest::keyClick(m_view->canvas(), Qt::Key_Backspace);
    QCOMPARE(m_view->root(), qint64(0));
    QVERIFY(waitForLayout(finished, 4));
    QCOMPARE(m_view->breadcrumb()->path().size(), 1);
    QVERIFY(!up->isEnabled());

    // Alt+Up after zooming in by a crumb click.
    m_view->setRoot(id);
    QVERIFY(waitForLayout(finished, 5));
    QTest::keyClick(m_view->canvas(), Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(m_view->root(), top);
}

void TestTreemapView::colouringSwitchesTheLegendAndRepaints()
{
    QSignalSpy finished(m_view.get(), &TreemapView::layoutFinished);
    m_view->setDatabase(m_database);
    QVERIFY(waitForLayout(finished));
    const QStringList byMember = m_view->legend()->texts();
    for (const QString& m : std::as_const(m_members))
        QVERIFY2(byMember.contains(m), qPrintable(m));
    const QImage before = m_view->canvas()->image();
    m_view->setColouring(TreemapView::Colouring::ByKind);
    const QStringList byKind = m_view->legend()->texts();
    QVERIFY(byKind != byMember);
    QVERIFY(byKind.contains(QStringLiteral("results")));
    QVERIFY(!byKind.contains(m_members.first()));
    QVERIFY(waitForLayout(finished, 2));
    QVERIFY(m_view->canvas()->image() != before);
    m_view->setColouring(TreemapView::Colouring::ByMember);
    QVERIFY(waitForLayout(finished, 3));
    QCOMPARE(m_view->legend()->texts(), byMember);
    QCOMPARE(m_view->canvas()->image(), before); // the same colours come back
}

void TestTreemapView::resizeKeepsTheEventLoopRunning()
{
    QSignalSpy finished(m_view.get(), &TreemapView::layoutFinished);
    m_view->setDatabase(m_database);
    QVERIFY(waitForLayout(finished));
    const QImage before = m_view->canvas()->image();
    m_view->resize(700, 420);
    QVERIFY(m_view->isLayoutPending());
    // While the new layout is on its way, events are handled and the old picture is drawn stretched.
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, [&] { ++ticks; });
    ticker.start(1);
    QVERIFY(QTest::qWaitFor([&] { return ticks >= 3; }, 2000));
    QVERIFY(m_view->canvas()->isStale() || !m_view->isLayoutPending());
    QVERIFY(!m_view->canvas()->grab().isNull());
    QVERIFY(waitForLayout(finished, 2));
    QVERIFY(!m_view->canvas()->isStale());
    QVERIFY(m_view->canvas()->image().size() != before.size());
    // A burst of resizes ends in one layout for the last size.
    const int count = int(finished.count());
    for (int w = 600; w <= 800; w += 20)
        m_view->resize(w, 500);
    QVERIFY(waitForLayout(finished, count + 1));
    QTest::qWait(150);
    QCOMPARE(int(finished.count()), count + 1);
    QCOMPARE(m_view->canvas()->image().size(),
             m_view->canvas()->size() * m_view->canvas()->devicePixelRatioF());
}

void TestTreemapView::hoverSaysPathSizeMemberAndKind()
{
    QSignalSpy finished(m_view.get(), &TreemapView::layoutFinished);
    m_view->setDatabase(m_database);
    QVERIFY(waitForLayout(finished));
    const auto& tiles = m_view->tiles();
    const qsizetype file =
        biggest(tiles, [](const TreemapTile& t) { return !t.folder && !t.aggregate && !t.member.isEmpty(); });
    QVERIFY(file >= 0);
    // QTest::mouseMove moves the cursor, which the offscreen platform does not turn into events.
    const QPointF at = m_view->tileRectOf(tiles[file].id).center();
    QMouseEvent move(QEvent::MouseMove, at, m_view->canvas()->mapToGlobal(at), Qt::NoButton, Qt::NoButton,
                     Qt::NoModifier);
    QApplication::sendEvent(m_view->canvas(), &move);
    QVERIFY(QTest::qWaitFor([&] { return !m_view->statusText().isEmpty(); }, 2000));
    const QString text = m_view->statusText();
    QVERIFY2(text.contains(tiles[file].name), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("/") + tiles[file].name), qPrintable(text)); // the whole path
    QVERIFY2(text.contains(QLocale().toString(tiles[file].bytes) + QStringLiteral(" bytes")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("member ") + tiles[file].member), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("kind: ")), qPrintable(text));
    QCOMPARE(m_view->canvas()->toolTip(), text);

    // Narrower than the text: the line is elided (the path in its middle), never cut, and its tooltip keeps
    // the whole text.
    auto* status = m_view->findChild<QLabel*>(QStringLiteral("storage.treemap.status"));
    QVERIFY(status);
    QCOMPARE(status->text(), text);
    m_view->resize(360, 600);
    QVERIFY(QTest::qWaitFor([&] { return status->text() != text; }, 2000));
    const QString shown = status->text();
    QVERIFY2(shown.contains(QChar(0x2026)), qPrintable(shown));
    QVERIFY2(status->fontMetrics().horizontalAdvance(shown) <= status->width(), qPrintable(shown));
    QVERIFY2(shown.contains(QLocale().formattedDataSize(tiles[file].bytes)), qPrintable(shown));
    QCOMPARE(status->toolTip(), text);
    QCOMPARE(m_view->statusText(), text);
}

void TestTreemapView::arrowsMoveBetweenSiblings()
{
    QSignalSpy finished(m_view.get(), &TreemapView::layoutFinished);
    QSignalSpy selected(m_view.get(), &TreemapView::entrySelected);
    m_view->setDatabase(m_database);
    QVERIFY(waitForLayout(finished));
    // In the folder with the most tiles of its own: siblings to move between.
    QHash<qint64, int> children;
    for (const TreemapTile& t : m_view->tiles())
        if (!t.aggregate)
            ++children[t.parentId];
    qint64 busiest = 0;
    for (auto it = children.cbegin(); it != children.cend(); ++it)
        if (it.key() != 0 && (busiest == 0 || it.value() > children.value(busiest)))
            busiest = it.key();
    QVERIFY(children.value(busiest) >= 3);
    m_view->setRoot(busiest);
    QVERIFY(waitForLayout(finished, 2));
    m_view->canvas()->setFocus();
    QTest::keyClick(m_view->canvas(), Qt::Key_Right); // nothing selected: the first child
    QCOMPARE(selected.count(), 1);
    const qint64 first = m_view->selectedEntry();
    for (Qt::Key key : {Qt::Key_Right, Qt::Key_Down, Qt::Key_Left, Qt::Key_Up})
        QTest::keyClick(m_view->canvas(), key);
    QVERIFY(selected.count() >= 2);
    QVERIFY(m_view->selectedEntry() != first || selected.count() >= 3);
    for (const QList<QVariant>& args : std::as_const(selected)) {
        qsizetype i = -1;
        for (qsizetype k = 0; k < m_view->tiles().size(); ++k)
            if (m_view->tiles()[k].id == args.first().toLongLong())
                i = k;
        QVERIFY(i >= 0);
        QCOMPARE(m_view->tiles()[i].parentId, busiest); // only siblings
    }
    // Return opens what is selected: a folder zooms in, a file is activated.
    QSignalSpy roots(m_view.get(), &TreemapView::rootChanged);
    QSignalSpy activated(m_view.get(), &TreemapView::entryActivated);
    QTest::keyClick(m_view->canvas(), Qt::Key_Return);
    QCOMPARE(roots.count() + activated.count(), 1);
}

void TestTreemapView::filterKeepsOnlyThatMember()
{
    QSignalSpy finished(m_view.get(), &TreemapView::layoutFinished);
    m_view->setDatabase(m_database);
    QVERIFY(waitForLayout(finished));
    const QString member = m_members.first();
    m_view->setFilter(index::EntryFilter::ofMember(member));
    QVERIFY(waitForLayout(finished, 2));
    int leaves = 0;
    for (const TreemapTile& t : m_view->tiles()) {
        if (t.folder || t.aggregate)
            continue;
        ++leaves;
        QCOMPARE(t.member, member);
    }
    QVERIFY(leaves > 0);
}

void TestTreemapView::coloursKeepTheirContrast()
{
    for (const QPalette& palette : {QApplication::palette(), test::darkPalette()}) {
        const bool dark = gui::isDarkPalette(palette);
        QList<QColor> tiles;
        for (int n = 0; n < gui::categoricalColourCount(); ++n)
            tiles << gui::categoricalColour(n, palette);
        for (int k = 0; k < index::kKindCount; ++k)
            tiles << gui::kindColour(index::Kind(k), palette);
        tiles << gui::unattributedColour(palette) << gui::aggregateColour(palette);
        // Text on any tile, even 10 % darker or lighter where shaded, has 4.5:1 in one of black and white.
        for (const QColor& c : std::as_const(tiles)) {
            const auto ink = gui::readableOnAll({c, c.darker(110), c.lighter(110)});
            QVERIFY2(ink.has_value(), qPrintable(c.name()));
            QCOMPARE(*ink == QColor(Qt::white), dark); // light tiles on a light window, deep ones on a dark
        }
        // The categorical colours stay apart from each other.
        for (int a = 0; a < gui::categoricalColourCount(); ++a)
            for (int b = a + 1; b < gui::categoricalColourCount(); ++b)
                QVERIFY(gui::categoricalColour(a, palette) != gui::categoricalColour(b, palette));
        QVERIFY(gui::contrastRatio(gui::folderTextColour(palette), gui::folderBandColour(palette)) >= 4.5);
    }
    QCOMPARE(gui::contrastRatio(Qt::black, Qt::white), 21.0);
}

void TestTreemapView::aRescanKeepsTheFolderShown()
{
    QSignalSpy finished(m_view.get(), &TreemapView::layoutFinished);
    m_view->setDatabase(m_database);
    QVERIFY(waitForLayout(finished));
    const qsizetype folder =
        biggest(m_view->tiles(), [](const TreemapTile& t) { return t.folder && t.depth == 2; });
    QVERIFY(folder >= 0);
    const QString name = m_view->tiles()[folder].name;
    const qint64 id = m_view->tiles()[folder].id;
    m_view->setRoot(id);
    QVERIFY(waitForLayout(finished, 2));

    // A big new file in that folder, a full scan (ids may change), and the same index again.
    QFile grown(m_ws->rootDir + u'/' + name + QStringLiteral("/grown.bin"));
    QVERIFY(grown.open(QIODevice::WriteOnly));
    QVERIFY(grown.resize(qint64(40) << 30)); // sparse: 40 GiB apparent, nothing on disk
    grown.close();
    services::ScanSettings settings;
    settings.full = true;
    QVERIFY(services::scan(*m_ws, settings, services::Call{}).ok());
    m_view->setDatabase(m_database);
    QVERIFY(!m_view->tiles().isEmpty()); // the old picture stays until the new one is ready
    QVERIFY(waitForLayout(finished, 3));
    QCOMPARE(m_view->breadcrumb()->path().last().name, name);
    QCOMPARE(m_view->tiles().first().name, name);
    QCOMPARE(m_view->root(), m_view->tiles().first().id);
    bool found = false;
    for (const TreemapTile& t : m_view->tiles())
        found = found || (t.name == QStringLiteral("grown.bin") && t.bytes == (qint64(40) << 30));
    QVERIFY(found);
}

void TestTreemapView::savePictures()
{
    // Saved into TEAMSPACE_TREEMAP_PNG to be looked at, else into a temporary folder just for the checks.
    QTemporaryDir scratch;
    QString out = qEnvironmentVariable("TEAMSPACE_TREEMAP_PNG");
    if (out.isEmpty())
        out = scratch.path();
    // Another index (a big generated tree) may be pictured instead of the demo's.
    const QString database = qEnvironmentVariable("TEAMSPACE_TREEMAP_DB", m_database);
    const QPalette light = QApplication::palette();
    const QPalette dark = test::darkPalette();
    for (const auto& [name, palette] :
         {std::pair{QStringLiteral("light"), light}, std::pair{QStringLiteral("dark"), dark}}) {
        m_view = std::make_unique<TreemapView>();
        m_view->setPalette(palette);
        m_view->resize(1024, 640);
        m_view->setMemberIds(m_members);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        QSignalSpy finished(m_view.get(), &TreemapView::layoutFinished);
        m_view->setDatabase(database);
        QVERIFY(waitForLayout(finished));
        const auto& tiles = m_view->tiles();
        const qsizetype file = biggest(tiles, [](const TreemapTile& t) { return !t.folder && !t.aggregate; });
        m_view->setSelectedEntry(tiles[file].id);
        QVERIFY(m_view->grab().save(out + QStringLiteral("/treemap-member-%1.png").arg(name)));
        m_view->setColouring(TreemapView::Colouring::ByKind);
        QVERIFY(waitForLayout(finished, 2));
        QVERIFY(m_view->grab().save(out + QStringLiteral("/treemap-kind-%1.png").arg(name)));
        m_view->setCushions(false);
        QVERIFY(waitForLayout(finished, 3));
        QVERIFY(m_view->grab().save(out + QStringLiteral("/treemap-kind-flat-%1.png").arg(name)));
        // Zoomed into the biggest folder two levels down, by member.
        m_view->setCushions(true);
        m_view->setColouring(TreemapView::Colouring::ByMember); // one repaint for both changes
        QVERIFY(waitForLayout(finished, 4));
        const qsizetype folder =
            biggest(m_view->tiles(), [](const TreemapTile& t) { return t.folder && t.depth == 2; });
        m_view->setRoot(m_view->tiles()[folder].id);
        QVERIFY(waitForLayout(finished, 5));
        QVERIFY(m_view->grab().save(out + QStringLiteral("/treemap-zoomed-%1.png").arg(name)));
    }
    // The dark palette gives a dark picture: the tiles follow the palette's lightness, not only the frame.
    const auto meanLightness = [](const QImage& image) {
        double sum = 0;
        for (int y = 0; y < image.height(); y += 4)
            for (int x = 0; x < image.width(); x += 4)
                sum += image.pixelColor(x, y).lightnessF();
        return sum / ((image.height() + 3) / 4) / ((image.width() + 3) / 4);
    };
    const double lightMean = meanLightness(QImage(out + QStringLiteral("/treemap-zoomed-light.png")));
    const double darkMean = meanLightness(QImage(out + QStringLiteral("/treemap-zoomed-dark.png")));
    qInfo("mean lightness of the zoomed treemap: light palette %.2f, dark palette %.2f", lightMean, darkMean);
    QVERIFY(darkMean < lightMean - 0.15);

    // The folder name bands follow the palette too, also when the application's palette changes under a
    // view already on screen (as the screenshots switch themes): dark bands with light names on a dark one.
    m_view = std::make_unique<TreemapView>();
    m_view->resize(1024, 640);
    m_view->setMemberIds(m_members);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QSignalSpy finished(m_view.get(), &TreemapView::layoutFinished);
    m_view->setDatabase(database);
    QVERIFY(waitForLayout(finished));
    const auto bandPixels = [this] {
        const QImage image = m_view->grab().toImage();
        QList<QColor> pixels;
        for (const TreemapTile& t : m_view->tiles()) {
            if (!t.folder || !t.expanded || t.header <= 0 || t.rect.width() < 8)
                continue;
            const QRectF r = m_view->tileRectOf(t.id);
            const QPoint at =
                m_view->canvas()->mapTo(m_view.get(), QPoint(int(r.left()) + 2, int(r.top()) + 2));
            pixels << image.pixelColor(at);
        }
        return pixels;
    };
    const QList<QColor> lightBands = bandPixels();
    QVERIFY(!lightBands.isEmpty());
    for (const QColor& c : lightBands)
        QVERIFY2(c.lightnessF() > 0.5, qPrintable(c.name()));
    QApplication::setPalette(dark);
    // Without a running QApplication::exec() Qt does not pass the change on to the widgets: sent here as a
    // running application sends it.
    QEvent changed(QEvent::ApplicationPaletteChange);
    QApplication::sendEvent(m_view.get(), &changed);
    QVERIFY(m_view->isLayoutPending());
    QVERIFY(QTest::qWaitFor([&] { return !m_view->isLayoutPending(); }, 10000));
    const QList<QColor> darkBands = bandPixels();
    QApplication::setPalette(light);
    QVERIFY(!darkBands.isEmpty());
    for (const QColor& c : darkBands)
        QVERIFY2(c.lightnessF() < 0.35, qPrintable(c.name()));
    QVERIFY(gui::contrastRatio(gui::folderTextColour(dark), gui::folderBandColour(dark)) >= 4.5);
    QVERIFY(gui::folderTextColour(dark).lightnessF() > 0.7);
}

QTEST_MAIN(TestTreemapView)
#include "tst_treemapview.moc"
